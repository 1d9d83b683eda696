import QtQuick
import Medvandrer

// A list the keyboard can walk: ↑/↓ (and Home/End) move the focus from one entry to the next, scrolling it into
// view; Tab reaches every control of every entry, also those not made yet. The list itself is no Tab stop, so no
// invisible focus.
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
    function lastFocusable(item) {
        if (!item || !item.visible || !item.enabled)
            return null
        for (let i = item.children.length - 1; i >= 0; --i) {
            const found = list.lastFocusable(item.children[i])
            if (found)
                return found
        }
        return item.activeFocusOnTab ? item : null
    }
    function indexOfEntry(entry): int {
        return entry ? list.indexAt(entry.x + 1, entry.y + 1) : -1
    }
    // Tab walks the entries in their order, also those the view has not made yet: a ListView makes only the entries
    // near the screen, and the focus chain follows the order they were made in, so Tab went from the last one made
    // back to the first or out of the list (the rest of a week was out of the keyboard's reach), and a goal added at
    // the top came after the others. The focused control takes Tab itself (before any Keys handler here sees it), so
    // this follows a move made by Tab (InputMode) and corrects it: from an entry's last control to the next entry's
    // first, and into the list at its first entry.
    function continueTab(before, now) {
        const tab = InputMode.tabDirection
        if (tab === 0 || list.redirecting)
            return
        const fromEntry = list.entryOf(before)
        const from = list.indexOfEntry(fromEntry)
        const to = list.indexOfEntry(list.entryOf(now))
        let want = -1
        if (from >= 0) {
            if ((tab > 0 ? list.lastFocusable(fromEntry) : list.firstFocusable(fromEntry)) !== before)
                return // within the entry
            want = from + tab
            if (want < 0 || want >= list.count) {
                // Out of the list: Shift+Tab from the first entry into the controls of its header, Tab from the
                // last into its footer's (the chain would go to whichever entry was made before); else as usual.
                const edge = want < 0 ? list.headerItem : list.footerItem
                const target = tab > 0 ? list.firstFocusable(edge) : list.lastFocusable(edge)
                if (target && target !== now) {
                    tabFix.item = target
                    tabFix.tab = tab
                    tabFix.restart()
                }
                return
            }
        } else if (to >= 0) {
            want = tab > 0 ? 0 : list.count - 1
        } else {
            return
        }
        for (let i = want; i >= 0 && i < list.count; i += tab) {
            list.positionViewAtIndex(i, ListView.Contain)
            const made = list.itemAtIndex(i)
            const target = tab > 0 ? list.firstFocusable(made) : list.lastFocusable(made)
            if (!target)
                continue
            // After this focus change is done (inside it, the control would not show its focus ring).
            if (target !== now) {
                // By index: the entry made here may be gone again by then (the view follows the focus meanwhile).
                tabFix.item = null
                tabFix.index = i
                tabFix.tab = tab
                tabFix.restart()
            }
            return
        }
    }
    property bool redirecting: false
    Timer {
        id: tabFix
        property int index: -1
        property int tab: 0
        // A control of the header or footer (never destroyed), instead of an entry by index.
        property Item item: null
        interval: 0
        onTriggered: {
            if (!item && (index < 0 || index >= list.count))
                return
            if (!item)
                list.positionViewAtIndex(index, ListView.Contain)
            const made = item ? null : list.itemAtIndex(index)
            const target = item ? item : tab > 0 ? list.firstFocusable(made) : list.lastFocusable(made)
            item = null
            if (!target || list.Window.activeFocusItem === target)
                return
            list.redirecting = true
            target.forceActiveFocus(tab > 0 ? Qt.TabFocusReason : Qt.BacktabFocusReason)
            list.redirecting = false
            list.lastFocused = target
            list.reveal(target)
        }
    }
    // A header settles its height after the first layout (its text wraps once it knows its width), which moves
    // originY and left the top of the goals' greeting cut off: a list that was at its top stays there.
    property bool atTop: true
    onContentYChanged: atTop = contentY <= originY + 1
    onOriginYChanged: if (atTop) positionViewAtBeginning()

    // What had the focus before (anywhere in the window), to tell where a Tab came from.
    property Item lastFocused: null

    // An entry taller than the view (a goal card at 200 % text) is shown from its top by positionViewAtIndex,
    // which can leave the focused button at its bottom out of sight: scroll that control itself into view.
    function reveal(item) {
        if (!item || list.height <= 0)
            return
        const top = item.mapToItem(list.contentItem, 0, 0).y
        let y = list.contentY
        if (top + item.height > y + list.height)
            y = top + item.height - list.height
        if (top < y)
            y = top
        list.contentY = y
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
        enabled: list.visible
        function onActiveFocusItemChanged() {
            const now = list.Window.activeFocusItem
            const before = list.lastFocused
            const entry = list.entryOf(now)
            const index = list.indexOfEntry(entry)
            list.lastFocused = now
            if (before && now && before !== now)
                list.continueTab(before, now)
            if (list.Window.activeFocusItem !== now || tabFix.running)
                return // (a Tab about to be set right scrolls to its own entry)
            // A control of the header or footer (the goals' «New goal») scrolled away with the list: back into view.
            if (entry && (entry === list.headerItem || entry === list.footerItem)) {
                list.reveal(now)
                return
            }
            if (index < 0)
                return
            // Not currentIndex: the view would hand the focus to the entry itself, away from a button inside it.
            if (index < list.count && entry === list.itemAtIndex(index)) {
                list.positionViewAtIndex(index, ListView.Contain)
                list.reveal(now)
            }
        }
    }
}
