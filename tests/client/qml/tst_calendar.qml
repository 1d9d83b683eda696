import QtQuick
import QtQuick.Controls
import QtTest
import Medvandrer

// Drives the real Main.qml's calendar: browse, book offline, see the state in words, sync, cancel, my bookings.
TestCase {
    id: tc
    name: "Calendar"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: mainComponent
        Main {}
    }

    function initTestCase() {
        failOnWarning(/.*/)
    }

    function settle(win) {
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack && !stack.busy, 5000)
        return stack
    }

    // Clicks a control on the current page.
    function click(win, objectName) {
        return clickIn(win, () => settle(win).currentItem, objectName)
    }

    // Clicks a control under the item that root() returns, once the stack has settled.
    function clickIn(win, root, objectName) {
        settle(win)
        let item = null
        tryVerify(() => (item = findChild(root(), objectName)) !== null && item.visible, 5000,
                  "no visible " + objectName)
        waitForRendering(item)
        mouseClick(item)
        return item
    }

    // Clicks a control of the current page after scrolling its Flickable so the control is on screen.
    function clickScrolled(win, objectName) {
        const page = settle(win).currentItem
        let item = null
        tryVerify(() => (item = findChild(page, objectName)) !== null && item.visible, 5000, "no visible " + objectName)
        let f = item.parent
        while (f && f.contentItem === undefined)
            f = f.parent
        if (f && f.contentHeight > f.height) {
            const y = item.mapToItem(f.contentItem, 0, 0).y
            f.contentY = Math.max(0, Math.min(y - 20, f.contentHeight - f.height))
        }
        waitForRendering(item)
        mouseClick(item)
        return item
    }

    function stateText(win) {
        const label = findChild(settle(win).currentItem, "bookingState")
        return label ? label.text : ""
    }

    // A calendar refusal is said on screen, not only logged (it used to reach no page at all).
    function test_calendarErrorsReachTheNotice() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        const notice = findChild(win.contentItem, "notice")
        verify(notice)
        verify(!notice.visible)
        // Whoever is signed in here, an activity without a title is refused with a reason.
        compare(CalendarManager.saveActivity("", { title: "  " }), "")
        tryVerify(() => notice.visible, 2000)
        verify(notice.text.length > 0)
        compare(notice.Accessible.role, Accessible.AlertMessage)
    }

    function test_browseBookOfflineSyncAndCancel() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(win, "currentTab", "goals")
        // The tabs are in the window's footer, outside the page stack.
        clickIn(win, () => win.footer, "tabCalendar")
        tryCompare(win, "currentTab", "calendar")
        const calendar = settle(win).currentItem
        compare(calendar.objectName, "calendarPage")
        click(win, "dayButton")
        verify(!calendar.sessions.weekView)
        click(win, "weekButton")
        verify(calendar.sessions.weekView)
        if (!serverAvailable)
            skip("no server: the demo calendar is not there to book")

        // The demo calendar reaches the device; next week is wholly ahead of us.
        tryVerify(() => CalendarManager.tags.length > 0, 15000)
        click(win, "nextButton")
        let target = null
        tryVerify(() => {
            for (let i = 0; i < calendar.sessions.count; ++i) {
                const row = calendar.sessions.get(i)
                const d = CalendarManager.sessionDetails(row.activityId, row.sessionStart)
                if (d.bookable && d.bookingOpen && !d.active) {
                    target = row
                    return true
                }
            }
            return false
        }, 5000, "a bookable session next week")

        calendar.openSession(target.activityId, target.sessionStart)
        tryCompare(settle(win).currentItem, "objectName", "activityPage")
        Session.workOffline = true
        tryCompare(Session, "syncState", Session.Offline)
        click(win, "bookButton")
        tryCompare(findChild(settle(win).currentItem, "bookingState"), "text", "Requested, waiting for sync")

        Session.workOffline = false
        tryVerify(() => stateText(win) === "Booked: you have a seat"
                        || stateText(win).indexOf("on the waiting list") >= 0, 20000, stateText(win))
        click(win, "cancelBookingButton")
        tryCompare(findChild(settle(win).currentItem, "bookingState"), "text", "Cancelled", 20000)

        // Back on the calendar: my bookings and the news both know about it.
        settle(win).pop()
        click(win, "myBookingsButton")
        tryCompare(settle(win).currentItem, "objectName", "myBookingsPage")
        tryVerify(() => findChild(settle(win).currentItem, "bookingList").count >= 1)
        verify(!findChild(settle(win).currentItem, "fullTitlesSwitch").checked)
        settle(win).pop()
        click(win, "noticesButton")
        tryCompare(settle(win).currentItem, "objectName", "calendarNoticesPage")
        tryVerify(() => findChild(settle(win).currentItem, "noticeList").count >= 2)
    }

    // Opens the calendar tab and gives back its page.
    function openCalendar(win) {
        tryVerify(() => win.currentTab !== "" && win.currentTab !== "welcome", 5000)
        clickIn(win, () => win.footer, "tabCalendar")
        tryCompare(win, "currentTab", "calendar")
        const calendar = settle(win).currentItem
        compare(calendar.objectName, "calendarPage")
        return calendar
    }

    function resetBrowse() {
        CalendarManager.browse.weekView = true
        CalendarManager.browse.organiserKind = ""
        CalendarManager.browse.tag = ""
        CalendarManager.browse.today()
        CalendarManager.browseFiltersShown = false
        CalendarManager.browseScroll = 0
    }

    // The list starts at its top (the first row of buttons was cut by ~16 px) and the toolbar is compact
    // (it took ~390 px before the first activity).
    function test_toolbarCompactAndNotClipped() {
        resetBrowse()
        const win = createTemporaryObject(mainComponent, tc)
        const calendar = openCalendar(win)
        const list = findChild(calendar, "sessionList")
        waitForRendering(list)
        tryVerify(() => Math.abs(list.contentY - list.originY) < 1, 2000,
                  "list starts at its top: " + (list.contentY - list.originY))
        const first = findChild(calendar, "myBookingsButton")
        verify(first.mapToItem(list, 0, 0).y >= 0, "top row not cut: " + first.mapToItem(list, 0, 0).y)
        verify(list.headerItem.height < 260, "toolbar height " + list.headerItem.height)
        // The filters are one tap away, and hidden until asked for.
        verify(!findChild(calendar, "kindFilter").visible)
        click(win, "filtersButton")
        tryVerify(() => findChild(calendar, "kindFilter").visible)
        resetBrowse()
    }

    // Tab walks the whole week, also the sessions the list has not made yet (it stopped after the first few and
    // jumped back to the first).
    function test_tabReachesEverySessionOfTheWeek() {
        resetBrowse()
        // At 200 % text, as the walk that found it: a week is many screens, and the view keeps few entries made.
        Appearance.textScale = 2.0
        const win = createTemporaryObject(mainComponent, tc)
        const calendar = openCalendar(win)
        const list = findChild(calendar, "sessionList")
        waitForRendering(list)
        tryVerify(() => list.count > 0, 5000)
        verify(list.contentHeight > 2 * list.height,
               "a week of more than two screens to walk: " + list.contentHeight + " in " + list.height)
        verify(list.focusEntry(0, 1))
        // Each session is one Tab stop: every Tab goes to the next, none skipped.
        let at = 0
        while (at < list.count - 1) {
            keyClick(Qt.Key_Tab)
            wait(20)
            const entry = list.entryOf(win.activeFocusItem)
            verify(entry, "Tab left the list at session " + at + " of " + list.count)
            compare(list.indexOfEntry(entry), at + 1, "Tab from session " + at)
            verify(win.activeFocusItem.visualFocus, "session " + (at + 1) + " shows its focus")
            at += 1
        }
        Appearance.textScale = 1.0
        resetBrowse()
    }

    // «Today» by keyboard in the week view: the focus goes to today's first session (or the next day's that has
    // one), in view, instead of the Monday many Tabs away; from another week it comes back to this one.
    function test_todayGoesToTodaysSessions() {
        resetBrowse()
        Appearance.textScale = 2.0
        try {
            const win = createTemporaryObject(mainComponent, tc)
            const calendar = openCalendar(win)
            const list = findChild(calendar, "sessionList")
            tryVerify(() => list.count > 0, 5000)
            const thisWeek = calendar.sessions.rangeTitle
            calendar.sessions.next()
            verify(calendar.sessions.rangeTitle !== thisWeek)
            const today = findChild(calendar, "todayButton")
            today.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Return)
            tryCompare(calendar.sessions, "rangeTitle", thisWeek)
            const row = calendar.sessions.firstRowFromToday()
            if (row < 0) {
                // Nothing left this week (a Sunday evening): the focus stays where it was.
                verify(today.activeFocus)
                return
            }
            const start = calendar.sessions.get(row).startMs
            verify(start > Date.now() - 24 * 3600 * 1000, "not a session of an earlier day")
            // The one before it is on an earlier day, which has passed: no session of today is skipped.
            if (row > 0) {
                const before = calendar.sessions.get(row - 1)
                verify(before.dayLabel !== calendar.sessions.get(row).dayLabel, "the first of its day")
                verify(before.startMs < Date.now(), "the day before it has begun: " + before.dayLabel)
            }
            tryVerify(() => list.indexOfEntry(list.entryOf(win.activeFocusItem)) === row, 5000,
                      "the focus on today's first session (" + row + "): " + win.activeFocusItem)
            verify(win.activeFocusItem.visualFocus)
            const y = win.activeFocusItem.mapToItem(list, 0, 0).y
            verify(y >= -1 && y < list.height, "in view: " + y)
        } finally {
            Appearance.textScale = 1.0
            resetBrowse()
        }
    }

    // A tab switch makes a new calendar page: it shows the same day, view, filters and scroll place.
    function test_calendarKeepsPlaceAcrossTabs() {
        resetBrowse()
        const win = createTemporaryObject(mainComponent, tc)
        let calendar = openCalendar(win)
        click(win, "dayButton")
        click(win, "nextButton")
        click(win, "filtersButton")
        const kind = findChild(calendar, "kindFilter")
        tryVerify(() => kind.visible)
        kind.activated(1)
        compare(calendar.sessions.organiserKind, CalendarManager.organiserKinds[0])
        const list = findChild(calendar, "sessionList")
        let scrolled = 0
        if (list.contentHeight > list.height + 40) {
            list.contentY = list.originY + 40
            scrolled = 40
        }
        // The day shown (tomorrow in the app's own day, which is Oslo's: between 23:00 and 24:00 UTC a `new Date()`
        // of a UTC test machine is a day behind it).
        const shownDay = new Date(calendar.sessions.anchorDate.getTime())

        clickIn(win, () => win.footer, "tabGoals")
        tryVerify(() => win.currentTab !== "calendar")
        calendar = openCalendar(win)
        verify(!calendar.sessions.weekView)
        compare(calendar.sessions.anchorDate.getTime(), shownDay.getTime())
        compare(calendar.sessions.organiserKind, CalendarManager.organiserKinds[0])
        tryVerify(() => findChild(calendar, "kindFilter").visible)
        compare(findChild(calendar, "kindFilter").currentIndex, 1)
        compare(findChild(calendar, "filtersButton").text, "Filters (1)")
        const again = findChild(calendar, "sessionList")
        tryVerify(() => Math.abs(again.contentY - again.originY - scrolled) < 2, 2000,
                  "scroll place " + (again.contentY - again.originY))
        resetBrowse()
    }

    // The koordinator's editor: a day from Qt Quick Controls' month grid, the time from hour and minute boxes.
    function test_editorPickers() {
        resetBrowse()
        const win = createTemporaryObject(mainComponent, tc)
        const calendar = openCalendar(win)
        verify(calendar.showSubPage("activityNew"))
        const editor = settle(win).currentItem
        compare(editor.objectName, "activityEditPage")
        const dateField = findChild(editor, "activityDateField")
        const before = editor.values().date
        clickIn(win, () => dateField, "dateButton")
        const popup = findChild(dateField, "datePopup")
        tryVerify(() => popup.opened, 2000)
        const grid = findChild(popup.contentItem, "monthGrid")
        verify(grid)
        waitForRendering(grid)
        // The last cell of the grid is a day in the month after the one shown; click it.
        mouseClick(grid, grid.width - 5, grid.height - 5)
        tryVerify(() => !popup.visible, 2000)
        verify(editor.values().date !== before, "a new day: " + editor.values().date)
        verify(/^\d{4}-\d{2}-\d{2}$/.test(editor.values().date))
        const hours = findChild(editor, "hourBox")
        const minutes = findChild(editor, "minuteBox")
        hours.value = 9
        hours.valueModified()
        minutes.value = 45
        minutes.valueModified()
        compare(editor.values().time, "09:45")
        // A long title put in (as when an activity is opened for editing) shows its beginning, not its end.
        const title = findChild(editor, "activityTitleField")
        title.text = "Tirsdagskafé med vafler og kaffe i kantina på Frivilligsentralen, for alle som vil komme"
        compare(title.cursorPosition, 0)
        settle(win).pop()
    }

    // Dialogs say what their buttons do, in the app's language; Qt's own buttons are translated too.
    function test_dialogButtonsInTheAppsLanguage() {
        const win = createTemporaryObject(mainComponent, tc)
        const calendar = openCalendar(win)
        verify(calendar.showSubPage("activityNew"))
        const editor = settle(win).currentItem
        Language.choice = "nb"
        try {
            const dialog = createTemporaryQmlObject(
                "import QtQuick.Controls; Dialog { standardButtons: Dialog.Yes | Dialog.No }", win.contentItem)
            compare(dialog.standardButton(Dialog.Yes).text.replace("&", ""), "Ja")
            compare(dialog.standardButton(Dialog.No).text.replace("&", ""), "Nei")
            const confirm = findChild(editor, "confirmCancelActivityButton")
            verify(confirm)
            compare(confirm.text, "Avlys aktiviteten")
            compare(findChild(editor, "keepActivityButton").text, "Nei, behold den")
        } finally {
            Language.choice = "en"
        }
        compare(findChild(editor, "keepActivityButton").text, "Keep it")
        settle(win).pop()
    }

    // The koordinator's day, against the real server: a new activity with the pickers, its page and participant
    // list, a time change the open page follows (it went blank), and a cancel confirmed in words. It signs in as
    // lise, so it runs in its own process (ctest client.tst_qml_koordinator names it) and is skipped otherwise.
    function test_koordinatorJourney() {
        if (Qt.application.arguments.indexOf("Calendar::test_koordinatorJourney") < 0)
            skip("runs on its own: client.tst_qml_koordinator")
        if (!serverAvailable)
            skip("needs the server")
        const server = Session.serverUrl
        Session.logOutAndForget()
        tryVerify(() => !Session.signedIn, 10000)
        Session.login(server, "lise", "demo-passord")
        tryVerify(() => Session.signedIn && Session.role === "koordinator", 20000)
        resetBrowse()
        const win = createTemporaryObject(mainComponent, tc)
        let calendar = openCalendar(win)
        tryVerify(() => CalendarManager.canEditActivities)

        // A new activity, three days ahead at 13:00, with five seats and two more weeks.
        click(win, "newActivityButton")
        let editor = settle(win).currentItem
        compare(editor.objectName, "activityEditPage")
        const title = "Tirsdagskafé " + Date.now()
        findChild(editor, "activityTitleField").text = title
        const day = new Date()
        day.setHours(0, 0, 0, 0)
        day.setDate(day.getDate() + 3)
        findChild(editor, "activityDateField").date = day
        const time = findChild(editor, "activityTimeField")
        time.hours = 13
        time.minutes = 0
        findChild(editor, "activityCapacityField").value = 5
        findChild(editor, "activityWeeksField").value = 2
        clickScrolled(win, "saveActivityButton")
        tryCompare(settle(win).currentItem, "objectName", "calendarPage")
        tryVerify(() => Session.pendingChanges === 0, 20000)

        // It is in the day's list; its page shows the seats and an empty participant list.
        calendar = settle(win).currentItem
        calendar.sessions.weekView = false
        calendar.sessions.anchorDate = day
        let row = null
        tryVerify(() => {
            for (let i = 0; i < calendar.sessions.count; ++i) {
                if (calendar.sessions.get(i).title === title) {
                    row = calendar.sessions.get(i)
                    return true
                }
            }
            return false
        }, 10000, "the new activity in the list")
        calendar.openSession(row.activityId, row.sessionStart)
        let page = settle(win).currentItem
        compare(page.objectName, "activityPage")
        compare(findChild(page, "seatsText").text, "5 seats left")
        clickScrolled(win, "participantsButton")
        const participants = settle(win).currentItem
        compare(participants.objectName, "participantsPage")
        tryCompare(findChild(participants, "participantsState"), "text", "Nobody has booked yet.", 20000)
        settle(win).pop()

        // 13:00 → 13:30: the open page follows its session instead of going blank.
        clickScrolled(win, "editActivityButton")
        editor = settle(win).currentItem
        compare(findChild(editor, "activityTimeField").hours, 13)
        findChild(editor, "activityTimeField").minutes = 30
        clickScrolled(win, "saveActivityButton")
        page = settle(win).currentItem
        compare(page.objectName, "activityPage")
        tryVerify(() => page.sessionStart !== row.sessionStart, 5000, "the page follows the moved session")
        verify(page.details.missing !== true)
        compare(page.details.title, title)
        // On Norwegian time, as typed, whatever the zone of the machine running the test (CI's is UTC).
        compare(LocaleFormat.text(page.details.start, LocaleFormat.Time), "13:30")
        tryVerify(() => Session.pendingChanges === 0, 20000)

        // Cancelling asks in words and ends in one clear «Cancelled» state, with nothing to book or export.
        clickScrolled(win, "editActivityButton")
        editor = settle(win).currentItem
        clickScrolled(win, "cancelActivityButton")
        const confirm = findChild(editor, "confirmCancelActivityButton")
        tryVerify(() => confirm.visible, 2000)
        compare(confirm.text, "Cancel the activity")
        waitForRendering(confirm)
        mouseClick(confirm)
        page = settle(win).currentItem
        compare(page.objectName, "activityPage")
        tryVerify(() => findChild(page, "cancelledBanner").visible, 5000)
        compare(findChild(page, "cancelledText").text, "Cancelled: this activity will not take place.")
        verify(!findChild(page, "bookButton").visible)
        verify(!findChild(page, "exportOneButton").visible)
        tryVerify(() => Session.pendingChanges === 0, 20000)
    }
}
