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
        // Disabled keeps readable contrast (muted text on a muted fill) instead of fading out.
        color: !control.enabled ? Theme.textMuted : control.primary ? Theme.textOnPrimary : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.surfaceMuted
             : control.primary ? (control.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary)
                               : (control.down ? Theme.primarySoft : Theme.surface)
        border.color: control.visualFocus ? Theme.focus : control.enabled ? Theme.primary : Theme.border
        border.width: control.visualFocus ? 3 : 1
    }
}
