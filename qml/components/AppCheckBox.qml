import QtQuick
import QtQuick.Controls

// A check box that can be seen in every theme: an outlined box (3:1 against the page), a bold tick in
// the text colour, the box growing with the text, and the two-line focus ring round it all.
CheckBox {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pointSize: Theme.bodySize
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked
    // Return works like a click (as Space does): toggle() alone changes the look and tells nobody.
    Keys.onReturnPressed: pressByKey()
    Keys.onEnterPressed: pressByKey()
    function pressByKey() {
        toggle()
        toggled()
        clicked()
    }

    indicator: Rectangle {
        readonly property real size: Math.max(26, Theme.bodySize * 1.9)
        implicitWidth: size
        implicitHeight: size
        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding)
                        : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: 4
        color: control.down ? Theme.primarySoft : Theme.surface
        border.width: 2
        border.color: control.checked ? Theme.text : Theme.border
        // The tick: an L turned a quarter left, with strokes that grow with the box.
        Item {
            readonly property real stroke: Math.max(3, parent.width * 0.13)
            visible: control.checkState === Qt.Checked
            anchors.centerIn: parent
            anchors.verticalCenterOffset: -parent.height * 0.07
            width: parent.width * 0.56
            height: parent.height * 0.3
            rotation: -45
            Rectangle { x: 0; y: 0; width: parent.stroke; height: parent.height; radius: 1; color: Theme.text }
            Rectangle { x: 0; y: parent.height - height; width: parent.width; height: parent.stroke; radius: 1; color: Theme.text }
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
