import QtQuick
import QtQuick.Layouts
import Medvandrer

// On the person's own goal page: who this goal is shared with, a way to share it, and the comments.
ColumnLayout {
    id: section
    property string goalId
    spacing: Theme.spacing + 4

    WalkingListModel {
        id: shares
        manager: WalkingManager
        list: WalkingListModel.GoalShares
        filterId: section.goalId
    }
    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Walking beside")
    }
    Text {
        Layout.fillWidth: true
        text: shares.count === 0 ? qsTr("Only you can see this goal.") : qsTr("Shared with:")
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Repeater {
        model: shares
        delegate: Text {
            required property string subtitle
            Layout.fillWidth: true
            text: "• " + subtitle
            font.pointSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
    AppButton {
        objectName: "shareGoalButton"
        Layout.fillWidth: true
        text: qsTr("Share with …")
        onClicked: WalkNav.open("ShareGoalPage", { goalId: section.goalId })
    }
    GoalComments {
        Layout.fillWidth: true
        goalId: section.goalId
        visible: shares.count > 0 || commentsExist.count > 0
    }
    WalkingListModel {
        id: commentsExist
        manager: WalkingManager
        list: WalkingListModel.Comments
        filterId: section.goalId
    }
}
