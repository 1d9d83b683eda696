import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// «Spør brukerne»: the surveys this person may see, kept on the phone so they can be answered offline too.
Page {
    id: page
    objectName: "surveysPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Ask the users"); canGoBack: true }

    Component.onCompleted: SurveyManager.refresh()

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
                text: qsTr("Short surveys the team writes together with the users. Your answers are anonymous: nobody can see what you answered, and results are shown only when at least five people have answered.")
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "surveyListState"
                Layout.fillWidth: true
                visible: text !== ""
                text: SurveyManager.listState === "offline"
                      ? (SurveyManager.listedText !== "" ? qsTr("Offline. This is the list kept on this phone (%1).").arg(SurveyManager.listedText)
                                                        : qsTr("Offline. The surveys show here once the phone has been online."))
                      : SurveyManager.listState === "error" ? qsTr("The list could not be fetched. Try again in a moment.")
                      : SurveyManager.listState === "loading" && SurveyManager.surveys.length === 0 ? qsTr("Fetching the surveys …")
                      : ""
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: SurveyManager.surveys.length === 0 && SurveyManager.listState === "ready"
                text: qsTr("There are no surveys right now.")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: SurveyManager.surveys
                delegate: Rectangle {
                    id: card
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 24
                    radius: Theme.radius
                    color: card.modelData.mayAnswer ? Theme.primarySoft : Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: cardColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 6
                        Text {
                            Layout.fillWidth: true
                            text: card.modelData.title
                            font.pointSize: Theme.titleSize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        Text {
                            Layout.fillWidth: true
                            text: card.modelData.stateText + " · " + qsTr("%n question(s)", "", card.modelData.questionCount)
                                  + " · " + card.modelData.audienceText
                            font.pointSize: Theme.smallSize
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: card.modelData.answeredText
                            font.pointSize: Theme.bodySize
                            color: card.modelData.waiting ? Theme.warning : Theme.done
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            AppButton {
                                objectName: "answerSurvey" + card.index
                                visible: card.modelData.mayAnswer
                                primary: true
                                text: qsTr("Answer")
                                Accessible.name: qsTr("Answer «%1»").arg(card.modelData.title)
                                onClicked: SurveyNav.answer(card.modelData.id)
                            }
                            AppButton {
                                objectName: "surveyResults" + card.index
                                visible: card.modelData.mayReadResults
                                text: qsTr("Results")
                                Accessible.name: qsTr("Results of «%1»").arg(card.modelData.title)
                                onClicked: SurveyNav.results(card.modelData.id)
                            }
                            AppButton {
                                objectName: "editSurvey" + card.index
                                visible: card.modelData.mayEdit
                                text: qsTr("Edit draft")
                                Accessible.name: qsTr("Edit the draft «%1»").arg(card.modelData.title)
                                onClicked: SurveyNav.edit(card.modelData.id)
                            }
                            AppButton {
                                objectName: "publishSurvey" + card.index
                                visible: card.modelData.mayPublish
                                text: qsTr("Publish")
                                Accessible.name: qsTr("Publish «%1»").arg(card.modelData.title)
                                onClicked: SurveyNav.askPublish(card.modelData.id, card.modelData.title)
                            }
                        }
                    }
                }
            }
            // Words of a draft that never reached the server (the app closed, or it was offline): one slot, so a
            // new survey waits until this one is taken up again or thrown away.
            Rectangle {
                objectName: "unsavedDraftCard"
                Layout.fillWidth: true
                visible: SurveyManager.writer && SurveyManager.unsavedDraftTitle !== ""
                implicitHeight: unsaved.implicitHeight + 2 * Theme.margin
                radius: 8
                color: Theme.warningSoft
                border.color: Theme.border
                ColumnLayout {
                    id: unsaved
                    x: Theme.margin
                    y: Theme.margin
                    width: parent.width - 2 * Theme.margin
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("A draft you have not saved yet: «%1». It is kept on this phone.").arg(SurveyManager.unsavedDraftTitle)
                        font.pointSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    AppButton {
                        objectName: "resumeDraftButton"
                        Layout.fillWidth: true
                        primary: true
                        text: qsTr("Go on writing")
                        onClicked: SurveyNav.resume()
                    }
                    AppButton {
                        objectName: "discardDraftButton"
                        Layout.fillWidth: true
                        text: qsTr("Throw this draft away")
                        onClicked: SurveyManager.discardUnsavedDraft()
                    }
                }
            }
            AppButton {
                objectName: "newSurveyButton"
                Layout.fillWidth: true
                visible: SurveyManager.writer && SurveyManager.unsavedDraftTitle === ""
                text: qsTr("Write a new survey")
                onClicked: SurveyNav.edit("")
            }
            AppButton {
                objectName: "surveyWritersButton"
                Layout.fillWidth: true
                visible: SurveyManager.koordinator
                text: qsTr("User representatives who may write surveys")
                onClicked: SurveyNav.open("SurveyWritersPage", {})
            }
        }
    }

    Connections {
        target: SurveyNav
        function onAskPublish(surveyId: string, title: string) { publishDialog.ask(surveyId, title) }
    }
    Dialog {
        id: publishDialog
        property string surveyId
        property string surveyTitle
        function ask(id: string, title: string) {
            surveyId = id
            surveyTitle = title
            open()
        }
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 420)
        modal: true
        title: qsTr("Publish the survey?")
        // The title wraps at large text instead of being cut off.
        header: Text {
            text: publishDialog.title
            padding: 12
            font.pointSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            // A word longer than the line («undersøkelsen?» at 200 %) breaks instead of running off the edge.
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        // Buttons that say what they do, in the app's language.
        footer: Flow {
            padding: 12
            spacing: Theme.spacing
            AppButton {
                objectName: "confirmPublishButton"
                text: qsTr("Publish")
                onClicked: publishDialog.accept()
            }
            AppButton {
                text: qsTr("Not now")
                onClicked: publishDialog.reject()
            }
        }
        Text {
            width: publishDialog.availableWidth
            text: qsTr("«%1» can no longer be changed once it is published. Everyone asked sees it when their app is next online.").arg(publishDialog.surveyTitle)
            font.pointSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        onAccepted: SurveyManager.publish(surveyId)
    }
}
