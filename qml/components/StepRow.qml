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
    // ↑ and ↓: a clear glyph, a focus ring, and an unmistakably dimmed look where a step cannot move further.
    component MoveButton: RoundButton {
        id: move
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        font.pointSize: Theme.titleSize
        font.bold: true
        Accessible.role: Accessible.Button
        Keys.onReturnPressed: clicked()
        contentItem: Text {
            text: move.text
            font: move.font
            color: move.enabled ? Theme.primary : "#b9c0be"
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: width / 2
            color: move.down ? Theme.primarySoft : "transparent"
            border.color: move.visualFocus ? Theme.focus : move.enabled ? Theme.border : "transparent"
            border.width: move.visualFocus ? 3 : 1
        }
    }
    MoveButton {
        objectName: "moveUp"
        text: "↑"
        enabled: row.index > 0
        Accessible.name: qsTr("Move %1 up").arg(row.title)
        onClicked: GoalManager.moveStep(row.stepId, row.index - 1)
    }
    MoveButton {
        objectName: "moveDown"
        text: "↓"
        enabled: !row.isLast
        Accessible.name: qsTr("Move %1 down").arg(row.title)
        onClicked: GoalManager.moveStep(row.stepId, row.index + 1)
    }
}
