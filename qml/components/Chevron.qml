import QtQuick

// A bold arrow head for back, previous/next and move up/down: font glyphs such as «‹» and «↑» are thin and
// small at any size; this one is drawn with a stroke that grows with the text.
Canvas {
    id: chevron
    // "left", "right", "up" or "down".
    property string direction: "left"
    property color colour: Theme.text
    property real size: Theme.bodySize * 1.6

    implicitWidth: size
    implicitHeight: size
    onColourChanged: requestPaint()
    onDirectionChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    Accessible.ignored: true

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const s = Math.min(width, height)
        const line = Math.max(2.5, s * 0.14)
        const half = s * 0.28
        const cx = width / 2, cy = height / 2
        ctx.strokeStyle = chevron.colour
        ctx.lineWidth = line
        ctx.lineCap = "round"
        ctx.lineJoin = "round"
        ctx.beginPath()
        switch (chevron.direction) {
        case "right":
            ctx.moveTo(cx - half / 2, cy - half); ctx.lineTo(cx + half / 2, cy); ctx.lineTo(cx - half / 2, cy + half)
            break
        case "up":
            ctx.moveTo(cx - half, cy + half / 2); ctx.lineTo(cx, cy - half / 2); ctx.lineTo(cx + half, cy + half / 2)
            break
        case "down":
            ctx.moveTo(cx - half, cy - half / 2); ctx.lineTo(cx, cy + half / 2); ctx.lineTo(cx + half, cy - half / 2)
            break
        default:
            ctx.moveTo(cx + half / 2, cy - half); ctx.lineTo(cx - half / 2, cy); ctx.lineTo(cx + half / 2, cy + half)
        }
        ctx.stroke()
    }
}
