import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The activity calendar, offline: a day or a week, filtered by who runs it and by tag.
Page {
    id: page
    objectName: "calendarPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Activities") }

    // The list, its range, view and filters live in CalendarManager, so a tab switch (which makes a new page)
    // brings back the same week, the same filters and the same scroll place.
    readonly property CalendarSessionModel sessions: CalendarManager.browse
    readonly property int kindIndex: page.positionIn(CalendarManager.organiserKinds, page.sessions.organiserKind) + 1
    readonly property int tagIndex: page.positionIn(CalendarManager.tags, page.sessions.tag) + 1
    readonly property int activeFilters: (page.sessions.organiserKind !== "" ? 1 : 0) + (page.sessions.tag !== "" ? 1 : 0)
    // "All tags" then the known tags; CalendarManager.tags is a C++ list, so it is copied into a JS array first.
    readonly property var tagChoices: {
        const choices = [qsTr("All tags")]
        const tags = CalendarManager.tags
        for (let i = 0; i < tags.length; ++i)
            choices.push(tags[i])
        return choices
    }
    // The saved scroll place is written only once it has been put back (a new page starts at the top).
    property bool scrollRestored: false

    // Where value is in a C++ string list, -1 if absent.
    function positionIn(values: list<string>, value: string): int {
        for (let i = 0; i < values.length; ++i) {
            if (values[i] === value)
                return i
        }
        return -1
    }

    function restoreScroll() {
        const saved = CalendarManager.browseScroll
        if (saved <= 0)
            list.positionViewAtBeginning()
        else
            list.contentY = list.originY + Math.min(saved, Math.max(0, list.contentHeight - list.height))
        page.scrollRestored = true
    }
    // After the first layout (a zero-interval timer, not Qt.callLater, which qmllint cannot check).
    Timer {
        id: restoreTimer
        interval: 0
        onTriggered: page.restoreScroll()
    }
    Component.onCompleted: restoreTimer.start()

    function openSession(activityId: string, sessionStart: string) {
        page.StackView.view.push(activityPage, { activityId: activityId, sessionStart: sessionStart })
    }

    // Screenshots and the self-test: opens one of the calendar's pages with the first session listed.
    function showSubPage(name: string): bool {
        const first = page.sessions.get(0)
        const firstBookable = page.firstBookable()
        switch (name) {
        case "calendarDay":
            page.sessions.weekView = false
            return true
        case "activity":
            openSession(firstBookable.activityId, firstBookable.sessionStart)
            return firstBookable.activityId !== undefined
        case "myBookings":
            page.StackView.view.push(myBookingsPage)
            return true
        case "calendarNotices":
            page.StackView.view.push(noticesPage)
            return true
        case "activityNew":
            page.StackView.view.push(editPage, { activityId: "" })
            return true
        case "activityEdit":
            page.StackView.view.push(editPage, { activityId: firstBookable.activityId })
            return firstBookable.activityId !== undefined
        case "participants":
            page.StackView.view.push(participantsPage, { activityId: firstBookable.activityId,
                                                         sessionStart: firstBookable.sessionStart })
            return firstBookable.activityId !== undefined
        }
        return name === "calendar"
    }

    function firstBookable(): var {
        for (let i = 0; i < page.sessions.count; ++i) {
            const row = page.sessions.get(i)
            if (row.status !== "")
                return row
        }
        return page.sessions.get(0)
    }

    Component { id: activityPage; ActivityPage {} }
    Component { id: myBookingsPage; MyBookingsPage {} }
    Component { id: noticesPage; CalendarNoticesPage {} }
    Component { id: editPage; ActivityEditPage {} }
    Component { id: participantsPage; ParticipantsPage {} }

    // «Today» in the week view goes to today's sessions, not the Monday's: with the keyboard the focus moves to the
    // first of them (it was some 17 Tabs away at 200 %), by touch the list scrolls there.
    function showToday() {
        page.sessions.today()
        if (page.sessions.weekView)
            todayTimer.restart()
    }
    // Once another week's rows have been laid out and the saved place put back (restoreTimer on originY).
    Timer {
        id: todayTimer
        interval: 50
        onTriggered: {
            const row = page.sessions.firstRowFromToday()
            if (row < 0)
                return
            list.positionViewAtIndex(row, ListView.Beginning)
            if (InputMode.keyboard)
                list.focusEntry(row, 1)
        }
    }

    KeyboardList {
        id: list
        objectName: "sessionList"
        // Every session of the week (or day) stays made: a ListView destroys an entry that scrolls away, the focused
        // one too, and at 200 % text Tab then fell out of the week after Wednesday. A week holds a few dozen at most.
        cacheBuffer: 100000
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        clip: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Sessions: %1").arg(page.sessions.rangeTitle)
        model: page.sessions
        onContentYChanged: {
            if (page.scrollRestored && page.StackView.status === StackView.Active)
                CalendarManager.browseScroll = Math.max(0, list.contentY - list.originY)
        }
        section.property: "dayLabel"
        section.delegate: Text {
            required property string section
            width: ListView.view.width
            topPadding: Theme.spacing
            // «mandag 30. november» is wider than a phone at 200 %: it wraps instead of being cut.
            wrapMode: Text.Wrap
            text: section
            font.pointSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: section
        }
        // A holder only: the toolbar is declared on the page (toolbar) so it can use the page's ids.
        header: Item {
            width: ListView.view ? ListView.view.width : 0
            implicitHeight: childrenRect.height
        }
        // The toolbar settles its height after the list has placed its header (the Flows wrap once they know
        // their width), which moves originY: keep the list at its saved place instead of scrolled into the buttons.
        onOriginYChanged: restoreTimer.restart()
        delegate: SessionCard {
            onOpen: (activityId, sessionStart) => page.openSession(activityId, sessionStart)
        }
        footer: Item { width: 1; height: Theme.margin }
    }

    // The compact toolbar, placed into the list's header item so it scrolls with the sessions.
    ColumnLayout {
        id: toolbar
        parent: list.headerItem
        width: list.width
        spacing: Theme.spacing
        Flow {
            id: actions
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing
            AppButton {
                objectName: "myBookingsButton"
                width: Math.min(implicitWidth, actions.width)
                text: qsTr("My bookings")
                onClicked: page.StackView.view.push(myBookingsPage)
            }
            AppButton {
                objectName: "noticesButton"
                width: Math.min(implicitWidth, actions.width)
                // «About bookings», so it is not read as the «New activity» beside it.
                text: CalendarManager.unreadNotifications > 0
                      ? qsTr("Booking news (%1)").arg(CalendarManager.unreadNotifications) : qsTr("Booking news")
                onClicked: page.StackView.view.push(noticesPage)
            }
            AppButton {
                objectName: "newActivityButton"
                visible: CalendarManager.canEditActivities
                width: Math.min(implicitWidth, actions.width)
                primary: true
                text: qsTr("New activity")
                onClicked: page.StackView.view.push(editPage, { activityId: "" })
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            AppButton {
                objectName: "previousButton"
                Layout.minimumWidth: Theme.touchTarget
                text: "‹"
                glyph: "left"
                Accessible.name: page.sessions.weekView ? qsTr("Previous week") : qsTr("Previous day")
                onClicked: page.sessions.previous()
            }
            Text {
                objectName: "rangeTitle"
                Layout.fillWidth: true
                text: page.sessions.rangeTitle
                font.pointSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            AppButton {
                objectName: "nextButton"
                Layout.minimumWidth: Theme.touchTarget
                text: "›"
                glyph: "right"
                Accessible.name: page.sessions.weekView ? qsTr("Next week") : qsTr("Next day")
                onClicked: page.sessions.next()
            }
        }
        Flow {
            id: viewRow
            Layout.fillWidth: true
            spacing: Theme.spacing
            AppButton {
                objectName: "weekButton"
                width: Math.min(implicitWidth, viewRow.width)
                primary: page.sessions.weekView
                text: qsTr("Week")
                Accessible.checkable: true
                Accessible.checked: page.sessions.weekView
                onClicked: page.sessions.weekView = true
            }
            AppButton {
                objectName: "dayButton"
                width: Math.min(implicitWidth, viewRow.width)
                primary: !page.sessions.weekView
                text: qsTr("Day")
                Accessible.checkable: true
                Accessible.checked: !page.sessions.weekView
                onClicked: page.sessions.weekView = false
            }
            AppButton {
                objectName: "todayButton"
                width: Math.min(implicitWidth, viewRow.width)
                text: qsTr("Today")
                onClicked: page.showToday()
            }
            AppButton {
                objectName: "filtersButton"
                width: Math.min(implicitWidth, viewRow.width)
                text: page.activeFilters > 0 ? qsTr("Filters (%1)").arg(page.activeFilters) : qsTr("Filters")
                Accessible.checkable: true
                Accessible.checked: CalendarManager.browseFiltersShown
                Accessible.description: CalendarManager.browseFiltersShown ? qsTr("Hides the filters")
                                                                           : qsTr("Shows the filters")
                onClicked: CalendarManager.browseFiltersShown = !CalendarManager.browseFiltersShown
            }
        }
        GridLayout {
            visible: CalendarManager.browseFiltersShown
            Layout.fillWidth: true
            columns: toolbar.width >= 560 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            AppComboBox {
                id: kindBox
                objectName: "kindFilter"
                Layout.fillWidth: true
                font.pointSize: Theme.bodySize
                model: [qsTr("All organisers"), qsTr("Municipality"), qsTr("User organisations"), qsTr("Volunteers")]
                currentIndex: page.kindIndex
                onActivated: index => page.sessions.organiserKind = index > 0 ? CalendarManager.organiserKinds[index - 1] : ""
                Accessible.role: Accessible.ComboBox
                Accessible.name: qsTr("Run by: %1").arg(displayText)
            }
            AppComboBox {
                id: tagBox
                objectName: "tagFilter"
                Layout.fillWidth: true
                font.pointSize: Theme.bodySize
                model: page.tagChoices
                currentIndex: page.tagIndex
                onActivated: index => page.sessions.tag = index > 0 ? CalendarManager.tags[index - 1] : ""
                Accessible.role: Accessible.ComboBox
                Accessible.name: qsTr("Tag: %1").arg(displayText)
            }
        }
        Text {
            Layout.fillWidth: true
            text: Session.lastSynced.getTime() > 0
                  ? qsTr("Seats as of the last sync, %1.").arg(LocaleFormat.text(Session.lastSynced, LocaleFormat.ShortDateTime))
                  : qsTr("Seats as of the last sync.")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            visible: page.sessions.count === 0
            Layout.fillWidth: true
            topPadding: Theme.margin
            text: qsTr("Nothing in the calendar here. Try another day or week, or fewer filters.")
            font.pointSize: Theme.bodySize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
