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

    AppCheckBox {
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
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    // Up and down: a bold drawn arrow head, a focus ring, and a dimmed look where a step cannot move further.
    component MoveButton: RoundButton {
        id: move
        property string direction
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        font.pointSize: Theme.titleSize
        font.bold: true
        Accessible.role: Accessible.Button
        Keys.onReturnPressed: clicked()
        contentItem: Item {
            Chevron {
                anchors.centerIn: parent
                direction: move.direction
                size: Math.min(parent.width, parent.height)
                colour: move.enabled ? Theme.primary : Theme.textDisabled
            }
        }
        background: Rectangle {
            radius: width / 2
            color: move.down ? Theme.primarySoft : "transparent"
            border.color: move.enabled ? Theme.border : "transparent"
            border.width: 1
            FocusRing { visible: move.visualFocus; radius: parent.radius }
        }
    }
    MoveButton {
        objectName: "moveUp"
        text: "↑"
        direction: "up"
        enabled: row.index > 0
        Accessible.name: qsTr("Move %1 up").arg(row.title)
        onClicked: GoalManager.moveStep(row.stepId, row.index - 1)
    }
    MoveButton {
        objectName: "moveDown"
        text: "↓"
        direction: "down"
        enabled: !row.isLast
        Accessible.name: qsTr("Move %1 down").arg(row.title)
        onClicked: GoalManager.moveStep(row.stepId, row.index + 1)
    }
}
