import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The koordinator's forslagskasse: notes by week, counts only where at least five exist, read marks, answers.
Page {
    id: page
    objectName: "suggestionsAdminPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Suggestions received"); canGoBack: true }

    Component.onCompleted: WalkingManager.refreshSuggestions()
    Connections {
        // A read mark or the list that the server did not get: say why (offline, or try again later).
        target: WalkingManager
        function onRequestFailed(what: string, code: string) {
            if (what.startsWith("mark_suggestions_read") || what === "list_suggestions")
                Nav.notify(WalkingManager.message)
        }
    }
    WalkingListModel {
        id: box
        manager: WalkingManager
        list: WalkingListModel.Suggestions
    }
    WalkingListModel {
        id: counts
        manager: WalkingManager
        list: WalkingListModel.SuggestionCounts
    }
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing
            SectionHeading { Layout.fillWidth: true; visible: counts.count > 0; text: qsTr("Counts") }
            Repeater {
                model: counts
                delegate: Text {
                    required property string week
                    required property string category
                    required property string countText
                    Layout.fillWidth: true
                    text: (week === "" ? qsTr("Earlier") : WalkNav.weekText(week)) + " · " + WalkNav.suggestionCategoryShort(category) + ": " + countText
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Notes") }
            Text {
                objectName: "batchTimingNote"
                Layout.fillWidth: true
                text: WalkNav.batchTiming
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: box.count === 0
                text: qsTr("No suggestions yet.")
                wrapMode: Text.Wrap
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
            }
            Repeater {
                model: box
                // A note: what kind, which week, the text, and an explicit «mark as read» while it is new.
                delegate: Rectangle {
                    id: note
                    required property int index
                    required property string rowId
                    required property string category
                    required property string week
                    required property bool read
                    required property string subtitle
                    Layout.fillWidth: true
                    implicitHeight: noteColumn.implicitHeight + 20
                    radius: Theme.radius
                    color: note.read ? Theme.surface : Theme.warningSoft
                    border.color: Theme.border
                    ColumnLayout {
                        id: noteColumn
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: WalkNav.suggestionCategoryShort(note.category) + (note.week !== "" ? " · " + WalkNav.weekText(note.week) : "")
                                  + (note.read ? "" : " · " + qsTr("new"))
                            font.pointSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: note.subtitle
                            font.pointSize: Theme.bodySize
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        AppButton {
                            objectName: "markReadButton" + note.index
                            visible: !note.read
                            text: qsTr("Mark as read")
                            onClicked: WalkingManager.markSuggestionRead(note.rowId)
                        }
                    }
                }
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Publish an answer") }
            TextField {
                id: answerTitle
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Short title")
                font.pointSize: Theme.bodySize
                Accessible.role: Accessible.EditableText
                Accessible.name: placeholderText
            }
            TextArea {
                id: answerText
                objectName: "answerText"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(100, implicitHeight)
                placeholderText: qsTr("You said … we did …")
                font.pointSize: Theme.bodySize
                wrapMode: TextEdit.Wrap
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Answer everyone can read")
                Keys.onTabPressed: event => { event.accepted = Nav.leaveField(answerText, true) }
                Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(answerText, false) }
                background: Rectangle {
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius
                    FocusRing { visible: answerText.activeFocus }
                }
            }
            AppButton {
                Layout.fillWidth: true
                primary: true
                enabled: answerText.text.trim() !== ""
                text: qsTr("Publish for everyone")
                onClicked: {
                    if (WalkingManager.publishAnswer(answerTitle.text, answerText.text) !== "") {
                        answerTitle.text = ""
                        answerText.text = ""
                        Nav.notify(WalkingManager.message)
                    }
                }
            }
        }
    }
}
