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
            id: backButton
            objectName: "backButton"
            visible: header.canGoBack
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: "‹"
            font.pointSize: Theme.headingSize
            // A drawn arrow head (the «‹» glyph was thin and small) and the focus ring it lacked.
            contentItem: Item {
                Chevron {
                    anchors.centerIn: parent
                    direction: "left"
                    size: Theme.touchTarget
                    colour: Theme.text
                }
            }
            background: Rectangle {
                radius: Theme.radius
                color: backButton.down ? Theme.primarySoft : "transparent"
                FocusRing { visible: backButton.visualFocus }
            }
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
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
