import QtQuick
import Medvandrer

// The check-in history over time: 0–10 on the vertical axis, oldest on the left. Every point counts;
// there is no streak or target line to fall short of.
Canvas {
    id: chart
    property var ratings: []
    property var dates: []

    implicitHeight: 160
    Accessible.role: Accessible.Chart
    Accessible.name: ratings.length === 0
                     ? qsTr("No check-ins yet")
                     : qsTr("Check-in history: %n check-in(s), the latest %1 of 10", "", ratings.length)
                       .arg(ratings[ratings.length - 1])

    onRatingsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const left = 28, right = 12, top = 10, bottom = 12
        const w = width - left - right, h = height - top - bottom
        ctx.fillStyle = Theme.surface
        ctx.fillRect(0, 0, width, height)
        ctx.font = "%1px sans-serif".arg(Math.round(Math.max(11, h / 10)))
        ctx.fillStyle = Theme.textMuted
        ctx.strokeStyle = Theme.surfaceMuted
        ctx.lineWidth = 1
        for (const v of [0, 5, 10]) {
            const y = top + h - v / 10 * h
            ctx.beginPath()
            ctx.moveTo(left, y)
            ctx.lineTo(left + w, y)
            ctx.stroke()
            ctx.fillText(String(v), 4, y + 4)
        }
        const n = ratings.length
        if (n === 0)
            return
        const x = i => n === 1 ? left + w / 2 : left + i * w / (n - 1)
        const y = r => top + h - r / 10 * h
        ctx.strokeStyle = Theme.primary
        ctx.lineWidth = 3
        ctx.beginPath()
        for (let i = 0; i < n; ++i) {
            if (i === 0)
                ctx.moveTo(x(i), y(ratings[i]))
            else
                ctx.lineTo(x(i), y(ratings[i]))
        }
        ctx.stroke()
        ctx.fillStyle = Theme.primary
        for (let i = 0; i < n; ++i) {
            ctx.beginPath()
            ctx.arc(x(i), y(ratings[i]), 5, 0, 2 * Math.PI)
            ctx.fill()
        }
    }
}
