import QtQuick
import QtQuick.Layouts
import Medvandrer

// A labelled time of day: hours and minutes (five-minute steps, any minute can be typed), 24-hour clock.
ColumnLayout {
    id: field
    property string label
    property int hours: 18
    property int minutes: 0
    readonly property string timeText: (field.hours < 10 ? "0" : "") + field.hours + ":"
                                       + (field.minutes < 10 ? "0" : "") + field.minutes
    spacing: 2
    Layout.fillWidth: true

    Text {
        Layout.fillWidth: true
        text: field.label
        font.pointSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        AppSpinBox {
            objectName: "hourBox"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pointSize: Theme.bodySize
            from: 0
            to: 23
            wrap: true
            editable: true
            value: field.hours
            textFromValue: (v, locale) => (v < 10 ? "0" : "") + v
            onValueModified: field.hours = value
            Accessible.role: Accessible.SpinBox
            Accessible.name: qsTr("%1, hours").arg(field.label)
        }
        Text {
            text: ":"
            font.pointSize: Theme.bodySize
            color: Theme.text
        }
        AppSpinBox {
            objectName: "minuteBox"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pointSize: Theme.bodySize
            from: 0
            to: 59
            stepSize: 5
            wrap: true
            editable: true
            value: field.minutes
            textFromValue: (v, locale) => (v < 10 ? "0" : "") + v
            onValueModified: field.minutes = value
            Accessible.role: Accessible.SpinBox
            Accessible.name: qsTr("%1, minutes").arg(field.label)
        }
    }
}
