import QtQuick

// The keyboard focus ring: a focus-coloured line with a focusInner line inside it, just inside the control's
// edge. The two are far apart in lightness, so one of them stands out on any fill and on any page (WCAG
// technique C40): dark blue on the light page, white on a teal button. Inside the edge, a clipping list
// cannot cut it off. Put it in a control's background with visible bound to the control's visualFocus.
Rectangle {
    anchors.fill: parent
    radius: Theme.radius
    color: "transparent"
    border.color: Theme.focus
    border.width: Theme.focusLine
    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusLine
        radius: Math.max(0, parent.radius - Theme.focusLine)
        color: "transparent"
        border.color: Theme.focusInner
        border.width: 2
    }
}
