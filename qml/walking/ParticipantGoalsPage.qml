import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// One person who shares with me: the goals they chose to share.
Page {
    id: page
    objectName: "participantPage"
    property string personId
    property string personName
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.personName; canGoBack: true }

    WalkingListModel {
        id: goals
        manager: WalkingManager
        list: WalkingListModel.PersonGoals
        filterId: page.personId
    }
    readonly property GoneGuard gone: GoneGuard {
        page: page
        present: goals.count > 0 || care.shared
        message: qsTr("%1 no longer shares any goals with you.").arg(page.personName)
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
                visible: goals.count > 0
                text: qsTr("Goals %1 shares with you").arg(page.personName)
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            CareSharedLinks {
                id: care
                Layout.fillWidth: true
                personId: page.personId
                personName: page.personName
            }
            Repeater {
                model: goals
                delegate: WalkingRow {
                    required property string goalId
                    required title
                    required subtitle
                    Layout.fillWidth: true
                    onClicked: WalkNav.open("SharedGoalPage", { goalId: goalId })
                }
            }
        }
    }
}
