import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The koordinator marks brukere as brukerrepresentanter: they may draft and edit surveys (not publish them).
Page {
    id: page
    objectName: "surveyWritersPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("User representatives"); canGoBack: true }

    Component.onCompleted: SurveyManager.refreshWriters()

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
                text: qsTr("A user representative writes surveys with the team: drafts and edits them. Only a koordinator publishes.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: SurveyManager.writersState === "offline" ? qsTr("Offline. The list can be changed when the phone is online.")
                      : SurveyManager.writersState === "error" ? qsTr("The list could not be fetched. Try again in a moment.")
                      : SurveyManager.writersState === "ready" && SurveyManager.writers.length === 0 ? qsTr("No participants yet.")
                      : ""
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: SurveyManager.writers
                delegate: AppSwitch {
                    required property var modelData
                    required property int index
                    objectName: "writerSwitch" + index
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: modelData.displayName + " (" + modelData.username + ")"
                    checked: modelData.writer
                    Accessible.name: qsTr("%1 writes surveys").arg(modelData.displayName)
                    onToggled: SurveyManager.setWriter(modelData.accountId, checked)
                }
            }
        }
    }
}
