import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// My data: what I share, who has seen it, the suggestion box, export everything, delete my account.
Page {
    id: page
    objectName: "myDataPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("My data and sharing"); canGoBack: true }

    Component.onCompleted: WalkingManager.clearMessage()
    Connections {
        target: WalkingManager
        function onAccountDeleted() { Nav.notify(WalkingManager.message) }
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
                objectName: "mySharesLink"
                Layout.fillWidth: true
                title: qsTr("What I share, with whom")
                subtitle: qsTr("See, change or stop sharing")
                onClicked: WalkNav.open("MySharesPage", {})
            }
            WalkingRow {
                objectName: "accessLogLink"
                Layout.fillWidth: true
                title: qsTr("Who has seen my data")
                subtitle: qsTr("Every time someone else received your records")
                onClicked: WalkNav.open("AccessLogPage", {})
            }
            WalkingRow {
                Layout.fillWidth: true
                title: qsTr("Suggestion box")
                subtitle: qsTr("Tell the team, without your name")
                onClicked: WalkNav.open("SuggestionPage", {})
            }
            WalkingRow {
                Layout.fillWidth: true
                title: qsTr("You said – we did")
                subtitle: qsTr("What the team changed")
                onClicked: WalkNav.open("AnswersPage", {})
            }
            WalkingRow {
                Layout.fillWidth: true
                visible: Session.role === "koordinator"
                title: qsTr("Suggestions received")
                subtitle: qsTr("Read the suggestion box and answer")
                onClicked: WalkNav.open("SuggestionsAdminPage", {})
            }

            SectionHeading { Layout.fillWidth: true; text: qsTr("Take my data with me") }
            Text {
                Layout.fillWidth: true
                text: qsTr("Saves everything you own as a file (JSON) and a page you can read (HTML).")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            AppButton {
                objectName: "exportButton"
                Layout.fillWidth: true
                enabled: !WalkingManager.busy
                text: qsTr("Export my data")
                onClicked: WalkingManager.exportTo(WalkingManager.defaultExportFolder())
            }

            SectionHeading { Layout.fillWidth: true; text: qsTr("Delete my account") }
            Text {
                Layout.fillWidth: true
                text: qsTr("Removes your account and everything you own, on the server and on your devices. This cannot be undone.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            TextField {
                id: password
                objectName: "deletePasswordField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                echoMode: TextInput.Password
                placeholderText: qsTr("Your password")
                font.pointSize: Theme.bodySize
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Your password, to confirm")
            }
            AppButton {
                objectName: "deleteAccountButton"
                Layout.fillWidth: true
                enabled: password.text !== "" && !WalkingManager.busy
                text: qsTr("Delete my account")
                onClicked: WalkingManager.deleteAccount(password.text)
            }
            Text {
                Layout.fillWidth: true
                visible: WalkingManager.message !== ""
                text: WalkingManager.message
                font.pointSize: Theme.smallSize
                color: Theme.warning
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
