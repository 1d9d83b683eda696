import QtQuick
import QtTest
import Medvandrer

// Drives the real Main.qml through «Min plan for tunge dager» and «Om meg»: one tap from the header, offline;
// the sections in their order, tel: links, the emergency numbers always there; the history; the lock screen's
// read-only plan; and the helper's read-only view of what a person shares.
TestCase {
    id: tc
    name: "Care"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: mainComponent
        Main {}
    }
    // What a lock screen shows: the plan alone, from the device store, nothing to edit.
    Component {
        id: lockedPlan
        PlanPage { width: 360; height: 800; readOnly: true }
    }

    function initTestCase() {
        failOnWarning(/.*/)
    }
    function cleanup() {
        Session.workOffline = false
        if (serverAvailable)
            verify(harness.signInAs("kari"))
    }

    function settle(win) {
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack && !stack.busy, 5000)
        return stack
    }
    function page(win) { return settle(win).currentItem }
    function visibleChild(parent, objectName) {
        let item = null
        tryVerify(() => (item = findChild(parent, objectName)) !== null && item.visible, 10000, "no visible " + objectName)
        return item
    }
    function click(win, objectName) {
        const item = visibleChild(page(win), objectName)
        waitForRendering(item)
        mouseClick(item)
        return item
    }
    // A control below the fold is reached with the keyboard, as a keyboard user would.
    function press(win, objectName) {
        const item = visibleChild(page(win), objectName)
        item.forceActiveFocus()
        keyClick(Qt.Key_Return)
        return item
    }
    function type(item, text) {
        item.forceActiveFocus()
        item.selectAll()
        keyClick(Qt.Key_Delete)
        for (const c of text)
            keyClick(c)
    }
    function checkEmergencyNumbers(root) {
        const expected = [["113", "tel:113"], ["116 117", "tel:116117"], ["116 123", "tel:116123"]]
        for (let i = 0; i < expected.length; ++i) {
            const call = visibleChild(root, "emergencyCall" + i)
            compare(call.number, expected[i][0])
            compare(call.url, expected[i][1])
            verify(call.enabled)
            verify(call.height >= Theme.touchTarget)
            verify(call.Accessible.name.indexOf(expected[i][0]) >= 0)
        }
        verify(findChild(root, "emergencyCall3") === null)
    }

    function test_1_planOfflineFromTheHeader() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryVerify(() => win.currentTab !== "" && win.currentTab !== "welcome")
        Session.workOffline = true
        const before = CareManager.history("plan").length

        // One tap from any page: from a goal's check-in, from settings.
        win.openTab("settings")
        mouseClick(visibleChild(win.header, "planButton"))
        tryCompare(page(win), "objectName", "planPage")
        const depth = settle(win).depth
        mouseClick(visibleChild(win.header, "planButton"))
        settle(win)
        compare(settle(win).depth, depth, "the plan is not opened twice")
        checkEmergencyNumbers(page(win))

        // The sections, in the order safety planning uses.
        compare(CareNav.planSections.map(s => s.field),
                ["signs", "selfHelp", "distractions", "contacts", "professional", "safety", "meetMe", "after"])

        press(win, "careEditButton")
        tryVerify(() => findChild(page(win), "careField_signs") !== null)
        verify(findChild(page(win), "emergencyCall0") === null || !findChild(page(win), "emergencyCall0").visible)
        type(visibleChild(page(win), "careField_signs"), "Sover lite")
        type(visibleChild(page(win), "careField_after"), "Snakke med Jonas")
        type(visibleChild(page(win), "contactsName0"), "Mamma")
        type(visibleChild(page(win), "contactsPhone0"), "+47 900 00 000")
        type(visibleChild(page(win), "professionalContactsName0"), "Legevakta i byen")
        type(visibleChild(page(win), "professionalContactsPhone0"), "116 117")
        press(win, "careSaveButton")
        tryVerify(() => CareManager.history("plan").length === before + 1, 5000)
        verify(Session.pendingChanges > 0, "saved on the phone, waiting to sync")

        // Reading: what was written, in order, with tel: links; the emergency numbers again on top.
        const p = page(win)
        tryVerify(() => findChild(p, "careSection_signs") && findChild(p, "careSection_signs").visible)
        const order = ["signs", "contacts", "professional", "after"]
        for (let i = 1; i < order.length; ++i) {
            const a = visibleChild(p, "careSection_" + order[i - 1]), b = visibleChild(p, "careSection_" + order[i])
            // Once the layout has settled (the page was just rebuilt from the saved plan).
            tryVerify(() => a.mapToItem(p, 0, 0).y + a.height <= b.mapToItem(p, 0, 0).y, 5000, order[i - 1] + " before " + order[i])
        }
        verify(!findChild(p, "careSection_safety").visible, "an empty section is not shown")
        const mum = visibleChild(p, "callContact_contacts0")
        compare(mum.url, "tel:+4790000000")
        compare(mum.number, "+47 900 00 000")
        compare(visibleChild(p, "callContact_professional0").url, "tel:116117")
        checkEmergencyNumbers(p)
        tryVerify(() => visibleChild(p, "emergencyCall0").mapToItem(p, 0, 0).y < visibleChild(p, "careSection_signs").mapToItem(p, 0, 0).y)

        // The history keeps every save.
        press(win, "careHistoryLink")
        tryCompare(page(win), "objectName", "careHistoryPage")
        const newest = visibleChild(page(win), "careVersion0")
        verify(newest.subtitle.indexOf(CareNav.planSections[0].title) >= 0, newest.subtitle)
    }

    // The lock screen's plan: the device store's copy, read only, the numbers there too.
    function test_2_lockScreenPlan() {
        verify(CareManager.plan().exists)
        const locked = createTemporaryObject(lockedPlan, tc)
        verify(locked)
        checkEmergencyNumbers(locked)
        verify(!findChild(locked, "careEditButton").visible)
        verify(!findChild(locked, "careHistoryLink").visible)
        tryVerify(() => findChild(locked, "callContact_contacts0") !== null)
        compare(findChild(locked, "callContact_contacts0").url, "tel:+4790000000")
        // From a copy it keeps itself, with nothing else of the person's.
        const copy = createTemporaryObject(lockedPlan, tc, { source: { exists: true, signs: "Kopi", contacts: [] } })
        checkEmergencyNumbers(copy)
        verify(visibleChild(copy, "careSection_signs"))
        // And with nothing written at all, the numbers alone.
        const empty = createTemporaryObject(lockedPlan, tc, { source: { exists: false } })
        checkEmergencyNumbers(empty)
    }

    function test_3_aboutMe() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryVerify(() => win.currentTab !== "" && win.currentTab !== "welcome")
        Session.workOffline = true
        win.openTab("settings")
        click(win, "aboutMeLink")
        tryCompare(page(win), "objectName", "aboutMePage")
        verify(findChild(page(win), "emergencyCall0") === null || !findChild(page(win), "emergencyCall0").visible)
        press(win, "careEditButton")
        type(visibleChild(page(win), "careLine_calledName"), "Kari")
        type(visibleChild(page(win), "careField_avoid"), "Barndommen")
        const interpreter = visibleChild(page(win), "careToggle_interpreter")
        interpreter.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(interpreter.checked)
        press(win, "careSaveButton")
        tryVerify(() => CareManager.aboutMe().calledName === "Kari", 5000)
        compare(CareManager.aboutMe().interpreter, true)
        verify(visibleChild(page(win), "careSection_avoid"))
        verify(visibleChild(page(win), "careSection_interpreter"))
        verify(visibleChild(page(win), "careSharedWithNobody"))
    }

    // A helper reads what per shares, from per's page, and cannot change it; when per stops, it leaves the phone.
    function test_4_helperReadsSharedPlan() {
        if (!serverAvailable)
            skip("sharing needs the real server")
        verify(harness.signInAs("jonas"))
        const planId = harness.otherSharesPlan("per", "Jeg trekker meg unna", "22 33 44 55")
        verify(planId !== "")
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "walkParticipants")
        tryVerify(() => win.participants.count > 0, 15000)
        verify(win.showPage("walkParticipant"))
        tryCompare(page(win), "objectName", "participantPage")
        click(win, "sharedPlanLink")
        tryCompare(page(win), "objectName", "sharedPlanPage")
        const p = page(win)
        const perId = p.ownerId
        verify(perId !== "")
        verify(visibleChild(p, "careIntro").text.indexOf("Only") >= 0)
        verify(visibleChild(p, "careSection_signs"))
        compare(visibleChild(p, "callContact_contacts0").url, "tel:22334455")
        verify(!findChild(p, "careEditButton").visible, "read only")
        verify(!findChild(p, "careHistoryLink").visible, "not the history")
        checkEmergencyNumbers(p)
        // His own «Min plan» is still one tap away, and is his own.
        mouseClick(visibleChild(win.header, "planButton"))
        tryCompare(page(win), "objectName", "planPage")
        verify(!findChild(page(win), "careSection_signs").visible)
        settle(win).pop()
        tryCompare(page(win), "objectName", "sharedPlanPage")

        verify(harness.otherStopsSharing("per", planId))
        tryVerify(() => page(win).objectName !== "sharedPlanPage", 15000, "the page closes when per stops sharing")
        verify(!CareManager.plan(perId).exists)
    }
}
