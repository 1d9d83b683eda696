import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Answering one survey: every question may be skipped; the answer goes through the outbox (offline too), once,
// without the person's name.
Page {
    id: page
    objectName: "surveyAnswerPage"
    property string surveyId
    // Follows the listing: answered elsewhere, closed meanwhile, or sent from here.
    readonly property var survey: SurveyManager.surveys.length >= 0 ? SurveyManager.survey(page.surveyId) : ({})
    readonly property bool known: page.survey.id !== undefined
    // Taken once: a new listing while typing must not rebuild the questions (the text field would lose its place).
    property var questions: []
    // Each row carries what its delegate needs (the survey, how many there are), so delegates reach nothing outside.
    function takeQuestions() {
        const all = page.survey.questions
        page.questions = all.map(q => Object.assign({ surveyId: page.surveyId, count: all.length }, q))
    }
    onKnownChanged: if (page.known && page.questions.length === 0) page.takeQuestions()
    Component.onCompleted: if (page.known) page.takeQuestions()
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.known ? page.survey.title : qsTr("Survey"); canGoBack: true }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing + 4
            Text {
                Layout.fillWidth: true
                visible: !page.known
                text: qsTr("This survey is not on this phone. Go back to the list when you are online.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: page.known && page.survey.intro !== ""
                text: page.known ? page.survey.intro : ""
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: page.known
                text: qsTr("Your answer is anonymous: your name is not sent with it, and nobody can see what you answered. You can skip any question.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Rectangle {
                objectName: "answeredBox"
                Layout.fillWidth: true
                visible: page.known && (page.survey.answered || !page.survey.mayAnswer)
                implicitHeight: answeredText.implicitHeight + 24
                radius: Theme.radius
                color: page.known && page.survey.waiting ? Theme.warningSoft : Theme.primarySoft
                border.color: Theme.border
                Text {
                    id: answeredText
                    objectName: "answeredText"
                    x: 12
                    y: 12
                    width: parent.width - 24
                    text: !page.known ? ""
                          : page.survey.answered ? page.survey.answeredText
                          : page.survey.state === "closed" ? qsTr("This survey is closed. Answers are no longer taken.")
                          : page.survey.state === "scheduled" ? page.survey.stateText
                          : qsTr("This survey is not for you to answer.")
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.known && page.survey.mayAnswer
                spacing: Theme.spacing + 4
                Repeater {
                    model: page.questions
                    delegate: SurveyQuestion {}
                }
            }
            AppButton {
                objectName: "sendAnswersButton"
                Layout.fillWidth: true
                visible: page.known && page.survey.mayAnswer
                primary: true
                text: qsTr("Send my answer")
                onClicked: SurveyManager.submitAnswers(page.surveyId)
            }
            AppButton {
                Layout.fillWidth: true
                visible: page.known && page.survey.mayReadResults
                text: qsTr("See the results")
                onClicked: SurveyNav.results(page.surveyId)
            }
        }
    }
}
