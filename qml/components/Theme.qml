pragma Singleton
import QtQuick
import Medvandrer

// Colours and sizes in one place. Text sizes scale from the system font, so the person's font setting wins.
// Colours come from the theme Appearance resolves (light, dark or high contrast); every colour is in a pair
// below, and tst_contrast checks each pair in each theme with the WCAG 2.1 contrast formula.
QtObject {
    id: theme

    readonly property var palettes: ({
        "light": {
            background: "#f6f4ef", surface: "#ffffff", surfaceMuted: "#ebe7df",
            text: "#1f2a2e", textMuted: "#4a5759", textDisabled: "#8d9694",
            primary: "#2f5d62", primaryPressed: "#1f4347", textOnPrimary: "#ffffff", primarySoft: "#dceae8",
            border: "#6e7a78", focus: "#12408a", focusInner: "#ffffff",
            done: "#2e6b3a", warning: "#7a4b00", warningSoft: "#fbefd9"
        },
        "dark": {
            background: "#111a1c", surface: "#1c2729", surfaceMuted: "#263336",
            text: "#e9efee", textMuted: "#b3c1bf", textDisabled: "#66716f",
            primary: "#83cbc9", primaryPressed: "#a9deda", textOnPrimary: "#0c1a1b", primarySoft: "#21403f",
            border: "#8c9e9b", focus: "#a8c8ff", focusInner: "#0a1222",
            done: "#86d195", warning: "#f0c070", warningSoft: "#3a2c10"
        },
        // Black page, white text and outlines, yellow for actions, cyan for focus: the usual high-contrast set.
        "highContrast": {
            background: "#000000", surface: "#000000", surfaceMuted: "#1a1a1a",
            text: "#ffffff", textMuted: "#f0f0f0", textDisabled: "#8a8a8a",
            primary: "#ffe500", primaryPressed: "#fff27a", textOnPrimary: "#000000", primarySoft: "#2e2a00",
            border: "#ffffff", focus: "#00e5ff", focusInner: "#000000",
            done: "#7dff8c", warning: "#ffb84d", warningSoft: "#2b1c00"
        }
    })
    readonly property string name: palettes[Appearance.effectiveTheme] !== undefined ? Appearance.effectiveTheme : "light"
    readonly property var colours: palettes[name]
    readonly property bool dark: name !== "light"

    // The page, cards and fields, and muted bands (status line, disabled buttons, chart grid).
    readonly property color background: colours.background
    readonly property color surface: colours.surface
    readonly property color surfaceMuted: colours.surfaceMuted
    readonly property color text: colours.text
    readonly property color textMuted: colours.textMuted
    // Only for controls that cannot be used now (WCAG 1.4.3/1.4.11 exempt them; still kept visible).
    readonly property color textDisabled: colours.textDisabled
    readonly property color primary: colours.primary
    readonly property color primaryPressed: colours.primaryPressed
    readonly property color textOnPrimary: colours.textOnPrimary
    readonly property color primarySoft: colours.primarySoft
    // Outlines of fields, switches, check boxes, radios and cards: what shows where a control is.
    readonly property color border: colours.border
    // The focus ring is two lines: focus outside, focusInner inside, so one of them stands out on any fill.
    readonly property color focus: colours.focus
    readonly property color focusInner: colours.focusInner
    readonly property color done: colours.done
    readonly property color warning: colours.warning
    readonly property color warningSoft: colours.warningSoft

    // Every place a colour meets another: kind text (4.5:1), largeText (3:1), nonText (3:1), focusRing (one of
    // the two ring colours 3:1 against the fill, and the two 3:1 apart), inactive (disabled, only kept visible).
    readonly property var contrastPairs: [
        { fg: "text", bg: "background", kind: "text", name: "body text on the page" },
        { fg: "text", bg: "surface", kind: "text", name: "text on cards, fields and lists" },
        { fg: "text", bg: "surfaceMuted", kind: "text", name: "text in the status line" },
        { fg: "text", bg: "primarySoft", kind: "text", name: "text on a pressed card, own comment" },
        { fg: "text", bg: "warningSoft", kind: "text", name: "text on a notice band" },
        { fg: "textMuted", bg: "background", kind: "text", name: "secondary text on the page" },
        { fg: "textMuted", bg: "surface", kind: "text", name: "secondary text on cards" },
        { fg: "textMuted", bg: "surfaceMuted", kind: "text", name: "disabled button text, tabs" },
        { fg: "textMuted", bg: "primarySoft", kind: "text", name: "secondary text on a pressed card" },
        { fg: "textMuted", bg: "warningSoft", kind: "text", name: "secondary text on a notice band" },
        { fg: "primary", bg: "background", kind: "text", name: "link-like button text on the page" },
        { fg: "primary", bg: "surface", kind: "text", name: "button text on a plain button" },
        { fg: "primary", bg: "primarySoft", kind: "text", name: "current tab, badge, pressed button" },
        { fg: "textOnPrimary", bg: "primary", kind: "text", name: "primary button, chosen rating, highlighted list item" },
        { fg: "textOnPrimary", bg: "primaryPressed", kind: "text", name: "pressed primary button" },
        { fg: "warning", bg: "background", kind: "text", name: "warning text on the page" },
        { fg: "warning", bg: "surface", kind: "text", name: "warning text on cards" },
        { fg: "warning", bg: "surfaceMuted", kind: "text", name: "warning in the status line" },
        { fg: "warning", bg: "warningSoft", kind: "text", name: "warning on a notice band" },
        { fg: "done", bg: "background", kind: "text", name: "success text on the page" },
        { fg: "done", bg: "surface", kind: "text", name: "success text on cards" },
        { fg: "surface", bg: "text", kind: "text", name: "the notice toast (inverted)" },
        { fg: "border", bg: "background", kind: "nonText", name: "field, check box, radio, card outline on the page" },
        { fg: "border", bg: "surface", kind: "nonText", name: "field and indicator outline on a card" },
        { fg: "border", bg: "surfaceMuted", kind: "nonText", name: "outline on a muted band" },
        { fg: "border", bg: "warningSoft", kind: "nonText", name: "outline on a notice band" },
        { fg: "surface", bg: "border", kind: "nonText", name: "switch thumb on the off track" },
        { fg: "border", bg: "background", kind: "nonText", name: "switch off track on the page" },
        { fg: "surface", bg: "primary", kind: "nonText", name: "switch thumb on the on track" },
        { fg: "primary", bg: "background", kind: "nonText", name: "switch on track, primary button, chosen rating on the page" },
        { fg: "primary", bg: "surface", kind: "nonText", name: "chart line and points, highlighted list item, chosen rating" },
        { fg: "primary", bg: "primarySoft", kind: "nonText", name: "current tab's bar" },
        { fg: "primary", bg: "surfaceMuted", kind: "nonText", name: "progress and busy indicator on a muted band" },
        { fg: "text", bg: "surface", kind: "nonText", name: "check mark, radio dot, combo and spin glyphs" },
        { fg: "done", bg: "surfaceMuted", kind: "nonText", name: "up-to-date dot in the status line" },
        { fg: "warning", bg: "warningSoft", kind: "nonText", name: "needs-login dot in the status line" },
        { fg: "textMuted", bg: "surfaceMuted", kind: "nonText", name: "offline dot in the status line" },
        { fg: "focus", fg2: "focusInner", bg: "background", kind: "focusRing", name: "focus ring on the page" },
        { fg: "focus", fg2: "focusInner", bg: "surface", kind: "focusRing", name: "focus ring on cards, fields, plain buttons" },
        { fg: "focus", fg2: "focusInner", bg: "surfaceMuted", kind: "focusRing", name: "focus ring on tabs, disabled buttons" },
        { fg: "focus", fg2: "focusInner", bg: "primary", kind: "focusRing", name: "focus ring on a primary button, chosen rating" },
        { fg: "focus", fg2: "focusInner", bg: "primaryPressed", kind: "focusRing", name: "focus ring on a pressed primary button" },
        { fg: "focus", fg2: "focusInner", bg: "primarySoft", kind: "focusRing", name: "focus ring on the current tab" },
        { fg: "focus", fg2: "focusInner", bg: "warningSoft", kind: "focusRing", name: "focus ring on a row that needs attention" },
        { fg: "textDisabled", bg: "background", kind: "inactive", name: "a step arrow that cannot move further" },
        { fg: "textDisabled", bg: "surface", kind: "inactive", name: "disabled glyph on a card" }
    ]

    // Phones start from a larger base than desktops; the person's own font size still scales everything.
    readonly property FontMetrics systemFont: FontMetrics {}
    // Appearance.textScale is the person's own text size in the app's settings.
    readonly property real basePointSize: Math.max(systemFont.font.pointSize > 0 ? systemFont.font.pointSize : 10, 9) * 1.2
                                          * Appearance.textScale
    readonly property real smallSize: basePointSize * 0.9
    readonly property real bodySize: basePointSize
    readonly property real titleSize: basePointSize * 1.25
    readonly property real headingSize: basePointSize * 1.55

    readonly property int touchTarget: 48
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 10
    // The focus ring's outer line (its inner line is 2 px); drawn just inside a control's edge so lists never clip it.
    readonly property int focusLine: 3
}
