import QtQuick
import Medvandrer

// One of a goal's statuses; choosing one is never a verdict, just where the goal is now.
AppRadioButton {
    id: control
    property string status
    property string current
    signal chosen()

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    text: LifeAreas.statusLabel(status)
    font.pointSize: Theme.bodySize
    checked: current === status
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checked: checked
    onToggled: if (checked) chosen()
}
