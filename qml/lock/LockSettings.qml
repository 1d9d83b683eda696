import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// «Me» → App lock: set, change or turn off a PIN (or passphrase), when the app locks, the plan on the lock screen.
ColumnLayout {
    id: section
    objectName: "lockSettings"
    spacing: Theme.spacing
    // "": overview; "setup", "change", "off": the form for that.
    property string mode: ""

    function close() {
        mode = ""
        currentField.text = ""
        secretField.text = ""
        repeatField.text = ""
        passwordField.text = ""
    }
    Connections {
        target: AppLock
        function onActionFinished(action: string, ok: bool) {
            if (ok)
                section.close()
        }
    }

    SectionHeading {
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
        text: qsTr("App lock")
    }
    Text {
        Layout.fillWidth: true
        text: AppLock.enabled
              ? qsTr("The app is locked with a PIN, and your goals and notes are stored encrypted on this phone.")
              : qsTr("With a PIN, the app locks when you leave it, and your goals and notes are stored encrypted on this phone.")
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    AppButton {
        objectName: "lockSetUpButton"
        Layout.fillWidth: true
        visible: !AppLock.enabled && section.mode === ""
        text: qsTr("Set a PIN")
        onClicked: section.mode = "setup"
    }

    // Overview with the lock on.
    ColumnLayout {
        Layout.fillWidth: true
        visible: AppLock.enabled && section.mode === ""
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Lock the app after it has been in the background for")
            font.pointSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        ComboBox {
            id: afterBox
            objectName: "lockAfterBox"
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
            font.pointSize: Theme.bodySize
            textRole: "label"
            valueRole: "seconds"
            model: [
                { label: qsTr("No time: lock at once"), seconds: 0 },
                { label: qsTr("1 minute"), seconds: 60 },
                { label: qsTr("5 minutes"), seconds: 300 },
                { label: qsTr("15 minutes"), seconds: 900 }
            ]
            // The model's seconds in order; indexOfValue() is not re-evaluated when the model arrives.
            currentIndex: AppLock.lockAfterSeconds >= 900 ? 3 : AppLock.lockAfterSeconds >= 300 ? 2
                        : AppLock.lockAfterSeconds >= 60 ? 1 : 0
            Accessible.role: Accessible.ComboBox
            Accessible.name: qsTr("Lock after")
            onActivated: AppLock.lockAfterSeconds = currentValue
        }
        Switch {
            id: planSwitch
            objectName: "lockPlanSwitch"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            text: qsTr("Show my plan for hard days on the lock screen")
            font.pointSize: Theme.bodySize
            // The text wraps (at large text sizes too) instead of being cut off.
            contentItem: Text {
                text: planSwitch.text
                font: planSwitch.font
                color: Theme.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                leftPadding: planSwitch.indicator.width + planSwitch.spacing
            }
            checked: AppLock.planOnLockScreen
            Accessible.role: Accessible.CheckBox
            Accessible.name: text
            Accessible.description: planNote.text
            Accessible.checked: checked
            Keys.onReturnPressed: toggle()
            onToggled: {
                AppLock.planOnLockScreen = checked
                // Follows the setting again (it may wait for a confirmation, or be refused).
                checked = Qt.binding(() => AppLock.planOnLockScreen)
            }
        }
        // What the switch does, said before it is turned on.
        Text {
            id: planNote
            objectName: "lockPlanNote"
            Layout.fillWidth: true
            text: AppLock.planOnLockScreen && AppLock.planCopyPlain
                  ? qsTr("Your plan is on the lock screen. This phone has no keychain, so the copy for the lock screen is not encrypted: anyone who can read the phone's files can read your plan. «About me», goals and notes stay encrypted.")
                  : AppLock.planOnLockScreen
                  ? qsTr("Your plan is on the lock screen, to read without the PIN. Only the plan: «About me», goals and notes stay locked.")
                  : AppLock.keychainAvailable
                  ? qsTr("Anyone holding your phone can then read your plan without the PIN. Only the plan: «About me», goals and notes stay locked. The emergency numbers are always on the lock screen.")
                  : qsTr("Anyone holding your phone can then read your plan without the PIN. This phone has no keychain, so the copy for the lock screen would not be encrypted: anyone who can read the phone's files could read your plan. «About me», goals and notes stay encrypted. The emergency numbers are always on the lock screen.")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        // No keychain answered: the person confirms a plain copy, or leaves the setting off.
        Rectangle {
            objectName: "lockPlanConfirm"
            Layout.fillWidth: true
            visible: AppLock.planNeedsConfirm
            implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.warningSoft
            border.color: Theme.warning
            onVisibleChanged: if (visible) confirmText.forceActiveFocus()
            ColumnLayout {
                id: confirmColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                Text {
                    id: confirmText
                    Layout.fillWidth: true
                    text: qsTr("This phone has no keychain. The copy of your plan for the lock screen would be stored without encryption: anyone who can read the phone's files could read it. «About me», goals and notes stay encrypted. Show the plan on the lock screen anyway?")
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    activeFocusOnTab: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                AppButton {
                    objectName: "lockPlanConfirmButton"
                    Layout.fillWidth: true
                    text: qsTr("Yes, show it without encryption")
                    onClicked: AppLock.confirmPlainPlan()
                }
                AppButton {
                    objectName: "lockPlanCancelButton"
                    Layout.fillWidth: true
                    primary: true
                    text: qsTr("No, keep it off")
                    onClicked: {
                        AppLock.cancelPlainPlan()
                        planSwitch.forceActiveFocus()
                    }
                }
            }
        }
        AppButton {
            objectName: "lockNowButton"
            Layout.fillWidth: true
            text: qsTr("Lock now")
            onClicked: AppLock.lockNow()
        }
        AppButton {
            objectName: "lockChangeButton"
            Layout.fillWidth: true
            text: AppLock.passphrase ? qsTr("Change the passphrase") : qsTr("Change the PIN")
            onClicked: section.mode = "change"
        }
        AppButton {
            objectName: "lockOffButton"
            Layout.fillWidth: true
            text: qsTr("Turn off the lock")
            onClicked: section.mode = "off"
        }
    }

    // The forms.
    CheckBox {
        id: passphraseBox
        objectName: "lockPassphraseBox"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: section.mode === "setup" || section.mode === "change"
        text: qsTr("Use a passphrase (words) instead of digits")
        font.pointSize: Theme.bodySize
        checked: AppLock.passphrase
        Accessible.role: Accessible.CheckBox
        Accessible.name: text
        Accessible.checked: checked
    }
    SecretField {
        id: currentField
        objectName: "lockCurrentField"
        Layout.fillWidth: true
        visible: section.mode === "change" || section.mode === "off"
        digits: !AppLock.passphrase
        label: AppLock.passphrase ? qsTr("Current passphrase") : qsTr("Current PIN")
    }
    SecretField {
        id: secretField
        objectName: "lockSecretField"
        Layout.fillWidth: true
        visible: section.mode === "setup" || section.mode === "change"
        digits: !passphraseBox.checked
        label: passphraseBox.checked ? qsTr("New passphrase") : qsTr("New PIN (4 to 12 digits)")
    }
    SecretField {
        id: repeatField
        objectName: "lockRepeatField"
        Layout.fillWidth: true
        visible: section.mode === "setup" || section.mode === "change"
        digits: !passphraseBox.checked
        label: passphraseBox.checked ? qsTr("The new passphrase again") : qsTr("The new PIN again")
    }
    Text {
        Layout.fillWidth: true
        visible: section.mode === "setup"
        text: qsTr("Your account password opens the app if you forget the PIN, with nothing lost.")
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    SecretField {
        id: passwordField
        objectName: "lockAccountPasswordField"
        Layout.fillWidth: true
        visible: section.mode === "setup"
        label: qsTr("Account password")
    }
    Text {
        Layout.fillWidth: true
        visible: section.mode === "off"
        text: qsTr("Turning off the lock stores your data on this phone without encryption again.")
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "lockSettingsMessage"
        Layout.fillWidth: true
        visible: text !== "" && !AppLock.locked
        text: AppLock.message
        font.pointSize: Theme.bodySize
        color: Theme.warning
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: AppLock.busy && !AppLock.locked
        running: visible
    }
    RowLayout {
        Layout.fillWidth: true
        visible: section.mode !== ""
        spacing: Theme.spacing
        AppButton {
            objectName: "lockCancelButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("Cancel")
            onClicked: {
                AppLock.clearMessage()
                section.close()
            }
        }
        AppButton {
            objectName: "lockConfirmButton"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            primary: true
            enabled: !AppLock.busy
            text: section.mode === "setup" ? qsTr("Turn on the lock")
                : section.mode === "change" ? qsTr("Save")
                : qsTr("Turn off")
            onClicked: {
                if (section.mode === "setup")
                    AppLock.setUp(secretField.text, repeatField.text, passphraseBox.checked, passwordField.text)
                else if (section.mode === "change")
                    AppLock.change(currentField.text, secretField.text, repeatField.text, passphraseBox.checked)
                else
                    AppLock.turnOff(currentField.text)
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: AppLock.keychainStatus !== ""
        text: AppLock.keychainStatus
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
