import QtQuick
import QtTest
import Medvandrer

// The app lock in the real Main.qml: set a PIN in «Me», lock, a wrong PIN, the right one, locking in the
// background, the cover for the task switcher, the emergency numbers and the plan on the lock screen (its own copy,
// read only, nothing else personal), and turning the lock off again.
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

        // The emergency numbers are on the lock screen with no setting; the plan's button only once turned on.
        click(settings, "lockNowButton")
        tryCompare(AppLock, "locked", true)
        verify(visibleIn(lock, "lockEmergencyNumbers"))
        verify(findChild(lock, "emergencyCall0").visible)
        verify(shownTexts(lock, []).join(" | ").indexOf("113") >= 0)
        verify(!findChild(lock, "lockPlanButton").visible)
        unlockWith(lock, pin)
        tryCompare(AppLock, "locked", false, 20000)

        // The plan on the lock screen: only the plan, from its own copy, read only; «About me» never.
        const planEntry = "Jeg sover dårlig og trekker meg unna 6P"
        const aboutEntry = "Kall meg Kari-mus 2Y"
        verify(CareManager.savePlan({ signs: planEntry }))
        verify(CareManager.saveAboutMe({ calledName: aboutEntry }))
        tryVerify(() => CareManager.plan("").signs === planEntry, 5000)
        click(settings, "lockPlanSwitch")
        // Without a keychain (CI, Xvfb) the setting asks first; with one it is on at once.
        tryVerify(() => AppLock.planOnLockScreen || AppLock.planNeedsConfirm, 20000)
        if (AppLock.planNeedsConfirm) {
            verify(!AppLock.keychainAvailable)
            verify(visibleIn(settings, "lockPlanConfirm"))
            verify(!AppLock.planOnLockScreen)
            click(settings, "lockPlanConfirmButton")
            tryCompare(AppLock, "planOnLockScreen", true, 20000)
            verify(AppLock.planCopyPlain)
        }
        verify(!findChild(settings, "lockPlanConfirm").visible)
        // Changed after turning on: the copy follows the plan.
        const newerEntry = planEntry + " om kvelden"
        verify(CareManager.savePlan({ signs: newerEntry }))
        tryVerify(() => CareManager.plan("").signs === newerEntry, 5000)
        wait(200) // the copy is written on the store thread after the save lands
        click(settings, "lockNowButton")
        tryCompare(AppLock, "locked", true)
        let lockTexts = shownTexts(lock, []).join(" | ")
        verify(lockTexts.indexOf(planEntry) < 0, lockTexts)
        click(lock, "lockPlanButton")
        const planPage = visibleIn(lock, "lockPlanPage")
        tryVerify(() => shownTexts(planPage, []).join(" | ").indexOf(newerEntry) >= 0, 10000,
                  shownTexts(planPage, []).join(" | "))
        lockTexts = shownTexts(lock, []).join(" | ")
        verify(lockTexts.indexOf(aboutEntry) < 0, lockTexts)
        verify(lockTexts.indexOf(title) < 0, lockTexts)
        verify(!findChild(planPage, "careEditButton").visible)
        verify(!findChild(planPage, "careHistoryLink").visible)
        verify(!findChild(planPage, "careOtherLink").visible)
        verify(findChild(planPage, "emergencyNumbers").visible)
        verify(AppLock.locked)
        verify(!win.contentItem.visible)
        tryVerify(() => findChild(lock, "lockPlanBackButton").activeFocus, 2000)
        // Out of sight (the task switcher's picture) it closes; opened again it reads the copy again.
        AppLock.noteApplicationState(Qt.ApplicationInactive)
        verify(!findChild(lock, "lockPlanLoader").active)
        verify(shownTexts(lock, []).join(" | ").indexOf(newerEntry) < 0)
        AppLock.noteApplicationState(Qt.ApplicationActive)
        click(lock, "lockPlanButton")
        tryVerify(() => shownTexts(visibleIn(lock, "lockPlanPage"), []).join(" | ").indexOf(newerEntry) >= 0, 10000)
        // Escape (or «Back to the lock») closes it, and its text is forgotten.
        keyClick(Qt.Key_Escape)
        tryVerify(() => !findChild(lock, "lockPlanLoader").active, 5000)
        verify(AppLock.planCopy === null || AppLock.planCopy === undefined)
        verify(shownTexts(lock, []).join(" | ").indexOf(newerEntry) < 0)
        tryVerify(() => findChild(lock, "lockPlanButton").activeFocus, 2000)
        unlockWith(lock, pin)
        tryCompare(AppLock, "locked", false, 20000)
        // Turned off: no button on the lock screen any more.
        click(settings, "lockPlanSwitch")
        tryCompare(AppLock, "planOnLockScreen", false, 20000)
        click(settings, "lockNowButton")
        tryCompare(AppLock, "locked", true)
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
