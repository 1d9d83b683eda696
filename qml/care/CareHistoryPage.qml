import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Earlier versions of my plan (or «Om meg»), newest first: when each was saved, what changed, and all of it.
Page {
    id: page
    objectName: "careHistoryPage"
    property string kind: "plan"
    property int opened: -1
    readonly property var versions: CareManager.revision >= 0 ? CareManager.history(page.kind) : []
    readonly property var sections: page.kind === "plan" ? CareNav.planSections : CareNav.aboutSections

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("Earlier versions"); canGoBack: true }

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
                Layout.topMargin: Theme.spacing
                text: page.versions.length === 0 ? qsTr("Nothing saved yet.")
                                                 : qsTr("Only you see these. Tap one to read it as it was.")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Repeater {
                model: page.versions
                delegate: ColumnLayout {
                    id: version
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    WalkingRow {
                        objectName: "careVersion" + version.index
                        Layout.fillWidth: true
                        title: version.index === 0 ? qsTr("%1 (now)").arg(version.modelData.when) : version.modelData.when
                        subtitle: version.modelData.changed.length === 0 ? ""
                                  : qsTr("Changed: %1").arg(version.modelData.changed.map(f => CareNav.sectionTitle(page.kind, f)).filter((t, i, all) => all.indexOf(t) === i).join(", "))
                        onClicked: page.opened = page.opened === version.index ? -1 : version.index // qmllint disable unqualified
                    }
                    Repeater {
                        model: page.opened === version.index ? page.sections : [] // qmllint disable unqualified
                        delegate: ColumnLayout {
                            id: part
                            required property var modelData
                            readonly property var value: version.modelData.fields[part.modelData.field] // qmllint disable unqualified
                            readonly property string shownText: part.modelData.contacts
                                ? part.value.map(c => c.name + " " + c.phone).join("\n")
                                : part.modelData.toggle ? (part.value ? qsTr("Yes") : "") : part.value
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.margin
                            visible: part.shownText !== ""
                            Text {
                                Layout.fillWidth: true
                                text: part.modelData.title
                                font.pointSize: Theme.bodySize
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Text {
                                Layout.fillWidth: true
                                text: part.shownText
                                font.pointSize: Theme.bodySize
                                color: Theme.text
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                            }
                        }
                    }
                }
            }
        }
    }
}
