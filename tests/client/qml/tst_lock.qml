import QtQuick
import QtTest
import Medvandrer

// The app lock in the real Main.qml: set a PIN in «Me», lock, a wrong PIN, the right one, locking in the
// background, the cover for the task switcher, the plan's button, and turning the lock off again.
TestCase {
    id: tc
    name: "Lock"
    when: windowShown
    visible: true
    width: 400
    height: 800

    readonly property string pin: "482913"

    Component {
        id: mainComponent
        Main {}
    }

    function initTestCase() {
        failOnWarning(/.*/)
        AppLock.noteApplicationState(Qt.ApplicationActive)
    }

    function cleanup() {
        AppLock.planPage = ""
        AppLock.noteApplicationState(Qt.ApplicationActive)
    }

    function settle(win) {
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack && !stack.busy, 5000)
        return stack
    }

    function visibleIn(root, objectName) {
        let item = null
        tryVerify(() => (item = findChild(root, objectName)) !== null && item.visible, 5000, "no visible " + objectName)
        return item
    }

    // The item scrolled into view, then a real click on it.
    function click(root, objectName) {
        const item = visibleIn(root, objectName)
        waitForRendering(item) // the layout settled: fields just shown have moved it
        let flick = null
        for (let p = item.parent; p && !flick; p = p.parent) {
            if (p.flickableDirection !== undefined)
                flick = p
        }
        if (flick) {
            const y = item.mapToItem(flick.contentItem, 0, 0).y
            if (y + item.height > flick.contentY + flick.height || y < flick.contentY)
                flick.contentY = Math.max(0, Math.min(y - 16, flick.contentHeight - flick.height))
        }
        waitForRendering(item)
        mouseClick(item)
        return item
    }

    // Every text shown on the lock screen, to check it holds nothing personal.
    function shownTexts(item, out) {
        if (!item.visible)
            return out
        if (item.text !== undefined && typeof item.text === "string" && item.text !== "")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            shownTexts(item.children[i], out)
        return out
    }

    function unlockWith(lock, secret) {
        findChild(lock, "lockPinField").text = secret
        click(lock, "lockUnlockButton")
    }

    function test_setLockUnlockAndTurnOff() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "goals", 10000)
        const lock = win.lockScreen
        verify(!lock.visible)
        const title = "Et mål bare jeg ser 4R"
        GoalManager.createGoal(title, "", "helse")

        // «Me» → App lock → Set a PIN.
        win.openTab("settings")
        const settings = settle(win).currentItem
        click(settings, "lockSetUpButton")
        visibleIn(settings, "lockSecretField").text = pin
        findChild(settings, "lockRepeatField").text = "482914"
        findChild(settings, "lockAccountPasswordField").text = "demo-passord"
        click(settings, "lockConfirmButton")
        compare(findChild(settings, "lockSettingsMessage").text, "The two PINs are not the same.")
        verify(!AppLock.enabled)
        findChild(settings, "lockRepeatField").text = pin
        click(settings, "lockConfirmButton")
        tryCompare(AppLock, "enabled", true, 20000)
        verify(AppLock.recoveryAvailable)
        visibleIn(settings, "lockNowButton")

        // Locked: the pages are gone from the window; the lock screen shows nothing personal.
        click(settings, "lockNowButton")
        tryCompare(AppLock, "locked", true)
        verify(lock.visible)
        verify(!win.contentItem.visible)
        verify(!win.footer.visible)
        const texts = shownTexts(lock, []).join(" | ")
        verify(texts.indexOf(title) < 0, texts)
        verify(texts.indexOf(Session.username) < 0, texts)
        verify(findChild(lock, "lockPinField").activeFocus)

        // A wrong PIN: still locked, told so, nothing deleted.
        unlockWith(lock, "111111")
        tryVerify(() => findChild(lock, "lockMessage").text !== "", 20000)
        compare(findChild(lock, "lockMessage").text, "That PIN did not open the app. Nothing has been deleted.")
        verify(AppLock.locked)
        verify(!win.contentItem.visible)

        // The right one.
        unlockWith(lock, pin)
        tryCompare(AppLock, "locked", false, 20000)
        verify(!lock.visible)
        verify(win.contentItem.visible)

        // In the background with "lock at once": locked before the task switcher takes its picture.
        AppLock.lockAfterSeconds = 0
        tryCompare(AppLock, "lockAfterSeconds", 0, 10000)
        AppLock.noteApplicationState(Qt.ApplicationInactive)
        verify(AppLock.locked)
        verify(lock.visible)
        AppLock.noteApplicationState(Qt.ApplicationActive)
        verify(AppLock.locked)
        unlockWith(lock, pin)
        tryCompare(AppLock, "locked", false, 20000)

        // With 15 minutes: a short trip away only covers the window, then it shows again without a PIN.
        AppLock.lockAfterSeconds = 900
        tryCompare(AppLock, "lockAfterSeconds", 900, 10000)
        AppLock.noteApplicationState(Qt.ApplicationInactive)
        verify(AppLock.shielded)
        verify(!AppLock.locked)
        verify(lock.visible)
        verify(!win.contentItem.visible)
        verify(!findChild(lock, "lockPinField").visible)
        AppLock.noteApplicationState(Qt.ApplicationActive)
        verify(!AppLock.shielded)
        verify(win.contentItem.visible)

        // The coping plan's hook: offered only when turned on and a page is named; shown over the lock.
        AppLock.planPage = "WelcomePage"
        click(lock.visible ? lock : settings, "lockPlanSwitch")
        tryCompare(AppLock, "planOnLockScreen", true, 10000)
        click(settings, "lockNowButton")
        tryCompare(AppLock, "locked", true)
        const planSpy = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: 'planRequested' }", tc)
        planSpy.target = AppLock
        click(lock, "lockPlanButton")
        compare(planSpy.count, 1)
        compare(planSpy.signalArguments[0][0], "WelcomePage")
        tryVerify(() => findChild(lock, "lockPlanLoader").status === Loader.Ready, 5000)
        verify(AppLock.locked)
        click(lock, "lockPlanBackButton")
        AppLock.planPage = ""
        verify(!findChild(lock, "lockPlanButton").visible)
        unlockWith(lock, pin)
        tryCompare(AppLock, "locked", false, 20000)

        // Turning it off asks for the PIN.
        click(settings, "lockOffButton")
        visibleIn(settings, "lockCurrentField").text = pin
        click(settings, "lockConfirmButton")
        tryCompare(AppLock, "enabled", false, 20000)
        visibleIn(settings, "lockSetUpButton")
    }
}
