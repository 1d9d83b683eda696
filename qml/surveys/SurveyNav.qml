pragma Singleton
import QtQuick

// Navigation to the «Spør brukerne» pages; Main.qml owns the StackView, pushes surveys/<page>.qml and opens the
// editor on what SurveyManager holds.
QtObject {
    signal open(string page, var properties)
    // A new draft (empty id) or an existing one in the editor.
    signal edit(string surveyId)
    // The draft whose words were not saved, back in the editor.
    signal resume()
    // A card in the list asks its page to confirm publishing.
    signal askPublish(string surveyId, string title)
    // Labels other pages show for the surveys, translated with this area.
    readonly property string link: qsTr("Ask the users")
    readonly property string linkHint: qsTr("Short anonymous surveys from the team")
    readonly property string teamLinkHint: qsTr("Write surveys with the users, publish them, read the results")
    function waitingHint(count: int): string {
        return qsTr("%n survey(s) waiting for your answer", "", count)
    }

    function answer(surveyId: string) { open("SurveyAnswerPage", { surveyId: surveyId }) }
    function results(surveyId: string) { open("SurveyResultsPage", { surveyId: surveyId }) }
}
