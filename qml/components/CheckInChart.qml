import QtQuick
import Medvandrer

// The check-in history over time: 0–10 up the side, dates along the bottom, each point placed on its day
// (two on one day share it). Every point counts; there is no streak or target line to fall short of.
// A point opens by tap, or by the arrow keys once the chart has focus; its day, number and note show below.
Item {
    id: chart
    property var ratings: []
    property var dates: []
    property var notes: []
    property int selected: -1
    // The last weeks in words (CheckInListModel.recentWeeksText): what the line shows, for those who cannot see it.
    property string weeksText: ""

    implicitHeight: canvas.height + (detail.visible ? detail.implicitHeight + 6 : 0)
    activeFocusOnTab: ratings.length > 0
    Accessible.role: Accessible.Chart
    Accessible.name: ratings.length === 0
                     ? qsTr("No check-ins yet")
                     : chart.selected >= 0 ? chart.pointText(chart.selected)
                     : qsTr("Check-in history: %n check-in(s), the latest %1 of 10. Use the arrow keys to hear each one.", "", ratings.length)
                       .arg(ratings[ratings.length - 1])
    Accessible.description: chart.selected >= 0 ? "" : chart.weeksText

    function day(i: int): date { return new Date(chart.dates[i] + "T12:00:00") }
    function dayText(i: int, longForm: bool): string {
        return LocaleFormat.dayText(chart.dates[i], longForm ? LocaleFormat.LongDate : LocaleFormat.DayMonth)
    }
    function pointText(i: int): string {
        const note = chart.notes && chart.notes.length > i ? chart.notes[i] : ""
        return qsTr("%1: %2 of 10").arg(chart.dayText(i, true)).arg(chart.ratings[i]) + (note !== "" ? " – " + note : "")
    }
    // Days from the first check-in, with a share of the day for several on one day.
    readonly property var positions: {
        const out = []
        const n = chart.ratings.length
        if (n === 0 || chart.dates.length !== n)
            return out
        const first = chart.day(0).getTime()
        let i = 0
        while (i < n) {
            let j = i
            while (j + 1 < n && chart.dates[j + 1] === chart.dates[i])
                ++j
            const base = Math.round((chart.day(i).getTime() - first) / 86400000)
            for (let k = i; k <= j; ++k)
                out.push(base + (j === i ? 0 : (k - i) / (j - i + 1)))
            i = j + 1
        }
        return out
    }

    onRatingsChanged: { chart.selected = -1; canvas.requestPaint() }
    onSelectedChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    // Painted colours do not follow the theme by themselves.
    readonly property string themeName: Theme.name
    onThemeNameChanged: canvas.requestPaint()
    Keys.onLeftPressed: chart.selected = chart.selected <= 0 ? 0 : chart.selected - 1
    Keys.onRightPressed: chart.selected = Math.min(chart.ratings.length - 1, chart.selected < 0 ? chart.ratings.length - 1 : chart.selected + 1)
    Keys.onEscapePressed: event => { event.accepted = chart.selected >= 0; chart.selected = -1 }

    Canvas {
        id: canvas
        width: chart.width
        height: Math.max(160, Theme.bodySize * 11)
        readonly property real padLeft: Math.max(28, Theme.smallSize * 2.2)
        readonly property real padRight: 14
        readonly property real padTop: 10
        readonly property real padBottom: Theme.smallSize * 2.4
        function xAt(i: int): real {
            const p = chart.positions
            const span = p.length > 0 ? p[p.length - 1] : 0
            const w = width - padLeft - padRight
            return span <= 0 ? padLeft + w / 2 : padLeft + p[i] / span * w
        }
        function yAt(r: real): real { return padTop + (height - padTop - padBottom) * (1 - r / 10) }

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const w = width - padLeft - padRight
            ctx.fillStyle = Theme.surface
            ctx.fillRect(0, 0, width, height)
            ctx.font = "%1px sans-serif".arg(Math.round(Theme.smallSize * 1.3))
            ctx.fillStyle = Theme.textMuted
            ctx.strokeStyle = Theme.surfaceMuted
            ctx.lineWidth = 1
            for (const v of [0, 5, 10]) {
                const y = yAt(v)
                ctx.beginPath()
                ctx.moveTo(padLeft, y)
                ctx.lineTo(padLeft + w, y)
                ctx.stroke()
                ctx.fillText(String(v), 4, y + 4)
            }
            const n = chart.ratings.length
            if (n === 0 || chart.positions.length !== n)
                return
            // Dates under the last point, the first and the middle one, each only where it does not touch one
            // already drawn: at 200 % text two close dates would print over each other.
            ctx.fillStyle = Theme.textMuted
            const labelY = height - padBottom * 0.3
            const labels = n === 1 ? [0] : n > 2 ? [n - 1, 0, Math.floor((n - 1) / 2)] : [n - 1, 0]
            const drawn = []
            for (const i of labels) {
                const text = chart.dayText(i, false)
                const tw = ctx.measureText(text).width
                const x = Math.min(Math.max(xAt(i) - tw / 2, 2), width - tw - 2)
                const gap = 12
                if (drawn.some(b => x < b.right + gap && x + tw + gap > b.left))
                    continue
                drawn.push({ left: x, right: x + tw })
                ctx.fillText(text, x, labelY)
            }
            ctx.strokeStyle = Theme.primary
            ctx.lineWidth = 3
            ctx.beginPath()
            for (let i = 0; i < n; ++i) {
                if (i === 0)
                    ctx.moveTo(xAt(i), yAt(chart.ratings[i]))
                else
                    ctx.lineTo(xAt(i), yAt(chart.ratings[i]))
            }
            ctx.stroke()
            for (let i = 0; i < n; ++i) {
                ctx.beginPath()
                ctx.fillStyle = Theme.primary
                ctx.arc(xAt(i), yAt(chart.ratings[i]), i === chart.selected ? 8 : 5, 0, 2 * Math.PI)
                ctx.fill()
                if (i === chart.selected) {
                    // The chosen point and the focused chart get the two-line focus ring, as every control.
                    ctx.beginPath()
                    ctx.lineWidth = 2
                    ctx.strokeStyle = Theme.focusInner
                    ctx.arc(xAt(i), yAt(chart.ratings[i]), 9, 0, 2 * Math.PI)
                    ctx.stroke()
                    ctx.beginPath()
                    ctx.lineWidth = Theme.focusLine
                    ctx.strokeStyle = Theme.focus
                    ctx.arc(xAt(i), yAt(chart.ratings[i]), 10 + Theme.focusLine / 2, 0, 2 * Math.PI)
                    ctx.stroke()
                }
            }
            if (chart.activeFocus) {
                ctx.lineWidth = Theme.focusLine
                ctx.strokeStyle = Theme.focus
                ctx.strokeRect(Theme.focusLine / 2, Theme.focusLine / 2, width - Theme.focusLine, height - Theme.focusLine)
                ctx.lineWidth = 2
                ctx.strokeStyle = Theme.focusInner
                ctx.strokeRect(Theme.focusLine + 1, Theme.focusLine + 1, width - 2 * Theme.focusLine - 2, height - 2 * Theme.focusLine - 2)
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: mouse => {
                let best = -1, bestDistance = 1e9
                for (let i = 0; i < chart.ratings.length; ++i) {
                    const d = Math.abs(canvas.xAt(i) - mouse.x) + Math.abs(canvas.yAt(chart.ratings[i]) - mouse.y) / 4
                    if (d < bestDistance) {
                        best = i
                        bestDistance = d
                    }
                }
                chart.selected = bestDistance < 40 ? best : -1
            }
        }
    }
    Connections {
        target: chart
        function onActiveFocusChanged() { canvas.requestPaint() }
    }
    Text {
        id: detail
        objectName: "chartDetail"
        anchors.top: canvas.bottom
        anchors.topMargin: 6
        width: chart.width
        visible: chart.selected >= 0 && chart.selected < chart.ratings.length
        text: visible ? chart.pointText(chart.selected) : ""
        font.pointSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
}
