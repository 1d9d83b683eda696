import QtQuick
import QtQuick.Layouts
import Medvandrer

// The emergency numbers, always the same three (client/care/emergency_numbers.cpp is the one list).
ColumnLayout {
    id: numbers
    objectName: "emergencyNumbers"
    spacing: Theme.spacing
    Repeater {
        model: CareManager.emergencyNumbers
        delegate: CallButton {
            required property var modelData
            required property int index
            objectName: "emergencyCall" + index
            Layout.fillWidth: true
            name: modelData.name
            number: modelData.number
            detail: modelData.detail
            url: modelData.url
            urgent: index === 0
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Numbers checked %1 (helsenorge.no, mentalhelse.no).").arg(CareManager.emergencyNumbersCheckedOn)
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
