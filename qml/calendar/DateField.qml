import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// A labelled date with Qt Quick Controls' own month grid: the day before/after by button or keyboard, any day
// by the calendar popup.
ColumnLayout {
    id: field
    property string label
    // The chosen day (local midnight).
    property date date: new Date()
    readonly property string isoDate: Qt.formatDate(field.date, "yyyy-MM-dd")
    spacing: 2
    Layout.fillWidth: true

    // MonthGrid's dates may come as UTC midnight; this is the same calendar day at local midnight.
    // d is untyped on purpose: qmllint 6.4 crashes on getUTCHours() of a parameter typed date.
    function calendarDay(d): date {
        if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0)
            return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
        return new Date(d.getFullYear(), d.getMonth(), d.getDate())
    }

    function addDays(days: int) {
        const d = new Date(field.date.getFullYear(), field.date.getMonth(), field.date.getDate() + days)
        field.date = d
    }

    Text {
        Layout.fillWidth: true
        text: field.label
        font.pointSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        AppButton {
            text: "‹"
            glyph: "left"
            Accessible.name: qsTr("The day before")
            onClicked: field.addDays(-1)
        }
        AppButton {
            id: open
            objectName: "dateButton"
            Layout.fillWidth: true
            text: LocaleFormat.dayText(field.date, LocaleFormat.LongDate)
            Accessible.name: qsTr("%1: %2. Choose a day").arg(field.label).arg(text)
            Keys.onUpPressed: field.addDays(-1)
            Keys.onDownPressed: field.addDays(1)
            onClicked: {
                popup.year = field.date.getFullYear()
                popup.month = field.date.getMonth()
                popup.cursor = field.date
                popup.open()
            }
        }
        AppButton {
            text: "›"
            glyph: "right"
            Accessible.name: qsTr("The day after")
            onClicked: field.addDays(1)
        }
    }

    Popup {
        id: popup
        objectName: "datePopup"
        property int year: 2026
        property int month: 0
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 380)
        modal: true
        focus: true
        padding: 12
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

        // The keyboard's place in the grid (arrows, Page Up/Down); Return or Space picks it.
        property date cursor: new Date()
        onOpened: grid.forceActiveFocus(Qt.TabFocusReason)

        function shift(months: int) {
            const d = new Date(popup.year, popup.month + months, 1)
            popup.year = d.getFullYear()
            popup.month = d.getMonth()
        }
        function moveCursor(days: int, months: int) {
            const c = popup.cursor
            let d = new Date(c.getFullYear(), c.getMonth() + months, c.getDate() + days)
            // A month later from 31 January is the last day of February, not 3 March.
            if (months !== 0 && d.getDate() !== c.getDate())
                d = new Date(d.getFullYear(), d.getMonth(), 0)
            popup.cursor = d
            popup.year = d.getFullYear()
            popup.month = d.getMonth()
        }

        // A child, not contentItem: the month grid's delegate has ids, which a deferred contentItem cannot hold.
        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                AppButton {
                    text: "‹"
                    glyph: "left"
                    Accessible.name: qsTr("Previous month")
                    onClicked: popup.shift(-1)
                }
                Text {
                    Layout.fillWidth: true
                    text: LocaleFormat.dayText(new Date(popup.year, popup.month, 1), LocaleFormat.MonthYear)
                    font.pointSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                AppButton {
                    text: "›"
                    glyph: "right"
                    Accessible.name: qsTr("Next month")
                    onClicked: popup.shift(1)
                }
            }
            // Both follow the app's language (Language sets the default locale).
            DayOfWeekRow {
                Layout.fillWidth: true
                font.pointSize: Theme.smallSize
            }
            MonthGrid {
                id: grid
                objectName: "monthGrid"
                Layout.fillWidth: true
                year: popup.year
                month: popup.month
                font.pointSize: Theme.bodySize
                activeFocusOnTab: true
                // Read out as the cursor moves: the day it is on.
                Accessible.role: Accessible.Table
                Accessible.name: LocaleFormat.dayText(popup.cursor, LocaleFormat.LongDate)
                Keys.onPressed: event => {
                    switch (event.key) {
                    case Qt.Key_Left: popup.moveCursor(-1, 0); break
                    case Qt.Key_Right: popup.moveCursor(1, 0); break
                    case Qt.Key_Up: popup.moveCursor(-7, 0); break
                    case Qt.Key_Down: popup.moveCursor(7, 0); break
                    case Qt.Key_PageUp: popup.moveCursor(0, -1); break
                    case Qt.Key_PageDown: popup.moveCursor(0, 1); break
                    case Qt.Key_Return: case Qt.Key_Enter: case Qt.Key_Space:
                        field.date = popup.cursor
                        popup.close()
                        open.forceActiveFocus(Qt.TabFocusReason)
                        break
                    default:
                        return
                    }
                    event.accepted = true
                }
                delegate: Rectangle {
                    id: cell
                    required property date date
                    required property int day
                    required property int month
                    required property bool today
                    // MonthGrid cannot hand its delegates the field's state, so these three read it by id.
                    readonly property date local: field.calendarDay(cell.date) // qmllint disable unqualified
                    readonly property bool chosen: cell.local.getFullYear() === field.date.getFullYear() // qmllint disable unqualified
                                                   && cell.local.getMonth() === field.date.getMonth()
                                                   && cell.local.getDate() === field.date.getDate()
                    implicitWidth: 40
                    implicitHeight: Math.max(40, dayText.implicitHeight + 8)
                    radius: 6
                    readonly property bool atCursor: grid.activeFocus && cell.local.getFullYear() === popup.cursor.getFullYear() // qmllint disable unqualified
                                                     && cell.local.getMonth() === popup.cursor.getMonth()
                                                     && cell.local.getDate() === popup.cursor.getDate()
                    color: cell.chosen ? Theme.primary : "transparent"
                    border.color: cell.today ? Theme.primary : "transparent"
                    FocusRing { visible: cell.atCursor }
                    Accessible.role: Accessible.Button
                    Accessible.name: LocaleFormat.dayText(cell.local, LocaleFormat.LongDate)
                    Text {
                        id: dayText
                        anchors.centerIn: parent
                        text: cell.day
                        font.pointSize: Theme.bodySize
                        color: cell.chosen ? Theme.textOnPrimary : cell.month === popup.month ? Theme.text : Theme.textMuted // qmllint disable unqualified
                    }
                }
                onClicked: date => {
                    field.date = field.calendarDay(date)
                    popup.close()
                }
            }
            AppButton {
                Layout.fillWidth: true
                text: qsTr("Close")
                onClicked: popup.close()
            }
        }
    }
}
