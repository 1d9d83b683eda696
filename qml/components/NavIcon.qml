import QtQuick

// The bottom navigation's pictures, drawn here as SVG paths on a 24-unit grid (no icon font or image to license),
// so they take the theme's colour and stay sharp at every text size; painted like Chevron, on every backend.
Canvas {
    id: icon
    // "goals", "reflections", "calendar", "participants", "team" or "me".
    property string kind: "goals"
    property color colour: Theme.text
    property real size: 24

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    readonly property string path: {
        switch (kind) {
        case "goals": // a flag on its pole
            return "M6 21 V3.5 M6 4.5 H17.5 L15 8.75 L17.5 13 H6"
        case "reflections": // a speech bubble with two lines of thought
            return "M4.5 4.5 H19.5 V15.5 H10 L5.5 19.5 V15.5 H4.5 Z M8 8.5 H16 M8 11.5 H13.5"
        case "calendar": // a page of a calendar with its rings
            return "M4 6 H20 V20 H4 Z M4 10.5 H20 M8.5 3 V7.5 M15.5 3 V7.5 M8 14.5 H10 M14 14.5 H16"
        case "participants": // two people side by side
            return "M9 11 A3.25 3.25 0 1 0 9 4.5 A3.25 3.25 0 1 0 9 11 Z M2.5 20 C2.5 16.4 5.4 14 9 14 C12.6 14 15.5 16.4 15.5 20"
                 + " M16 10.5 A2.6 2.6 0 1 0 16 5.3 M17 13.8 C19.6 14.2 21.5 16.6 21.5 19.5"
        case "team": // three people, the middle one in front
            return "M12 10.5 A3 3 0 1 0 12 4.5 A3 3 0 1 0 12 10.5 Z M6.5 20 C6.5 16.3 9 14 12 14 C15 14 17.5 16.3 17.5 20"
                 + " M6 9.5 A2.25 2.25 0 1 1 6 5 M2.5 17 C2.5 14.8 3.8 13.3 5.5 13"
                 + " M18 9.5 A2.25 2.25 0 1 0 18 5 M21.5 17 C21.5 14.8 20.2 13.3 18.5 13"
        default: // "me": one person
            return "M12 12 A4 4 0 1 0 12 4 A4 4 0 1 0 12 12 Z M4.5 21 C4.5 17 7.9 14.5 12 14.5 C16.1 14.5 19.5 17 19.5 21"
        }
    }

    onPathChanged: requestPaint()
    onColourChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const s = Math.min(width, height) / 24
        ctx.translate((width - 24 * s) / 2, (height - 24 * s) / 2)
        ctx.scale(s, s)
        ctx.strokeStyle = icon.colour
        ctx.lineWidth = 2
        ctx.lineCap = "round"
        ctx.lineJoin = "round"
        ctx.path = icon.path
        ctx.stroke()
    }
}
