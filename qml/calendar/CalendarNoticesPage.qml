import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// What changed about my bookings since I last looked; shown only inside the app.
Page {
    id: page
    objectName: "calendarNoticesPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("News about my bookings"); canGoBack: true }

    StackView.onDeactivating: CalendarManager.markNotificationsRead()
    Component { id: activityPage; ActivityPage {} }
    // A typed property, not the list's model object: QML tools then know the model's type.
    readonly property CalendarNoticeModel notices: CalendarNoticeModel { manager: CalendarManager }

    KeyboardList {
        id: list
        objectName: "noticeList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        clip: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("News about my bookings")
        model: page.notices
        header: Text {
            width: ListView.view.width
            bottomPadding: Theme.spacing
            text: ListView.view.count === 0 ? qsTr("Nothing new. When the server answers a booking, you will see it here.")
                                      : qsTr("Changes arrive when your device syncs.")
            font.pointSize: Theme.bodySize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        delegate: ItemDelegate {
            id: row
            required property string message
            required property string activityTitle
            required property string activityId
            required property string sessionStart
            required property string whenText
            required property string sessionText
            required property bool read
            width: ListView.view.width
            padding: 12
            Accessible.role: Accessible.Button
            Accessible.name: row.message + ", " + row.activityTitle + ", " + row.sessionText + ", " + qsTr("received %1").arg(row.whenText)
            // An ItemDelegate is no Tab stop by default: this one is a button.
            focusPolicy: Qt.StrongFocus
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: () => page.StackView.view.push(activityPage, { activityId: row.activityId, sessionStart: row.sessionStart })
            background: Rectangle {
                color: row.down ? Theme.primarySoft : Theme.surface
                radius: Theme.radius
                border.color: row.read ? Theme.surfaceMuted : Theme.primary
                border.width: row.read ? 1 : 2
                FocusRing { visible: row.visualFocus }
            }
            contentItem: ColumnLayout {
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: row.message
                    font.pointSize: Theme.bodySize
                    font.bold: !row.read
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "noticeSession"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: row.activityTitle + (row.activityTitle !== "" && row.sessionText !== "" ? " · " : "") + row.sessionText
                    font.pointSize: Theme.smallSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Received %1").arg(row.whenText)
                    font.pointSize: Theme.smallSize
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
