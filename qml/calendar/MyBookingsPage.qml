import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// My bookings with their states, and the calendar file export (neutral titles unless I choose otherwise).
Page {
    id: page
    objectName: "myBookingsPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("My bookings"); canGoBack: true }

    Connections {
        target: CalendarManager
        function onExportFinished(ok: bool, path: string, message: string) {
            Nav.notify(ok ? qsTr("Saved to %1").arg(path) : qsTr("Could not save the file: %1").arg(message))
        }
    }
    Component { id: activityPage; ActivityPage {} }
    // A typed property, not the list's model object: QML tools then know the model's type.
    readonly property MyBookingModel bookings: MyBookingModel { manager: CalendarManager }

    KeyboardList {
        id: list
        objectName: "bookingList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        clip: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("My bookings")
        model: page.bookings
        header: ColumnLayout {
            id: listHeader
            // The attached view is on the header's root; its children read the count from here.
            readonly property int bookingCount: ListView.view ? ListView.view.count : 0
            width: ListView.view ? ListView.view.width : 0
            spacing: Theme.spacing
            IcsSaveDialog { id: saveDialog }
            AppButton {
                objectName: "exportAllButton"
                Layout.fillWidth: true
                enabled: listHeader.bookingCount > 0
                text: qsTr("Add all to my calendar (.ics)")
                onClicked: saveDialog.save("")
            }
            Switch {
                id: fullTitles
                objectName: "fullTitlesSwitch"
                Layout.fillWidth: true
                checked: CalendarManager.fullTitlesInExport
                text: qsTr("Show activity names and places in the exported file")
                font.pointSize: Theme.bodySize
                Accessible.role: Accessible.CheckBox
                Accessible.name: text
                Accessible.checked: checked
                onToggled: CalendarManager.fullTitlesInExport = checked
                // Wraps instead of eliding: the whole sentence matters for a privacy choice.
                contentItem: Text {
                    text: fullTitles.text
                    font: fullTitles.font
                    color: Theme.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                    leftPadding: fullTitles.indicator.width + fullTitles.spacing
                }
            }
            Text {
                Layout.fillWidth: true
                text: fullTitles.checked
                      ? qsTr("Anyone who sees your calendar will see what you booked.")
                      : qsTr("The file says only \"Appointment\" and the time, so a shared calendar reveals nothing.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Text {
                visible: listHeader.bookingCount === 0
                Layout.fillWidth: true
                topPadding: Theme.margin
                text: qsTr("No bookings yet. Activities you book show up here.")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        delegate: ItemDelegate {
            id: row
            required property string activityId
            required property string sessionStart
            required property string title
            required property string dayLabel
            required property string timeText
            required property string stateText
            required property bool past
            required property bool warning
            width: ListView.view.width
            padding: 12
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: row.title + ", " + row.dayLabel + ", " + row.timeText + ", " + row.stateText
            Keys.onReturnPressed: clicked()
            onClicked: () => page.StackView.view.push(activityPage, { activityId: row.activityId, sessionStart: row.sessionStart })
            background: Rectangle {
                color: row.down ? Theme.primarySoft : row.past ? Theme.surfaceMuted : Theme.surface
                radius: Theme.radius
                border.color: Theme.border
                border.width: 1
                FocusRing { visible: row.visualFocus }
            }
            contentItem: ColumnLayout {
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: row.title
                    font.pointSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: row.dayLabel + (row.dayLabel !== "" && row.timeText !== "" ? ", " : "") + row.timeText
                    font.pointSize: Theme.smallSize
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: row.stateText
                    font.pointSize: Theme.bodySize
                    // Cancelled by the organiser reads as news about the activity, not as the person's own act.
                    color: row.warning ? Theme.warning : Theme.primary
                    wrapMode: Text.Wrap
                }
            }
        }
        footer: Item { width: 1; height: Theme.margin }
    }
}
