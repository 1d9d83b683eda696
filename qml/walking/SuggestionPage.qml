import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Forslagskasse: an anonymous note about what works, what is missing, or an idea. Works offline too.
Page {
    id: page
    objectName: "suggestionPage"
    property string category: "idea"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Suggestion box"); canGoBack: true }

    // One category choice; the page binds and listens to each from the Repeater (delegates cannot see the page).
    component CategoryChoice: AppRadioButton {
        required property string modelData
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
                text: qsTr("Your name is not sent, and no one can see who wrote it.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "batchTimingNote"
                Layout.fillWidth: true
                text: WalkNav.batchTiming
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            ButtonGroup {
                id: group
                onClicked: button => page.category = button.modelData
            }
            Repeater {
                model: WalkingManager.suggestionCategories()
                onItemAdded: (index, item) => {
                    const choice = item
                    choice.checked = Qt.binding(() => page.category === choice.modelData)
                    group.addButton(choice)
                }
                onItemRemoved: (index, item) => group.removeButton(item as RadioButton)
                delegate: CategoryChoice {
                    id: choice
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: WalkNav.suggestionCategory(choice.modelData)
                    font.pointSize: Theme.bodySize
                    Accessible.name: text
                }
            }
            TextArea {
                id: text
                objectName: "suggestionText"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(140, implicitHeight)
                placeholderText: qsTr("Write here")
                font.pointSize: Theme.bodySize
                wrapMode: TextEdit.Wrap
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Your suggestion")
                Keys.onTabPressed: event => { event.accepted = Nav.leaveField(text, true) }
                Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(text, false) }
                background: Rectangle {
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius
                    FocusRing { visible: text.activeFocus }
                }
            }
            AppButton {
                objectName: "sendSuggestionButton"
                Layout.fillWidth: true
                primary: true
                enabled: text.text.trim() !== ""
                text: qsTr("Send anonymously")
                onClicked: {
                    if (WalkingManager.writeSuggestion(page.category, text.text) !== "") {
                        text.text = ""
                        Nav.notify(WalkingManager.message)
                    }
                }
            }
            AppButton {
                Layout.fillWidth: true
                text: qsTr("You said – we did")
                onClicked: WalkNav.open("AnswersPage", {})
            }
        }
    }
}
