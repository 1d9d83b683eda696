import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// «Du sa – vi gjorde»: what the team changed after suggestions.
Page {
    id: page
    objectName: "answersPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("You said – we did"); canGoBack: true }

    WalkingListModel {
        id: answers
        manager: WalkingManager
        list: WalkingListModel.Answers
    }
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                visible: answers.count === 0
                text: qsTr("No answers yet. When the team acts on a suggestion, it shows up here.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Repeater {
                model: answers
                delegate: WalkingRow {
                    required title
                    required subtitle
                    Layout.fillWidth: true
                    focusPolicy: Qt.TabFocus
                }
            }
        }
    }
}
