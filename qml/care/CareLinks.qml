import QtQuick
import QtQuick.Layouts
import Medvandrer

// «Om meg» and the plan, from the person's own page (Me).
ColumnLayout {
    spacing: Theme.spacing + 4
    visible: Session.role === "bruker"
    WalkingRow {
        objectName: "aboutMeLink"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        title: CareNav.aboutMeTitle
        subtitle: CareNav.aboutMeHint
        onClicked: CareNav.open("AboutMePage", {})
    }
    WalkingRow {
        objectName: "planLink"
        Layout.fillWidth: true
        title: CareNav.planTitle
        onClicked: CareNav.openPlan()
    }
}
