import QtQuick
import QtTest
import Medvandrer

// The person's text size: every Theme size follows it, and only the offered sizes are taken.
TestCase {
    name: "Appearance"

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
