import QtQuick
import QtQuick.Controls

// A button with a 48 px target, a clear focus ring and a filled look for the main action of a page.
Button {
    id: control
    property bool primary: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: 10
    horizontalPadding: 16
    font.pointSize: Theme.bodySize
    Accessible.role: Accessible.Button
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary ? Theme.textOnPrimary : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        opacity: control.enabled ? 1 : 0.6
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.primary ? (control.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary)
                               : (control.down ? Theme.primarySoft : Theme.surface)
        border.color: control.visualFocus ? Theme.focus : Theme.primary
        border.width: control.visualFocus ? 3 : 1
        opacity: control.enabled ? 1 : 0.5
    }
}
