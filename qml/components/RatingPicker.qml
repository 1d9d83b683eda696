import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// 0–10 as eleven big buttons: one tap picks, no slider to fiddle with. For the keyboard it is one radio group:
// one Tab stop (the chosen number, or 0), the arrow keys, Home/End and the digits move the choice.
FocusScope {
    id: picker
    property int value: -1
    // What is rated, for screen readers, and what the ends mean (a survey's question says its own).
    property string groupName: qsTr("How is it going, from 0 to 10")
    property string lowText: qsTr("0 = very hard")
    property string highText: qsTr("10 = very good")
    signal picked(int rating)

    function pick(rating: int) {
        value = rating
        picked(rating)
    }
    // The arrow keys check the number they move to, as in any radio group; nothing is saved until «Save».
    function step(rating: int) {
        const next = Math.max(0, Math.min(10, rating))
        // Focus first, with the keyboard's reason, so the ring shows (the focus binding would move it silently).
        const button = buttons.itemAt(next)
        if (button)
            button.forceActiveFocus(Qt.TabFocusReason)
        pick(next)
    }
    property int lastDigit: -1
    property real lastDigitAt: 0
    readonly property int tabStop: value >= 0 ? value : 0

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: picker.groupName

    Keys.onPressed: event => {
        const from = picker.value >= 0 ? picker.value : -1
        switch (event.key) {
        case Qt.Key_Left: case Qt.Key_Up:
            picker.step(from < 0 ? 0 : from - 1); break
        case Qt.Key_Right: case Qt.Key_Down:
            picker.step(from + 1); break
        case Qt.Key_Home:
            picker.step(0); break
        case Qt.Key_End:
            picker.step(10); break
        default:
            if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
                const digit = event.key - Qt.Key_0
                // «1» then «0» typed quickly is ten, not zero.
                const ten = digit === 0 && picker.lastDigit === 1 && Date.now() - picker.lastDigitAt < 1000
                picker.lastDigit = ten ? -1 : digit
                picker.lastDigitAt = Date.now()
                picker.step(ten ? 10 : digit)
                break
            }
            return
        }
        event.accepted = true
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            columns: 6
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                id: buttons
                model: 11
                // Wired here rather than inside the delegate, so the delegate needs nothing from outside.
                onItemAdded: (index, item) => {
                    const button = item as AbstractButton
                    button.checked = Qt.binding(() => picker.value === index)
                    button.focus = Qt.binding(() => picker.tabStop === index)
                    button.focusPolicy = Qt.binding(() => picker.tabStop === index ? Qt.StrongFocus : Qt.ClickFocus)
                    // Space or a click on the chosen number toggles it off and breaks the binding: put it back.
                    button.toggled.connect(() => button.checked = Qt.binding(() => picker.value === index))
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
                    // The group picks; a click on the chosen number keeps it chosen.
                    autoExclusive: false
                    Accessible.role: Accessible.RadioButton
                    //: A rating read by a screen reader: «4 of 10».
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
                        border.color: numberButton.checked ? Theme.primary : Theme.border
                        border.width: 1
                        FocusRing { visible: numberButton.visualFocus }
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
                text: picker.lowText
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Text {
                id: highEnd
                Layout.fillWidth: true
                text: picker.highText
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
                horizontalAlignment: ends.columns === 2 ? Text.AlignRight : Text.AlignLeft
            }
        }
    }
}
