import QtQuick
import QtQuick.Controls
import QtQuick.Templates as T

// A combo box that shows where it is and what it offers (WCAG 1.4.11): an outlined field, a bold arrow, and in
// the list a highlighted item filled with the primary colour (white on #F6F6F6 before) and the chosen one bold
// with a check mark. The focus ring as everywhere.
ComboBox {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pointSize: Theme.bodySize

    // The delegate reaches its combo box through the popup's list (a delegate cannot see ids outside it);
    // the list's current item is the highlighted one.
    delegate: ItemDelegate {
        id: item
        required property int index
        required property var modelData
        readonly property var list: ListView.view
        readonly property var box: list ? list.owner : null
        width: list ? list.width : implicitWidth
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        highlighted: ListView.isCurrentItem
        hoverEnabled: box ? box.hoverEnabled : false
        font.pointSize: Theme.bodySize
        readonly property bool chosen: box ? box.currentIndex === index : false
        text: box && box.textRole && typeof modelData === "object" ? modelData[box.textRole] : modelData
        contentItem: Text {
            text: (item.chosen ? "✓ " : "") + item.text
            font.pointSize: item.font.pointSize
            font.bold: item.chosen
            color: item.highlighted ? Theme.textOnPrimary : Theme.text
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
        background: Rectangle {
            color: item.highlighted ? (item.down ? Theme.primaryPressed : Theme.primary) : Theme.surface
        }
    }

    indicator: Chevron {
        x: control.mirrored ? 8 : control.width - width - 8
        y: control.topPadding + (control.availableHeight - height) / 2
        direction: control.popup.visible ? "up" : "down"
        size: Theme.bodySize * 1.8
        colour: control.enabled ? Theme.text : Theme.textDisabled
    }

    // The chosen text wraps before the arrow (a text field ran under it at 200 %). These boxes are never editable.
    contentItem: Text {
        leftPadding: 12
        rightPadding: 4
        // The box itself is the control (named, «combo box»); its text is not a second one.
        Accessible.ignored: true
        text: control.displayText
        font: control.font
        color: control.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }

    background: Rectangle {
        implicitWidth: 140
        implicitHeight: Theme.touchTarget
        radius: 6
        color: control.down ? Theme.primarySoft : Theme.surface
        border.width: 1
        border.color: Theme.border
        FocusRing { visible: control.visualFocus; radius: 6 }
    }

    popup: T.Popup {
        y: control.height
        width: control.width
        height: Math.min(contentItem.implicitHeight + 2, control.Window.height - topMargin - bottomMargin)
        topMargin: 6
        bottomMargin: 6
        padding: 1

        contentItem: ListView {
            readonly property ComboBox owner: control
            clip: true
            implicitHeight: contentHeight
            model: control.delegateModel
            currentIndex: control.highlightedIndex
            highlightMoveDuration: 0
            T.ScrollIndicator.vertical: ScrollIndicator {}
        }
        background: Rectangle {
            color: Theme.surface
            border.width: 1
            border.color: Theme.border
        }
    }
}
