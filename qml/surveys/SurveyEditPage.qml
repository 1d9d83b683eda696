import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The draft editor for koordinatorer and brukerrepresentanter: title, introduction, dates, who is asked, and up
// to 12 questions. Saved drafts sync to the team's other writers; only a koordinator publishes.
Page {
    id: page
    objectName: "surveyEditPage"
    readonly property var draft: SurveyManager.editing
    readonly property var listed: SurveyManager.surveys.length >= 0 && page.draft.id ? SurveyManager.survey(page.draft.id) : ({})
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: SurveyManager.editingIsNew ? qsTr("New survey") : qsTr("Edit the draft"); canGoBack: true }

    function isoToDate(iso: string): date {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
        return m ? new Date(parseInt(m[1], 10), parseInt(m[2], 10) - 1, parseInt(m[3], 10)) : new Date()
    }
    function activityIndex(): int {
        const list = SurveyManager.activities
        for (let i = 0; i < list.length; ++i)
            if (list[i].id === page.draft.activityId)
                return i
        return -1
    }
    // The fields are filled from the draft once; until then their change handlers write nothing back (a date
    // field starts at today and would overwrite the draft's dates).
    property bool filled: false
    Component.onCompleted: {
        const d = SurveyManager.editing
        titleField.text = d.title || ""
        introField.text = d.intro || ""
        opensField.date = page.isoToDate(d.opensOn || "")
        closesField.date = page.isoToDate(d.closesOn || "")
        page.filled = true
    }

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
                text: qsTr("Write the survey together with the users. A draft is seen only by those who write surveys; a koordinator publishes it.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            FormField {
                id: titleField
                objectName: "surveyTitleField"
                label: qsTr("Title")
                maximumLength: 200
                onTextChanged: if (page.filled) SurveyManager.setDraftField("title", text)
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Introduction")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            TextArea {
                id: introField
                objectName: "surveyIntroField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(90, implicitHeight)
                placeholderText: qsTr("What the survey is for, and that the answers are anonymous")
                font.pointSize: Theme.bodySize
                wrapMode: TextEdit.Wrap
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Introduction")
                Keys.onTabPressed: event => { event.accepted = Nav.leaveField(introField, true) }
                Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(introField, false) }
                onTextChanged: if (page.filled) SurveyManager.setDraftField("intro", text)
                background: Rectangle {
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius
                    FocusRing { visible: introField.activeFocus }
                }
            }
            DateField {
                id: opensField
                label: qsTr("Opens on")
                onIsoDateChanged: if (page.filled) SurveyManager.setDraftField("opensOn", isoDate)
            }
            DateField {
                id: closesField
                label: qsTr("Closes after")
                onIsoDateChanged: if (page.filled) SurveyManager.setDraftField("closesOn", isoDate)
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Who is asked") }
            ButtonGroup { id: audienceGroup }
            AppRadioButton {
                objectName: "audienceEveryone"
                Layout.fillWidth: true
                ButtonGroup.group: audienceGroup
                text: qsTr("Everyone using the app")
                checked: page.draft.audience !== "activity"
                onClicked: SurveyManager.setDraftField("audience", "everyone")
            }
            AppRadioButton {
                objectName: "audienceActivity"
                Layout.fillWidth: true
                ButtonGroup.group: audienceGroup
                enabled: SurveyManager.activities.length > 0
                text: qsTr("Those booked on one activity")
                checked: page.draft.audience === "activity"
                onClicked: {
                    SurveyManager.setDraftField("audience", "activity")
                    if (!page.draft.activityId && SurveyManager.activities.length > 0)
                        SurveyManager.setDraftField("activityId", SurveyManager.activities[0].id)
                }
            }
            AppComboBox {
                id: activityBox
                Layout.fillWidth: true
                visible: page.draft.audience === "activity"
                model: SurveyManager.activities
                textRole: "title"
                valueRole: "id"
                currentIndex: page.activityIndex()
                Accessible.name: qsTr("Activity")
                onActivated: index => SurveyManager.setDraftField("activityId", SurveyManager.activities[index].id)
            }
            SectionHeading { Layout.fillWidth: true; text: qsTr("Questions (%1 of at most 12)").arg(page.draft.questions ? page.draft.questions.length : 0) }
            Repeater {
                model: (page.draft.questions || []).map(q => Object.assign({ count: page.draft.questions.length }, q))
                delegate: SurveyQuestionEditor {}
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Add a question:")
                font.pointSize: Theme.bodySize
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                enabled: !page.draft.questions || page.draft.questions.length < 12
                Repeater {
                    model: ["scale", "one", "several", "text"]
                    delegate: AppButton {
                        required property string modelData
                        objectName: "addQuestion_" + modelData
                        text: SurveyManager.typeWords(modelData)
                        Accessible.name: qsTr("Add a question: %1").arg(text)
                        onClicked: SurveyManager.addQuestion(modelData)
                    }
                }
            }
            Text {
                objectName: "surveyEditState"
                Layout.fillWidth: true
                visible: text !== ""
                text: SurveyManager.editingState === "saving" ? qsTr("Saving …")
                      : SurveyManager.editingState === "error" || SurveyManager.editingState === "saved" ? SurveyManager.message : ""
                font.pointSize: Theme.bodySize
                color: SurveyManager.editingState === "error" ? Theme.warning : Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            AppButton {
                objectName: "saveDraftButton"
                Layout.fillWidth: true
                primary: true
                enabled: SurveyManager.editingState !== "saving"
                text: qsTr("Save the draft")
                onClicked: SurveyManager.saveDraft()
            }
            AppButton {
                objectName: "publishDraftButton"
                Layout.fillWidth: true
                visible: page.listed.mayPublish === true && SurveyManager.editingState === "saved"
                text: qsTr("Publish")
                onClicked: SurveyManager.publish(page.draft.id)
            }
        }
    }
}
