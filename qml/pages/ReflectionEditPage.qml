import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Write or change a reflection. Private by default.
Page {
    id: page
    objectName: "reflectionEditPage"
    property string reflectionId
    property string goalId
    property string initialText
    property bool initialShared: false

    background: Rectangle { color: Theme.background }
    header: PageHeader {
        title: page.reflectionId === "" ? qsTr("New reflection") : qsTr("Reflection")
        canGoBack: true
    }

    Component.onCompleted: {
        textArea.text = page.initialText
        shareSwitch.checked = page.initialShared
        textArea.forceActiveFocus()
    }

    function save() {
        const ok = page.reflectionId === ""
                 ? GoalManager.addReflection(textArea.text, page.goalId, shareSwitch.checked) !== ""
                 : GoalManager.updateReflection(page.reflectionId, textArea.text, shareSwitch.checked)
        if (ok)
            Nav.back()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Theme.margin
            width: scroll.availableWidth - 2 * Theme.margin
            spacing: Theme.spacing + 4

            TextArea {
                id: textArea
                objectName: "reflectionText"
                Layout.fillWidth: true
                Layout.minimumHeight: 200
                font.pointSize: Theme.bodySize
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What is on your mind?")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Reflection")
                Keys.onTabPressed: event => { event.accepted = Nav.leaveField(textArea, true) }
                Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(textArea, false) }
                background: Rectangle {
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: 1
                    FocusRing { visible: textArea.activeFocus }
                    radius: 4
                }
            }
            AppSwitch {
                id: shareSwitch
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Share with my helpers")
                font.pointSize: Theme.bodySize
                Accessible.role: Accessible.CheckBox
                Accessible.name: text
                Accessible.checked: checked
                Keys.onReturnPressed: toggle()
            }
            Text {
                Layout.fillWidth: true
                text: shareSwitch.checked
                      ? qsTr("Helpers you share this goal with can read this note.")
                      : qsTr("Private: only you can see this note.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "saveReflectionButton"
                Layout.fillWidth: true
                primary: true
                enabled: textArea.text.trim() !== ""
                text: qsTr("Save")
                onClicked: page.save()
            }
            AppButton {
                Layout.fillWidth: true
                visible: page.reflectionId !== ""
                text: qsTr("Remove this note")
                onClicked: {
                    if (GoalManager.removeReflection(page.reflectionId))
                        Nav.back()
                }
            }
        }
    }
}
