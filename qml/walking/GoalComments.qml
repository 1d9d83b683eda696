import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// Comments on one goal, replies under what they answer, with a box to write when the grant allows it.
ColumnLayout {
    id: box
    property string goalId
    property string replyTo: ""
    // revision first: a short-circuited && would drop it as a dependency, and a false answer would never refresh.
    readonly property bool canWrite: box.revision >= 0 && box.goalId !== "" && WalkingManager.canComment(box.goalId)
    property int revision: 0
    // Set by «Send» until the comment is in the list.
    property bool justSent: false

    spacing: Theme.spacing

    Connections {
        target: WalkingManager
        function onDataChanged() { box.revision++ }
    }
    WalkingListModel {
        id: comments
        manager: WalkingManager
        list: WalkingListModel.Comments
        filterId: box.goalId
        // The comment just sent (or one arriving while writing) pushes the box down: «Send» below it, and so the
        // box and the comment above it, back into view.
        onCountChanged: {
            if (box.justSent || field.activeFocus)
                Nav.reveal(send)
            box.justSent = false
        }
    }

    SectionHeading {
        Layout.fillWidth: true
        text: qsTr("Comments")
    }
    Text {
        Layout.fillWidth: true
        visible: comments.count === 0
        text: qsTr("No comments yet.")
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    // Starts a reply to one comment.
    function startReply(rowId: string) {
        box.replyTo = rowId
        field.forceActiveFocus()
    }
    // One comment; the Repeater below tells it whether replies are allowed and listens for reply requests.
    component CommentBubble: Rectangle {
        property bool canWrite: false
        signal replyRequested(string rowId)
    }
    Repeater {
        model: comments
        // Delegates cannot see this box: it wires each bubble from here.
        onItemAdded: (index, item) => {
            const comment = item
            comment.canWrite = Qt.binding(() => box.canWrite)
            comment.replyRequested.connect(box.startReply)
        }
        delegate: CommentBubble {
            id: bubble
            required property string rowId
            required property string authorName
            required property string text
            required property string when
            required property bool isReply
            required property bool mine
            Layout.fillWidth: true
            Layout.leftMargin: isReply ? 24 : 0
            implicitHeight: inner.implicitHeight + 20
            radius: Theme.radius
            color: mine ? Theme.primarySoft : Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: inner
                anchors.fill: parent
                anchors.margins: 10
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: bubble.authorName + " · " + bubble.when
                    font.pointSize: Theme.smallSize
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: bubble.text
                    font.pointSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: bubble.authorName + ": " + bubble.text
                }
                AppButton {
                    visible: bubble.canWrite && !bubble.mine
                    text: qsTr("Reply")
                    Accessible.name: qsTr("Reply to %1").arg(bubble.authorName)
                    onClicked: bubble.replyRequested(bubble.rowId)
                }
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: box.replyTo !== ""
        text: qsTr("Replying to a comment")
        wrapMode: Text.Wrap
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
    }
    // Several lines to write in; Send below it, where the thumb and the Tab key reach it next.
    AppTextArea {
        id: field
        objectName: "commentField"
        visible: box.canWrite
        placeholderText: box.replyTo === "" ? qsTr("Write a comment") : qsTr("Write a reply")
        // A child of the box, so the column does not make room for it (and not of «Send», which is disabled
        // once the box is empty).
        Announcer { id: sentAnnouncer; objectName: "commentSentAnnouncer" }
    }
    AppButton {
        id: send
        objectName: "sendCommentButton"
        Layout.alignment: Qt.AlignRight
        visible: box.canWrite
        text: qsTr("Send")
        enabled: field.text.trim() !== ""
        onClicked: {
            if (WalkingManager.addComment(box.goalId, field.text, box.replyTo) === "")
                return
            box.justSent = true
            field.text = ""
            box.replyTo = ""
            // From the keyboard, back to the box for the next words (by touch, no phone keyboard popping up over
            // the comment). The eye sees the comment there; a screen reader hears it (a notice would cover the box
            // at 200 % text).
            if (InputMode.keyboard)
                field.forceActiveFocus()
            sentAnnouncer.say(qsTr("Comment sent. It reaches them at the next sync."))
        }
    }
    Text {
        objectName: "readOnlyNote"
        Layout.fillWidth: true
        visible: !box.canWrite && box.goalId !== ""
        text: qsTr("You can read this goal. Commenting is not part of this share.")
        font.pointSize: Theme.smallSize
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
