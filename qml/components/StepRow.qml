import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A step: tick it, or move it up and down. Ticking never takes anything away if it is unticked again.
RowLayout {
    id: row
    required property string stepId
    required property string title
    required property bool done
    required property int index
    required property bool isLast

    spacing: 4

    CheckBox {
        id: box
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        checked: row.done
        text: row.title
        font.pointSize: Theme.bodySize
        Accessible.role: Accessible.CheckBox
        Accessible.name: row.title
        Accessible.checked: checked
        Keys.onReturnPressed: toggle()
        onToggled: GoalManager.setStepDone(row.stepId, checked)
        contentItem: Text {
            leftPadding: box.indicator.width + box.spacing
            text: box.text
            font: box.font
            color: Theme.text
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    RoundButton {
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        text: "↑"
        flat: true
        enabled: row.index > 0
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Move %1 up").arg(row.title)
        Keys.onReturnPressed: clicked()
        onClicked: GoalManager.moveStep(row.stepId, row.index - 1)
    }
    RoundButton {
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        text: "↓"
        flat: true
        enabled: !row.isLast
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Move %1 down").arg(row.title)
        Keys.onReturnPressed: clicked()
        onClicked: GoalManager.moveStep(row.stepId, row.index + 1)
    }
}
