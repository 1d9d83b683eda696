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

    property alias sessions: sessionModel

    function openSession(activityId: string, sessionStart: string) {
        page.StackView.view.push(activityPage, { activityId: activityId, sessionStart: sessionStart })
    }

    // Screenshots and the self-test: opens one of the calendar's pages with the first session listed.
    function showSubPage(name: string): bool {
        const first = sessionModel.get(0)
        const firstBookable = page.firstBookable()
        switch (name) {
        case "calendarDay":
            sessionModel.weekView = false
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
        for (let i = 0; i < sessionModel.count; ++i) {
            const row = sessionModel.get(i)
            if (row.status !== "")
                return row
        }
        return sessionModel.get(0)
    }

    Component { id: activityPage; ActivityPage {} }
    Component { id: myBookingsPage; MyBookingsPage {} }
    Component { id: noticesPage; CalendarNoticesPage {} }
    Component { id: editPage; ActivityEditPage {} }
    Component { id: participantsPage; ParticipantsPage {} }

    CalendarSessionModel {
        id: sessionModel
        manager: CalendarManager
        organiserKind: kindBox.currentIndex > 0 ? CalendarManager.organiserKinds[kindBox.currentIndex - 1] : ""
        tag: tagBox.currentIndex > 0 ? CalendarManager.tags[tagBox.currentIndex - 1] : ""
    }

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
        Accessible.name: qsTr("Sessions: %1").arg(sessionModel.rangeTitle)
        model: sessionModel
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
        header: ColumnLayout {
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
                    primary: sessionModel.weekView
                    text: qsTr("Week")
                    Accessible.checked: sessionModel.weekView
                    onClicked: sessionModel.weekView = true
                }
                AppButton {
                    objectName: "dayButton"
                    Layout.fillWidth: true
                    primary: !sessionModel.weekView
                    text: qsTr("Day")
                    Accessible.checked: !sessionModel.weekView
                    onClicked: sessionModel.weekView = false
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 4
                AppButton {
                    objectName: "previousButton"
                    text: "‹"
                    Accessible.name: sessionModel.weekView ? qsTr("Previous week") : qsTr("Previous day")
                    onClicked: sessionModel.previous()
                }
                Text {
                    Layout.fillWidth: true
                    text: sessionModel.rangeTitle
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                }
                AppButton {
                    objectName: "nextButton"
                    text: "›"
                    Accessible.name: sessionModel.weekView ? qsTr("Next week") : qsTr("Next day")
                    onClicked: sessionModel.next()
                }
            }
            AppButton {
                Layout.fillWidth: true
                text: qsTr("Today")
                onClicked: sessionModel.today()
            }
            ComboBox {
                id: kindBox
                objectName: "kindFilter"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                model: [qsTr("All organisers"), qsTr("Municipality"), qsTr("User organisations"), qsTr("Volunteers")]
                Accessible.role: Accessible.ComboBox
                Accessible.name: qsTr("Run by: %1").arg(displayText)
            }
            ComboBox {
                id: tagBox
                objectName: "tagFilter"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                model: [qsTr("All tags")].concat(CalendarManager.tags)
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
                visible: sessionModel.count === 0
                Layout.fillWidth: true
                topPadding: Theme.margin
                text: qsTr("Nothing in the calendar here. Try another day or week, or fewer filters.")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
        delegate: SessionCard {
            onOpen: (activityId, sessionStart) => page.openSession(activityId, sessionStart)
        }
        footer: Item { width: 1; height: Theme.margin }
    }
}
