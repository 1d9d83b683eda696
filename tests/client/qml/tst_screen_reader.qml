import QtQuick
import QtQuick.Controls
import QtTest
import Medvandrer

// What a screen reader is given (WCAG 1.1.1, 4.1.2, 4.1.3): the rating buttons say «n of 10», the chart has a text
// alternative with the last weeks in words, and saving, going offline and coming back are announced as alerts
// (an AlertMessage that appears with the words: what Qt hands to AT-SPI as an alert shown), once each. The
// offscreen platform has no accessibility bridge, so the alerts are watched here as items; the AT-SPI audit
// (tests/a11y) reads the real bus.
TestCase {
    id: tc
    name: "ScreenReader"
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
        if (!serverAvailable)
            skip("the announcements of syncing need the real server")
    }
    function cleanup() {
        Session.workOffline = false
    }

    // Everything an alert said while shown, in order.
    property var heard: []
    function listen(alert) {
        alert.visibleChanged.connect(() => {
            if (alert.visible && alert.Accessible.role === Accessible.AlertMessage && alert.Accessible.name !== "")
                tc.heard = tc.heard.concat([alert.Accessible.name])
        })
    }

    function page(win) {
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack && !stack.busy, 5000)
        return stack.currentItem
    }
    function heardOnce(text) {
        tryVerify(() => tc.heard.indexOf(text) >= 0, 10000, "heard «" + text + "»: " + JSON.stringify(tc.heard))
        compare(tc.heard.filter(t => t === text).length, 1, JSON.stringify(tc.heard))
    }

    function test_ratingChartAndAnnouncements() {
        verify(harness.signInAs("kari"))
        const goalId = GoalManager.createGoal("Lage middag selv", "Spise bedre", "helse")
        verify(GoalManager.checkIn(goalId, 4, "") !== "")
        verify(GoalManager.checkIn(goalId, 6, "") !== "")
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        tryCompare(Session, "syncState", Session.UpToDate, 15000)
        tc.heard = []
        listen(findChild(win, "announcer"))
        listen(findChild(win.contentItem, "notice"))

        // The chart: how many, the latest, and this week in words.
        Nav.openGoal(goalId)
        tryCompare(page(win), "objectName", "goalPage", 10000)
        const chart = findChild(page(win), "checkInChart")
        verify(chart)
        tryVerify(() => chart.Accessible.name.indexOf("2 check-ins") >= 0 && chart.Accessible.name.indexOf("6 of 10") >= 0,
                  5000, chart.Accessible.name)
        const week = String(weekNumber(new Date()))
        compare(chart.Accessible.description, "Week " + week + ": 2 check-ins, from 4 to 6 of 10.")

        // The rating buttons, as a screen reader names them; saving is announced.
        Nav.checkIn(goalId)
        tryCompare(page(win), "objectName", "checkInPage", 10000)
        const four = findChild(page(win), "rating4")
        compare(four.Accessible.name, "4 of 10")
        compare(four.Accessible.role, Accessible.RadioButton)
        mouseClick(four)
        verify(four.Accessible.checked)
        mouseClick(findChild(page(win), "saveCheckInButton"))
        heardOnce("Saved. Thank you for checking in.")

        // Offline and back: each said once, however many times the app tries to reconnect meanwhile.
        Session.workOffline = true
        heardOnce("Offline. Everything is saved on this phone.")
        verify(GoalManager.checkIn(goalId, 5, "") !== "")
        Session.workOffline = false
        heardOnce("Synced. Everything is up to date.")
        compare(tc.heard.filter(t => t.indexOf("Offline") === 0).length, 1)
    }

    // ISO 8601 week number, as the chart's words use it.
    function weekNumber(d) {
        const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()))
        const day = t.getUTCDay() || 7
        t.setUTCDate(t.getUTCDate() + 4 - day)
        const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1))
        return Math.ceil(((t - yearStart) / 86400000 + 1) / 7)
    }
}
