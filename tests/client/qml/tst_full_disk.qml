import QtQuick
import QtTest
import Medvandrer

// Issue 17: the phone's disk fills up (SQLite's injected SQLITE_FULL on the app's own folder, `disk` in tst_qml.cpp).
// In the real Main.qml a new goal cannot be stored: it waits in memory, the person is told so in words, in the chosen
// language, the sync line says the phone is full and that one change is not saved yet, and closing the app asks
// first; when space returns, the held goal and the next one are saved and the line clears.
TestCase {
    id: tc
    name: "FullDisk"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: mainComponent
        Main {}
    }
    SyncStatusLine {
        id: statusLine
    }
    GoalListModel {
        id: goalList
        manager: GoalManager
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

    function newGoal(win, title) {
        click(win, "newGoalButton")
        tryCompare(settle(win).currentItem, "objectName", "goalEditPage")
        findChild(win.contentItem, "goalTitleField").text = title
        click(win, "saveGoalButton")
    }

    function cleanup() {
        disk.free()
        Language.choice = "en"
    }

    function test_fullDiskIsToldInWords() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "goals")
        const notice = findChild(win.contentItem, "notice")
        verify(notice)
        const before = goalList.count

        verify(disk.fill())
        newGoal(win, "Skrevet på en full telefon")
        tryVerify(() => notice.visible && notice.text.indexOf("no room left on this phone") >= 0, 10000,
                  "the notice says: " + notice.text)
        tryCompare(Session, "deviceStorageFull", true, 5000)
        compare(statusLine.stateText, "This phone is full. What is saved stays saved; free some space to save and sync more.")
        compare(goalList.count, before)
        Language.choice = "nb"
        tryCompare(statusLine, "stateText",
                   "Telefonen er full. Det som er lagret, blir liggende; frigjør litt plass for å lagre og synkronisere mer.")
        Language.choice = "en"

        // The new goal's page (opened before the store answered) does not stay open empty: it goes back by
        // itself, and the notice still says why. What was written is not lost: it waits in memory, and the sync
        // line says so.
        tryVerify(() => settle(win).currentItem.objectName !== "goalPage", 10000, "the empty goal page stayed open")
        verify(notice.text.indexOf("What you wrote is kept") >= 0, "the notice says: " + notice.text)
        tryCompare(Session, "heldChanges", 1, 5000)
        compare(statusLine.heldText, "1 change not saved yet: keep the app open until there is room")
        Language.choice = "nn"
        tryCompare(statusLine, "heldText", "1 endring er ikkje lagra enno: hald appen open til det er plass")
        Language.choice = "en"

        // Closing now would lose it: the app asks first, and keeping it open is the default.
        win.close()
        const loader = findChild(win.contentItem, "closeGuardLoader")
        verify(loader)
        tryVerify(() => loader.item !== null, 5000, "no close question")
        const guard = loader.item
        tryCompare(guard, "opened", true, 5000)
        verify(win.visible)
        const keep = findChild(guard, "keepOpenButton")
        verify(keep)
        waitForRendering(keep)
        mouseClick(keep)
        tryCompare(guard, "visible", false, 5000)
        verify(win.visible)

        // Space returns: the held goal is stored by itself, the next goal too, and the line no longer says full.
        verify(disk.free())
        for (let i = 0; i < 4 && settle(win).depth > 1; ++i)
            Nav.back()
        newGoal(win, "Skrevet etter at plassen kom tilbake")
        tryCompare(Session, "deviceStorageFull", false, 10000)
        tryCompare(Session, "heldChanges", 0, 15000)
        tryCompare(goalList, "count", before + 2, 10000)
        compare(statusLine.heldText, "")
        // Nothing held any more: the app closes without a question.
        win.close()
        tryCompare(win, "visible", false, 5000)
    }
}
