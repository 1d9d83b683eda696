import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// One tap calls: a name and a number, opened as a tel: link by the phone's dialler.
ItemDelegate {
    id: call
    property string name
    property string number
    property string detail
    // "tel:…"; empty when the number holds no digits (then nothing to call).
    property string url
    property bool urgent: false

    enabled: url !== ""
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Call %1, %2").arg(call.name).arg(call.number)
    // An ItemDelegate is no Tab stop by default: this one is a button.
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onClicked: Qt.openUrlExternally(call.url)
    background: Rectangle {
        radius: Theme.radius
        color: call.down ? Theme.primarySoft : call.urgent ? Theme.warningSoft : Theme.surface
        border.color: call.visualFocus ? Theme.focus : Theme.border
        border.width: call.visualFocus ? 3 : 1
    }
    TextMetrics {
        id: numberMetrics
        font.pointSize: Theme.titleSize
        font.bold: true
        text: call.number
    }
    // The number beside the name; under it when large text leaves the name too little room.
    contentItem: GridLayout {
        columns: call.availableWidth < numberMetrics.advanceWidth * 2.5 ? 1 : 2
        columnSpacing: Theme.spacing
        rowSpacing: 2
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: call.name
                font.pointSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: call.detail
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        Text {
            objectName: "callNumber"
            text: call.number
            font.pointSize: Theme.titleSize
            font.bold: true
            color: call.enabled ? Theme.primary : Theme.textMuted
            // A phone number is never broken over lines: "116 123" reads as one.
            wrapMode: Text.NoWrap
        }
    }
}
