import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// All reflection notes, newest first. Private unless the person chooses otherwise.
Page {
    id: page
    objectName: "reflectionsPage"
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Reflections") }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Notes for yourself: what helped, what was hard, what you noticed. Only you can see them unless you choose to share one.")
            font.pointSize: Theme.bodySize
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "newReflectionButton"
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            primary: true
            text: qsTr("Write a reflection")
            onClicked: Nav.editReflection("", "")
        }
        KeyboardList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing + 4
            clip: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("My reflections")
            model: ReflectionListModel { manager: GoalManager }
            delegate: ReflectionCard {}
        }
    }
}
