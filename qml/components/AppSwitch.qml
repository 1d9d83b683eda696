import QtQuick
import QtQuick.Controls

// A switch whose track and thumb can be seen (WCAG 1.4.11): an outlined track, filled with the primary colour
// when on, a thumb with an outline, and the focus ring around the whole control.
Switch {
    id: control

    indicator: Rectangle {
        implicitWidth: 52
        implicitHeight: 30
        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding)
                        : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: height / 2
        color: control.checked ? Theme.primary : Theme.border
        border.width: 1
        border.color: control.checked ? Theme.primary : Theme.border

        Rectangle {
            x: Math.max(3, Math.min(parent.width - width - 3,
                                    control.visualPosition * parent.width - (width / 2)))
            y: (parent.height - height) / 2
            width: 24
            height: 24
            radius: 12
            color: Theme.surface
            border.width: 1
            border.color: control.checked ? Theme.primary : Theme.border
            Behavior on x {
                enabled: !control.down
                SmoothedAnimation { velocity: 200 }
            }
        }
    }
    contentItem: Text {
        leftPadding: control.indicator && !control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.indicator && control.mirrored ? control.indicator.width + control.spacing : 0
        text: control.text
        font: control.font
        color: control.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Item {
        FocusRing { visible: control.visualFocus; radius: 6 }
    }
}
