import QtQuick
import QtQuick.Layouts
import Medvandrer

// The check-ins as a list under the chart, newest first: the day, the number and the note, if any.
ColumnLayout {
    id: history
    required property CheckInListModel checkIns
    property int shown: 5
    spacing: 4

    // One check-in; the Repeater tells it how many are shown (delegates cannot see this list).
    component CheckInRow: Text {
        property int limit: 5
    }
    Repeater {
        model: history.checkIns
        onItemAdded: (index, item) => {
            const row = item
            row.limit = Qt.binding(() => history.shown)
        }
        delegate: CheckInRow {
            required property int index
            required property int rating
            required property string note
            required property string date
            objectName: "checkInRow" + index
            Layout.fillWidth: true
            visible: index < limit
            text: LocaleFormat.dayText(date, LocaleFormat.ShortWeekday)
                  + " · " + qsTr("%1 of 10").arg(rating) + (note !== "" ? " – " + note : "")
            font.pointSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
    AppButton {
        objectName: "showAllCheckIns"
        visible: history.checkIns.count > history.shown
        text: qsTr("Show all %1").arg(history.checkIns.count)
        onClicked: history.shown = history.checkIns.count
    }
}
