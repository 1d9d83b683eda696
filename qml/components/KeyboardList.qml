import QtQuick

// A list the keyboard can walk: ↑/↓ (and Home/End) move the focus from one entry to the next, scrolling it into
// view; Tab still reaches every control of an entry. The list itself is no Tab stop, so no invisible focus.
ListView {
    id: list
    activeFocusOnTab: false
    keyNavigationEnabled: false
    // No current entry: a ListView gives its current item the focus in its scope (silently, without a ring),
    // which took the focus away from the entry Tab had reached.
    currentIndex: -1

    // The entry (delegate) that holds item, or null: its parent chain reaches the content item. (Untyped: Qt 6.4's
    // compiled lookups crashed on an entry being torn down.)
    function entryOf(item) {
        let it = item
        while (it && it.parent !== list.contentItem)
            it = it.parent
        return it
    }
    function firstFocusable(item) {
        if (!item || !item.visible || !item.enabled)
            return null
        if (item.activeFocusOnTab)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = list.firstFocusable(item.children[i])
            if (found)
                return found
        }
        return null
    }
    function focusEntry(index: int, direction: int): bool {
        for (let i = index; i >= 0 && i < list.count; i += direction) {
            list.positionViewAtIndex(i, ListView.Contain)
            const target = list.firstFocusable(list.itemAtIndex(i))
            if (target) {
                target.forceActiveFocus(Qt.TabFocusReason)
                return true
            }
        }
        return false
    }
    function move(direction: int): bool {
        const entry = list.entryOf(list.Window.activeFocusItem)
        if (!entry)
            return false
        const index = list.indexAt(entry.x + 1, entry.y + 1)
        return index >= 0 && list.focusEntry(index + direction, direction)
    }

    Keys.onUpPressed: event => { event.accepted = list.move(-1) }
    Keys.onDownPressed: event => { event.accepted = list.move(1) }
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Home && list.entryOf(list.Window.activeFocusItem))
            event.accepted = list.focusEntry(0, 1)
        else if (event.key === Qt.Key_End && list.entryOf(list.Window.activeFocusItem))
            event.accepted = list.focusEntry(list.count - 1, -1)
    }

    // An entry reached by Tab is scrolled into view too (the window's reveal leaves lists to themselves).
    Connections {
        target: list.Window.window
        enabled: list.activeFocus
        function onActiveFocusItemChanged() {
            const entry = list.entryOf(list.Window.activeFocusItem)
            if (!entry)
                return
            const index = list.indexAt(entry.x + 1, entry.y + 1)
            // Not currentIndex: the view would hand the focus to the entry itself, away from a button inside it.
            if (index >= 0 && index < list.count && entry === list.itemAtIndex(index))
                list.positionViewAtIndex(index, ListView.Contain)
        }
    }
}
