import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The koordinator's list of who is booked and waiting for one session; names come from the server only.
Page {
    id: page
    objectName: "participantsPage"
    required property string activityId
    required property string sessionStart
    // The list follows its session when a koordinator moves it (CalendarManager.participantsSession).
    readonly property string shownSession: CalendarManager.participantsActivity === activityId
                                           && CalendarManager.participantsSession !== ""
                                           ? CalendarManager.participantsSession : sessionStart
    property var details: CalendarManager.sessionDetails(activityId, shownSession)
    Connections {
        target: CalendarManager
        function onActivitiesChanged() { page.details = CalendarManager.sessionDetails(page.activityId, page.shownSession) }
    }
    onShownSessionChanged: page.details = CalendarManager.sessionDetails(page.activityId, page.shownSession)

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Participants"); canGoBack: true }
    Component.onCompleted: CalendarManager.loadParticipants(activityId, sessionStart)
    Component.onDestruction: CalendarManager.closeParticipants()
    // A typed property, not the list's model object: QML tools then know the model's type.
    readonly property ParticipantModel participants: ParticipantModel { manager: CalendarManager }


    KeyboardList {
        id: list
        objectName: "participantList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        clip: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Participants")
        model: page.participants
        // A holder only: the controls are declared on the page (listControls) so they can use its ids.
        header: Item {
            width: ListView.view.width
            implicitHeight: childrenRect.height
        }
        delegate: ItemDelegate {
            id: row
            required property string bookingId
            required property string displayName
            required property string status
            required property string stateText
            required property bool canMarkAttended
            required property bool canUndoAttended
            width: ListView.view.width
            padding: 12
            // A stop for Tab (and ↑/↓) of its own, so a keyboard user reaches every name, the wait-list too, not
            // only the rows that have a button.
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.ListItem
            Accessible.name: row.displayName + ", " + row.stateText
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.surfaceMuted
                FocusRing { visible: row.visualFocus }
            }
            contentItem: RowLayout {
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: row.displayName
                        font.pointSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.stateText
                        font.pointSize: Theme.smallSize
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
                // Offered from the session's start until a week after it; a mistaken mark can be taken back.
                AppButton {
                    objectName: "markAttendedButton"
                    visible: row.canMarkAttended
                    text: qsTr("Was here")
                    Accessible.name: qsTr("Mark %1 as attended").arg(row.displayName)
                    onClicked: CalendarManager.markAttended(row.bookingId)
                }
                AppButton {
                    objectName: "undoAttendedButton"
                    visible: row.canUndoAttended
                    text: qsTr("Undo")
                    Accessible.name: qsTr("Undo the attendance mark for %1").arg(row.displayName)
                    onClicked: CalendarManager.undoAttended(row.bookingId)
                }
            }
        }
    }

    // The list's header content, placed into the list's header item so it scrolls with the names.
    ColumnLayout {
        id: listControls
        parent: list.headerItem
        width: list.width
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: (page.details.title ?? "") + (page.details.start
              ? ", " + LocaleFormat.text(page.details.start, LocaleFormat.WeekdayDateTime) : "")
            font.pointSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "participantsState"
            Layout.fillWidth: true
            visible: text !== ""
            text: CalendarManager.participantsState === "loading" ? qsTr("Asking the server…")
                : CalendarManager.participantsState === "offline" ? qsTr("Names are only shown while connected. Try again when the device is online.")
                : CalendarManager.participantsState === "error" ? qsTr("The list could not be fetched.")
                : page.participants.count === 0 ? qsTr("Nobody has booked yet.")
                : page.details.started !== true ? qsTr("«Was here» can be marked from the start of the session.") : ""
            font.pointSize: Theme.bodySize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        AppButton {
            Layout.fillWidth: true
            visible: CalendarManager.participantsState !== "loading"
            text: qsTr("Refresh")
            onClicked: CalendarManager.loadParticipants(page.activityId, page.shownSession)
        }
    }
}
