import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Invites: pick a role, get a code to give in person (text and QR code), see the open ones, withdraw one.
Page {
    id: page
    objectName: "invitesPage"
    property string role: "bruker"
    // One role to invite for; the ButtonGroup tells the page which is chosen.
    component RoleChoice: AppRadioButton {
        required property string modelData
    }
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Invite someone"); canGoBack: true }

    Component.onCompleted: {
        InviteManager.clearCode()
        InviteManager.refresh()
    }
    Component.onDestruction: InviteManager.clearCode()


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
                text: qsTr("The person types the code when they register in the app, or scans the QR code with the phone's camera, which opens the app with the code filled in.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ButtonGroup {
                id: roles
                onClicked: button => page.role = button.modelData
            }
            Repeater {
                model: ["bruker", "erfaringskonsulent", "koordinator"]
                onItemAdded: (index, item) => roles.addButton(item as RadioButton)
                delegate: RoleChoice {
                    id: choice
                    required property int index
                    objectName: "inviteRole" + choice.index
                    Layout.fillWidth: true
                    checked: choice.index === 0
                    text: InviteManager.roleName(choice.modelData)
                    font.pointSize: Theme.bodySize
                    Accessible.name: choice.text
                }
            }
            AppButton {
                objectName: "createInviteButton"
                Layout.fillWidth: true
                primary: true
                enabled: !InviteManager.busy
                text: qsTr("Make an invite")
                onClicked: {
                    InviteManager.createInvite(page.role, 72)
                }
            }
            Text {
                objectName: "inviteMessage"
                Layout.fillWidth: true
                visible: InviteManager.message !== ""
                text: InviteManager.message
                font.pointSize: Theme.bodySize
                color: Theme.warning
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            // The new code, big enough to read aloud or copy, and as a QR code.
            Rectangle {
                objectName: "newInvite"
                Layout.fillWidth: true
                visible: InviteManager.code !== ""
                implicitHeight: codeColumn.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: codeColumn
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Invite for a %1").arg(InviteManager.roleName(InviteManager.codeRole))
                        font.pointSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    TextEdit {
                        objectName: "inviteCode"
                        Layout.fillWidth: true
                        text: InviteManager.code
                        readOnly: true
                        selectByMouse: true
                        font.pointSize: Theme.headingSize
                        font.family: "DejaVu Sans Mono"
                        font.bold: true
                        color: Theme.text
                        horizontalAlignment: TextEdit.AlignHCenter
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Invite code %1").arg(InviteManager.code.split("").join(" "))
                    }
                    Image {
                        objectName: "inviteQr"
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Math.min(codeColumn.width, 240)
                        Layout.preferredHeight: Layout.preferredWidth
                        sourceSize.width: Layout.preferredWidth
                        sourceSize.height: Layout.preferredWidth
                        // A link: the phone's camera opens the app with the code and the server filled in.
                        source: InviteManager.code !== "" ? "image://qr/" + encodeURIComponent(InviteManager.linkFor(InviteManager.code)) : ""
                        smooth: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code of the invite")
                    }
                    Text {
                        Layout.fillWidth: true
                        text: InviteManager.expiresText(InviteManager.codeExpires)
                        font.pointSize: Theme.smallSize
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    AppButton {
                        objectName: "hideInviteButton"
                        Layout.fillWidth: true
                        text: qsTr("Done, hide the code")
                        onClicked: InviteManager.clearCode()
                    }
                }
            }

            SectionHeading { Layout.fillWidth: true; text: qsTr("Open invites") }
            Text {
                Layout.fillWidth: true
                visible: InviteManager.invites.length === 0
                text: InviteManager.loaded ? qsTr("No open invites.") : qsTr("The list comes when you are online.")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: InviteManager.invites
                delegate: Rectangle {
                    id: invite
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: inviteRow.implicitHeight + 20
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: inviteRow
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: InviteManager.roleName(invite.modelData.role)
                            font.pointSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: InviteManager.expiresText(invite.modelData.expiresAt)
                            font.pointSize: Theme.smallSize
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        AppButton {
                            objectName: "withdrawInvite" + invite.index
                            text: qsTr("Withdraw")
                            Accessible.name: qsTr("Withdraw the invite for a %1").arg(InviteManager.roleName(invite.modelData.role))
                            onClicked: InviteManager.withdraw(invite.modelData.inviteId)
                        }
                    }
                }
            }
        }
    }
}
