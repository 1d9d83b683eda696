import QtQuick
import QtQuick.Controls

// A number field with − and + that can be seen and hit (WCAG 1.4.11, 2.5.5): an outlined field, 48 px buttons
// with bold signs, the focus ring round the field while it has the keyboard.
SpinBox {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pointSize: Theme.bodySize

    contentItem: TextInput {
        z: 2
        text: control.displayText
        font: control.font
        color: control.enabled ? Theme.text : Theme.textMuted
        selectionColor: Theme.primary
        selectedTextColor: Theme.textOnPrimary
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !control.editable
        validator: control.validator
        inputMethodHints: control.inputMethodHints
    }

    component Sign: Rectangle {
        id: sign
        property bool plus: false
        property bool pressed: false
        property bool active: true
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        radius: 6
        color: pressed ? Theme.primarySoft : Theme.surface
        border.width: 1
        border.color: Theme.border
        Rectangle {
            anchors.centerIn: parent
            width: parent.width * 0.4
            height: 3
            color: sign.active ? Theme.primary : Theme.textDisabled
        }
        Rectangle {
            visible: sign.plus
            anchors.centerIn: parent
            width: 3
            height: parent.width * 0.4
            color: sign.active ? Theme.primary : Theme.textDisabled
        }
    }
    up.indicator: Sign {
        x: control.mirrored ? 0 : control.width - width
        height: control.height
        plus: true
        pressed: control.up.pressed
        active: control.enabled && (control.wrap || control.value < control.to)
    }
    down.indicator: Sign {
        x: control.mirrored ? control.width - width : 0
        height: control.height
        pressed: control.down.pressed
        active: control.enabled && (control.wrap || control.value > control.from)
    }

    background: Rectangle {
        implicitWidth: 140
        radius: 6
        color: Theme.surface
        border.width: 1
        border.color: Theme.border
        FocusRing { visible: control.activeFocus; radius: 6 }
    }
}
