import QtQuick
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
}
