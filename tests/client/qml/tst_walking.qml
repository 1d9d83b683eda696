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
