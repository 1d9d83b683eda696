import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// One session in the calendar list: when, what, who runs it, seats as of the last sync and my booking's state.
ItemDelegate {
    id: card
    required property string activityId
    required property string sessionStart
    required property string title
    required property string organiser
    required property string organiserKind
    required property string timeText
    required property string tags
    required property bool cancelled
    required property string seatsText
    required property string stateText
    signal open(string activityId, string sessionStart)

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: 12
    Accessible.role: Accessible.Button
    Accessible.name: [card.timeText, card.title, card.cancelled ? qsTr("Cancelled") : card.seatsText,
                      card.stateText].filter(s => s !== "").join(", ")
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onClicked: card.open(activityId, sessionStart)

    background: Rectangle {
        color: card.down ? Theme.primarySoft : Theme.surface
        radius: Theme.radius
        border.color: card.visualFocus ? Theme.focus : Theme.surfaceMuted
        border.width: card.visualFocus ? 3 : 1
    }
    contentItem: ColumnLayout {
        spacing: 2
        Text {
            Layout.fillWidth: true
            text: card.timeText + "  " + card.title
            font.pointSize: Theme.bodySize
            font.bold: true
            font.strikeout: card.cancelled
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: [card.organiser, card.organiserKind, card.tags].filter(s => s !== "").join(" · ")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: card.cancelled ? qsTr("Cancelled") : card.seatsText
            font.pointSize: Theme.smallSize
            color: card.cancelled ? Theme.warning : Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Rectangle {
            visible: card.stateText !== ""
            Layout.fillWidth: true
            implicitHeight: stateLabel.implicitHeight + 8
            radius: 6
            color: Theme.primarySoft
            Text {
                id: stateLabel
                anchors.fill: parent
                anchors.margins: 4
                anchors.leftMargin: 8
                text: card.stateText
                font.pointSize: Theme.smallSize
                color: Theme.primary
                wrapMode: Text.WordWrap
            }
        }
    }
}
