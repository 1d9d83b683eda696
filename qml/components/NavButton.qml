import QtQuick
import QtQuick.Controls
import Medvandrer

// One tab of the bottom navigation: a drawn picture above a short label. The label takes the size the row gives
// it (Main.qml fits every tab's longest word into one row, at most the person's text size).
AbstractButton {
    id: control
    property bool current: false
    // NavIcon's kind: "goals", "reflections", "calendar", "participants", "team" or "me".
    property string iconKind
    property real labelSize: Theme.smallSize
    // The label's longest word at the full text size (bold, as when current): what the row must make room for.
    readonly property real wordWidth: longestWord.advanceWidth

    implicitHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
    horizontalPadding: 3
    topPadding: 8
    bottomPadding: 6
    checkable: false
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checked: current
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    TextMetrics {
        id: longestWord
        font.pointSize: Theme.smallSize
        font.bold: true
        text: control.text.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "")
    }

    contentItem: Column {
        spacing: 2
        NavIcon {
            anchors.horizontalCenter: parent.horizontalCenter
            kind: control.iconKind
            visible: control.iconKind !== ""
            // Grows with the label, a little less than it.
            size: Math.round(24 * Math.min(1.5, Math.sqrt(control.labelSize / (Theme.smallSize / Appearance.textScale))))
            colour: control.current ? Theme.primary : Theme.textMuted
        }
        Text {
            width: parent.width
            text: control.text
            font.pointSize: control.labelSize
            font.bold: control.current
            color: control.current ? Theme.primary : Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            // Words first; a word longer than a very narrow window breaks rather than running into the next tab.
            wrapMode: Text.Wrap
        }
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
