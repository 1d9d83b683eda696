import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Three taps: (the goal's check-in button,) a number, save. The note is optional.
Page {
    id: page
    objectName: "checkInPage"
    property string goalId

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Check in"); canGoBack: true }

    GoalDetails {
        id: details
        manager: GoalManager
        goalId: page.goalId
    }

    function save() {
        if (picker.value < 0)
            return
        if (GoalManager.checkIn(page.goalId, picker.value, note.text) !== "") {
            Nav.notify(qsTr("Saved. Thank you for checking in."))
            Nav.back()
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Theme.margin
            width: scroll.availableWidth - 2 * Theme.margin
            spacing: Theme.spacing + 4

            Text {
                Layout.fillWidth: true
                text: qsTr("How is it going with «%1»?").arg(details.title)
                font.pointSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            RatingPicker {
                id: picker
                Layout.fillWidth: true
                // With a visible ring: the page is opened by keyboard as often as by touch.
                Component.onCompleted: forceActiveFocus(Qt.TabFocusReason)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("A few words, if you like")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            TextArea {
                id: note
                objectName: "checkInNote"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                font.pointSize: Theme.bodySize
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Optional")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Note, optional")
                Keys.onTabPressed: event => { event.accepted = Nav.leaveField(note, true) }
                Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(note, false) }
                background: Rectangle {
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: 1
                    FocusRing { visible: note.activeFocus }
                    radius: 4
                }
            }
            AppButton {
                id: saveButton
                objectName: "saveCheckInButton"
                Layout.fillWidth: true
                primary: true
                enabled: picker.value >= 0
                text: picker.value >= 0 ? qsTr("Save %1 of 10").arg(picker.value) : qsTr("Pick a number first")
                onClicked: page.save()
            }
        }
    }
}
