pragma Singleton
import QtQuick

// Navigation to the walking-beside pages; Main.qml owns the StackView and pushes walking/<page>.qml.
QtObject {
    signal open(string page, var properties)
    // Labels Main.qml shows for walking beside, translated with this area.
    readonly property string participantsTab: qsTr("Participants")
    readonly property string myDataLink: qsTr("My data and sharing")
}
