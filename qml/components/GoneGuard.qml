import QtQuick
import QtQuick.Controls
import Medvandrer

// When what a page shows is gone (sharing stopped, deleted on another device, cancelled), says so kindly and
// takes the person back to the page before it, instead of leaving an empty page.
QtObject {
    id: guard
    // The page to leave; present is whether its subject still exists on this device.
    required property Item page
    required property bool present
    property string message
    property bool seen: false

    onPresentChanged: {
        if (guard.present) {
            guard.seen = true
            return
        }
        if (!guard.seen)
            return
        guard.seen = false
        Nav.notify(guard.message)
        const view = guard.page.StackView.view
        const index = guard.page.StackView.index
        if (view && index > 0)
            view.pop(view.get(index - 1))
    }
    Component.onCompleted: guard.seen = guard.present
}
