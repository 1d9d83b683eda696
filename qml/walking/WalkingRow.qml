import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A row in a walking-beside list: a title, a kind line under it, optionally tappable.
ItemDelegate {
    id: row
    property string title
    property string subtitle
    property bool attention: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.Button
    Accessible.name: title + ". " + subtitle
    // An ItemDelegate is no Tab stop by default: this one is a button.
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.primarySoft : row.attention ? Theme.warningSoft : Theme.surface
        border.color: Theme.border
        border.width: 1
        FocusRing { visible: row.visualFocus }
    }
    contentItem: ColumnLayout {
        spacing: 2
        Text {
            Layout.fillWidth: true
            text: row.title
            font.pointSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: row.subtitle
            font.pointSize: Theme.smallSize
            color: row.attention ? Theme.warning : Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
