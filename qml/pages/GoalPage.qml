import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

import Medvandrer

// One goal: why it matters, check-ins over time, the steps, how it stands, and notes.
Page {
    id: page
    objectName: "goalPage"
    property string goalId

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: details.title; canGoBack: true }

    GoalDetails {
        id: details
        manager: GoalManager
        goalId: page.goalId
    }
    // Never an empty page: a goal deleted on another phone, or a new one the phone could not store (a full disk).
    readonly property GoneGuard gone: GoneGuard {
        page: page
        present: details.known
        message: qsTr("This goal is not on this phone.")
    }
    readonly property StepListModel steps: StepListModel {
        manager: GoalManager
        goalId: page.goalId
    }
    readonly property CheckInListModel checkIns: CheckInListModel {
        manager: GoalManager
        goalId: page.goalId
    }
    readonly property ReflectionListModel notes: ReflectionListModel {
        manager: GoalManager
        goalId: page.goalId
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: column.implicitHeight + Theme.margin

        // One layout, placed by hand: a layout nested in a layout kept the one-line heights of texts that wrap
        // only at 200 % (Qt 6.4), and the page drew its lines over each other until something changed.
        ColumnLayout {
            id: column
            x: Theme.margin
            width: scroll.availableWidth - 2 * Theme.margin
            spacing: Theme.spacing + 4

            Text {
                Layout.fillWidth: true
                text: LifeAreas.label(details.lifeArea) + " · " + LifeAreas.statusLabel(details.status)
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("Why it matters")
                visible: details.why !== ""
            }
            Text {
                objectName: "whyText"
                Layout.fillWidth: true
                visible: details.why !== ""
                text: details.why
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "checkInButton"
                Layout.fillWidth: true
                primary: true
                visible: details.status !== "archived"
                text: qsTr("Check in: how is it going?")
                onClicked: Nav.checkIn(page.goalId)
            }

            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("Check-ins over time")
            }
            CheckInChart {
                objectName: "checkInChart"
                Layout.fillWidth: true
                ratings: page.checkIns.ratings
                dates: page.checkIns.dates
                notes: page.checkIns.notes
                weeksText: page.checkIns.recentWeeksText
            }
            Text {
                Layout.fillWidth: true
                text: page.checkIns.count === 0
                      ? qsTr("Your check-ins will show up here.")
                      : qsTr("%n check-in(s) so far. Every one counts.", "", page.checkIns.count)
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            CheckInHistory {
                Layout.fillWidth: true
                checkIns: page.checkIns
            }

            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("Small steps")
            }
            Text {
                Layout.fillWidth: true
                visible: page.steps.count === 0
                text: qsTr("What could be a first small step?")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: page.steps
                delegate: StepRow { Layout.fillWidth: true }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: newStep
                    objectName: "newStepField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    placeholderText: qsTr("A new step")
                    font.pointSize: Theme.bodySize
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("A new step")
                    onAccepted: addStep.clicked()
                }
                AppButton {
                    id: addStep
                    objectName: "addStepButton"
                    text: qsTr("Add")
                    Accessible.name: qsTr("Add step")
                    enabled: newStep.text.trim() !== ""
                    onClicked: {
                        if (GoalManager.addStep(page.goalId, newStep.text) !== "")
                            newStep.text = ""
                    }
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("Where is this goal now?")
            }
            ButtonGroup { id: statusGroup }
            StatusRadio {
                Layout.fillWidth: true
                status: "active"
                current: details.status
                ButtonGroup.group: statusGroup
                onChosen: GoalManager.setGoalStatus(page.goalId, status)
            }
            StatusRadio {
                Layout.fillWidth: true
                status: "paused"
                current: details.status
                ButtonGroup.group: statusGroup
                onChosen: GoalManager.setGoalStatus(page.goalId, status)
            }
            StatusRadio {
                Layout.fillWidth: true
                status: "achieved"
                current: details.status
                ButtonGroup.group: statusGroup
                onChosen: GoalManager.setGoalStatus(page.goalId, status)
            }
            StatusRadio {
                Layout.fillWidth: true
                status: "archived"
                current: details.status
                ButtonGroup.group: statusGroup
                onChosen: GoalManager.setGoalStatus(page.goalId, status)
            }

            GoalWalkingSection {
                Layout.fillWidth: true
                goalId: page.goalId
            }
            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("Reflections")
            }
            Repeater {
                model: page.notes
                delegate: ReflectionCard { Layout.fillWidth: true }
            }
            AppButton {
                Layout.fillWidth: true
                text: qsTr("Write a reflection")
                onClicked: Nav.editReflection("", page.goalId)
            }
            AppButton {
                objectName: "editGoalButton"
                Layout.fillWidth: true
                text: qsTr("Change the goal's words")
                onClicked: Nav.editGoal(page.goalId)
            }
        }
    }
}
