import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The plan for hard days or «Om meg», to read (a big, calm page) or to write, section by section.
// Reads the device store only: it opens with no network, signed out, or from a lock screen.
Page {
    id: page
    // "plan" or "about".
    property string kind: "plan"
    // Someone else's (a helper reads what a person shared); empty for my own.
    property string ownerId: ""
    property string personName: ""
    // A copy handed in (a lock screen's own); otherwise the device store's.
    property var source: null
    property bool readOnly: page.ownerId !== "" || page.source !== null || !CareManager.canEdit
    property bool editing: false

    readonly property bool isPlan: page.kind === "plan"
    readonly property var sections: page.isPlan ? CareNav.planSections : CareNav.aboutSections
    readonly property var doc: {
        if (page.source !== null || CareManager.revision < 0)
            return page.source
        return page.isPlan ? CareManager.plan(page.ownerId) : CareManager.aboutMe(page.ownerId)
    }
    readonly property bool written: {
        for (let i = 0; i < page.sections.length; ++i) {
            if (page.hasText(page.sections[i]))
                return true
        }
        return false
    }
    function hasText(section: var): bool {
        const v = page.doc[section.field]
        if (section.contacts)
            return (v ?? []).length > 0
        if (section.toggle)
            return v === true
        return v !== undefined && v !== ""
    }
    function textOf(field: string): string {
        const v = page.doc[field]
        return typeof v === "string" ? v : ""
    }
    function collect(): var {
        const out = {}
        for (let i = 0; i < fields.count; ++i) {
            const item = fields.itemAt(i)
            out[item.field] = item.value()
            if (item.extraField !== "")
                out[item.extraField] = item.extraValue()
        }
        return out
    }
    function save() {
        const ok = page.isPlan ? CareManager.savePlan(page.collect()) : CareManager.saveAboutMe(page.collect())
        if (ok) {
            page.editing = false
            Nav.notify(qsTr("Saved on this phone."))
        }
    }

    // A helper's view closes when the person stops sharing (the record leaves this phone).
    readonly property GoneGuard gone: GoneGuard {
        page: page
        present: page.ownerId === "" || page.doc.exists === true
        message: qsTr("%1 no longer shares this with you.").arg(page.personName)
    }

    background: Rectangle { color: Theme.background }
    header: PageHeader {
        title: page.ownerId === "" ? (page.isPlan ? CareNav.planTitle : CareNav.aboutMeTitle)
             : page.isPlan ? qsTr("%1's plan for hard days").arg(page.personName)
             : qsTr("About %1").arg(page.personName)
        canGoBack: page.StackView.index > 0
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
                objectName: "careIntro"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: page.ownerId !== ""
                      ? qsTr("%1 shares this with you to read. Only %1 can change it.").arg(page.personName)
                      : page.editing ? qsTr("Write in your own words. Leave out anything you like; you can change it at any time.")
                      : page.written ? "" : page.isPlan
                      ? qsTr("Write your plan on a good day, so it is here for you on a hard one.")
                      : qsTr("Tell it once, in your own words. You choose who reads it.")
                visible: text !== ""
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }

            // The emergency numbers first, whatever is written below (and even with nothing written).
            SectionHeading {
                Layout.fillWidth: true
                visible: page.isPlan && !page.editing
                text: qsTr("If you need help now")
            }
            EmergencyNumbers {
                Layout.fillWidth: true
                visible: page.isPlan && !page.editing
            }

            // Reading: the sections that hold something, in their order.
            Repeater {
                model: page.editing ? [] : page.sections
                delegate: ColumnLayout {
                    id: shown
                    required property var modelData
                    objectName: "careSection_" + shown.modelData.field
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: page.hasText(shown.modelData) || (shown.modelData.emergency === true && (page.doc.professionalContacts ?? []).length > 0) // qmllint disable unqualified
                    spacing: Theme.spacing
                    SectionHeading {
                        Layout.fillWidth: true
                        text: shown.modelData.title
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: !shown.modelData.contacts && !shown.modelData.toggle
                        text: shown.modelData.contacts || shown.modelData.toggle ? "" : (page.doc[shown.modelData.field] ?? "")
                        font.pointSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: shown.modelData.toggle === true
                        text: qsTr("Yes")
                        font.pointSize: Theme.bodySize
                        color: Theme.text
                    }
                    Repeater {
                        model: shown.modelData.contacts ? (page.doc.contacts ?? [])
                             : shown.modelData.emergency ? (page.doc.professionalContacts ?? []) : []
                        delegate: CallButton {
                            required property var modelData
                            required property int index
                            objectName: "callContact_" + shown.modelData.field + index // qmllint disable unqualified
                            Layout.fillWidth: true
                            name: modelData.name
                            number: modelData.phone
                            url: CareManager.telUrl(modelData.phone)
                        }
                    }
                }
            }

            // Writing: every section, in the same order.
            Repeater {
                id: fields
                model: page.editing ? page.sections : []
                delegate: ColumnLayout {
                    id: section
                    required property var modelData
                    readonly property string field: section.modelData.field
                    readonly property string extraField: section.modelData.emergency ? "professionalContacts" : ""
                    function value(): var {
                        if (section.modelData.contacts)
                            return people.value()
                        if (section.modelData.toggle)
                            return toggle.checked
                        return section.modelData.short ? line.text : area.text
                    }
                    function extraValue(): var { return professionals.value() }
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        visible: !section.modelData.toggle
                        text: section.modelData.title
                        font.pointSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: section.modelData.emergency
                              ? section.modelData.hint + " " + qsTr("The emergency numbers are always at the top of your plan.")
                              : section.modelData.hint
                        font.pointSize: Theme.smallSize
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    TextArea {
                        id: area
                        objectName: "careField_" + section.field
                        visible: !section.modelData.contacts && !section.modelData.toggle && !section.modelData.short
                        Layout.fillWidth: true
                        Layout.minimumHeight: 96
                        font.pointSize: Theme.bodySize
                        wrapMode: TextEdit.Wrap
                        Accessible.role: Accessible.EditableText
                        Accessible.name: section.modelData.title
                        // Set once: a sync arriving while the person types never overwrites what they typed.
                        Component.onCompleted: text = page.textOf(section.field) // qmllint disable unqualified
                        background: Rectangle {
                            color: Theme.surface
                            border.color: area.activeFocus ? Theme.focus : Theme.border
                            border.width: area.activeFocus ? 2 : 1
                            radius: 4
                        }
                    }
                    TextField {
                        id: line
                        objectName: "careLine_" + section.field
                        visible: section.modelData.short === true
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        font.pointSize: Theme.bodySize
                        maximumLength: 200
                        Component.onCompleted: text = page.textOf(section.field) // qmllint disable unqualified
                        Accessible.role: Accessible.EditableText
                        Accessible.name: section.modelData.title
                    }
                    CheckBox {
                        id: toggle
                        objectName: "careToggle_" + section.field
                        visible: section.modelData.toggle === true
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        text: section.modelData.title
                        font.pointSize: Theme.bodySize
                        Component.onCompleted: checked = page.doc[section.field] === true // qmllint disable unqualified
                        Accessible.name: text
                    }
                    ContactEditor {
                        id: people
                        // Named only where shown, so each section's objects have names of their own.
                        field: section.modelData.contacts === true ? "contacts" : ""
                        visible: section.modelData.contacts === true
                        Layout.fillWidth: true
                        contacts: page.doc.contacts ?? [] // qmllint disable unqualified
                    }
                    ContactEditor {
                        id: professionals
                        field: section.modelData.emergency === true ? "professionalContacts" : ""
                        visible: section.modelData.emergency === true
                        Layout.fillWidth: true
                        contacts: page.doc.professionalContacts ?? [] // qmllint disable unqualified
                    }
                }
            }

            AppButton {
                objectName: "careSaveButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: page.editing
                primary: true
                text: qsTr("Save")
                onClicked: page.save()
            }
            AppButton {
                Layout.fillWidth: true
                visible: page.editing
                text: qsTr("Cancel")
                onClicked: page.editing = false
            }

            AppButton {
                objectName: "careEditButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: !page.readOnly && !page.editing
                primary: !page.written
                text: page.written ? qsTr("Change") : page.isPlan ? qsTr("Write my plan") : qsTr("Write about me")
                onClicked: page.editing = true
            }
            Text {
                Layout.fillWidth: true
                visible: page.ownerId === "" && page.source === null && !CareManager.canEdit
                text: qsTr("Sign in once on this phone to write your own. The emergency numbers are always here.")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            WalkingRow {
                objectName: "careHistoryLink"
                Layout.fillWidth: true
                visible: !page.readOnly && !page.editing && page.doc.exists === true
                title: qsTr("Earlier versions")
                subtitle: qsTr("Every time you save, the version before is kept")
                onClicked: CareNav.open("CareHistoryPage", { kind: page.kind })
            }
            CareSharing {
                Layout.fillWidth: true
                visible: !page.readOnly && !page.editing && page.doc.exists === true
                recordId: page.doc.id ?? ""
                kind: page.kind
            }
            WalkingRow {
                objectName: "careOtherLink"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.margin
                visible: page.ownerId === "" && page.source === null && !page.editing && CareManager.canEdit
                title: page.isPlan ? CareNav.aboutMeTitle : CareNav.planTitle
                subtitle: page.isPlan ? CareNav.aboutMeHint : ""
                onClicked: CareNav.open(page.isPlan ? "AboutMePage" : "PlanPage", {})
            }
        }
    }
}
