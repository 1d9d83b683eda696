import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// The people in one section of the plan, each a name and a phone number, as rows the person fills in.
ColumnLayout {
    id: editor
    property string field
    // [{name, phone}] to start from; value() gives the rows as they are now.
    property var contacts: []
    spacing: Theme.spacing

    function value(): var {
        const out = []
        for (let i = 0; i < rows.count; ++i)
            out.push({ name: rows.get(i).name, phone: rows.get(i).phone })
        return out
    }
    Component.onCompleted: {
        for (let i = 0; i < editor.contacts.length; ++i)
            rows.append({ name: editor.contacts[i].name, phone: editor.contacts[i].phone })
        if (rows.count === 0)
            rows.append({ name: "", phone: "" })
    }
    ListModel { id: rows }

    Repeater {
        model: rows
        delegate: RowLayout {
            id: row
            required property int index
            required property string name
            required property string phone
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                objectName: editor.field + "Name" + row.index // qmllint disable unqualified
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                text: row.name
                maximumLength: 60
                placeholderText: qsTr("Name")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Name of person %1").arg(row.index + 1)
                onTextEdited: rows.setProperty(row.index, "name", text) // qmllint disable unqualified
            }
            TextField {
                objectName: editor.field + "Phone" + row.index // qmllint disable unqualified
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                implicitHeight: Theme.touchTarget
                font.pointSize: Theme.bodySize
                text: row.phone
                maximumLength: 30
                inputMethodHints: Qt.ImhDialableCharactersOnly
                placeholderText: qsTr("Phone")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Phone number of person %1").arg(row.index + 1)
                onTextEdited: rows.setProperty(row.index, "phone", text) // qmllint disable unqualified
            }
            ToolButton {
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                text: "×"
                font.pointSize: Theme.titleSize
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Remove person %1").arg(row.index + 1)
                onClicked: rows.remove(row.index) // qmllint disable unqualified
            }
        }
    }
    AppButton {
        objectName: editor.field + "AddButton" // qmllint disable unqualified
        Layout.fillWidth: true
        visible: rows.count < 12
        text: qsTr("Add a person")
        onClicked: rows.append({ name: "", phone: "" })
    }
}
