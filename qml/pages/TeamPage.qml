import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The koordinator's tasks: invite people, read the suggestion box and answer, and the calendar's notices.
Page {
    id: page
    objectName: "teamPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Team") }

    Component.onCompleted: {
        InviteManager.refresh()
        WalkingManager.refreshSuggestions()
    }
    WalkingListModel {
        id: box
        manager: WalkingManager
        list: WalkingListModel.Suggestions
    }
    readonly property int unread: {
        let n = 0
        for (let i = 0; i < box.count; ++i) {
            if (!box.get(i).read)
                ++n
        }
        return n
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing + 4
            WalkingRow {
                objectName: "invitesLink"
                Layout.fillWidth: true
                title: qsTr("Invite someone")
                subtitle: InviteManager.loaded
                          ? qsTr("%n open invite(s)", "", InviteManager.invites.length)
                          : qsTr("A code for a new participant, peer worker or koordinator")
                onClicked: Nav.openPage(Qt.resolvedUrl("InvitesPage.qml"))
            }
            WalkingRow {
                objectName: "teamSuggestionsLink"
                Layout.fillWidth: true
                title: WalkNav.suggestionsReceivedLink
                subtitle: page.unread > 0 ? qsTr("%n new note(s)", "", page.unread) : WalkNav.suggestionsReceivedHint
                attention: page.unread > 0
                onClicked: WalkNav.open("SuggestionsAdminPage", {})
            }
            WalkingRow {
                objectName: "teamSurveysLink"
                Layout.fillWidth: true
                title: SurveyNav.link
                subtitle: SurveyNav.teamLinkHint
                onClicked: SurveyNav.open("SurveysPage", {})
            }
            WalkingRow {
                objectName: "teamCalendarLink"
                Layout.fillWidth: true
                title: qsTr("Activity calendar")
                subtitle: qsTr("Sessions, bookings and wait-lists")
                onClicked: Nav.showTab("calendar")
            }
            WalkingRow {
                Layout.fillWidth: true
                title: WalkNav.suggestionBoxLink
                subtitle: WalkNav.suggestionBoxHint
                onClicked: WalkNav.open("SuggestionPage", {})
            }
        }
    }
}
