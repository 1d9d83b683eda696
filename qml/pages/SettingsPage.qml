import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Me: who is logged in, sync, language, and removing my data from this device.
Page {
    id: page
    // The language choices: «Same as the phone» and one per catalogue (made by a Repeater, so reached by the page).
    readonly property ButtonGroup languageGroup: ButtonGroup {}
    objectName: "settingsPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Me") }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Theme.margin
            width: scroll.availableWidth - 2 * Theme.margin
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Logged in as %1 (%2)").arg(Session.displayName).arg(Session.username)
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: Session.serverUrl !== ""
                text: qsTr("Server: %1").arg(Session.serverUrl)
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.WrapAnywhere
            }

            CareLinks { Layout.fillWidth: true }
            WalkingRow {
                objectName: "myDataLink"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                title: WalkNav.myDataLink
                onClicked: WalkNav.open("MyDataPage", {})
            }
            // The suggestion box is two taps from every role's home: Me, then the box.
            WalkingRow {
                objectName: "suggestionBoxLink"
                Layout.fillWidth: true
                title: WalkNav.suggestionBoxLink
                subtitle: WalkNav.suggestionBoxHint
                onClicked: WalkNav.open("SuggestionPage", {})
            }
            WalkingRow {
                objectName: "surveysLink"
                Layout.fillWidth: true
                title: SurveyNav.link
                subtitle: SurveyManager.openToAnswer > 0 ? SurveyNav.waitingHint(SurveyManager.openToAnswer) : SurveyNav.linkHint
                attention: SurveyManager.openToAnswer > 0
                onClicked: SurveyNav.open("SurveysPage", {})
            }
            WalkingRow {
                objectName: "suggestionsReceivedLink"
                Layout.fillWidth: true
                visible: Session.role === "koordinator"
                title: WalkNav.suggestionsReceivedLink
                subtitle: WalkNav.suggestionsReceivedHint
                onClicked: WalkNav.open("SuggestionsAdminPage", {})
            }
            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Sync")
            }
            SyncStatusLine {
                Layout.fillWidth: true
                radius: Theme.radius
            }
            AppSwitch {
                id: offlineSwitch
                objectName: "workOfflineSwitch"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: qsTr("Work offline")
                font.pointSize: Theme.bodySize
                checked: Session.workOffline
                Accessible.role: Accessible.CheckBox
                Accessible.name: text
                Accessible.checked: checked
                Keys.onReturnPressed: toggle()
                onToggled: Session.workOffline = checked
            }
            AppButton {
                Layout.fillWidth: true
                visible: Session.needsLogin
                primary: true
                text: qsTr("Log in again")
                onClicked: Nav.showTab("login")
            }

            LockSettings {
                Layout.fillWidth: true
            }

            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Language")
            }
            AppRadioButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                ButtonGroup.group: page.languageGroup
                text: qsTr("Same as the phone")
                font.pointSize: Theme.bodySize
                checked: Language.choice === ""
                Accessible.role: Accessible.RadioButton
                Accessible.name: text
                Accessible.checked: checked
                Keys.onReturnPressed: toggle()
                onToggled: if (checked) Language.choice = ""
            }
            // Every language the app has a catalogue for, each named in itself («Norsk nynorsk», «English»).
            Repeater {
                model: Language.available
                // Joined to the page's group here: a delegate with required properties cannot see the page.
                onItemAdded: (index, item) => page.languageGroup.addButton(item as AbstractButton)
                delegate: AppRadioButton {
                    required property string modelData
                    objectName: "language_" + modelData
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: Language.nativeName(modelData)
                    font.pointSize: Theme.bodySize
                    checked: Language.choice === modelData
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: text
                    Accessible.checked: checked
                    Keys.onReturnPressed: toggle()
                    onToggled: if (checked) Language.choice = modelData
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Text size")
            }
            ButtonGroup { id: textSizeGroup }
            Repeater {
                model: Appearance.textScales
                // The group is joined from here: a delegate cannot see ids outside its own component.
                onItemAdded: (index, item) => textSizeGroup.addButton(item as RadioButton)
                onItemRemoved: (index, item) => textSizeGroup.removeButton(item as RadioButton)
                AppRadioButton {
                    required property real modelData
                    required property int index
                    objectName: "textScale" + index
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    //: %1 is a percentage such as 125
                    text: index === 0 ? qsTr("Normal (%1 %)").arg(Math.round(modelData * 100))
                                      : qsTr("Larger (%1 %)").arg(Math.round(modelData * 100))
                    font.pointSize: Theme.bodySize
                    checked: Math.abs(Appearance.textScale - modelData) < 0.01
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: text
                    Accessible.checked: checked
                    Keys.onReturnPressed: toggle()
                    onToggled: if (checked) Appearance.textScale = modelData
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("Colours")
            }
            ButtonGroup { id: themeGroup }
            Repeater {
                model: Appearance.themes
                onItemAdded: (index, item) => themeGroup.addButton(item as RadioButton)
                onItemRemoved: (index, item) => themeGroup.removeButton(item as RadioButton)
                AppRadioButton {
                    required property string modelData
                    objectName: "theme_" + modelData
                    Layout.fillWidth: true
                    text: modelData === "light" ? qsTr("Light")
                        : modelData === "dark" ? qsTr("Dark")
                        : modelData === "highContrast" ? qsTr("High contrast")
                        //: The colours follow the phone's or computer's own light/dark setting
                        : qsTr("As the system")
                    checked: Appearance.theme === modelData
                    onToggled: if (checked) Appearance.theme = modelData
                }
            }
            Text {
                objectName: "systemThemeNote"
                Layout.fillWidth: true
                visible: Appearance.theme === "system"
                text: Appearance.systemTheme === "dark" ? qsTr("The system asks for dark colours.")
                    : Appearance.systemTheme === "light" ? qsTr("The system asks for light colours.")
                    : Appearance.systemTheme === "highContrast" ? qsTr("The system asks for high contrast.")
                    : qsTr("The system does not say which colours it prefers, so the app uses light colours.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("This device")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Logging out removes your goals and notes from this phone. What has synced stays on the server.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            AppButton {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.margin
                text: qsTr("Log out and remove from this phone")
                onClicked: confirm.open()
            }
        }
    }

    Dialog {
        id: confirm
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 360)
        modal: true
        title: qsTr("Remove from this phone?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        contentItem: Label {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            wrapMode: Text.Wrap
            font.pointSize: Theme.bodySize
            text: Session.pendingChanges > 0
                  ? qsTr("%n change(s) have not reached the server yet and would be lost.", "", Session.pendingChanges)
                  : qsTr("Everything has synced. You can log in again later.")
        }
        onAccepted: Session.logOutAndForget()
    }
}
