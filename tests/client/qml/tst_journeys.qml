import QtQuick
import QtTest
import Medvandrer

// One everyday journey per role in the real Main.qml against the real server (issue 19): where each role
// lands, what a share says it includes, feedback where the eye is, a page whose subject is taken away,
// invites, and the suggestion box two taps from home. Other people act from phones of their own (harness).
TestCase {
    id: tc
    name: "Journeys"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: mainComponent
        Main {}
    }
    Component {
        id: welcomeComponent
        WelcomePage { width: 400; height: 800 }
    }

    function initTestCase() {
        failOnWarning(/.*/)
        if (!serverAvailable)
            skip("the journeys need the real server")
    }

    // Every journey leaves the app signed in as kari, as the other test files expect.
    function cleanup() {
        if (serverAvailable)
            verify(harness.signInAs("kari"))
    }

    function settle(win) {
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack && !stack.busy, 5000)
        return stack
    }
    function page(win) { return settle(win).currentItem }
    function visibleChild(root, objectName) {
        let item = null
        tryVerify(() => (item = findChild(root, objectName)) !== null && item.visible, 10000, "no visible " + objectName)
        return item
    }
    function click(win, objectName) {
        const item = visibleChild(page(win), objectName)
        waitForRendering(item)
        mouseClick(item)
        return item
    }
    // Below the fold: reached by keyboard, as a keyboard user would, which also scrolls it into view.
    function press(win, objectName) {
        const item = visibleChild(page(win), objectName)
        item.forceActiveFocus()
        keyClick(Qt.Key_Return)
        return item
    }
    function pageIs(win, objectName) { tryCompare(page(win), "objectName", objectName, 10000) }

    function test_1_bruker() {
        verify(harness.signInAs("kari"))
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "goals")
        pageIs(win, "goalsPage")

        // Her own check-ins, with their notes, are listed under the chart.
        const goalId = GoalManager.createGoal("Sove bedre", "Orke dagene", "helse")
        verify(GoalManager.checkIn(goalId, 7, "Sov hele natta") !== "")
        Nav.openGoal(goalId)
        pageIs(win, "goalPage")
        const row = visibleChild(page(win), "checkInRow0")
        verify(row.text.indexOf("Sov hele natta") >= 0, row.text)
        verify(row.text.indexOf("7") >= 0)

        // A read-only share: the share screen says the notes stay hers unless she ticks the box.
        press(win, "shareGoalButton")
        pageIs(win, "shareGoalPage")
        click(win, "helperChoice0")
        click(win, "levelRead")
        const notesBox = visibleChild(page(win), "includeNotesBox")
        verify(!notesBox.checked)
        verify(visibleChild(page(win), "shareScopeText").text.indexOf("not your notes") >= 0)
        press(win, "confirmShareButton")
        pageIs(win, "goalPage")
        // On her own goal she is the owner: a comment box, never the helper's «you can read this goal».
        visibleChild(page(win), "commentField")
        tryVerify(() => !findChild(page(win), "readOnlyNote").visible, 5000)

        // The suggestion box is two taps from home and tells the truth about timing before she writes.
        win.openTab("settings")
        click(win, "suggestionBoxLink")
        pageIs(win, "suggestionPage")
        verify(visibleChild(page(win), "batchTimingNote").text.length > 0)

        // Export: the outcome right under the button, in the colour that means it worked.
        win.openTab("settings")
        click(win, "myDataLink")
        pageIs(win, "myDataPage")
        press(win, "exportButton")
        const result = visibleChild(page(win), "exportResult")
        tryVerify(() => result.text.length > 0, 10000)
        compare(result.color, Theme.done)
        // Or into a folder she picks in the platform's folder dialog.
        press(win, "exportChooseFolderButton")
        const folders = findChild(page(win), "exportFolderDialog")
        verify(folders)
        tryVerify(() => folders.visible, 5000)
        folders.accept()
        tryVerify(() => result.visible && result.text.indexOf(decodeURIComponent(folders.selectedFolder.toString()).replace("file://", "")) >= 0, 10000,
                  "saved in the chosen folder: " + result.text)
        compare(result.color, Theme.done)

        // Deleting asks once more and offers the export; keeping the account deletes nothing.
        const password = visibleChild(page(win), "deletePasswordField")
        password.forceActiveFocus()
        password.text = "demo-passord"
        press(win, "deleteAccountButton")
        const dialog = findChild(page(win), "confirmDeleteDialog")
        tryVerify(() => dialog.opened, 5000)
        const keep = findChild(dialog.contentItem, "keepAccountButton")
        verify(keep && keep.visible)
        mouseClick(keep)
        tryVerify(() => !dialog.visible, 5000)
        verify(Session.signedIn)
    }

    function test_2_erfaringskonsulent() {
        verify(harness.signInAs("jonas"))
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        // A helper lands on the people they walk beside.
        tryCompare(win, "currentTab", "walkParticipants")
        pageIs(win, "myParticipantsPage")

        // Per shares a goal from his own phone, read only and without his notes.
        const goalId = harness.otherSharesGoal("per", "Komme meg ut hver dag", "Et notat bare for meg", "read", false)
        verify(goalId !== "")
        tryVerify(() => win.participants.count > 0, 15000)
        verify(win.showPage("walkParticipant"))
        pageIs(win, "participantPage")
        WalkNav.open("SharedGoalPage", { goalId: goalId })
        pageIs(win, "sharedGoalPage")
        const shared = page(win)
        tryCompare(shared.checkIns, "count", 1, 15000)
        // The page says what is shared, and the note he kept to himself never reached this phone.
        verify(visibleChild(shared, "sharedScopeText").text.indexOf("Notes are not shared") >= 0)
        const row = visibleChild(shared, "checkInRow0")
        verify(row.text.indexOf("Et notat bare for meg") < 0, row.text)
        verify(shared.checkIns.notes.indexOf("Et notat bare for meg") < 0, JSON.stringify(shared.checkIns.notes))

        // Per stops sharing while the helper looks: no ghost page, a kind word and back.
        verify(harness.otherStopsSharing("per", goalId))
        tryVerify(() => page(win).objectName !== "sharedGoalPage", 15000)
        const notice = findChild(win.contentItem, "notice")
        tryVerify(() => notice.visible && notice.text.length > 0, 5000)
    }

    function test_3_koordinator() {
        verify(harness.signInAs("lise"))
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        // A koordinator lands on the team's calendar; the team's tasks are one tap away.
        tryCompare(win, "currentTab", "calendar")
        mouseClick(visibleChild(win.footer, "tabTeam"))
        pageIs(win, "teamPage")

        // An invite for a participant: shown as text and as a QR code, listed, and withdrawn.
        click(win, "invitesLink")
        pageIs(win, "invitesPage")
        tryVerify(() => InviteManager.loaded, 10000)
        const before = InviteManager.invites.length
        click(win, "createInviteButton")
        tryVerify(() => InviteManager.code !== "", 10000)
        const code = visibleChild(page(win), "inviteCode")
        compare(code.text, InviteManager.code)
        const qr = visibleChild(page(win), "inviteQr")
        tryCompare(qr, "status", Image.Ready, 5000)
        verify(qr.implicitWidth > 0)
        tryVerify(() => InviteManager.invites.length === before + 1, 10000)
        // The QR code holds a link that opens the registration form with the code and this server filled in.
        verify(Session.useInviteLink(InviteManager.linkFor(InviteManager.code)))
        compare(Session.inviteCode, InviteManager.code)
        compare(Session.inviteServer, Session.serverUrl)
        const welcome = createTemporaryObject(welcomeComponent, tc)
        verify(welcome)
        verify(welcome.registering)
        compare(findChild(welcome, "inviteField").text, InviteManager.code)
        compare(findChild(welcome, "serverField").text, Session.serverUrl)
        welcome.destroy()
        press(win, "withdrawInvite" + before)
        tryVerify(() => InviteManager.invites.length === before, 10000)

        // The suggestion box from the team page, with the batch rule said plainly.
        win.openTab("team")
        click(win, "teamSuggestionsLink")
        pageIs(win, "suggestionsAdminPage")
        verify(visibleChild(page(win), "batchTimingNote").text.length > 0)
    }

    // At 200 % text no tab label runs into its neighbour: the navigation takes two rows instead (it overlapped).
    // In a phone's 360 px the current tab's bold word never breaks inside («Kalende|r» once did).
    function test_4_navigationAtLargeText() {
        verify(harness.signInAs("jonas")) // five tabs
        const win = createTemporaryObject(mainComponent, tc, { width: 360, height: 740 })
        verify(win)
        tryCompare(win, "currentTab", "walkParticipants")
        const before = Appearance.textScale
        try {
            for (const [scale, current] of [[1.0, "walkParticipants"], [1.5, "calendar"], [2.0, "walkParticipants"], [2.0, "calendar"]]) {
                Appearance.textScale = scale
                win.openTab(current)
                waitForRendering(win.footer)
                for (const name of ["tabGoals", "tabReflections", "tabCalendar", "tabWalkParticipants", "tabSettings"]) {
                    const tab = findChild(win.footer, name)
                    verify(tab && tab.visible, name)
                    // The tab is a picture above a label (NavButton): the label is the Text in its column.
                    let label = null
                    const parts = tab.contentItem.children
                    for (let i = 0; i < parts.length; ++i)
                        if (parts[i].contentWidth !== undefined)
                            label = parts[i]
                    verify(label, name + " has a label")
                    verify(label.text.length > 0, name + " label text")
                    verify(label.contentWidth <= tab.width + 0.5,
                           name + " at " + scale + ": " + label.contentWidth + " > " + tab.width)
                    verify(label.mapToItem(tab, 0, 0).y + label.contentHeight <= tab.height + 0.5, name + " cut at " + scale)
                    verify(label.lineCount <= label.text.split(/\s+/).length,
                           name + " breaks inside a word at " + scale + " (" + label.lineCount + " lines)")
                }
            }
        } finally {
            Appearance.textScale = before
        }
    }
}
