import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// «Mine deltakere» for an erfaringskonsulent: people who share goals with me, the quietest first, kindly put.
Page {
    id: page
    objectName: "myParticipantsPage"
    property string code: ""
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("My participants") }

    WalkingListModel {
        id: people
        manager: WalkingManager
        list: WalkingListModel.Participants
    }
    Component.onCompleted: WalkingManager.clearMessage()
    property date codeExpires
    property int secondsLeft: 0
    property int peopleWhenShown: 0
    Connections {
        target: WalkingManager
        function onConnectCodeReady(code: string, expiresAt: date) {
            page.code = code
            page.codeExpires = expiresAt
            page.peopleWhenShown = people.count
            page.tick()
        }
    }
    function tick() {
        page.secondsLeft = Math.max(0, Math.round((page.codeExpires.getTime() - Date.now()) / 1000))
        if (page.code !== "" && page.secondsLeft === 0) {
            page.code = ""
            Nav.notify(qsTr("The code has run out. Show a new one when you need it."))
        }
    }
    Timer {
        running: page.code !== ""
        interval: 1000
        repeat: true
        onTriggered: page.tick()
    }
    // Someone new shares with me: the code did its work, so it leaves the screen.
    Connections {
        target: people
        function onCountChanged() {
            if (page.code !== "" && people.count > page.peopleWhenShown) {
                page.code = ""
                Nav.notify(qsTr("Connected. The code is used up."))
            }
        }
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
                visible: people.count === 0
                text: qsTr("Nobody shares a goal with you yet. When someone does, they show up here.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Repeater {
                model: people
                delegate: WalkingRow {
                    required property string personId
                    required property string personName
                    required subtitle
                    required property bool quiet
                    Layout.fillWidth: true
                    title: personName
                    attention: quiet
                    onClicked: WalkNav.open("ParticipantGoalsPage", { personId: personId, personName: personName })
                }
            }
            // Quiet periods are worked out on this phone: say how fresh its picture is.
            Text {
                objectName: "quietAsOf"
                Layout.fillWidth: true
                visible: people.count > 0
                readonly property real hoursOld: isNaN(Session.lastSynced.getTime()) ? 1e9
                                                 : (Date.now() - Session.lastSynced.getTime()) / 3600000
                text: isNaN(Session.lastSynced.getTime())
                      ? qsTr("This phone has not synced yet, so someone may have checked in without it showing here.")
                      : hoursOld > 24
                        ? qsTr("This phone last synced %1. Someone may have checked in since.").arg(LocaleFormat.text(Session.lastSynced, LocaleFormat.DateTime))
                        : qsTr("As of the last sync, %1.").arg(LocaleFormat.text(Session.lastSynced, LocaleFormat.DateTime))
                font.pointSize: Theme.smallSize
                color: hoursOld > 24 ? Theme.warning : Theme.textMuted
                wrapMode: Text.Wrap
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("When to mention a quiet period") }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("After this many days without a check-in")
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                AppSpinBox {
                    objectName: "quietDaysBox"
                    from: 1
                    to: 90
                    value: WalkingManager.quietDays
                    editable: true
                    font.pointSize: Theme.bodySize
                    Accessible.name: qsTr("Days without a check-in")
                    onValueModified: WalkingManager.quietDays = value
                }
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Connect with someone") }
            Text {
                Layout.fillWidth: true
                text: page.code === "" ? qsTr("Show a short code the person types in their app. It works for 15 minutes.")
                                       : qsTr("Your code: %1").arg(page.code)
                font.pointSize: page.code === "" ? Theme.bodySize : Theme.headingSize
                font.bold: page.code !== ""
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                objectName: "codeCountdown"
                Layout.fillWidth: true
                visible: page.code !== ""
                text: qsTr("Works for %1:%2 more, once.").arg(Math.floor(page.secondsLeft / 60))
                          .arg(String(page.secondsLeft % 60).padStart(2, "0"))
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
                // Read out once a minute, not every second.
                Accessible.name: qsTr("Works for %n more minute(s)", "", Math.ceil(page.secondsLeft / 60))
            }
            AppButton {
                Layout.fillWidth: true
                visible: page.code === ""
                text: qsTr("Show a code")
                onClicked: WalkingManager.requestConnectCode()
            }
            AppButton {
                objectName: "hideCodeButton"
                Layout.fillWidth: true
                visible: page.code !== ""
                text: qsTr("Hide the code")
                onClicked: page.code = ""
            }
            Text {
                Layout.fillWidth: true
                visible: WalkingManager.message !== ""
                text: WalkingManager.message
                font.pointSize: Theme.smallSize
                color: Theme.warning
                wrapMode: Text.Wrap
            }
        }
    }
}
