import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// «Hva er viktig for deg?»: the person's own goals.
Page {
    id: page
    objectName: "goalsPage"
    property bool showArchived: false
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("What matters to you?") }

    readonly property GoalListModel goalModel: GoalListModel {
        manager: GoalManager
        includeArchived: page.showArchived
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        KeyboardList {
            id: list
            objectName: "goalList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing + 4
            clip: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("My goals")
            model: page.goalModel
            // A holder only: the greeting and «New goal» are declared below (intro) so they can use the page's ids.
            header: Item {
                width: ListView.view ? ListView.view.width : 0
                implicitHeight: childrenRect.height
            }
            delegate: GoalCard {}
        }
        AppSwitch {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            visible: page.goalModel.archivedCount > 0
            text: qsTr("Show put-away goals (%1)").arg(page.goalModel.archivedCount)
            font.pointSize: Theme.bodySize
            checked: page.showArchived
            Accessible.role: Accessible.CheckBox
            Accessible.name: text
            Accessible.checked: checked
            Keys.onReturnPressed: toggle()
            onToggled: page.showArchived = checked
        }
    }

    // The greeting and «New goal» scroll away with the goals: at 200 % text on a phone, kept above the list they
    // left it less than one card of the screen.
    ColumnLayout {
        id: intro
        parent: list.headerItem
        width: list.width
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: page.goalModel.count === 0
                  ? qsTr("Write down something that matters to you, in your own words. It can be big or small.")
                  : qsTr("Hi %1. Here are your goals.").arg(Session.displayName)
            font.pointSize: Theme.bodySize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "newGoalButton"
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing * 2
            primary: true
            text: qsTr("New goal")
            onClicked: Nav.editGoal("")
        }
    }
}
