import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The koordinator's editor: a new activity, or changes to one, or cancelling it.
Page {
    id: page
    objectName: "activityEditPage"
    property string activityId: ""
    readonly property var form: CalendarManager.activityForEdit(activityId)

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.activityId === "" ? qsTr("New activity") : qsTr("Edit activity"); canGoBack: true }

    function values(): var {
        return {
            title: titleField.text, description: descriptionField.text, organiser: organiserField.text,
            organiserKind: CalendarManager.organiserKinds[kindBox.currentIndex], address: addressField.text,
            date: dateField.text, time: timeField.text, durationMinutes: parseInt(durationField.text),
            recurrenceWeeks: parseInt(weeksField.text) || 0, capacity: parseInt(capacityField.text) || 0,
            bookingDeadlineHours: parseInt(deadlineField.text) || 0, tags: tagsField.text
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            FormField { id: titleField; objectName: "activityTitleField"; label: qsTr("Title"); text: page.form.title; maximumLength: 200 }
            Text {
                Layout.fillWidth: true
                text: qsTr("Description")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            TextArea {
                id: descriptionField
                objectName: "activityDescriptionField"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                text: page.form.description
                font.pointSize: Theme.bodySize
                wrapMode: TextEdit.Wrap
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Description")
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 4 }
            }
            FormField { id: organiserField; label: qsTr("Organiser"); text: page.form.organiser; placeholderText: qsTr("For example: Mental Helse") }
            Text {
                Layout.fillWidth: true
                text: qsTr("Kind of organiser")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            ComboBox {
                id: kindBox
                objectName: "organiserKindBox"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                model: [qsTr("Municipality"), qsTr("User organisation"), qsTr("Volunteers")]
                currentIndex: Math.max(0, CalendarManager.organiserKinds.indexOf(page.form.organiserKind))
                Accessible.role: Accessible.ComboBox
                Accessible.name: qsTr("Kind of organiser: %1").arg(displayText)
            }
            FormField { id: addressField; label: qsTr("Address"); text: page.form.address }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField { id: dateField; objectName: "activityDateField"; label: qsTr("Date (YYYY-MM-DD)"); text: page.form.date }
                FormField { id: timeField; objectName: "activityTimeField"; label: qsTr("Time"); text: page.form.time }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField { id: durationField; label: qsTr("Minutes"); text: String(page.form.durationMinutes); inputMethodHints: Qt.ImhDigitsOnly }
                FormField { id: weeksField; objectName: "activityWeeksField"; label: qsTr("Repeats, weeks"); text: String(page.form.recurrenceWeeks); inputMethodHints: Qt.ImhDigitsOnly }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Repeats: how many more weekly sessions after the first (0 = once). Each session is booked on its own.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField { id: capacityField; objectName: "activityCapacityField"; label: qsTr("Seats (0 = open)"); text: String(page.form.capacity); inputMethodHints: Qt.ImhDigitsOnly }
                FormField { id: deadlineField; label: qsTr("Booking closes, hours before"); text: String(page.form.bookingDeadlineHours); inputMethodHints: Qt.ImhDigitsOnly }
            }
            FormField { id: tagsField; objectName: "activityTagsField"; label: qsTr("Tags, separated by commas"); text: page.form.tags; placeholderText: qsTr("rusfritt, lavterskel, kurs, kafé") }
            AppButton {
                objectName: "saveActivityButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                primary: true
                enabled: titleField.text.trim() !== ""
                text: qsTr("Save")
                onClicked: {
                    if (CalendarManager.saveActivity(page.activityId, page.values()) !== "")
                        Nav.back()
                }
            }
            AppButton {
                objectName: "cancelActivityButton"
                Layout.fillWidth: true
                visible: page.activityId !== "" && !page.form.cancelled
                text: qsTr("Cancel the activity")
                onClicked: confirmCancel.open()
            }
        }
    }

    Dialog {
        id: confirmCancel
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 360)
        modal: true
        title: qsTr("Cancel the activity?")
        standardButtons: Dialog.Yes | Dialog.No
        // The text is the content item, sized by the dialog; its wrapped height is the only implicit size.
        contentItem: Text {
            text: qsTr("Everyone booked will be told at their next sync.")
            font.pointSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        onAccepted: {
            if (CalendarManager.cancelActivity(page.activityId))
                Nav.back()
        }
    }
}
