import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A multi-line text field: words wrap, Tab and Shift+Tab move on (they do not type a tab), the focus ring shows
// when it has focus, and it is at least three lines high at any text size.
TextArea {
    id: area
    // The name a screen reader says; the placeholder is a hint and may be empty.
    property string accessibleName: placeholderText
    Layout.fillWidth: true
    Layout.minimumHeight: Math.max(96, Math.ceil(fontMetrics.lineSpacing * 3 + topPadding + bottomPadding))
    font.pointSize: Theme.bodySize
    wrapMode: TextEdit.Wrap
    Accessible.role: Accessible.EditableText
    Accessible.name: area.accessibleName
    Keys.onTabPressed: event => { event.accepted = Nav.leaveField(area, true) }
    Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(area, false) }
    FontMetrics { id: fontMetrics; font: area.font }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        border.width: 1
        radius: 4
        FocusRing { visible: area.activeFocus }
    }
}
