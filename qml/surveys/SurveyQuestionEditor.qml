import QtQuick
import QtQuick.Layouts
import Medvandrer

// One question in the draft editor: its words, the ends of a 0–10 scale or the choices, and moving or removing it.
Rectangle {
    id: editor
    required property var modelData
    required property int index
    readonly property int questionCount: editor.modelData.count
    readonly property bool choices: editor.modelData.type === "one" || editor.modelData.type === "several"

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Question %1: %2").arg(editor.index + 1).arg(SurveyManager.typeWords(editor.modelData.type))

    ColumnLayout {
        id: column
        x: 12
        y: 12
        width: editor.width - 24
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Question %1 · %2").arg(editor.index + 1).arg(SurveyManager.typeWords(editor.modelData.type))
            font.pointSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        FormField {
            objectName: "questionText" + editor.index
            label: qsTr("The question")
            text: editor.modelData.text
            maximumLength: 500
            onTextChanged: SurveyManager.setQuestionField(editor.index, "text", text)
        }
        FormField {
            visible: editor.modelData.type === "scale"
            label: qsTr("What 0 means")
            text: editor.modelData.low || ""
            maximumLength: 100
            onTextChanged: SurveyManager.setQuestionField(editor.index, "low", text)
        }
        FormField {
            visible: editor.modelData.type === "scale"
            label: qsTr("What 10 means")
            text: editor.modelData.high || ""
            maximumLength: 100
            onTextChanged: SurveyManager.setQuestionField(editor.index, "high", text)
        }
        Repeater {
            // Each row carries its question's place, so the delegate reaches nothing outside.
            model: editor.choices ? editor.modelData.options.map((text, i) => ({ text: text, option: i, question: editor.index,
                                                                                 removable: editor.modelData.options.length > 2 }))
                                  : []
            delegate: RowLayout {
                id: option
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    objectName: "optionText" + option.modelData.question + "_" + option.modelData.option
                    Layout.fillWidth: true
                    label: qsTr("Choice %1").arg(option.modelData.option + 1)
                    text: option.modelData.text
                    maximumLength: 200
                    onTextChanged: SurveyManager.setOption(option.modelData.question, option.modelData.option, text)
                }
                AppButton {
                    Layout.alignment: Qt.AlignBottom
                    visible: option.modelData.removable
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove choice %1").arg(option.modelData.option + 1)
                    onClicked: SurveyManager.removeOption(option.modelData.question, option.modelData.option)
                }
            }
        }
        AppButton {
            visible: editor.choices && editor.modelData.options.length < 12
            text: qsTr("Add a choice")
            onClicked: SurveyManager.addOption(editor.index)
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            AppButton {
                visible: editor.index > 0
                text: qsTr("Move up")
                Accessible.name: qsTr("Move question %1 up").arg(editor.index + 1)
                onClicked: SurveyManager.moveQuestion(editor.index, -1)
            }
            AppButton {
                visible: editor.index < editor.questionCount - 1
                text: qsTr("Move down")
                Accessible.name: qsTr("Move question %1 down").arg(editor.index + 1)
                onClicked: SurveyManager.moveQuestion(editor.index, 1)
            }
            AppButton {
                objectName: "removeQuestion" + editor.index
                text: qsTr("Remove question")
                Accessible.name: qsTr("Remove question %1").arg(editor.index + 1)
                onClicked: SurveyManager.removeQuestion(editor.index)
            }
        }
    }
}
