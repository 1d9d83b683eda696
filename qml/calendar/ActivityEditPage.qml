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
            date: dateField.isoDate, time: timeField.timeText, durationMinutes: durationField.value,
            recurrenceWeeks: weeksField.value, capacity: capacityField.value,
            bookingDeadlineHours: deadlineField.value, tags: tagsField.text
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
                wrapMode: Text.Wrap
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
                Keys.onTabPressed: event => { event.accepted = Nav.leaveField(descriptionField, true) }
                Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(descriptionField, false) }
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 4 }
            }
            FormField { id: organiserField; label: qsTr("Organiser"); text: page.form.organiser; placeholderText: qsTr("For example: Mental Helse") }
            Text {
                Layout.fillWidth: true
                text: qsTr("Kind of organiser")
                wrapMode: Text.Wrap
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            AppComboBox {
                id: kindBox
                objectName: "organiserKindBox"
                Layout.fillWidth: true
                font.pointSize: Theme.bodySize
                model: [qsTr("Municipality"), qsTr("User organisation"), qsTr("Volunteers")]
                currentIndex: Math.max(0, CalendarManager.organiserKinds.indexOf(page.form.organiserKind))
                Accessible.role: Accessible.ComboBox
                Accessible.name: qsTr("Kind of organiser: %1").arg(displayText)
            }
            FormField { id: addressField; label: qsTr("Address"); text: page.form.address }
            // Qt Quick Controls' own pickers: a month grid for the day, hours and minutes for the time.
            DateField {
                id: dateField
                objectName: "activityDateField"
                label: qsTr("Date")
                date: page.form.dateValue
            }
            TimeField {
                id: timeField
                objectName: "activityTimeField"
                label: qsTr("Time")
                hours: page.form.hours
                minutes: page.form.minutes
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                NumberField { id: durationField; objectName: "activityMinutesField"; label: qsTr("Length, minutes"); from: 5; to: 24 * 60; stepSize: 15; value: page.form.durationMinutes }
                NumberField { id: weeksField; objectName: "activityWeeksField"; label: qsTr("Repeats, weeks"); from: 0; to: 104; value: page.form.recurrenceWeeks }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Repeats: how many more weekly sessions after the first (0 = once). Each session is booked on its own.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                NumberField { id: capacityField; objectName: "activityCapacityField"; label: qsTr("Seats (0 = open)"); from: 0; to: 100000; value: page.form.capacity }
                NumberField { id: deadlineField; label: qsTr("Booking closes, hours before"); from: 0; to: 24 * 30; value: page.form.bookingDeadlineHours }
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
        // Buttons that say what they do, in the app's language (not Qt's «Yes/No»).
        footer: Flow {
            padding: 12
            spacing: Theme.spacing
            AppButton {
                objectName: "confirmCancelActivityButton"
                text: qsTr("Cancel the activity")
                onClicked: confirmCancel.accept()
            }
            AppButton {
                objectName: "keepActivityButton"
                text: qsTr("Keep it")
                onClicked: confirmCancel.reject()
            }
        }
        // The text is the content item, sized by the dialog; its wrapped height is the only implicit size.
        contentItem: Text {
            text: qsTr("Everyone booked will be told at their next sync.")
            font.pointSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        onAccepted: {
            if (CalendarManager.cancelActivity(page.activityId))
                Nav.back()
        }
    }
}
