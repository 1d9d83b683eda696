import QtQuick

// Says a status change to a screen reader without showing anything: an alert that appears with the words.
// Qt 6.4 has no announcement API (QAccessibleAnnouncementEvent came in 6.8); an alert becoming visible is what
// screen readers read out on every platform Qt supports.
Item {
    id: announcer
    property string message: ""

    function say(text: string) {
        if (text === "")
            return
        announcer.visible = false
        announcer.message = text
        announcer.visible = true
        hideTimer.restart()
    }

    width: 1
    height: 1
    visible: false
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Timer {
        id: hideTimer
        interval: 5000
        onTriggered: announcer.visible = false
    }
}
