import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Over the whole window while the app is locked or not in front (the task switcher's picture): only the app's
// name, the PIN field, the way in by password, the emergency numbers (always), and — if the person turned it on —
// their plan for hard days, read only, from its own copy (AppLock.planCopy). After a way in by password it asks
// for a new PIN.
Rectangle {
    id: screen
    objectName: "lockScreen"
    visible: AppLock.shielded || AppLock.choosingNewPin
    color: Theme.background
    property bool recovering: false
    property bool planOpen: false

    // Nothing underneath takes a click or a key while this shows: Main.qml hides the pages, header and tabs
    // (a catch-all MouseArea here was a pointer-only target for the accessibility audit, and blocked nothing more).

    function showPlan() {
        screen.planOpen = true
        AppLock.openPlan()
    }
    function hidePlan() {
        screen.planOpen = false
        AppLock.closePlan()
    }
    // Focus where the person is, once the other view is shown (keyboard and screen readers land there), with its
    // ring showing (a Tab reason: the person came by keyboard or needs to see where they are).
    onPlanOpenChanged: focusLater.restart()
    Timer {
        id: focusLater
        interval: 0
        onTriggered: {
            if (!screen.visible)
                return
            if (screen.planOpen)
                planBack.forceActiveFocus(Qt.TabFocusReason)
            else if (AppLock.locked && planButton.visible)
                planButton.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    onVisibleChanged: {
        recovering = false
        planOpen = false
        AppLock.closePlan()
        pinField.text = ""
        passwordField.text = ""
        if (visible && AppLock.locked)
            pinField.forceActiveFocus()
    }
    Connections {
        target: AppLock
        function onLockedChanged() {
            pinField.text = ""
            passwordField.text = ""
            if (AppLock.locked)
                pinField.forceActiveFocus()
        }
        // A try answered and still locked: an empty field for the next one.
        function onBusyChanged() {
            if (!AppLock.busy && AppLock.locked) {
                pinField.text = ""
                passwordField.text = ""
                if (screen.recovering)
                    passwordField.forceActiveFocus()
                else
                    pinField.forceActiveFocus()
            }
        }
        // Out of sight (the task switcher): the plan closes, its text forgotten.
        function onInFrontChanged() {
            if (!AppLock.inFront)
                screen.hidePlan()
        }
        function onChoosingNewPinChanged() {
            newPin.text = ""
            newPinAgain.text = ""
        }
    }

    // A ScrollView (not a bare Flickable): screen readers and the audit see that the numbers below the fold scroll.
    ScrollView {
        id: flick
        anchors.fill: parent
        visible: !screen.planOpen
        contentWidth: availableWidth
        // From the view's own size only (not availableHeight, which follows the content: a binding loop).
        readonly property real columnTop: Math.max(Theme.margin, (flick.height - column.implicitHeight) / 3)
        contentHeight: columnTop + column.implicitHeight + Theme.margin

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: flick.columnTop
            width: Math.min(flick.width - 2 * Theme.margin, 420)
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: "Medvandrer"
                font.pointSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            // Locked: the PIN (or the password for a forgotten one).
            ColumnLayout {
                Layout.fillWidth: true
                visible: AppLock.locked
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: screen.recovering
                          ? qsTr("Type the password you log in with. Everything on this phone is kept, also what has not synced yet.")
                          : AppLock.passphrase ? qsTr("Type your passphrase to open the app.")
                                               : qsTr("Type your PIN to open the app.")
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                SecretField {
                    id: pinField
                    objectName: "lockPinField"
                    visible: !screen.recovering
                    Layout.fillWidth: true
                    digits: !AppLock.passphrase
                    label: AppLock.passphrase ? qsTr("Passphrase") : qsTr("PIN")
                    enabled: !AppLock.busy
                    onAccepted: AppLock.unlock(text)
                }
                SecretField {
                    id: passwordField
                    objectName: "lockPasswordField"
                    visible: screen.recovering
                    Layout.fillWidth: true
                    label: qsTr("Account password")
                    enabled: !AppLock.busy
                    onAccepted: AppLock.unlockWithPassword(text)
                }
                AppButton {
                    objectName: "lockUnlockButton"
                    Layout.fillWidth: true
                    primary: true
                    enabled: !AppLock.busy && AppLock.waitSeconds === 0
                    text: screen.recovering ? qsTr("Open with my password") : qsTr("Open")
                    onClicked: screen.recovering ? AppLock.unlockWithPassword(passwordField.text)
                                                 : AppLock.unlock(pinField.text)
                }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    visible: AppLock.busy
                    running: visible
                    Accessible.name: qsTr("Opening")
                }
                Text {
                    objectName: "lockWait"
                    Layout.fillWidth: true
                    visible: AppLock.waitSeconds > 0
                    text: qsTr("You can try again in %n second(s).", "", AppLock.waitSeconds)
                    font.pointSize: Theme.bodySize
                    color: Theme.warning
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                AppButton {
                    objectName: "lockRecoverButton"
                    Layout.fillWidth: true
                    visible: AppLock.recoveryAvailable
                    text: screen.recovering ? (AppLock.passphrase ? qsTr("Use my passphrase") : qsTr("Use my PIN"))
                                            : (AppLock.passphrase ? qsTr("Forgot the passphrase?") : qsTr("Forgot the PIN?"))
                    onClicked: {
                        screen.recovering = !screen.recovering
                        AppLock.clearMessage()
                        if (screen.recovering)
                            passwordField.forceActiveFocus()
                        else
                            pinField.forceActiveFocus()
                    }
                }
            }

            // Opened with the password: a new PIN, so the next time is quick again.
            ColumnLayout {
                Layout.fillWidth: true
                visible: !AppLock.locked && AppLock.choosingNewPin
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: AppLock.passphrase ? qsTr("Choose a new passphrase for this phone.") : qsTr("Choose a new PIN for this phone.")
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                SecretField {
                    id: newPin
                    objectName: "lockNewPinField"
                    Layout.fillWidth: true
                    digits: !AppLock.passphrase
                    label: AppLock.passphrase ? qsTr("New passphrase") : qsTr("New PIN")
                }
                SecretField {
                    id: newPinAgain
                    objectName: "lockNewPinAgainField"
                    Layout.fillWidth: true
                    digits: !AppLock.passphrase
                    label: AppLock.passphrase ? qsTr("The new passphrase again") : qsTr("The new PIN again")
                    onAccepted: AppLock.change("", newPin.text, newPinAgain.text, AppLock.passphrase)
                }
                AppButton {
                    objectName: "lockSaveNewPinButton"
                    Layout.fillWidth: true
                    primary: true
                    enabled: !AppLock.busy
                    text: AppLock.passphrase ? qsTr("Save the new passphrase") : qsTr("Save the new PIN")
                    onClicked: AppLock.change("", newPin.text, newPinAgain.text, AppLock.passphrase)
                }
                AppButton {
                    objectName: "lockSkipNewPinButton"
                    Layout.fillWidth: true
                    text: qsTr("Keep the old one")
                    onClicked: AppLock.skipNewPin()
                }
            }

            // The plan (if turned on) and the emergency numbers: there without the PIN, on a hard day.
            AppButton {
                id: planButton
                objectName: "lockPlanButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: AppLock.locked && AppLock.planOnLockScreen
                primary: true
                text: CareNav.planTitle
                onClicked: screen.showPlan()
            }
            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: AppLock.locked
                text: qsTr("If you need help now")
            }
            EmergencyNumbers {
                objectName: "lockEmergencyNumbers"
                Layout.fillWidth: true
                visible: AppLock.locked
            }

            Text {
                objectName: "lockMessage"
                Layout.fillWidth: true
                visible: text !== "" && (AppLock.locked || AppLock.choosingNewPin)
                text: AppLock.message
                font.pointSize: Theme.bodySize
                color: Theme.warning
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    // The plan over the lock, without unlocking and read only: its copy, never the store.
    ColumnLayout {
        anchors.fill: parent
        visible: screen.planOpen
        spacing: 0
        Keys.onEscapePressed: screen.hidePlan()
        AppButton {
            id: planBack
            objectName: "lockPlanBackButton"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            text: qsTr("Back to the lock")
            onClicked: screen.hidePlan()
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: AppLock.planLoading
            running: visible
            Accessible.name: qsTr("Opening your plan")
        }
        Text {
            objectName: "lockPlanError"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: AppLock.planError !== ""
            text: AppLock.planError
            font.pointSize: Theme.bodySize
            color: Theme.warning
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        EmergencyNumbers {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: AppLock.planError !== ""
        }
        Loader {
            objectName: "lockPlanLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: screen.planOpen && AppLock.planCopy !== null && AppLock.planCopy !== undefined
            sourceComponent: PlanPage {
                objectName: "lockPlanPage"
                source: AppLock.planCopy
            }
        }
    }
}
