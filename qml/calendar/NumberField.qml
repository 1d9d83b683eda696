import QtQuick
import QtQuick.Layouts
import Medvandrer

// A labelled whole number with − and + (Qt Quick Controls' SpinBox); typing works too. A plain Column: in a
// ColumnLayout the SpinBox was drawn below its slot, over the next field's label.
Column {
    id: field
    property string label
    property alias value: box.value
    property alias from: box.from
    property alias to: box.to
    property alias stepSize: box.stepSize
    spacing: 2
    Layout.fillWidth: true

    Text {
        width: field.width
        text: field.label
        font.pointSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    AppSpinBox {
        id: box
        width: field.width
        height: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        font.pointSize: Theme.bodySize
        editable: true
        Accessible.role: Accessible.SpinBox
        Accessible.name: field.label
    }
}
