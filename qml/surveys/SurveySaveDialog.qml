import QtQuick
import QtQuick.Dialogs
import Medvandrer

// The platform's save dialog for the results page (Qt Quick's own where the platform has none); SurveyManager
// builds the HTML and writes it, and says how that went in the person's language.
FileDialog {
    id: dialog
    title: qsTr("Save the results for the dialogue meeting")
    fileMode: FileDialog.SaveFile
    defaultSuffix: "html"
    nameFilters: [qsTr("Web pages (*.html)")]
    currentFolder: SurveyManager.defaultExportFolder()
    selectedFile: SurveyManager.defaultExportFolder() + "/" + SurveyManager.defaultExportName()
    onAccepted: SurveyManager.exportResultsTo(dialog.selectedFile)
}
