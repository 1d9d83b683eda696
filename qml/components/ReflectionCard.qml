import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A reflection note; opening it lets the person edit or remove it.
ItemDelegate {
    id: card
    required property string reflectionId
    required property string noteText
    required property string date
    required property string goalId
    required property string goalTitle
    required property bool shareWithHelpers

    width: ListView.view ? ListView.view.width : implicitWidth
    // ItemDelegate takes no focus by default; here Tab and the list's arrows land on the card itself.
    focusPolicy: Qt.StrongFocus
    padding: Theme.margin
    Accessible.role: Accessible.Button
    Accessible.name: card.noteText
    Accessible.description: shareWithHelpers ? qsTr("Shared with my helpers") : qsTr("Private")
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    onClicked: Nav.editReflection(reflectionId, goalId)

    background: Rectangle {
        color: card.down ? Theme.primarySoft : Theme.surface
        radius: Theme.radius
        border.color: Theme.border
        border.width: 1
        FocusRing { visible: card.visualFocus }
    }
    contentItem: ColumnLayout {
        spacing: 4
        Text {
            Layout.fillWidth: true
            text: card.noteText
            font.pointSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 6
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: LifeAreas.join([LocaleFormat.dayText(card.date, LocaleFormat.Date), card.goalTitle,
                                  card.shareWithHelpers ? qsTr("Shared with my helpers") : qsTr("Private")], " · ")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
