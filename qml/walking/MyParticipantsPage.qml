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
    Connections {
        target: WalkingManager
        function onConnectCodeReady(code: string, expiresAt: date) { page.code = code }
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
                wrapMode: Text.WordWrap
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
            SectionHeading { Layout.fillWidth: true; text: qsTr("When to mention a quiet period") }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("After this many days without a check-in")
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                SpinBox {
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
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            AppButton {
                Layout.fillWidth: true
                text: qsTr("Show a code")
                onClicked: WalkingManager.requestConnectCode()
            }
            Text {
                Layout.fillWidth: true
                visible: WalkingManager.message !== ""
                text: WalkingManager.message
                font.pointSize: Theme.smallSize
                color: Theme.warning
                wrapMode: Text.WordWrap
            }
        }
    }
}
