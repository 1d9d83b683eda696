import QtQuick
import QtQuick.Controls
import Medvandrer

// A field for a PIN, passphrase or password: never shown, never suggested or remembered by the keyboard.
TextField {
    id: field
    property bool digits: false
    property string label: ""
    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
    font.pointSize: Theme.bodySize
    echoMode: TextInput.Password
    inputMethodHints: (digits ? Qt.ImhDigitsOnly : Qt.ImhNone) | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                      | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
    placeholderText: label
    Accessible.role: Accessible.EditableText
    Accessible.name: label
    Accessible.passwordEdit: true
}
