import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A page title with an optional way back.
Rectangle {
    id: header
    property string title
    property bool canGoBack: false

    implicitHeight: Math.max(Theme.touchTarget + 16, layout.implicitHeight + 16)
    color: Theme.background

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: header.canGoBack ? 4 : Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 4
        ToolButton {
            objectName: "backButton"
            visible: header.canGoBack
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: "‹"
            font.pointSize: Theme.headingSize
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Back")
            Keys.onReturnPressed: clicked()
            onClicked: Nav.back()
        }
        Text {
            Layout.fillWidth: true
            text: header.title
            font.pointSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
