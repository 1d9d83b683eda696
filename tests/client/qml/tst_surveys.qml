import QtQuick
import QtTest
import Medvandrer

// «Spør brukerne» in the real Main.qml: a survey the koordinator published (on the real server) answered by
// keyboard alone with one question skipped; the results page before five have answered; and the chart's text
// alternative and its table.
TestCase {
    id: tc
    name: "Surveys"
    when: windowShown
    visible: true
    width: 400
    height: 800

    Component {
        id: mainComponent
        Main {}
    }
    Component {
        id: chartComponent
        SurveyChart {
            width: 300
            title: "Bør kafeen ha åpent om kvelden?"
            description: "7 answered. Ja: 5, Nei: 2."
            bars: [{ label: "Ja", count: 5, share: 1 }, { label: "Nei", count: 2, share: 0.4 }]
        }
    }

    property string surveyId: ""

    function initTestCase() {
        failOnWarning(/.*/)
    }

    function settle(win) {
        const stack = findChild(win.contentItem, "stack")
        tryVerify(() => stack && !stack.busy, 5000)
        return stack
    }

    function item(win, objectName) {
        let found = null
        tryVerify(() => (found = findChild(settle(win).currentItem, objectName)) !== null && found.visible, 10000,
                  "no visible " + objectName)
        return found
    }

    // The survey, published once for the tests that need it, and in this phone's listing.
    function publishedSurvey() {
        if (tc.surveyId === "") {
            tc.surveyId = harness.koordinatorPublishesSurvey("Kafeen om kvelden")
            verify(tc.surveyId !== "", "the koordinator could not publish")
        }
        SurveyManager.refresh()
        tryVerify(() => SurveyManager.survey(tc.surveyId).id === tc.surveyId, 10000)
        return tc.surveyId
    }

    function test_1_answerByKeyboardSkippingOne() {
        if (!serverAvailable)
            skip("the survey comes from the server")
        verify(harness.signInAs("kari"))
        const id = publishedSurvey()
        verify(SurveyManager.survey(id).mayAnswer)
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        win.openTab("settings")
        // The way in from «Me», which says a survey waits.
        const link = item(win, "surveysLink")
        tryVerify(() => link.subtitle.indexOf("1 survey waiting") >= 0, 5000, link.subtitle)
        link.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(settle(win).currentItem, "objectName", "surveysPage")
        const answer = item(win, "answerSurvey0")
        compare(answer.Accessible.name, "Answer «Kafeen om kvelden»")
        answer.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(settle(win).currentItem, "objectName", "surveyAnswerPage")

        // 0–10 by keyboard: the picker's tab stop, then a digit; its name is the question's own.
        const scale = item(win, "scaleAnswer0")
        compare(scale.Accessible.name, "Hvor godt trives du?")
        findChild(scale, "rating0").forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_7)
        compare(scale.value, 7)
        // One choice by Return: chosen and kept as the answer (Return once only changed the look), then by Space,
        // then skipped again.
        const yes = item(win, "oneAnswer1_0"), no = item(win, "oneAnswer1_1")
        const choiceId = SurveyManager.survey(id).questions[1].id
        no.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        verify(no.checked)
        tryVerify(() => SurveyManager.answersSoFar(id)[choiceId] !== undefined, 2000, "Return on a choice keeps no answer")
        const byReturn = SurveyManager.answersSoFar(id)[choiceId]
        keyClick(Qt.Key_Return)
        verify(no.checked, "Return on the chosen one keeps it chosen")
        yes.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        verify(yes.checked)
        verify(SurveyManager.answersSoFar(id)[choiceId] !== byReturn, "Space changes the answer")
        const skipOne = item(win, "skipQuestion1")
        compare(skipOne.Accessible.name, "Skip question 2")
        skipOne.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        verify(!yes.checked)
        verify(SurveyManager.answersSoFar(id)[SurveyManager.survey(id).questions[1].id] === undefined)
        // A short text, typed.
        const text = item(win, "textAnswer2")
        text.forceActiveFocus(Qt.TabFocusReason)
        keyClick("M")
        keyClick("e")
        keyClick("r")
        tryVerify(() => text.text.toLowerCase() === "mer")
        // Tab leaves the text field (it does not type a tab), on to the next control.
        keyClick(Qt.Key_Tab)
        verify(!text.activeFocus)

        const send = item(win, "sendAnswersButton")
        send.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        // Said in words, and on the page; the skipped question is not in what was sent.
        const box = item(win, "answeredText")
        tryVerify(() => box.text !== "", 5000)
        tryVerify(() => SurveyManager.survey(id).answered, 5000)
        tryVerify(() => harness.answerOnThisPhone(id) !== "", 5000)
        const sent = JSON.parse(harness.answerOnThisPhone(id))
        const questions = SurveyManager.survey(id).questions
        compare(sent[questions[0].id], 7)
        verify(sent[questions[1].id] === undefined, JSON.stringify(sent))
        compare(sent[questions[2].id].toLowerCase(), "mer")
        // Once the server has it, the page says so.
        tryVerify(() => !SurveyManager.survey(id).waiting, 20000)
        tryCompare(box, "text", "You have answered. Thank you!", 20000)
        verify(!item(win, "answeredBox").Accessible.ignored)
    }

    function test_2_resultsWaitForFive() {
        if (!serverAvailable)
            skip("the results come from the server")
        verify(harness.signInAs("kari"))
        const id = publishedSurvey()
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        win.openTab("settings")
        SurveyNav.results(id)
        tryCompare(settle(win).currentItem, "objectName", "surveyResultsPage")
        const summary = item(win, "resultsSummary")
        tryVerify(() => summary.text.indexOf("Fewer than 5 people") >= 0, 10000, summary.text)
        // Nothing to draw: no chart, only the words.
        verify(findChild(settle(win).currentItem, "surveyChart0") === null
               || !findChild(settle(win).currentItem, "surveyChart0").visible)
    }

    function test_3_chartHasATextAlternativeAndATable() {
        const chart = createTemporaryObject(chartComponent, tc)
        verify(chart)
        compare(chart.Accessible.role, Accessible.Chart)
        compare(chart.Accessible.name, "Bør kafeen ha åpent om kvelden?")
        compare(chart.Accessible.description, "7 answered. Ja: 5, Nei: 2.")
        const bars = findChild(chart, "chartBars")
        const table = findChild(chart, "chartTable")
        verify(bars.visible && !table.visible)
        chart.table = true
        verify(!bars.visible && table.visible)
        // One row of text per bar, each read as «label: count».
        let names = []
        for (let i = 0; i < table.children.length; ++i)
            if (table.children[i].objectName.startsWith("chartRow"))
                names.push(table.children[i].Accessible.name)
        compare(names, ["Ja: 5", "Nei: 2"])
        tryVerify(() => chart.implicitHeight > 0)
    }

    // Opening the editor keeps the draft's dates (a date field starts at today and must not write that back).
    function test_4_editorKeepsTheDraftsDates() {
        const win = createTemporaryObject(mainComponent, tc)
        verify(win)
        win.openTab("settings")
        SurveyNav.edit("")
        tryCompare(settle(win).currentItem, "objectName", "surveyEditPage")
        const closes = SurveyManager.editing.closesOn
        verify(closes !== SurveyManager.editing.opensOn)
        wait(50)
        compare(SurveyManager.editing.closesOn, closes)
        verify(SurveyManager.draftProblem() !== "", "an empty draft cannot be saved")
    }
}
