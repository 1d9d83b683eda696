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
        // The title's longest word at the heading size: what one line must hold.
        TextMetrics {
            id: longestWord
            font.pointSize: Theme.headingSize
            font.bold: true
            text: header.title.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "")
        }
        Text {
            id: titleText
            objectName: "pageTitle"
            Layout.fillWidth: true
            // The layout gives it the rest of the row whatever the text; its width then does not follow its font.
            Layout.preferredWidth: 1
            text: header.title
            // A word too long for the line (a long place name at 200 % text) makes the title smaller, down to the
            // body size, instead of being broken in the middle: «Fontenehu-set».
            font.pointSize: width > 0 && longestWord.advanceWidth > width
                            ? Math.max(Theme.bodySize, Math.floor(Theme.headingSize * width / longestWord.advanceWidth * 10) / 10)
                            : Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}
