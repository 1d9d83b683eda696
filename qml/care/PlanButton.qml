import QtQuick
import QtQuick.Controls
import Medvandrer

// «Min plan», at the top of every page: one tap to the plan for hard days, signed in or not, online or not.
ToolButton {
    id: button
    objectName: "planButton"
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    horizontalPadding: 12
    text: CareNav.planButton
    font.pointSize: Theme.bodySize
    font.bold: true
    Accessible.role: Accessible.Button
    Accessible.name: CareNav.planTitle
    Keys.onReturnPressed: clicked()
    onClicked: CareNav.openPlan()
    contentItem: Text {
        text: button.text
        font: button.font
        color: Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.radius
        color: button.down ? Theme.primarySoft : Theme.surface
        border.color: button.visualFocus ? Theme.focus : Theme.primary
        border.width: button.visualFocus ? 3 : 1
    }
}
