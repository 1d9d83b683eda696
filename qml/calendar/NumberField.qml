import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A labelled whole number with − and + (Qt Quick Controls' SpinBox); typing works too.
ColumnLayout {
    id: field
    property string label
    property alias value: box.value
    property alias from: box.from
    property alias to: box.to
    property alias stepSize: box.stepSize
    // How the number reads ("90 min"); the plain number when empty.
    property string unit: ""
    spacing: 2
    Layout.fillWidth: true

    Text {
        Layout.fillWidth: true
        text: field.label
        font.pointSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    SpinBox {
        id: box
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pointSize: Theme.bodySize
        editable: true
        Accessible.role: Accessible.SpinBox
        Accessible.name: field.label
        // A typed value off the steps is kept as typed, within the limits.
        validator: IntValidator { bottom: box.from; top: box.to }
    }
}
