import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// One question to answer: a 0–10 scale, one choice, several choices or a short text. Every question may be
// skipped («Skip» clears it); what is chosen is kept by SurveyManager on the phone until it is sent.
FocusScope {
    id: item
    required property var modelData
    required property int index
    readonly property string surveyId: item.modelData.surveyId
    readonly property int questionCount: item.modelData.count
    // The answer as chosen now: a number, an index, a list of indexes, a text; null = skipped.
    property var value: null
    readonly property bool answered: value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)
                                     && !(typeof value === "string" && value.trim() === "")
    readonly property string heading: qsTr("Question %1 of %2").arg(item.index + 1).arg(item.questionCount)

    implicitHeight: column.implicitHeight + 24
    Layout.fillWidth: true
    Accessible.role: Accessible.Grouping
    Accessible.name: item.heading + ": " + item.modelData.text

    function choose(v) {
        item.value = v
        SurveyManager.setAnswer(item.surveyId, item.modelData.id, v)
    }
    function toggle(option: int, on: bool) {
        const now = Array.isArray(item.value) ? item.value.slice() : []
        const at = now.indexOf(option)
        if (on && at < 0)
            now.push(option)
        if (!on && at >= 0)
            now.splice(at, 1)
        now.sort((a, b) => a - b)
        item.choose(now.length > 0 ? now : null)
    }
    // Clears whatever was chosen: the picker, the radio buttons and check boxes (their bindings broke when picked).
    function skip() {
        item.choose(null)
        scale.value = -1
        for (let i = 0; i < oneChoices.count; ++i)
            oneChoices.itemAt(i).checked = false
        for (let j = 0; j < severalChoices.count; ++j)
            severalChoices.itemAt(j).checked = false
        textAnswer.text = ""
    }
    Component.onCompleted: {
        const kept = SurveyManager.answersSoFar(item.surveyId)[item.modelData.id]
        item.value = kept === undefined ? null : kept
        if (item.modelData.type === "text" && typeof item.value === "string")
            textAnswer.text = item.value
        for (let i = 0; i < oneChoices.count; ++i)
            oneChoices.itemAt(i).checked = item.value === i
        for (let j = 0; j < severalChoices.count; ++j)
            severalChoices.itemAt(j).checked = Array.isArray(item.value) && item.value.indexOf(j) >= 0
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }
    ColumnLayout {
        id: column
        x: 12
        y: 12
        width: item.width - 24
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: item.heading
            font.pointSize: Theme.smallSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: item.modelData.text
            font.pointSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RatingPicker {
            id: scale
            objectName: "scaleAnswer" + item.index
            visible: item.modelData.type === "scale"
            Layout.fillWidth: true
            value: typeof item.value === "number" ? item.value : -1
            groupName: item.modelData.text
            lowText: qsTr("0 = %1").arg(item.modelData.low || "")
            highText: qsTr("10 = %1").arg(item.modelData.high || "")
            onPicked: rating => item.choose(rating)
        }
        ButtonGroup { id: oneGroup }
        // The choices are wired here, not inside their delegates, so a delegate needs nothing from outside.
        Repeater {
            id: oneChoices
            model: item.modelData.type === "one" ? item.modelData.options : []
            onItemAdded: (index, added) => {
                const choice = added
                choice.objectName = "oneAnswer" + item.index + "_" + index
                choice.checked = item.value === index
                oneGroup.addButton(choice)
                choice.clicked.connect(() => item.choose(index))
            }
            onItemRemoved: (index, removed) => oneGroup.removeButton(removed)
            delegate: AppRadioButton {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
            }
        }
        Repeater {
            id: severalChoices
            model: item.modelData.type === "several" ? item.modelData.options : []
            onItemAdded: (index, added) => {
                const choice = added
                choice.objectName = "severalAnswer" + item.index + "_" + index
                choice.checked = Array.isArray(item.value) && item.value.indexOf(index) >= 0
                choice.toggled.connect(() => item.toggle(index, choice.checked))
            }
            delegate: AppCheckBox {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
            }
        }
        TextArea {
            id: textAnswer
            objectName: "textAnswer" + item.index
            visible: item.modelData.type === "text"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(100, implicitHeight)
            placeholderText: qsTr("Write here, if you like")
            font.pointSize: Theme.bodySize
            wrapMode: TextEdit.Wrap
            Accessible.role: Accessible.EditableText
            Accessible.name: item.modelData.text
            Keys.onTabPressed: event => { event.accepted = Nav.leaveField(textAnswer, true) }
            Keys.onBacktabPressed: event => { event.accepted = Nav.leaveField(textAnswer, false) }
            onTextChanged: if (activeFocus || text !== "") item.choose(text)
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                FocusRing { visible: textAnswer.activeFocus }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: item.modelData.type === "text"
            readonly property int roomLeft: SurveyManager.textRoomLeft(textAnswer.text)
            text: roomLeft >= 0 ? qsTr("Short answers are best: %n letter(s) left.", "", roomLeft)
                                : qsTr("%n letter(s) too many: shorten it a little.", "", -roomLeft)
            font.pointSize: Theme.smallSize
            color: roomLeft < 0 ? Theme.warning : Theme.textMuted
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: item.answered ? qsTr("Answered") : qsTr("Not answered: skipped")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "skipQuestion" + item.index
                text: qsTr("Skip")
                enabled: item.answered
                Accessible.name: qsTr("Skip question %1").arg(item.index + 1)
                onClicked: item.skip()
            }
        }
    }
}
