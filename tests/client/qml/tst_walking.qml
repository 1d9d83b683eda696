import QtQuick
import QtTest
import Medvandrer

// Drives the real Main.qml through walking beside: share a goal with a helper from the team's list, see it in
// «What I share, with whom», stop sharing there; open the suggestion box and My data.
TestCase {
    id: tc
    name: "Walking"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: mainComponent
        Main {}
    }
    WalkingListModel {
        id: shares
        manager: WalkingManager
        list: WalkingListModel.MyShares
    }

    function initTestCase() {
        failOnWarning(/.*/)
    }

    function settle(win) {
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack && !stack.busy, 5000)
        return stack
    }

    function click(win, objectName) {
        settle(win)
        let item = null
        tryVerify(() => (item = findChild(settle(win).currentItem, objectName)) !== null && item.visible, 10000,
                  "no visible " + objectName)
        waitForRendering(item)
        mouseClick(item)
        return item
    }

    // A control below the fold is reached with the keyboard, as a keyboard user would.
    function press(win, objectName) {
        let item = null
        tryVerify(() => (item = findChild(settle(win).currentItem, objectName)) !== null && item.visible, 10000,
                  "no visible " + objectName)
        item.forceActiveFocus()
        keyClick(Qt.Key_Return)
        return item
    }

    function test_shareAndStopSharing() {
        if (!serverAvailable)
            skip("sharing needs the team's helpers from the server")
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "goals")
        const goalId = GoalManager.createGoal("Gå tur med hunden", "", "helse")
        verify(goalId !== "")
        Nav.openGoal(goalId)
        tryCompare(settle(win).currentItem, "objectName", "goalPage")

        const before = shares.count
        press(win, "shareGoalButton")
        tryCompare(settle(win).currentItem, "objectName", "shareGoalPage")
        click(win, "helperChoice0")
        click(win, "levelComment")
        click(win, "confirmShareButton")
        tryCompare(settle(win).currentItem, "objectName", "goalPage")
        tryCompare(shares, "count", before + 1, 5000)

        win.openTab("settings")
        click(win, "myDataLink")
        tryCompare(settle(win).currentItem, "objectName", "myDataPage")
        click(win, "mySharesLink")
        tryCompare(settle(win).currentItem, "objectName", "mySharesPage")
        click(win, "revokeButton")
        tryCompare(shares, "count", before, 5000)
    }

    // A comment is written on several lines, Tab moves on to «Send», and after sending the comment and the field
    // are in view above the tab bar, with the keyboard back in the field, at 200 % text.
    function test_commentOnSeveralLinesStaysInViewAfterSending() {
        if (!serverAvailable)
            skip("commenting needs a share with one of the team's helpers")
        try {
            const win = createTemporaryObject(mainComponent, tc)
            verify(win)
            tryCompare(win, "currentTab", "goals")
            const goalId = GoalManager.createGoal("Lage middag selv tre dager i uka", "Spise bedre", "helse")
            for (const step of ["Handle inn", "Finne en oppskrift", "Invitere en venn"])
                verify(GoalManager.addStep(goalId, step) !== "")
            Nav.openGoal(goalId)
            tryCompare(settle(win).currentItem, "objectName", "goalPage")
            press(win, "shareGoalButton")
            tryCompare(settle(win).currentItem, "objectName", "shareGoalPage")
            click(win, "helperChoice0")
            click(win, "levelComment")
            click(win, "confirmShareButton")
            tryCompare(settle(win).currentItem, "objectName", "goalPage")
            // Shared at the usual size; written at 200 %.
            Appearance.textScale = 2.0

            const page = settle(win).currentItem
            let field = null
            tryVerify(() => (field = findChild(page, "commentField")) !== null && field.visible, 5000)
            const send = findChild(page, "sendCommentButton")
            field.forceActiveFocus()
            const words = "Det gikk fint i dag, jeg laget suppe og spiste den sammen med naboen min"
            for (const c of words)
                keyClick(c)
            compare(field.text, words)
            verify(field.lineCount > 1, "the comment wraps: " + field.lineCount + " line(s)")
            tryVerify(() => field.height >= field.contentHeight + field.topPadding + field.bottomPadding, 2000,
                      "all its lines are shown: " + field.height + " < " + field.contentHeight)
            keyClick(Qt.Key_Tab)
            verify(send.activeFocus, "Tab goes on to Send instead of typing a tab")
            compare(field.text, words)
            keyClick(Qt.Key_Space)
            tryCompare(field, "text", "")
            tryVerify(() => field.activeFocus, 5000)
            // Said to a screen reader; nothing laid over the field.
            const said = findChild(page, "commentSentAnnouncer")
            verify(said.visible && said.Accessible.name.indexOf("Comment sent") === 0, said.Accessible.name)
            const notice = findChild(win.contentItem, "notice")
            verify(!notice.visible || notice.text.indexOf("Comment sent") < 0, notice.text)

            // The sent comment is on the page, and after the page has scrolled both it and the field are above
            // the tab bar and below the header.
            const bar = findChild(win.contentItem, "tabGoals").parent
            const barTop = bar.mapToItem(win.contentItem, 0, 0).y
            let bubble = null
            tryVerify(() => (bubble = shownText(page, words, field)) !== null, 5000, "the sent comment is shown")
            tryVerify(() => field.mapToItem(win.contentItem, 0, field.height).y <= barTop, 5000,
                      "the field clears the tab bar")
            const bubbleTop = bubble.mapToItem(win.contentItem, 0, 0).y
            const bubbleBottom = bubble.mapToItem(win.contentItem, 0, bubble.height).y
            verify(bubbleBottom <= barTop, "the comment clears the tab bar: " + bubbleBottom + " > " + barTop)
            verify(bubbleTop >= page.mapToItem(win.contentItem, 0, 0).y, "the comment is not under the header")
        } finally {
            Appearance.textScale = 1.0
        }
    }

    // The visible item under `item`, other than `except`, that shows exactly `text`.
    function shownText(item, text, except) {
        const children = item.children || []
        for (let i = 0; i < children.length; ++i) {
            const child = children[i]
            if (child !== except && child.visible && child.text === text)
                return child
            const below = shownText(child, text, except)
            if (below)
                return below
        }
        return null
    }

    // The koordinator's suggestion list needs the server: offline, the page says so instead of staying blank.
    function test_suggestionsAdminSaysWhyWhenOffline() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "goals")
        Session.workOffline = true
        try {
            const notice = findChild(win.contentItem, "notice")
            verify(notice && !notice.visible)
            verify(win.showPage("walkSuggestionsAdmin"))
            tryCompare(settle(win).currentItem, "objectName", "suggestionsAdminPage")
            tryVerify(() => notice.visible, 5000)
            compare(notice.text, WalkingManager.message)
            verify(notice.text.length > 0)
        } finally {
            Session.workOffline = false
        }
    }

    function test_suggestionBoxAndMyDataOpen() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "goals")
        verify(win.showPage("walkSuggestion"))
        tryCompare(settle(win).currentItem, "objectName", "suggestionPage")
        const send = findChild(settle(win).currentItem, "sendSuggestionButton")
        verify(send && !send.enabled)
        verify(win.showPage("walkMyData"))
        tryCompare(settle(win).currentItem, "objectName", "myDataPage")
        const del = findChild(settle(win).currentItem, "deleteAccountButton")
        verify(del && !del.enabled) // nothing is deleted without the password
    }
}
