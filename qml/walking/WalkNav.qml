pragma Singleton
import QtQuick

// Navigation to the walking-beside pages; Main.qml owns the StackView and pushes walking/<page>.qml.
QtObject {
    signal open(string page, var properties)
    // Labels Main.qml shows for walking beside, translated with this area.
    readonly property string participantsTab: qsTr("Participants")
    readonly property string myDataLink: qsTr("My data and sharing")
    // Suggestion categories in words; here so list delegates can use them. Translated in their pages' contexts.
    function suggestionCategory(c: string): string {
        return c === "works" ? qsTranslate("SuggestionPage", "Something that works")
             : c === "missing" ? qsTranslate("SuggestionPage", "Something that is missing")
             : qsTranslate("SuggestionPage", "An idea")
    }
    function suggestionCategoryShort(c: string): string {
        return c === "works" ? qsTranslate("SuggestionsAdminPage", "Works")
             : c === "missing" ? qsTranslate("SuggestionsAdminPage", "Missing")
             : qsTranslate("SuggestionsAdminPage", "Idea")
    }
}
