pragma Singleton
import QtQuick

// Navigation requests from pages; Main.qml owns the StackView and answers them.
QtObject {
    signal openGoal(string goalId)
    signal checkIn(string goalId)
    signal editGoal(string goalId)
    signal editReflection(string reflectionId, string goalId)
    signal back()
    signal showTab(string tab)
    // Pushes a page by URL (pages outside the walking-beside area, such as invites).
    signal openPage(url page)
    signal notify(string message)
    // A control moved (the page grew above it, as a comment just sent): Main.qml scrolls it back into view once
    // the page's layout has settled.
    signal reveal(Item item)

    // Tab and Shift+Tab leave a multi-line text field (a TextArea would type a tab and trap the keyboard).
    // Untyped: qmllint 6.4 crashes on nextItemInFocusChain() of a parameter typed Item.
    function leaveField(field, forward: bool): bool {
        const next = field.nextItemInFocusChain(forward)
        if (!next || next === field)
            return false
        next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        return true
    }
}
