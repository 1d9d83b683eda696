import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// First run (and logging in again): the team's server, then log in or register with an invite code.
Page {
    id: page
    objectName: "welcomePage"
    property bool registering: false

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: Session.needsLogin ? qsTr("Log in again") : qsTr("Welcome to Medvandrer") }

    Component.onCompleted: {
        serverField.text = Session.serverUrl !== "" ? Session.serverUrl : Session.suggestedServer
        userField.text = Session.username
        page.takeInvite()
    }
    // Opened from a scanned invite (or one pasted into the code field): the form is filled in for them.
    function takeInvite() {
        if (Session.inviteCode === "")
            return
        page.registering = true
        inviteField.text = Session.inviteCode
        if (Session.inviteServer !== "")
            serverField.text = Session.inviteServer
    }
    Connections {
        target: Session
        function onInviteChanged() { page.takeInvite() }
    }

    function submit() {
        if (!form.ready)
            return
        if (page.registering)
            Session.registerAccount(serverField.text, inviteField.text, userField.text, passwordField.text, nameField.text)
        else
            Session.login(serverField.text, userField.text, passwordField.text)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: form
            readonly property bool ready: serverField.text.trim() !== "" && userField.text.trim() !== ""
                                          && passwordField.text !== ""
                                          && (!page.registering || inviteField.text.trim() !== "")
                                          && !Session.busy
            x: Theme.margin
            width: scroll.availableWidth - 2 * Theme.margin
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: Session.needsLogin
                      ? qsTr("Your login has run out. Everything on this phone is kept and will sync once you are logged in.")
                      : qsTr("Your goals, steps and check-ins, in your own words. Everything works offline too.")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: !Session.needsLogin
                spacing: Theme.spacing
                AppButton {
                    objectName: "loginTab"
                    Layout.fillWidth: true
                    primary: !page.registering
                    text: qsTr("Log in")
                    Accessible.role: Accessible.PageTab
                    onClicked: page.registering = false
                }
                AppButton {
                    objectName: "registerTab"
                    Layout.fillWidth: true
                    primary: page.registering
                    text: qsTr("I have an invite code")
                    Accessible.role: Accessible.PageTab
                    onClicked: page.registering = true
                }
            }
            Label {
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Your team's server address")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            TextField {
                id: serverField
                objectName: "serverField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                placeholderText: qsTr("for example medvandrer.kommune.no")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Your team's server address")
            }
            Label {
                visible: page.registering
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Invite code")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            TextField {
                id: inviteField
                objectName: "inviteField"
                visible: page.registering
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                inputMethodHints: Qt.ImhNoAutoUppercase
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Invite code")
                // A pasted invite link fills in the code and the server.
                onEditingFinished: if (inviteField.text.indexOf("medvandrer:") === 0) Session.useInviteLink(inviteField.text)
            }
            Label {
                visible: page.registering
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("What should we call you?")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            TextField {
                id: nameField
                objectName: "nameField"
                visible: page.registering
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("What should we call you?")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Username")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            TextField {
                id: userField
                objectName: "usernameField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Username")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Password")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            TextField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                echoMode: TextInput.Password
                // As the delete-account field does: with an explicit passwordEdit and no placeholder, Qt 6.4 gave
                // this field no accessible name at all (the audit found it).
                placeholderText: qsTr("Your password")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Password")
                onAccepted: page.submit()
            }
            Text {
                objectName: "errorText"
                Layout.fillWidth: true
                visible: Session.lastError !== ""
                text: Session.lastError
                font.pointSize: Theme.bodySize
                color: Theme.warning
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: Session.busy
                running: Session.busy
                Accessible.name: qsTr("Connecting")
            }
            AppButton {
                objectName: "submitButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                primary: true
                enabled: form.ready
                text: page.registering ? qsTr("Create my account") : qsTr("Log in")
                onClicked: page.submit()
            }
            AppButton {
                Layout.fillWidth: true
                visible: Session.needsLogin
                text: qsTr("Not now")
                onClicked: Nav.showTab("goals")
            }
        }
    }
}
