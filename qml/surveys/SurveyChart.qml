import QtQuick
import QtQuick.Layouts
import Medvandrer

// Bars drawn in Qt Quick: one per choice, or the spread of a 0–10 answer (eleven, from 0 to 10). A screen reader
// gets every number through the description; `table` shows the same numbers as rows of text instead.
Item {
    id: chart
    property var bars: []
    property string title
    property string description
    property bool table: false
    property bool scale: false

    implicitHeight: chart.table ? rows.implicitHeight : (chart.scale ? columns.implicitHeight : barList.implicitHeight)
    Accessible.role: Accessible.Chart
    Accessible.name: chart.title
    Accessible.description: chart.description

    // Choices: a bar per option, its words above and its count beside.
    ColumnLayout {
        id: barList
        objectName: "chartBars"
        visible: !chart.table && !chart.scale
        width: chart.width
        spacing: 6
        Repeater {
            model: chart.table || chart.scale ? [] : chart.bars
            delegate: ColumnLayout {
                id: bar
                required property var modelData
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: bar.modelData.label
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.ignored: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Item {
                        Layout.fillWidth: true
                        implicitHeight: Math.max(20, Theme.bodySize * 1.6)
                        Rectangle {
                            anchors.fill: parent
                            radius: 4
                            color: Theme.surfaceMuted
                            border.color: Theme.border
                        }
                        Rectangle {
                            width: Math.max(bar.modelData.count > 0 ? 4 : 0, parent.width * bar.modelData.share)
                            height: parent.height
                            radius: 4
                            color: Theme.primary
                        }
                    }
                    Text {
                        Layout.minimumWidth: Theme.bodySize * 2.5
                        text: bar.modelData.count
                        font.pointSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                        horizontalAlignment: Text.AlignRight
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
    // A 0–10 answer: eleven columns, the count over each and the number under it.
    ColumnLayout {
        id: columns
        objectName: "chartColumns"
        visible: !chart.table && chart.scale
        width: chart.width
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 120 + Theme.bodySize * 2
            spacing: 2
            Repeater {
                model: chart.table || !chart.scale ? [] : chart.bars
                delegate: Item {
                    id: column
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Rectangle {
                        id: pillar
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: Math.max(column.modelData.count > 0 ? 3 : 1, 120 * column.modelData.share)
                        radius: 3
                        color: column.modelData.count > 0 ? Theme.primary : Theme.border
                    }
                    Text {
                        anchors.bottom: pillar.top
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: column.modelData.count
                        font.pointSize: Theme.smallSize
                        color: Theme.text
                        Accessible.ignored: true
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                model: chart.table || !chart.scale ? [] : chart.bars
                delegate: Text {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: modelData.label
                    font.pointSize: Theme.smallSize
                    color: Theme.textMuted
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.ignored: true
                }
            }
        }
    }
    // The same numbers as text rows (the visible alternative to the chart).
    ColumnLayout {
        id: rows
        objectName: "chartTable"
        visible: chart.table
        width: chart.width
        spacing: 0
        Repeater {
            model: chart.table ? chart.bars : []
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                objectName: "chartRow" + index
                Layout.fillWidth: true
                implicitHeight: rowText.implicitHeight + 12
                color: row.index % 2 === 0 ? Theme.surface : Theme.surfaceMuted
                RowLayout {
                    id: rowText
                    x: 8
                    width: parent.width - 16
                    anchors.verticalCenter: parent.verticalCenter
                    Text {
                        Layout.fillWidth: true
                        text: row.modelData.label
                        font.pointSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Text {
                        text: row.modelData.count
                        font.pointSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                    }
                }
                Accessible.role: Accessible.StaticText
                Accessible.name: row.modelData.label + ": " + row.modelData.count
            }
        }
    }
}
