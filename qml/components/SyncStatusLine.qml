import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Offline / syncing / up to date, what is still waiting, and when it last synced. Never blocks anything.
// A first sync of more than one page shows how far it is, in numbers and as a bar.
Rectangle {
    id: line
    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 12)
    readonly property bool needsAttention: Session.syncState === Session.NeedsLogin || Session.deviceStorageFull
                                           || Session.heldChanges > 0
    color: line.needsAttention ? Theme.warningSoft : Theme.surfaceMuted

    function timeText(when) {
        if (isNaN(when.getTime()))
            return ""
        const today = new Date()
        return LocaleFormat.text(when, when.toDateString() === today.toDateString() ? LocaleFormat.Time : LocaleFormat.ShortDateTime)
    }

    readonly property string stateText: {
        if (Session.deviceStorageFull)
            return qsTr("This phone is full. What is saved stays saved; free some space to save and sync more.")
        if (Session.serverStorageFull)
            return qsTr("The server is full just now. Your changes wait safely on this phone and are sent later.")
        if (Session.workOffline)
            return qsTr("Working offline")
        switch (Session.syncState) {
        case Session.Connecting: return qsTr("Connecting…")
        case Session.Syncing: return line.fetching ? line.fetchingText : qsTr("Syncing…")
        case Session.UpToDate: return qsTr("Up to date")
        case Session.NeedsLogin: return qsTr("Log in again to sync. Everything is kept.")
        }
        return qsTr("Offline. Everything is saved on this phone.")
    }
    readonly property bool fetching: Session.syncExpected > 0 && Session.syncState === Session.Syncing
    readonly property string fetchingText: qsTr("Getting your data: %1 of %2")
                                           .arg(LocaleFormat.count(Session.syncReceived))
                                           .arg(LocaleFormat.count(Session.syncExpected))
    readonly property string heldText: Session.heldChanges > 0
                                       ? qsTr("%n change(s) not saved yet: keep the app open until there is room", "", Session.heldChanges) : ""
    readonly property string waitingText: Session.pendingChanges > 0
                                          ? qsTr("%n change(s) waiting", "", Session.pendingChanges) : ""
    readonly property string syncedText: line.timeText(Session.lastSynced) !== ""
                                         ? qsTr("Last synced %1").arg(line.timeText(Session.lastSynced)) : ""

    Accessible.role: Accessible.StatusBar
    Accessible.name: LifeAreas.join([stateText, heldText, waitingText, syncedText], ". ")

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: 6
        anchors.bottomMargin: 6
        spacing: 4

        RowLayout {
            id: row
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Rectangle {
                width: 12
                height: 12
                radius: 6
                color: line.needsAttention ? Theme.warning
                     : Session.syncState === Session.UpToDate && !Session.serverStorageFull ? Theme.done : Theme.textMuted
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                text: LifeAreas.join([line.stateText, line.heldText, line.waitingText, line.syncedText], " · ")
                font.pointSize: Theme.smallSize
                color: line.needsAttention ? Theme.warning : Theme.text
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }
        ProgressBar {
            id: fetchBar
            objectName: "firstSyncProgress"
            Layout.fillWidth: true
            visible: line.fetching
            from: 0
            to: Math.max(1, Session.syncExpected)
            value: Math.min(Session.syncReceived, Session.syncExpected)
            Accessible.name: line.fetchingText
            background: Rectangle {
                implicitHeight: 8
                radius: 4
                color: Theme.surfaceMuted
                border.color: Theme.border
            }
            contentItem: Item {
                implicitHeight: 8
                Rectangle {
                    width: fetchBar.visualPosition * parent.width
                    height: parent.height
                    radius: 4
                    color: Theme.primary
                }
            }
        }
    }
}
