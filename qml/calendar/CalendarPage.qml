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

    // A typed property, not a child of the Page: a Page's children must be items.
    readonly property CalendarSessionModel sessions: CalendarSessionModel {
        manager: CalendarManager
        organiserKind: page.kindIndex > 0 ? CalendarManager.organiserKinds[page.kindIndex - 1] : ""
        tag: page.tagIndex > 0 ? CalendarManager.tags[page.tagIndex - 1] : ""
    }
    // The filters live on the page; the combo boxes sit in the list's header.
    property int kindIndex: 0
    property int tagIndex: 0
    // "All tags" then the known tags; CalendarManager.tags is a C++ list, so it is copied into a JS array first.
    readonly property var tagChoices: {
        const choices = [qsTr("All tags")]
        const tags = CalendarManager.tags
        for (let i = 0; i < tags.length; ++i)
            choices.push(tags[i])
        return choices
    }

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

    ListView {
        id: list
        objectName: "sessionList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        clip: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Sessions: %1").arg(page.sessions.rangeTitle)
        model: page.sessions
        section.property: "dayLabel"
        section.delegate: Text {
            required property string section
            width: ListView.view.width
            topPadding: Theme.spacing
            text: section
            font.pointSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: section
        }
        // A holder only: the controls are declared on the page (listControls) so they can use its ids.
        header: Item {
            width: ListView.view.width
            implicitHeight: childrenRect.height
        }
        delegate: SessionCard {
            onOpen: (activityId, sessionStart) => page.openSession(activityId, sessionStart)
        }
        footer: Item { width: 1; height: Theme.margin }
    }

    // The list's header content, placed into the list's header item so it scrolls with the sessions.
    ColumnLayout {
        id: listControls
        parent: list.headerItem
        width: list.width
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            AppButton {
                objectName: "myBookingsButton"
                Layout.fillWidth: true
                text: qsTr("My bookings")
                onClicked: page.StackView.view.push(myBookingsPage)
            }
            AppButton {
                objectName: "noticesButton"
                Layout.fillWidth: true
                text: CalendarManager.unreadNotifications > 0
                      ? qsTr("News (%1)").arg(CalendarManager.unreadNotifications) : qsTr("News")
                onClicked: page.StackView.view.push(noticesPage)
            }
        }
        AppButton {
            objectName: "newActivityButton"
            visible: CalendarManager.canEditActivities
            Layout.fillWidth: true
            primary: true
            text: qsTr("New activity")
            onClicked: page.StackView.view.push(editPage, { activityId: "" })
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            AppButton {
                objectName: "weekButton"
                Layout.fillWidth: true
                primary: page.sessions.weekView
                text: qsTr("Week")
                Accessible.checked: page.sessions.weekView
                onClicked: page.sessions.weekView = true
            }
            AppButton {
                objectName: "dayButton"
                Layout.fillWidth: true
                primary: !page.sessions.weekView
                text: qsTr("Day")
                Accessible.checked: !page.sessions.weekView
                onClicked: page.sessions.weekView = false
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            AppButton {
                objectName: "previousButton"
                text: "‹"
                Accessible.name: page.sessions.weekView ? qsTr("Previous week") : qsTr("Previous day")
                onClicked: page.sessions.previous()
            }
            Text {
                Layout.fillWidth: true
                text: page.sessions.rangeTitle
                font.pointSize: Theme.bodySize
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            AppButton {
                objectName: "nextButton"
                text: "›"
                Accessible.name: page.sessions.weekView ? qsTr("Next week") : qsTr("Next day")
                onClicked: page.sessions.next()
            }
        }
        AppButton {
            Layout.fillWidth: true
            text: qsTr("Today")
            onClicked: page.sessions.today()
        }
        ComboBox {
            id: kindBox
            objectName: "kindFilter"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pointSize: Theme.bodySize
            model: [qsTr("All organisers"), qsTr("Municipality"), qsTr("User organisations"), qsTr("Volunteers")]
            currentIndex: page.kindIndex
            onActivated: index => page.kindIndex = index
            Accessible.role: Accessible.ComboBox
            Accessible.name: qsTr("Run by: %1").arg(displayText)
        }
        ComboBox {
            id: tagBox
            objectName: "tagFilter"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pointSize: Theme.bodySize
            model: page.tagChoices
            currentIndex: page.tagIndex
            onActivated: index => page.tagIndex = index
            Accessible.role: Accessible.ComboBox
            Accessible.name: qsTr("Tag: %1").arg(displayText)
        }
        Text {
            Layout.fillWidth: true
            text: Session.lastSynced.getTime() > 0
                  ? qsTr("Seats as of the last sync, %1.").arg(Session.lastSynced.toLocaleString(Qt.locale(), Locale.ShortFormat))
                  : qsTr("Seats as of the last sync.")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Text {
            visible: page.sessions.count === 0
            Layout.fillWidth: true
            topPadding: Theme.margin
            text: qsTr("Nothing in the calendar here. Try another day or week, or fewer filters.")
            font.pointSize: Theme.bodySize
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
}
