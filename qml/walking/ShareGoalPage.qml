import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Share one goal with an erfaringskonsulent: pick from the team's list (kept on the device, so this works
// offline) or type the short code the helper shows; choose "read" or "read and comment".
Page {
    id: page
    objectName: "shareGoalPage"
    property string goalId
    property string helperId: ""
    property string level: "read"
    // One helper to share with; the Repeater below wires each to the page.
    component HelperChoice: AppRadioButton {
        required property string helperId
    }

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Share this goal"); canGoBack: true }

    Component.onCompleted: {
        WalkingManager.clearMessage()
        WalkingManager.refreshHelpers()
    }
    Connections {
        target: WalkingManager
        function onHelperConnected(helperId: string, displayName: string) {
            page.helperId = helperId
            Nav.notify(qsTr("Found %1.").arg(displayName))
        }
    }
    WalkingListModel {
        id: helpers
        manager: WalkingManager
        list: WalkingListModel.Helpers
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
                text: qsTr("You choose who sees this goal, and you can stop sharing at any time.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Who") }
            ButtonGroup {
                id: helperGroup
                onClicked: button => page.helperId = button.helperId
            }
            Text {
                Layout.fillWidth: true
                visible: helpers.count === 0
                text: qsTr("The list of helpers comes when you are online. You can also type a code.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: helpers
                // Delegates cannot see the page: the page binds and listens to each choice from here.
                onItemAdded: (index, item) => {
                    const choice = item
                    choice.checked = Qt.binding(() => page.helperId === choice.helperId)
                    helperGroup.addButton(choice)
                }
                onItemRemoved: (index, item) => helperGroup.removeButton(item as RadioButton)
                delegate: HelperChoice {
                    id: choice
                    required property string title
                    required property int index
                    objectName: "helperChoice" + choice.index
                    Layout.fillWidth: true
                    text: choice.title
                    font.pointSize: Theme.bodySize
                    Accessible.name: choice.title
                }
            }
            GridLayout {
                id: codeRow
                Layout.fillWidth: true
                // The field and its button side by side while the field keeps room, else one under the other.
                columns: Theme.touchTarget * 3 + find.implicitWidth + Theme.spacing <= codeRow.width ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                // The hint as a label that wraps (as a placeholder it was cut short at 200 %).
                Label {
                    Layout.fillWidth: true
                    Layout.columnSpan: codeRow.columns
                    text: qsTr("Code from your helper")
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                TextField {
                    id: code
                    objectName: "helperCodeField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    font.pointSize: Theme.bodySize
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Code from your helper")
                    onAccepted: find.clicked()
                }
                AppButton {
                    id: find
                    Layout.fillWidth: codeRow.columns === 1
                    text: qsTr("Find")
                    Accessible.name: qsTr("Find helper by code")
                    enabled: code.text.trim() !== ""
                    onClicked: WalkingManager.connectByCode(code.text)
                }
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("What they may do") }
            ButtonGroup { id: levelGroup }
            AppRadioButton {
                objectName: "levelRead"
                Layout.fillWidth: true
                text: qsTr("Read")
                font.pointSize: Theme.bodySize
                checked: page.level === "read"
                ButtonGroup.group: levelGroup
                Accessible.name: text
                onClicked: page.level = "read"
            }
            AppRadioButton {
                objectName: "levelComment"
                Layout.fillWidth: true
                text: qsTr("Read and comment")
                font.pointSize: Theme.bodySize
                checked: page.level === "comment"
                ButtonGroup.group: levelGroup
                Accessible.name: text
                onClicked: page.level = "comment"
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Your check-in notes") }
            AppCheckBox {
                id: includeNotes
                objectName: "includeNotesBox"
                Layout.fillWidth: true
                text: qsTr("Also share what I write with my check-ins")
                font.pointSize: Theme.bodySize
                checked: false
                Accessible.name: text
                Keys.onReturnPressed: toggle()
            }
            Text {
                objectName: "shareScopeText"
                Layout.fillWidth: true
                text: includeNotes.checked
                      ? qsTr("They see this goal, why it matters, its steps, and your check-ins with their notes. They cannot change anything.")
                      : qsTr("They see this goal, why it matters, its steps, and the day and number of each check-in – not your notes. They cannot change anything.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "confirmShareButton"
                Layout.fillWidth: true
                primary: true
                enabled: page.helperId !== ""
                text: qsTr("Share")
                onClicked: {
                    if (WalkingManager.shareGoal(page.goalId, page.helperId, page.level, includeNotes.checked) !== "") {
                        Nav.notify(qsTr("Shared. It reaches them at the next sync."))
                        Nav.back()
                    }
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
