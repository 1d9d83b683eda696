import QtQuick
import QtQuick.Controls
import QtTest
import Medvandrer

// The core journeys by keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7), in the real Main.qml against the real server:
// only Tab, Shift+Tab, the arrows, Return, Space and typed letters; no mouse, no focus set by the test. Each step
// must be reachable within a sane number of Tab presses and show a visible focus where it lands.
TestCase {
    id: tc
    name: "Keyboard"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: mainComponent
        Main {}
    }
    Component {
        id: dateFieldComponent
        DateField { label: "Day"; width: 360 }
    }
    WalkingListModel {
        id: shares
        manager: WalkingManager
        list: WalkingListModel.GoalShares
    }

    function initTestCase() {
        failOnWarning(/.*/)
        if (!serverAvailable)
            skip("the keyboard journeys need the real server")
    }
    function cleanup() {
        if (serverAvailable)
            verify(harness.signInAs("kari"))
    }

    function page(win) {
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack && !stack.busy, 5000)
        return stack.currentItem
    }
    function pageIs(win, objectName) { tryCompare(page(win), "objectName", objectName, 10000) }
    // A page that opens takes the keyboard, so Tab goes on inside it rather than from the tabs.
    function focusInPage(win) {
        const p = page(win)
        tryVerify(() => {
            const focused = win.activeFocusItem
            for (let item = focused ? focused.parent : null; item; item = item.parent)
                if (item === p)
                    return true
            return false
        }, 5000, "the keyboard focus is on a control of the page that opened")
    }

    // Presses Tab (or Shift+Tab) until the focused item passes test; fails after max presses. The focus must be
    // visible wherever a control is reached by Tab: Qt Quick Controls say so with visualFocus.
    function tabTo(win, test, what, max) {
        const limit = max || 60
        for (let i = 0; i <= limit; ++i) {
            const f = win.activeFocusItem
            if (f && test(f)) {
                if (f.visualFocus !== undefined)
                    verify(f.visualFocus, what + " has a visible focus")
                return f
            }
            keyClick(Qt.Key_Tab)
            wait(10)
        }
        fail("not reached by Tab in " + limit + " presses: " + what + " (focus on " + win.activeFocusItem + ")")
    }
    function named(objectName) { return f => f.objectName === objectName }
    function type(text) {
        for (const ch of text)
            keyClick(ch)
    }
    // The focused control lies inside the list's visible part (not under its edge, nor under the tab bar).
    function inView(list, item) {
        const y = item.mapToItem(list, 0, 0).y
        // (One taller than the list shows from its top.)
        verify(y >= -1 && (y + item.height <= list.height + 1 || (item.height > list.height && y <= 1)),
               item + " is in view: y " + y + ", h " + item.height + " in a list " + list.height + " high")
    }
    // A control reached by Tab lies inside the window, so it can be seen (the page scrolled to it).
    function verifyOnScreen(win, item) {
        const p = item.mapToItem(win.contentItem, 0, 0)
        verify(p.y >= -1 && p.y + item.height <= win.contentItem.height + 1,
               item.objectName + " is on screen: y " + p.y + ", h " + item.height + " in " + win.contentItem.height)
    }

    function test_1_checkInAndShare() {
        verify(harness.signInAs("kari"))
        const goalId = GoalManager.createGoal("Gå en tur hver dag", "Det gjør meg roligere", "helse")
        verify(goalId !== "")
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        pageIs(win, "goalsPage")

        // The goal card, then «Check in».
        tabTo(win, f => f.title === "Gå en tur hver dag", "the new goal's card")
        keyClick(Qt.Key_Return)
        pageIs(win, "goalPage")
        focusInPage(win)
        verifyOnScreen(win, tabTo(win, named("checkInButton"), "Check in"))
        keyClick(Qt.Key_Return)
        pageIs(win, "checkInPage")

        // The rating is one group: arrows and digits move the choice, one Tab leaves it.
        const picker = findChild(page(win), "rating0").parent
        tabTo(win, f => f.objectName.indexOf("rating") === 0, "the rating group")
        keyClick(Qt.Key_5)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(win.activeFocusItem.objectName, "rating7")
        verify(win.activeFocusItem.visualFocus)
        verify(win.activeFocusItem.checked)
        keyClick(Qt.Key_Left)
        compare(win.activeFocusItem.objectName, "rating6")
        keyClick(Qt.Key_End)
        compare(win.activeFocusItem.objectName, "rating10")
        keyClick(Qt.Key_1)
        keyClick(Qt.Key_0)
        compare(win.activeFocusItem.objectName, "rating10", "«1» then «0» is ten")
        keyClick(Qt.Key_7)
        // Space (and a click) on the chosen number keeps it chosen, and shown so.
        const seven = win.activeFocusItem
        keyClick(Qt.Key_Space)
        verify(seven.checked, "Space on the chosen number keeps it chosen")
        mouseClick(seven)
        verify(seven.checked, "a click on the chosen number keeps it chosen")
        keyClick(Qt.Key_Right)
        verify(!seven.checked, "the next number is chosen instead")
        keyClick(Qt.Key_Left)
        verify(seven.checked)
        keyClick(Qt.Key_Tab)
        compare(win.activeFocusItem.objectName, "checkInNote", "one Tab leaves the whole group")
        type("Gikk til butikken")
        // Tab leaves the note (it does not type a tab), Shift+Tab goes back into the group, on the chosen number.
        keyClick(Qt.Key_Backtab)
        compare(win.activeFocusItem.objectName, "rating7")
        keyClick(Qt.Key_Tab)
        compare(win.activeFocusItem.objectName, "checkInNote")
        keyClick(Qt.Key_Tab)
        compare(win.activeFocusItem.objectName, "saveCheckInButton")
        verify(win.activeFocusItem.visualFocus)
        keyClick(Qt.Key_Return)
        pageIs(win, "goalPage")
        const row = findChild(page(win), "checkInRow0")
        tryVerify(() => row && row.text.indexOf("Gikk til butikken") >= 0, 5000)
        verify(row.text.indexOf("7") >= 0, row.text)

        // Sharing the goal with a helper, read only, without the notes.
        verifyOnScreen(win, tabTo(win, named("shareGoalButton"), "Share"))
        keyClick(Qt.Key_Return)
        pageIs(win, "shareGoalPage")
        tabTo(win, named("helperChoice0"), "the first helper")
        keyClick(Qt.Key_Space)
        verify(win.activeFocusItem.checked)
        tabTo(win, named("levelRead"), "read only")
        keyClick(Qt.Key_Space)
        verify(win.activeFocusItem.checked)
        verifyOnScreen(win, tabTo(win, named("confirmShareButton"), "Share (confirm)"))
        keyClick(Qt.Key_Return)
        pageIs(win, "goalPage")
        shares.filterId = goalId
        tryCompare(shares, "count", 1, 5000)
    }

    // The koordinator moves a session by keyboard; a participant books by keyboard.
    function test_2_bookAndEdit() {
        verify(harness.signInAs("kari"))
        let win = createTemporaryObject(mainComponent, tc)
        verify(win)
        pageIs(win, "goalsPage")
        tryVerify(() => CalendarManager.tags.length > 0, 15000)
        tabTo(win, named("tabCalendar"), "the calendar tab")
        keyClick(Qt.Key_Return)
        pageIs(win, "calendarPage")
        // Next week is wholly ahead of us, so its sessions are open for booking.
        tabTo(win, named("nextButton"), "next week")
        keyClick(Qt.Key_Return)
        const bookable = f => f.sessionStart !== undefined && f.activityId !== undefined && (() => {
            const d = CalendarManager.sessionDetails(f.activityId, f.sessionStart)
            return d.bookable && d.bookingOpen && !d.active
        })()
        const card = tabTo(win, bookable, "a bookable session", 80)
        verifyOnScreen(win, card)
        // The arrows walk the list too, and come back.
        const title = card.title
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Up)
        compare(win.activeFocusItem.title, title)
        verify(win.activeFocusItem.visualFocus)
        const activityId = card.activityId
        keyClick(Qt.Key_Return)
        pageIs(win, "activityPage")
        verifyOnScreen(win, tabTo(win, named("bookButton"), "Book"))
        keyClick(Qt.Key_Return)
        const state = findChild(page(win), "bookingState")
        tryVerify(() => state.text === "Booked: you have a seat" || state.text.indexOf("on the waiting list") >= 0, 20000, state.text)
        // And cancelled again, so the calendar is as it was.
        verifyOnScreen(win, tabTo(win, named("cancelBookingButton"), "Cancel booking"))
        keyClick(Qt.Key_Return)
        tryCompare(state, "text", "Cancelled", 20000)

        // The koordinator opens the same activity and moves it one hour later.
        win.destroy()
        verify(harness.signInAs("lise"))
        win = createTemporaryObject(mainComponent, tc)
        verify(win)
        pageIs(win, "calendarPage")
        tabTo(win, named("nextButton"), "next week")
        keyClick(Qt.Key_Return)
        tabTo(win, f => f.activityId === activityId, "the same activity", 80)
        keyClick(Qt.Key_Return)
        pageIs(win, "activityPage")
        verifyOnScreen(win, tabTo(win, named("editActivityButton"), "Edit"))
        keyClick(Qt.Key_Return)
        pageIs(win, "activityEditPage")
        const hourBox = findChild(page(win), "hourBox")
        const hourBefore = hourBox.value
        const target = (hourBefore + 1) % 24
        verifyOnScreen(win, tabTo(win, f => f === hourBox || f.parent === hourBox.contentItem || f === hourBox.contentItem,
                                  "the hour field"))
        keyClick(hourBefore < 23 ? Qt.Key_Up : Qt.Key_Down)
        if (hourBefore === 23)
            compare(hourBox.value, 22)
        else
            compare(hourBox.value, target)
        const moved = hourBox.value
        verifyOnScreen(win, tabTo(win, named("saveActivityButton"), "Save"))
        keyClick(Qt.Key_Return)
        pageIs(win, "activityPage")
        tryVerify(() => CalendarManager.activityForEdit(activityId).hours === moved, 10000, "moved to " + moved)
        // Moved back, so the other tests find the calendar as it was.
        const form = CalendarManager.activityForEdit(activityId)
        const back = {}
        for (const key of ["title", "description", "organiser", "organiserKind", "address", "date", "durationMinutes",
                           "recurrenceWeeks", "capacity", "bookingDeadlineHours", "tags"])
            back[key] = form[key]
        back.time = (hourBefore < 10 ? "0" : "") + hourBefore + ":" + (form.minutes < 10 ? "0" : "") + form.minutes
        verify(CalendarManager.saveActivity(activityId, back) !== "")
    }

    // At 200 % text a person's goals are many screens: Tab walks them in order, each card once, the list
    // scrolling with it, and Shift+Tab walks back the same way, the focus always shown and never lost.
    function test_4_tabWalksEveryGoalAt200Percent() {
        verify(harness.signInAs("kari"))
        Appearance.textScale = 2.0
        try {
            for (let i = 0; i < 8; ++i)
                verify(GoalManager.createGoal("Mål nummer " + (i + 1) + " for tastaturet", "", "helse") !== "")
            const win = createTemporaryObject(mainComponent, tc)
            // A phone's window, as the walk: a card is then taller than the list's part of the screen.
            win.width = 360
            win.height = 740
            pageIs(win, "goalsPage")
            const list = findChild(page(win), "goalList")
            tryVerify(() => list.count >= 8, 5000)
            waitForRendering(list)
            // It opens at its top, the greeting in the header whole (the header settles its height after the
            // first layout).
            tryVerify(() => list.contentY <= list.originY + 1, 2000,
                      "at its top: contentY " + list.contentY + ", originY " + list.originY)
            verify(list.contentHeight > 3 * list.height, "several screens of goals: " + list.contentHeight)
            // The greeting and «New goal» scroll with the goals: the list has most of the phone's screen.
            verify(list.height > win.height / 3, "the list's part of the screen: " + list.height + " of " + win.height)
            const first = tabTo(win, f => list.indexOfEntry(list.entryOf(f)) >= 0, "the first goal card")
            compare(list.indexOfEntry(list.entryOf(first)), 0)
            // Forward: every entry in turn, by as many Tabs as its controls.
            let at = 0
            for (let presses = 0; at < list.count - 1; ++presses) {
                verify(presses < list.count * 4, "Tab kept going round at goal " + at)
                keyClick(Qt.Key_Tab)
                wait(20)
                const entry = list.entryOf(win.activeFocusItem)
                verify(entry, "Tab left the list at goal " + at + " of " + list.count + ": " + win.activeFocusItem)
                const now = list.indexOfEntry(entry)
                verify(now === at || now === at + 1, "Tab from goal " + at + " went to " + now)
                verify(win.activeFocusItem.visualFocus, "goal " + now + " shows its focus")
                inView(list, win.activeFocusItem)
                at = now
            }
            // Back: Shift+Tab to the first, none skipped.
            for (let presses = 0; at > 0; ++presses) {
                verify(presses < list.count * 4, "Shift+Tab kept going round at goal " + at)
                keyClick(Qt.Key_Tab, Qt.ShiftModifier)
                wait(20)
                const entry = list.entryOf(win.activeFocusItem)
                verify(entry, "Shift+Tab left the list at goal " + at + ": " + win.activeFocusItem)
                const now = list.indexOfEntry(entry)
                verify(now === at || now === at - 1, "Shift+Tab from goal " + at + " went to " + now)
                verify(win.activeFocusItem.visualFocus, "goal " + now + " shows its focus")
                inView(list, win.activeFocusItem)
                at = now
            }
            // And one more Shift+Tab leaves the first goal for «New goal» above it, not for a goal made earlier.
            for (let presses = 0; list.indexOfEntry(list.entryOf(win.activeFocusItem)) === 0; ++presses) {
                verify(presses < 4, "Shift+Tab stayed in the first goal")
                keyClick(Qt.Key_Tab, Qt.ShiftModifier)
                wait(20)
            }
            tryVerify(() => win.activeFocusItem && win.activeFocusItem.objectName === "newGoalButton", 2000,
                      "Shift+Tab from the first goal: " + win.activeFocusItem)
            verify(win.activeFocusItem.visualFocus)
            tryVerify(() => { const y = win.activeFocusItem.mapToItem(list, 0, 0).y; return y >= -1 && y + win.activeFocusItem.height <= list.height + 1 },
                      2000, "«New goal» scrolled back into view")
        } finally {
            Appearance.textScale = 1.0
        }
    }

    // The month grid by keyboard: the arrows move a day or a week, Page Down a month (31 Jan → end of Feb),
    // Return picks and gives the focus back to the field.
    function test_3_monthGridByKeyboard() {
        const field = createTemporaryObject(dateFieldComponent, tc)
        verify(field)
        field.date = new Date(2027, 0, 31)
        const button = findChild(field, "dateButton")
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        const grid = findChild(field, "monthGrid")
        tryVerify(() => grid.activeFocus, 2000, "the grid takes the focus when it opens")
        keyClick(Qt.Key_PageDown)
        keyClick(Qt.Key_Return)
        compare(field.isoDate, "2027-02-28")
        verify(button.activeFocus)
        keyClick(Qt.Key_Return)
        tryVerify(() => grid.activeFocus, 2000)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Left)
        compare(grid.Accessible.name, LocaleFormat.dayText(new Date(2027, 2, 6), LocaleFormat.LongDate))
        keyClick(Qt.Key_Space)
        compare(field.isoDate, "2027-03-06")
    }
}
