import QtQuick
import QtQuick.Dialogs
import Medvandrer

// The platform's save dialog for a calendar file (Qt Quick's own where the platform has none); the file is
// written by CalendarManager, which makes the folder and reports in the person's language.
FileDialog {
    id: dialog
    // One booking's id, or empty for all of them.
    property string bookingId: ""

    function save(bookingId: string) {
        dialog.bookingId = bookingId
        dialog.open()
    }

    title: qsTr("Save the calendar file")
    fileMode: FileDialog.SaveFile
    defaultSuffix: "ics"
    nameFilters: [qsTr("Calendar files (*.ics)")]
    currentFolder: CalendarManager.defaultExportFolder()
    selectedFile: CalendarManager.defaultExportFolder() + "/medvandrer-calendar.ics"
    onAccepted: CalendarManager.exportIcsTo(dialog.bookingId, dialog.selectedFile)
}
