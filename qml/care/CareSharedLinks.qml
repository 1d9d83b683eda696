import QtQuick
import QtQuick.Layouts
import Medvandrer

// On a helper's page of one person: the plan and «Om meg», when that person shares them with me (read only).
ColumnLayout {
    id: links
    property string personId
    property string personName
    readonly property bool planShared: CareManager.revision >= 0 && CareManager.has("plan", links.personId)
    readonly property bool aboutShared: CareManager.revision >= 0 && CareManager.has("about", links.personId)
    readonly property bool shared: links.planShared || links.aboutShared
    visible: links.shared
    spacing: Theme.spacing + 4

    WalkingRow {
        objectName: "sharedAboutLink"
        Layout.fillWidth: true
        visible: links.aboutShared
        title: qsTr("About %1").arg(links.personName)
        subtitle: qsTr("In their own words, to read")
        onClicked: CareNav.open("AboutMePage", { ownerId: links.personId, personName: links.personName })
    }
    WalkingRow {
        objectName: "sharedPlanLink"
        Layout.fillWidth: true
        visible: links.planShared
        title: qsTr("%1's plan for hard days").arg(links.personName)
        subtitle: qsTr("To read, so you know what helps")
        onClicked: CareNav.open("PlanPage", { ownerId: links.personId, personName: links.personName })
    }
}
