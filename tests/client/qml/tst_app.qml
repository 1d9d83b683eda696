import QtQuick
import QtTest
import Medvandrer

// Drives the real Main.qml: create a goal, check in, go offline, check in again, come back.
TestCase {
    id: tc
    name: "App"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: mainComponent
        Main {}
    }
    CheckInListModel {
        id: checkIns
        manager: GoalManager
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
        tryVerify(() => (item = findChild(win.contentItem, objectName)) !== null && item.visible, 5000,
                  "no visible " + objectName)
        waitForRendering(item)
        mouseClick(item)
        return item
    }

    function checkInWith(win, rating) {
        click(win, "checkInButton")
        tryCompare(settle(win).currentItem, "objectName", "checkInPage")
        click(win, "rating" + rating)
        click(win, "saveCheckInButton")
        tryCompare(settle(win).currentItem, "objectName", "goalPage")
    }

    function test_goalCheckInOfflineAndBack() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "goals")
        if (serverAvailable)
            tryCompare(Session, "syncState", Session.UpToDate, 15000)

        click(win, "newGoalButton")
        tryCompare(settle(win).currentItem, "objectName", "goalEditPage")
        const title = findChild(win.contentItem, "goalTitleField")
        verify(title.activeFocus)
        title.text = "Gå på kafé en gang i uka"
        findChild(win.contentItem, "goalWhyField").text = "Treffe folk"
        click(win, "saveGoalButton")
        let page = settle(win).currentItem
        tryCompare(page, "objectName", "goalPage")
        tryVerify(() => findChild(win.contentItem, "whyText").text === "Treffe folk", 5000)
        checkIns.goalId = page.goalId

        checkInWith(win, 7)
        tryCompare(checkIns, "count", 1)
        compare(checkIns.ratings[0], 7)
        if (serverAvailable)
            tryVerify(() => Session.syncState === Session.UpToDate && Session.pendingChanges === 0, 15000)

        // Offline: everything still works; the change waits.
        Session.workOffline = true
        tryCompare(Session, "syncState", Session.Offline)
        checkInWith(win, 4)
        tryCompare(checkIns, "count", 2)
        tryCompare(Session, "pendingChanges", 1)

        // Back online: the waiting change goes out.
        Session.workOffline = false
        if (serverAvailable)
            tryVerify(() => Session.syncState === Session.UpToDate && Session.pendingChanges === 0, 15000)
        compare(checkIns.ratings.length, 2)
    }

    Component {
        id: goalsPageComponent
        GoalsPage { anchors.fill: parent }
    }
    SignalSpy {
        id: editGoalSpy
        target: Nav
        signalName: "editGoal"
    }

    // Keyboard only: Tab reaches the button, Return activates it.
    function test_keyboardReachesTheNewGoalButton() {
        const page = createTemporaryObject(goalsPageComponent, tc)
        verify(page)
        const button = findChild(page, "newGoalButton")
        verify(button)
        button.forceActiveFocus(Qt.TabFocusReason)
        verify(button.activeFocus)
        editGoalSpy.clear()
        keyClick(Qt.Key_Return)
        compare(editGoalSpy.count, 1)
        compare(editGoalSpy.signalArguments[0][0], "")
        keyClick(Qt.Key_Space)
        compare(editGoalSpy.count, 2)
    }
}
