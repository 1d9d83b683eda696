import QtQuick
import QtTest
import Medvandrer

// The person's text size: every Theme size follows it, and only the offered sizes are taken.
TestCase {
    id: tc
    name: "Appearance"
    when: windowShown
    width: 360
    height: 400

    function cleanup() { Appearance.textScale = 1.0 }

    function test_themeSizesFollowTheTextScale() {
        Appearance.textScale = 1.0
        const body = Theme.bodySize
        const heading = Theme.headingSize
        Appearance.textScale = 1.5
        fuzzyCompare(Theme.bodySize, body * 1.5, 0.001)
        fuzzyCompare(Theme.headingSize, heading * 1.5, 0.001)
        Appearance.textScale = 2.0
        fuzzyCompare(Theme.bodySize, body * 2.0, 0.001)
    }

    // At 200 % in a phone's width a long word does not fit a heading's line: the title gets smaller until the
    // word does («Fontenehuset» whole), rather than breaking in the middle; a short title keeps the heading size.
    function test_aPageTitleShrinksRatherThanBreakingAWord() {
        Appearance.textScale = 2.0
        const header = createTemporaryQmlObject(
            "import QtQuick; import Medvandrer; PageHeader { width: 360; canGoBack: true; title: 'Arbeidsdag på Fontenehuset' }", tc)
        const title = findChild(header, "pageTitle")
        tryVerify(() => title.width > 0 && title.width < 360)
        verify(title.font.pointSize < Theme.headingSize, "a smaller title: " + title.font.pointSize)
        verify(title.font.pointSize >= Theme.bodySize)
        const word = createTemporaryQmlObject("import QtQuick; TextMetrics { text: 'Fontenehuset' }", tc)
        word.font = title.font
        verify(word.advanceWidth <= title.width, word.advanceWidth + " > " + title.width)

        header.title = "Endre aktiviteten"
        tryVerify(() => title.font.pointSize === Theme.headingSize, 2000, "the heading size: " + title.font.pointSize)
    }

    function test_onlyOfferedScalesAreTaken() {
        compare(Appearance.textScales.length, 4)
        Appearance.textScale = 7
        compare(Appearance.textScale, 2.0)
        Appearance.textScale = 0.2
        compare(Appearance.textScale, 1.0)
        Appearance.textScale = 1.3
        compare(Appearance.textScale, 1.25)
    }
}
