import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A labelled one-line field of the activity editor.
ColumnLayout {
    id: field
    property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    readonly property alias cursorPosition: input.cursorPosition
    spacing: 2
    Layout.fillWidth: true

    Text {
        Layout.fillWidth: true
        text: field.label
        font.pointSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pointSize: Theme.bodySize
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        // Setting the text puts the cursor at its end, and a long title would show only its last words:
        // a field without focus shows its beginning.
        onTextChanged: if (!activeFocus) cursorPosition = 0
    }
}
