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
}
