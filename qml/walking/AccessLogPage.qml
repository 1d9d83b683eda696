import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// «Hvem har sett mine data»: who was given my records, what kind, when. Never the contents.
Page {
    id: page
    objectName: "accessLogPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Who has seen my data"); canGoBack: true }

    Component.onCompleted: {
        WalkingManager.clearMessage()
        WalkingManager.requestAccessLog()
    }
    WalkingListModel {
        id: log
        manager: WalkingManager
        list: WalkingListModel.AccessLog
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
                text: log.count === 0 ? qsTr("Nobody else has seen your data.")
                                      : qsTr("Each time someone else's device received your records. Newest first.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Repeater {
                model: log
                delegate: WalkingRow {
                    required property string personName
                    required subtitle
                    required property string when
                    Layout.fillWidth: true
                    title: personName + " · " + when
                    focusPolicy: Qt.TabFocus
                }
            }
            Text {
                Layout.fillWidth: true
                visible: WalkingManager.message !== ""
                text: WalkingManager.message
                font.pointSize: Theme.smallSize
                color: Theme.warning
                wrapMode: Text.Wrap
            }
        }
    }
}
