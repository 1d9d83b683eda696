import QtQuick
import QtQuick.Controls

// One tab of the bottom navigation.
AbstractButton {
    id: control
    property bool current: false

    implicitHeight: Math.max(56, implicitContentHeight + 20)
    checkable: false
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checked: current
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        text: control.text
        font.pointSize: Theme.smallSize
        font.bold: control.current
        color: control.current ? Theme.primary : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Words first; a word longer than a narrow window breaks rather than running into the next tab.
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        color: control.current ? Theme.primarySoft : Theme.surface
        FocusRing { visible: control.visualFocus; radius: 0 }
        Rectangle {
            anchors.top: parent.top
            width: parent.width
            height: 4
            color: control.current ? Theme.primary : "transparent"
        }
    }
}
