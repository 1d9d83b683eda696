import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Who reads my plan (or «Om meg»): named helpers, read only, each one stopped with one tap.
// The same grants as a shared goal (a consent naming this record), so the helper's phone drops it when stopped.
ColumnLayout {
    id: sharing
    property string recordId
    property string kind
    property string helperId: ""
    spacing: Theme.spacing

    WalkingListModel {
        id: shares
        manager: WalkingManager
        list: WalkingListModel.GoalShares
        filterId: sharing.recordId
    }
    WalkingListModel {
        id: helpers
        manager: WalkingManager
        list: WalkingListModel.Helpers
    }
    // The team's helpers, asked for only when the person can share (never from a lock screen).
    onVisibleChanged: if (sharing.visible) WalkingManager.refreshHelpers()
    Component.onCompleted: if (sharing.visible) WalkingManager.refreshHelpers()

    SectionHeading {
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
        text: qsTr("Who can read it")
    }
    Text {
        objectName: "careSharedWithNobody"
        Layout.fillWidth: true
        visible: shares.count === 0
        text: qsTr("Nobody but you. You can share it with a helper, to read only, and stop at any time.")
        font.pointSize: Theme.bodySize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Repeater {
        model: shares
        delegate: RowLayout {
            id: share
            required property string rowId
            required property string helperName
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("%1 can read it").arg(share.helperName)
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "careStopSharing" + share.index
                text: qsTr("Stop sharing")
                Accessible.name: qsTr("Stop sharing with %1").arg(share.helperName)
                onClicked: {
                    if (WalkingManager.revokeShare(share.rowId))
                        Nav.notify(qsTr("Stopped. It leaves their phone at its next sync."))
                }
            }
        }
    }
    ButtonGroup { id: helperGroup }
    Repeater {
        model: helpers
        // Grows with its text (a fixed height drew a long name over the next row at 200 %).
        delegate: AppRadioButton {
            id: choice
            required property string helperId
            required property string title
            required property int index
            objectName: "careHelperChoice" + choice.index
            Layout.fillWidth: true
            text: choice.title
            font.pointSize: Theme.bodySize
            checked: sharing.helperId === choice.helperId // qmllint disable unqualified
            ButtonGroup.group: helperGroup // qmllint disable unqualified
            Accessible.name: choice.title
            onClicked: sharing.helperId = choice.helperId // qmllint disable unqualified
        }
    }
    Text {
        Layout.fillWidth: true
        visible: helpers.count === 0
        text: qsTr("The list of helpers comes when you are online.")
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    AppButton {
        objectName: "careShareButton"
        Layout.fillWidth: true
        visible: helpers.count > 0
        enabled: sharing.helperId !== ""
        text: qsTr("Share to read")
        onClicked: {
            if (WalkingManager.shareGoal(sharing.recordId, sharing.helperId, "read", false) !== "") {
                sharing.helperId = ""
                Nav.notify(qsTr("Shared to read. It reaches them at the next sync."))
            }
        }
    }
}
