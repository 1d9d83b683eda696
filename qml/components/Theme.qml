pragma Singleton
import QtQuick
import Medvandrer

// Colours and sizes in one place. Text sizes scale from the system font, so the person's font setting wins.
QtObject {
    readonly property color background: "#f6f4ef"
    readonly property color surface: "#ffffff"
    readonly property color surfaceMuted: "#ebe7df"
    readonly property color text: "#1f2a2e"
    readonly property color textMuted: "#4a5759"
    readonly property color primary: "#2f5d62"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color primarySoft: "#dceae8"
    readonly property color done: "#2e6b3a"
    readonly property color border: "#8a9693"
    readonly property color focus: "#1b4f9c"
    readonly property color warning: "#7a4b00"
    readonly property color warningSoft: "#fbefd9"

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
}
