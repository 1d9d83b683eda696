import QtQuick
import QtQuick.Layouts
import Medvandrer

// The window's top line: the sync status (when signed in) and «Min plan», which is always there. With large text
// in a narrow window the button gets a row of its own, so no word of the status runs under it.
Rectangle {
    id: bar
    property bool statusVisible: true
    readonly property bool narrow: bar.width < plan.implicitWidth * 2.6
    implicitHeight: grid.implicitHeight + 8
    color: Theme.surfaceMuted
    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.rightMargin: 4
        anchors.bottomMargin: 4
        columns: bar.narrow ? 1 : 2
        rowSpacing: 0
        columnSpacing: 0
        SyncStatusLine {
            id: status
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: bar.statusVisible
        }
        Item {
            Layout.fillWidth: true
            visible: !bar.statusVisible && !bar.narrow
        }
        PlanButton {
            id: plan
            Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
            Layout.topMargin: 4
        }
    }
}
