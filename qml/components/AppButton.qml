import QtQuick
import QtQuick.Controls

// A button with a 48 px target, the two-line focus ring and a filled look for the main action of a page.
Button {
    id: control
    property bool primary: false
    // "left", "right", "up" or "down": a drawn arrow head instead of the text (which still names it).
    property string glyph: ""

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    padding: 10
    horizontalPadding: 16
    font.pointSize: Theme.bodySize
    Accessible.role: Accessible.Button
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        text: control.glyph === "" ? control.text : ""
        font: control.font
        // Disabled keeps readable contrast (muted text on a muted fill) instead of fading out.
        color: !control.enabled ? Theme.textMuted : control.primary ? Theme.textOnPrimary : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        implicitWidth: control.glyph === "" ? 0 : Theme.touchTarget
        radius: Theme.radius
        color: !control.enabled ? Theme.surfaceMuted
             : control.primary ? (control.down ? Theme.primaryPressed : Theme.primary)
                               : (control.down ? Theme.primarySoft : Theme.surface)
        border.color: control.enabled ? Theme.primary : Theme.border
        border.width: 1
        Chevron {
            visible: control.glyph !== ""
            anchors.centerIn: parent
            direction: control.glyph
            size: Theme.touchTarget * 0.8
            colour: !control.enabled ? Theme.textMuted : control.primary ? Theme.textOnPrimary : Theme.primary
        }
        FocusRing { visible: control.visualFocus }
    }
}
