import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A goal someone shares with me: their words, steps and check-ins (read only) and the comments.
Page {
    id: page
    objectName: "sharedGoalPage"
    property string goalId
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: details.title; canGoBack: true }

    GoalDetails {
        id: details
        manager: GoalManager
        goalId: page.goalId
    }
    property int revision: 0
    Connections {
        target: WalkingManager
        function onDataChanged() { page.revision++ }
    }
    readonly property GoneGuard gone: GoneGuard {
        page: page
        present: details.exists
        message: qsTr("This goal is no longer shared with you. What you saw is removed from this phone.")
    }
    readonly property StepListModel steps: StepListModel {
        manager: GoalManager
        goalId: page.goalId
    }
    readonly property CheckInListModel checkIns: CheckInListModel {
        manager: GoalManager
        goalId: page.goalId
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
                visible: details.why !== ""
                text: details.why
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "sharedScopeText"
                Layout.fillWidth: true
                text: page.revision >= 0 && WalkingManager.notesShared(page.goalId)
                      ? qsTr("Shared with you: this goal, its steps, and the check-ins with their notes.")
                      : qsTr("Shared with you: this goal, its steps, and the day and number of each check-in. Notes are not shared.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Check-ins over time") }
            CheckInChart {
                Layout.fillWidth: true
                ratings: page.checkIns.ratings
                dates: page.checkIns.dates
                notes: page.checkIns.notes
                weeksText: page.checkIns.recentWeeksText
            }
            Text {
                Layout.fillWidth: true
                text: page.checkIns.count === 0 ? qsTr("No check-ins yet.") : qsTr("%n check-in(s).", "", page.checkIns.count)
                wrapMode: Text.Wrap
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
            }
            CheckInHistory {
                Layout.fillWidth: true
                checkIns: page.checkIns
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Small steps") }
            Repeater {
                model: page.steps
                delegate: Text {
                    required property string title
                    required property bool done
                    Layout.fillWidth: true
                    text: (done ? "✓ " : "○ ") + title
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.name: (done ? qsTr("Done: ") : qsTr("Not yet: ")) + title
                }
            }
            GoalComments {
                Layout.fillWidth: true
                goalId: page.goalId
            }
        }
    }
}
