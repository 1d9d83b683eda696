import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// 0–10 as eleven big buttons: one tap picks, no slider to fiddle with.
ColumnLayout {
    id: picker
    property int value: -1
    signal picked(int rating)

    function pick(rating: int) {
        value = rating
        picked(rating)
    }

    spacing: Theme.spacing
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("How is it going, from 0 to 10")

    GridLayout {
        Layout.fillWidth: true
        columns: 6
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing
        Repeater {
            model: 11
            // Wired here rather than inside the delegate, so the delegate needs nothing from outside.
            onItemAdded: (index, item) => {
                const button = item as AbstractButton
                button.checked = Qt.binding(() => picker.value === index)
                button.clicked.connect(() => picker.pick(index))
            }
            delegate: AbstractButton {
                id: numberButton
                required property int index
                objectName: "rating" + index
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 4
                Layout.minimumWidth: Theme.touchTarget
                text: String(index)
                checkable: true
                Accessible.role: Accessible.RadioButton
                Accessible.name: qsTr("%1 of 10").arg(index)
                Accessible.checked: checked
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                contentItem: Text {
                    text: numberButton.text
                    font.pointSize: Theme.titleSize
                    font.bold: numberButton.checked
                    color: numberButton.checked ? Theme.textOnPrimary : Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: numberButton.checked ? Theme.primary : Theme.surface
                    border.color: numberButton.visualFocus ? Theme.focus : Theme.border
                    border.width: numberButton.visualFocus ? 3 : 1
                }
            }
        }
    }
    GridLayout {
        id: ends
        Layout.fillWidth: true
        // Side by side while both fit, one under the other when they do not (large text, narrow window).
        columns: lowEnd.implicitWidth + highEnd.implicitWidth + 2 * Theme.spacing <= width ? 2 : 1
        Text {
            id: lowEnd
            Layout.fillWidth: true
            text: qsTr("0 = very hard")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        Text {
            id: highEnd
            Layout.fillWidth: true
            text: qsTr("10 = very good")
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            horizontalAlignment: ends.columns === 2 ? Text.AlignRight : Text.AlignLeft
        }
}
