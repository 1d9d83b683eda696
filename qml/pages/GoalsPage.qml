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

    ListView {
        id: list
        objectName: "goalList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing + 4
        clip: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("My goals")
        model: GoalListModel {
            id: goalModel
            manager: GoalManager
            includeArchived: page.showArchived
        }
        delegate: GoalCard {}

        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                text: goalModel.count === 0
                      ? qsTr("Write down something that matters to you, in your own words. It can be big or small.")
                      : qsTr("Hi %1. Here are your goals.").arg(Session.displayName)
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            AppButton {
                objectName: "newGoalButton"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                primary: true
                text: qsTr("New goal")
                onClicked: Nav.editGoal("")
            }
        }
        footer: Switch {
            visible: goalModel.archivedCount > 0
            width: list.width
            height: visible ? implicitHeight : 0
            topPadding: Theme.margin
            implicitHeight: Theme.touchTarget + Theme.margin
            text: qsTr("Show put-away goals (%1)").arg(goalModel.archivedCount)
            font.pointSize: Theme.bodySize
            Accessible.role: Accessible.CheckBox
            Accessible.name: text
            Accessible.checked: checked
            checked: page.showArchived
            Keys.onReturnPressed: toggle()
            onToggled: page.showArchived = checked
        }
    }
}
