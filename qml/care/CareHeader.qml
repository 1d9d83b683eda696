import QtQuick
import QtQuick.Layouts
import Medvandrer

// The window's top line: the sync status (when signed in) and «Min plan», which is always there.
Rectangle {
    id: bar
    property bool statusVisible: true
    implicitHeight: Math.max(status.visible ? status.implicitHeight : 0, plan.implicitHeight + 8)
    color: Theme.surfaceMuted
    RowLayout {
        anchors.fill: parent
        anchors.rightMargin: 4
        spacing: 0
        SyncStatusLine {
            id: status
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: bar.statusVisible
        }
        Item {
            Layout.fillWidth: true
            visible: !bar.statusVisible
        }
        PlanButton {
            id: plan
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
