import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
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
                wrapMode: Text.Wrap
            }
            AppButton {
                id: exportButton
                objectName: "exportButton"
                Layout.fillWidth: true
                enabled: !WalkingManager.busy
                text: qsTr("Export my data")
                onClicked: page.exportNow()
            }
            AppButton {
                objectName: "exportChooseFolderButton"
                Layout.fillWidth: true
                enabled: !WalkingManager.busy
                text: qsTr("Choose where to save …")
                onClicked: folderDialog.open()
            }
            // The outcome right under the buttons that asked for it, green when it worked.
            Text {
                id: exportResult
                objectName: "exportResult"
                Layout.fillWidth: true
                visible: page.lastAction === "export" && WalkingManager.message !== ""
                text: WalkingManager.message
                font.pointSize: Theme.bodySize
                color: page.exportOk ? Theme.done : Theme.warning
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            SectionHeading { Layout.fillWidth: true; text: qsTr("Delete my account") }
            Text {
                Layout.fillWidth: true
                text: qsTr("Removes your account and everything you own, on the server and on your devices. This cannot be undone.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
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
                onAccepted: if (deleteButton.enabled) deleteButton.clicked()
            }
            AppButton {
                id: deleteButton
                objectName: "deleteAccountButton"
                Layout.fillWidth: true
                enabled: password.text !== "" && !WalkingManager.busy
                text: qsTr("Delete my account")
                onClicked: confirmDelete.open()
            }
            Text {
                id: deleteResult
                objectName: "deleteResult"
                Layout.fillWidth: true
                visible: page.lastAction === "delete" && WalkingManager.message !== ""
                text: WalkingManager.message
                font.pointSize: Theme.bodySize
                color: Theme.warning
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    property string lastAction: ""
    property bool exportOk: false
    function exportNow() {
        page.lastAction = "export"
        WalkingManager.clearMessage()
        WalkingManager.exportTo(WalkingManager.defaultExportFolder())
    }
    // Scrolls an outcome into view, so it is seen where the person is looking.
    function reveal(item: Item) {
        const flick = scroll.contentItem as Flickable
        if (!flick)
            return
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        if (y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.min(y + item.height - flick.height + Theme.margin, flick.contentHeight - flick.height)
    }
    Connections {
        target: WalkingManager
        function onExportFinished(ok: bool) {
            page.exportOk = ok
            if (confirmDelete.exportFirst && ok)
                confirmDelete.open()
            confirmDelete.exportFirst = false
            revealExport.restart()
        }
        function onMessageChanged() {
            if (page.lastAction === "delete" && WalkingManager.message !== "")
                revealDelete.restart()
        }
    }

    // The platform's folder dialog (Qt Quick's own where there is none); the files are written by WalkingManager.
    FolderDialog {
        id: folderDialog
        objectName: "exportFolderDialog"
        title: qsTr("Where should your data be saved?")
        currentFolder: WalkingManager.exportStartFolder()
        onAccepted: {
            page.lastAction = "export"
            WalkingManager.clearMessage()
            WalkingManager.exportToFolderUrl(folderDialog.selectedFolder)
        }
    }
    Timer { id: revealExport; interval: 0; onTriggered: page.reveal(exportResult) }
    Timer { id: revealDelete; interval: 0; onTriggered: page.reveal(deleteResult) }

    // Deleting asks once more, and offers to take the data along first.
    Dialog {
        id: confirmDelete
        objectName: "confirmDeleteDialog"
        property bool exportFirst: false
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        modal: true
        focus: true
        title: qsTr("Delete your account for good?")
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: page.exportOk
                      ? qsTr("Your goals, check-ins, reflections and bookings will be gone from the server and from your phones. Your export is saved.")
                      : qsTr("Your goals, check-ins, reflections and bookings will be gone from the server and from your phones. You can save a copy first.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "exportFirstButton"
                Layout.fillWidth: true
                visible: !page.exportOk
                text: qsTr("Save a copy first")
                onClicked: {
                    confirmDelete.exportFirst = true
                    confirmDelete.close()
                    page.exportNow()
                }
            }
            AppButton {
                objectName: "confirmDeleteButton"
                Layout.fillWidth: true
                text: qsTr("Delete everything")
                onClicked: {
                    confirmDelete.close()
                    page.lastAction = "delete"
                    WalkingManager.clearMessage()
                    WalkingManager.deleteAccount(password.text)
                }
            }
            AppButton {
                objectName: "keepAccountButton"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Keep my account")
                onClicked: confirmDelete.close()
            }
        }
    }
}
