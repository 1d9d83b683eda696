import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

// One session of an activity: what, when, where, seats, and my booking in words with what I can do next.
Page {
    id: page
    objectName: "activityPage"
    required property string activityId
    required property string sessionStart
    property var details: CalendarManager.sessionDetails(activityId, sessionStart)

    // A koordinator's edit may move this session (same place in the series): the page follows it.
    function refresh() {
        const current = CalendarManager.currentSessionFor(page.activityId, page.sessionStart)
        if (current !== "" && current !== page.sessionStart)
            page.sessionStart = current
        page.details = CalendarManager.sessionDetails(page.activityId, page.sessionStart)
    }

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.details.title ?? qsTr("Activity"); canGoBack: true }

    Connections {
        target: CalendarManager
        function onBookingsChanged() { page.refresh() }
        function onActivitiesChanged() { page.refresh() }
        function onExportFinished(ok: bool, path: string, message: string) {
            Nav.notify(ok ? qsTr("Saved to %1").arg(path) : qsTr("Could not save the file: %1").arg(message))
        }
    }
    IcsSaveDialog { id: saveDialog }

    Component { id: editPage; ActivityEditPage {} }
    Component { id: participantsPage; ParticipantsPage {} }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            // Never a blank page: a session taken out of the calendar says so, with a way back.
            Rectangle {
                objectName: "missingBanner"
                visible: page.details.missing === true
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                implicitHeight: missingText.implicitHeight + 16
                radius: Theme.radius
                color: Theme.warningSoft
                Accessible.role: Accessible.AlertMessage
                Accessible.name: missingText.text
                Text {
                    id: missingText
                    anchors.fill: parent
                    anchors.margins: 8
                    text: (page.details.missingText ?? "") + ((page.details.stateText ?? "") !== ""
                                                              ? "\n" + page.details.stateText : "")
                    font.pointSize: Theme.bodySize
                    color: Theme.warning
                    wrapMode: Text.Wrap
                }
            }
            AppButton {
                visible: page.details.missing === true
                Layout.fillWidth: true
                text: qsTr("Back")
                onClicked: Nav.back()
            }
            Text {
                Layout.fillWidth: true
                text: page.details.whenText ?? ""
                font.pointSize: Theme.titleSize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: [page.details.address ?? "", page.details.organiser ?? ""].filter(s => s !== "").join(" · ")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: (page.details.tags ?? []).length > 0
                text: (page.details.tags ?? []).join(" · ")
                font.pointSize: Theme.smallSize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: page.details.description ?? ""
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Rectangle {
                objectName: "cancelledBanner"
                visible: page.details.cancelled === true
                Layout.fillWidth: true
                implicitHeight: cancelledText.implicitHeight + 16
                radius: Theme.radius
                color: Theme.warningSoft
                Accessible.role: Accessible.StaticText
                Accessible.name: cancelledText.text
                Text {
                    id: cancelledText
                    objectName: "cancelledText"
                    anchors.fill: parent
                    anchors.margins: 8
                    text: page.details.cancelledText ?? ""
                    font.pointSize: Theme.bodySize
                    color: Theme.warning
                    wrapMode: Text.Wrap
                }
            }
            Text {
                objectName: "seatsText"
                Layout.fillWidth: true
                visible: page.details.cancelled !== true
                text: page.details.seatsText ?? ""
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Rectangle {
                visible: (page.details.stateText ?? "") !== ""
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                implicitHeight: stateText.implicitHeight + 20
                radius: Theme.radius
                color: Theme.primarySoft
                Accessible.role: Accessible.StaticText
                Accessible.name: stateText.text
                Text {
                    id: stateText
                    objectName: "bookingState"
                    anchors.fill: parent
                    anchors.margins: 10
                    text: page.details.stateText ?? ""
                    font.pointSize: Theme.bodySize
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.Wrap
                }
            }
            AppButton {
                objectName: "bookButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: page.details.bookable === true && page.details.active !== true && page.details.cancelled !== true
                         && page.details.started !== true
                enabled: page.details.bookingOpen === true
                primary: true
                text: page.details.bookingOpen ? (page.details.seatsLeft === 0 ? qsTr("Join the waiting list") : qsTr("Book a seat"))
                                               : qsTr("Booking has closed")
                onClicked: CalendarManager.book(page.activityId, page.sessionStart)
            }
            AppButton {
                objectName: "acceptOfferButton"
                Layout.fillWidth: true
                visible: page.details.offerOpen === true
                primary: true
                text: qsTr("Yes, I want the seat")
                onClicked: CalendarManager.answerOffer(page.details.bookingId, true)
            }
            AppButton {
                objectName: "declineOfferButton"
                Layout.fillWidth: true
                visible: page.details.offerOpen === true
                text: qsTr("No thanks, pass it on")
                onClicked: CalendarManager.answerOffer(page.details.bookingId, false)
            }
            AppButton {
                objectName: "cancelBookingButton"
                Layout.fillWidth: true
                visible: page.details.active === true
                text: page.details.status === "waitlisted" ? qsTr("Leave the waiting list") : qsTr("Cancel my booking")
                onClicked: CalendarManager.cancelBooking(page.details.bookingId)
            }
            AppButton {
                objectName: "exportOneButton"
                Layout.fillWidth: true
                visible: page.details.canExport === true
                text: qsTr("Add to my calendar (.ics)")
                onClicked: saveDialog.save(page.details.bookingId)
            }
            Text {
                Layout.fillWidth: true
                visible: page.details.bookable === false && page.details.started !== true
                text: qsTr("Open to all: no booking needed, just come.")
                font.pointSize: Theme.bodySize
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            SectionHeading {
                visible: CalendarManager.canEditActivities
                Layout.fillWidth: true
                text: qsTr("For the koordinator")
            }
            AppButton {
                objectName: "participantsButton"
                visible: CalendarManager.canEditActivities && page.details.bookable === true
                Layout.fillWidth: true
                text: qsTr("Participants")
                onClicked: page.StackView.view.push(participantsPage, { activityId: page.activityId,
                                                                        sessionStart: page.sessionStart })
            }
            AppButton {
                objectName: "editActivityButton"
                visible: CalendarManager.canEditActivities
                Layout.fillWidth: true
                text: qsTr("Edit activity")
                onClicked: page.StackView.view.push(editPage, { activityId: page.activityId })
            }
            AppButton {
                objectName: "cancelSessionButton"
                visible: CalendarManager.canEditActivities && page.details.recurring === true
                         && page.details.cancelled !== true
                Layout.fillWidth: true
                text: qsTr("Cancel this session only")
                onClicked: confirmCancelSession.open()
            }
        }
    }

    Dialog {
        id: confirmCancelSession
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 360)
        modal: true
        title: qsTr("Cancel this session?")
        // Buttons that say what they do, in the app's language.
        footer: Flow {
            padding: 12
            spacing: Theme.spacing
            AppButton {
                objectName: "confirmCancelSessionButton"
                text: qsTr("Cancel the session")
                onClicked: confirmCancelSession.accept()
            }
            AppButton {
                text: qsTr("Keep it")
                onClicked: confirmCancelSession.reject()
            }
        }
        // The text is the content item, sized by the dialog; its wrapped height is the only implicit size.
        contentItem: Text {
            text: qsTr("The other weeks go on as planned. Everyone booked for this session will be told at their next sync.")
            font.pointSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        onAccepted: CalendarManager.cancelSession(page.activityId, page.sessionStart)
    }
}
