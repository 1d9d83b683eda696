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

    // The parts that are not empty, with separator between them.
    function joinNonEmpty(parts: list<string>, separator: string): string {
        let joined = ""
        for (let i = 0; i < parts.length; ++i) {
            if (parts[i] !== "")
                joined += (joined === "" ? "" : separator) + parts[i]
        }
        return joined
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    // ItemDelegate takes no focus by default; here Tab and the list's arrows land on the card itself.
    focusPolicy: Qt.StrongFocus
    padding: 12
    Accessible.role: Accessible.Button
    Accessible.name: card.joinNonEmpty([card.timeText, card.title, card.cancelled ? qsTr("Cancelled") : card.seatsText,
                                        card.stateText], ", ")
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onClicked: card.open(activityId, sessionStart)

    background: Rectangle {
        color: card.down ? Theme.primarySoft : Theme.surface
        radius: Theme.radius
        border.color: Theme.border
        border.width: 1
        FocusRing { visible: card.visualFocus }
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
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: card.joinNonEmpty([card.organiser, card.organiserKind, card.tags], " · ")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: card.cancelled ? qsTr("Cancelled") : card.seatsText
            font.pointSize: Theme.smallSize
            color: card.cancelled ? Theme.warning : Theme.textMuted
            wrapMode: Text.Wrap
        }
        // A badge: padded text on a tinted background (no ids inside the deferred contentItem).
        Text {
            visible: card.stateText !== ""
            Layout.fillWidth: true
            topPadding: 4
            bottomPadding: 4
            leftPadding: 8
            rightPadding: 4
            text: card.stateText
            font.pointSize: Theme.smallSize
            color: Theme.primary
            wrapMode: Text.Wrap
            Rectangle {
                anchors.fill: parent
                z: -1
                radius: 6
                color: Theme.primarySoft
            }
        }
    }
}
