import QtQuick
import QtQuick.Controls

// A radio button that can be seen in every theme: an outlined circle (3:1 against the page), a dot in the
// text colour when chosen, the indicator growing with the text, and the two-line focus ring round it all.
RadioButton {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pointSize: Theme.bodySize
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checked: checked
    // Return works like a click (as Space does): it chooses an unchosen radio and says so through toggled() and
    // clicked(); toggle() alone changes the look and tells nobody.
    Keys.onReturnPressed: pressByKey()
    Keys.onEnterPressed: pressByKey()
    function pressByKey() {
        if (!checked) {
            toggle()
            toggled()
        }
        clicked()
    }

    indicator: Rectangle {
        readonly property real size: Math.max(26, Theme.bodySize * 1.9)
        implicitWidth: size
        implicitHeight: size
        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding)
                        : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: width / 2
        color: control.down ? Theme.primarySoft : Theme.surface
        border.width: 2
        border.color: control.checked ? Theme.text : Theme.border
        Rectangle {
            anchors.centerIn: parent
            width: parent.width * 0.55
            height: width
            radius: width / 2
            color: Theme.text
            visible: control.checked
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
