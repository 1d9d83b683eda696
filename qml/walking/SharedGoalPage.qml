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
                wrapMode: Text.WordWrap
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Check-ins over time") }
            CheckInChart {
                Layout.fillWidth: true
                ratings: page.checkIns.ratings
                dates: page.checkIns.dates
            }
            Text {
                Layout.fillWidth: true
                text: page.checkIns.count === 0 ? qsTr("No check-ins yet.") : qsTr("%n check-in(s).", "", page.checkIns.count)
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
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
                    wrapMode: Text.WordWrap
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
