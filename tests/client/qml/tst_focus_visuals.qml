import QtQuick
import QtTest
import Medvandrer

// What the eye gets, read from the rendered pixels in every theme: the two-line focus ring on a primary
// button, a plain button and the back button, none without focus, and the highlighted combo box item filled.
TestCase {
    id: tc
    name: "FocusVisuals"
    when: windowShown
    visible: true
    width: 400
    height: 600

    Component {
        id: pageComponent
        Rectangle {
            width: 400
            height: 600
            color: Theme.background
            property alias primaryButton: primaryButton
            property alias plainButton: plainButton
            property alias header: header
            property alias combo: combo
            Column {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 12
                PageHeader { id: header; width: parent.width; title: "Tittel"; canGoBack: true }
                AppButton { id: primaryButton; width: parent.width; primary: true; text: "Nytt mål" }
                AppButton { id: plainButton; width: parent.width; text: "Avbryt" }
                AppComboBox { id: combo; width: parent.width; model: ["Alle stikkord", "arbeid", "kafé", "kurs"] }
            }
        }
    }

    function cleanup() { Appearance.theme = "system" }

    function near(a, b): bool {
        return Math.abs(a.r - b.r) < 0.03 && Math.abs(a.g - b.g) < 0.03 && Math.abs(a.b - b.b) < 0.03
    }
    // The pixel dx to the right of item's left edge, half way down, in the whole window's picture (grabImage of an
    // item in Qt 6.4 cuts at the item's x/y in its parent, not in the window).
    function expectEdge(item, dx: int, expected, what: string) {
        wait(0)
        const image = grabImage(tc)
        const p = item.mapToItem(tc, 0, 0)
        const x = Math.round(p.x) + dx
        const y = Math.round(p.y + item.height / 2)
        const got = image.pixel(x, y)
        verify(near(got, expected), what + ": " + got + " at " + x + "," + y + ", expected " + expected)
    }
    // The ring's outer line at the middle of the left edge, then its inner line, then the control's own fill.
    function expectRing(item, fill, what: string) {
        expectEdge(item, 0, Theme.focus, what + " outer line")
        expectEdge(item, Theme.focusLine + 1, Theme.focusInner, what + " inner line")
        expectEdge(item, Theme.focusLine + 2 + 3, fill, what + " fill")
    }

    function test_ring_data() {
        return [{ tag: "light", theme: "light" }, { tag: "dark", theme: "dark" }, { tag: "highContrast", theme: "highContrast" }]
    }
    function test_ring(data) {
        Appearance.theme = data.theme
        compare(Theme.name, data.theme)
        const page = createTemporaryObject(pageComponent, tc)
        verify(page)

        // Without focus a primary button is its fill to the edge: the ring is what focus adds.
        waitForRendering(page)
        expectEdge(page.primaryButton, 0, Theme.primary, "unfocused primary edge")

        page.primaryButton.forceActiveFocus(Qt.TabFocusReason)
        verify(page.primaryButton.visualFocus)
        expectRing(page.primaryButton, Theme.primary, "primary button")

        page.plainButton.forceActiveFocus(Qt.TabFocusReason)
        expectRing(page.plainButton, Theme.surface, "plain button")
        expectEdge(page.primaryButton, 0, Theme.primary, "primary edge after focus left")

        const back = findChild(page.header, "backButton")
        verify(back && back.visible)
        back.forceActiveFocus(Qt.TabFocusReason)
        verify(back.visualFocus)
        expectRing(back, Theme.background, "back button")
    }

    function test_comboHighlight_data() { return test_ring_data() }
    // The highlighted item is filled with the primary colour under its text; the others stay on the surface.
    function test_comboHighlight(data) {
        Appearance.theme = data.theme
        const page = createTemporaryObject(pageComponent, tc)
        page.combo.forceActiveFocus(Qt.TabFocusReason)
        expectRing(page.combo, Theme.surface, "combo box")
        page.combo.popup.open()
        tryVerify(() => page.combo.popup.opened)
        keyClick(Qt.Key_Down)
        tryCompare(page.combo, "highlightedIndex", 1)
        const list = page.combo.popup.contentItem
        const highlighted = list.itemAtIndex(1)
        const other = list.itemAtIndex(2)
        verify(highlighted && other)
        expectEdge(highlighted, 3, Theme.primary, "highlighted item")
        expectEdge(other, 3, Theme.surface, "other item")
        page.combo.popup.close()
    }
}
