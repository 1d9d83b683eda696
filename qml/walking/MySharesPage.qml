import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// «What I share, with whom»: every goal shared and with which helper; change what they may do, or stop.
Page {
    id: page
    objectName: "mySharesPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("What I share, with whom"); canGoBack: true }

    WalkingListModel {
        id: shares
        manager: WalkingManager
        list: WalkingListModel.MyShares
    }
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing + 4
            Text {
                Layout.fillWidth: true
                text: shares.count === 0 ? qsTr("You share nothing. Your goals are yours alone.")
                                         : qsTr("Stopping takes effect the next time their device syncs: the goal leaves it.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Repeater {
                model: shares
                delegate: Rectangle {
                    id: card
                    required property string rowId
                    required property string goalTitle
                    required property string helperName
                    required property string subtitle
                    required property string level
                    required property bool includeNotes
                    Layout.fillWidth: true
                    implicitHeight: inner.implicitHeight + 24
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: inner
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: Theme.spacing
                        Text {
                            Layout.fillWidth: true
                            text: card.goalTitle
                            font.pointSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: card.subtitle
                            font.pointSize: Theme.smallSize
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        AppButton {
                            objectName: "notesToggle"
                            Layout.fillWidth: true
                            text: card.includeNotes ? qsTr("Stop sharing my notes") : qsTr("Share my check-in notes too")
                            Accessible.name: text + ": " + card.goalTitle
                            onClicked: WalkingManager.setShareNotes(card.rowId, !card.includeNotes)
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            AppButton {
                                Layout.fillWidth: true
                                text: card.level === "comment" ? qsTr("Only reading") : qsTr("Allow comments")
                                Accessible.name: text + ": " + card.goalTitle
                                onClicked: WalkingManager.setShareLevel(card.rowId, card.level === "comment" ? "read" : "comment")
                            }
                            AppButton {
                                objectName: "revokeButton"
                                Layout.fillWidth: true
                                text: qsTr("Stop sharing")
                                Accessible.name: qsTr("Stop sharing %1 with %2").arg(card.goalTitle).arg(card.helperName)
                                onClicked: WalkingManager.revokeShare(card.rowId)
                            }
                        }
                    }
                }
            }
        }
    }
}
