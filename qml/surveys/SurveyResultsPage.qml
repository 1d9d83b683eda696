import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Results of one survey for the team and for everyone asked: bars per choice, the spread of a 0–10 answer, the
// free texts in random order; nothing where fewer than five answered. Saved as HTML for the dialogue meeting.
Page {
    id: page
    objectName: "surveyResultsPage"
    property string surveyId
    readonly property var survey: SurveyManager.surveys.length >= 0 ? SurveyManager.survey(page.surveyId) : ({})
    readonly property var view: SurveyManager.results
    readonly property bool shown: page.view.surveyId === page.surveyId
    property bool tables: false
    // The filter's choices: «Everyone», then every option of every choice question.
    readonly property var filters: {
        const out = [{ text: qsTr("Everyone who answered"), question: "", option: -1 }]
        const qs = page.survey.questions || []
        for (const q of qs)
            if (q.type === "one" || q.type === "several")
                for (let i = 0; i < q.options.length; ++i)
                    out.push({ text: qsTr("Those who chose «%1» (%2)").arg(q.options[i]).arg(q.text), question: q.id, option: i })
        return out
    }
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Results"); canGoBack: true }

    Component.onCompleted: SurveyManager.loadResults(page.surveyId)

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
                text: page.survey.title || ""
                font.pointSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "resultsSummary"
                Layout.fillWidth: true
                text: SurveyManager.resultsState === "loading" && !page.shown ? qsTr("Fetching the results …")
                      : SurveyManager.resultsState === "offline" ? qsTr("Offline. The results can be read when the phone is online.")
                      : SurveyManager.resultsState === "error" && !page.shown ? qsTr("The results could not be fetched. Try again in a moment.")
                      : page.shown ? (page.view.stateText + " · " + page.view.respondentsText) : ""
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            AppComboBox {
                objectName: "resultsFilter"
                Layout.fillWidth: true
                visible: page.filters.length > 1 && page.shown
                model: page.filters
                textRole: "text"
                Accessible.name: qsTr("Show the answers of")
                onActivated: index => SurveyManager.loadResults(page.surveyId, page.filters[index].question, page.filters[index].option)
            }
            Text {
                Layout.fillWidth: true
                visible: page.shown && page.view.filtered === true
                text: (page.view.filterText || "") + " " + qsTr("Free texts are never shown with a filter.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            AppSwitch {
                objectName: "resultsAsTables"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                visible: page.shown
                text: qsTr("Show the numbers as tables")
                checked: page.tables
                onToggled: page.tables = checked
            }
            Repeater {
                // Each row carries the table choice, so the delegate reaches nothing outside.
                model: page.shown ? page.view.questions.map(q => Object.assign({ tables: page.tables }, q)) : []
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 24
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: cardColumn
                        x: 12
                        y: 12
                        width: card.width - 24
                        spacing: Theme.spacing
                        Text {
                            Layout.fillWidth: true
                            text: card.modelData.number + ". " + card.modelData.text
                            font.pointSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: card.modelData.suppressed || card.modelData.type === "text" && card.modelData.texts.length === 0
                            text: card.modelData.description
                            font.pointSize: Theme.smallSize
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        SurveyChart {
                            objectName: "surveyChart" + card.index
                            Layout.fillWidth: true
                            visible: !card.modelData.suppressed && card.modelData.bars.length > 0
                            bars: card.modelData.bars
                            scale: card.modelData.type === "scale"
                            table: card.modelData.tables
                            title: card.modelData.text
                            description: card.modelData.description
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: card.modelData.type === "scale" && !card.modelData.suppressed
                            text: qsTr("0 = %1 · 10 = %2").arg(card.modelData.low).arg(card.modelData.high)
                            font.pointSize: Theme.smallSize
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: card.modelData.texts
                            delegate: Text {
                                required property string modelData
                                Layout.fillWidth: true
                                text: "«" + modelData + "»"
                                font.pointSize: Theme.bodySize
                                color: Theme.text
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.StaticText
                                Accessible.name: modelData
                            }
                        }
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: page.shown
                text: qsTr("Answers are anonymous. A question shows numbers only where at least %n people answered it.", "", page.view.minCount || 5)
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "exportResultsButton"
                Layout.fillWidth: true
                visible: page.shown
                text: qsTr("Save for the dialogue meeting (HTML)")
                onClicked: saveDialog.open()
            }
            AppButton {
                objectName: "closeSurveyButton"
                Layout.fillWidth: true
                visible: page.survey.mayClose === true
                text: qsTr("Close the survey now")
                onClicked: SurveyManager.close(page.surveyId)
            }
        }
    }
    SurveySaveDialog { id: saveDialog }
}
