import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// One goal in the list: its words, life area, how far the steps have come, and a direct check-in.
ItemDelegate {
    id: card
    required property string goalId
    required property string title
    required property string lifeArea
    required property string status
    required property int stepCount
    required property int stepsDone
    required property int checkInCount
    required property int lastRating

    width: ListView.view ? ListView.view.width : implicitWidth
    // ItemDelegate takes no focus by default; here Tab and the list's arrows land on the card itself.
    focusPolicy: Qt.StrongFocus
    padding: Theme.margin
    Accessible.role: Accessible.Button
    Accessible.name: title + ". " + LifeAreas.label(lifeArea) + ". " + LifeAreas.statusLabel(status)
    Accessible.description: qsTr("Opens the goal")
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onClicked: Nav.openGoal(goalId)

    background: Rectangle {
        color: card.down ? Theme.primarySoft : Theme.surface
        radius: Theme.radius
        border.color: Theme.border
        border.width: 1
        FocusRing { visible: card.visualFocus }
    }

    contentItem: ColumnLayout {
        spacing: 6
        Text {
            Layout.fillWidth: true
            text: card.title
            font.pointSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: LifeAreas.label(card.lifeArea) + (card.status !== "active" ? " · " + LifeAreas.statusLabel(card.status) : "")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: card.stepCount > 0 || card.checkInCount > 0
            text: LifeAreas.join([card.stepCount > 0 ? qsTr("%1 of %n step(s) done", "", card.stepCount).arg(card.stepsDone) : "",
                                  card.checkInCount > 0 ? qsTr("%n check-in(s)", "", card.checkInCount) : ""], " · ")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "cardCheckIn"
            visible: card.status === "active" || card.status === "paused"
            text: qsTr("Check in")
            Accessible.name: qsTr("Check in on %1").arg(card.title)
            onClicked: Nav.checkIn(card.goalId)
        }
    }
}
