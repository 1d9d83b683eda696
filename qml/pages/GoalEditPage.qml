import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Write or change a goal in one's own words.
Page {
    id: page
    objectName: "goalEditPage"
    property string goalId
    readonly property bool creating: goalId === ""

    background: Rectangle { color: Theme.background }
    header: PageHeader {
        title: page.creating ? qsTr("New goal") : qsTr("Change the goal")
        canGoBack: true
    }

    GoalDetails {
        id: details
        manager: GoalManager
        goalId: page.goalId
    }

    Component.onCompleted: {
        titleField.text = details.title
        whyField.text = details.why
        const area = page.creating ? "annet" : details.lifeArea
        areaBox.currentIndex = Math.max(0, GoalManager.lifeAreas.indexOf(area))
        titleField.forceActiveFocus()
    }

    function save() {
        if (titleField.text.trim() === "")
            return
        const area = GoalManager.lifeAreas[areaBox.currentIndex]
        if (page.creating) {
            const id = GoalManager.createGoal(titleField.text, whyField.text, area)
            if (id !== "")
                Nav.openGoal(id)
        } else if (GoalManager.updateGoal(page.goalId, titleField.text, whyField.text, area)) {
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
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("What matters to you?")
                font.pointSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            TextField {
                id: titleField
                objectName: "goalTitleField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                maximumLength: 300
                placeholderText: qsTr("For example: have a place of my own")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("What matters to you?")
                KeyNavigation.tab: whyField
                // A long title opened for editing shows its beginning, not its last words (as FormField).
                onTextChanged: if (!activeFocus) cursorPosition = 0
            }
            Label {
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Why it matters (optional)")
                font.pointSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            TextArea {
                id: whyField
                objectName: "goalWhyField"
                Layout.fillWidth: true
                Layout.minimumHeight: 120
                font.pointSize: Theme.bodySize
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("In your own words")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Why it matters")
                Keys.onTabPressed: event => { event.accepted = Nav.leaveField(whyField, true) }
                Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(whyField, false) }
                background: Rectangle {
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: 1
                    FocusRing { visible: whyField.activeFocus }
                    radius: 4
                }
            }
            Label {
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Part of life")
                font.pointSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            AppComboBox {
                id: areaBox
                objectName: "lifeAreaBox"
                Layout.fillWidth: true
                font.pointSize: Theme.bodySize
                model: LifeAreas.labels(GoalManager.lifeAreas)
                Accessible.role: Accessible.ComboBox
                Accessible.name: qsTr("Part of life: %1").arg(displayText)
            }
            AppButton {
                objectName: "saveGoalButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                primary: true
                enabled: titleField.text.trim() !== ""
                text: page.creating ? qsTr("Save goal") : qsTr("Save changes")
                onClicked: page.save()
            }
            AppButton {
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: Nav.back()
            }
        }
    }
}
