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
    signal notify(string message)
}
