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

    KeyboardList {
        id: list
        objectName: "reflectionList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing + 4
        clip: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("My reflections")
        model: ReflectionListModel { manager: GoalManager }
        // A holder only: the words and «Write a reflection» are declared below (intro), as on the goals page.
        header: Item {
            width: ListView.view ? ListView.view.width : 0
            implicitHeight: childrenRect.height
        }
        delegate: ReflectionCard {}
    }

    // They scroll away with the notes, so that at 200 % text the notes have the screen.
    ColumnLayout {
        id: intro
        parent: list.headerItem
        width: list.width
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
            Layout.bottomMargin: Theme.spacing * 2
            primary: true
            text: qsTr("Write a reflection")
            onClicked: Nav.editReflection("", "")
        }
    }
}
