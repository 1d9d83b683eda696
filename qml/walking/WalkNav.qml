pragma Singleton
import QtQuick

// Navigation to the walking-beside pages; Main.qml owns the StackView and pushes walking/<page>.qml.
QtObject {
    signal open(string page, var properties)
    // Labels Main.qml shows for walking beside, translated with this area.
    readonly property string participantsTab: qsTr("Participants")
    readonly property string myDataLink: qsTr("My data and sharing")
    readonly property string suggestionBoxLink: qsTr("Suggestion box")
    readonly property string suggestionBoxHint: qsTr("Tell the team, without your name")
    readonly property string suggestionsReceivedLink: qsTr("Suggestions received")
    readonly property string suggestionsReceivedHint: qsTr("Read the suggestion box and answer")
    // The truth about timing, said to the writer before sending and to the team that waits for notes.
    readonly property string batchTiming: qsTr("To keep writers unknown, notes reach the team in groups of at least five, or all together once the week is over. It can take some days before yours is read.")
    // "2026-W49" → "week 49" (the year only when it is not this year).
    function weekText(isoWeek: string): string {
        const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek)
        if (!m)
            return isoWeek
        const week = parseInt(m[2], 10)
        return parseInt(m[1], 10) === new Date().getFullYear() ? qsTr("week %1").arg(week)
                                                             : qsTr("week %1, %2").arg(week).arg(m[1])
    }
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
