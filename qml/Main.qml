import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medvandrer

ApplicationWindow {
    id: window
    width: 400
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: "Medvandrer"
    color: Theme.background
    font.pointSize: Theme.bodySize

    // Every role the Basic style reads, from the theme, so Qt's own controls (dialogs, check boxes, radios,
    // the date grid) follow it: light is what ItemDelegate fills a highlighted row with, under highlightedText.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceMuted
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.primary
    palette.highlightedText: Theme.textOnPrimary
    palette.light: Theme.primary
    palette.midlight: Theme.primaryPressed
    palette.dark: Theme.primary
    palette.mid: Theme.border
    palette.shadow: Theme.text
    palette.brightText: Theme.textOnPrimary
    palette.link: Theme.primary
    palette.linkVisited: Theme.primary
    palette.toolTipBase: Theme.text
    palette.toolTipText: Theme.surface
    palette.placeholderText: Theme.textMuted

    property string currentTab: ""

    // Opens a page by name without a person (screenshots, self-test). Returns true when shown.
    function showPage(name: string): bool {
        const first = window.allGoals.goalIdAt(0)
        switch (name) {
        case "goals":
        case "reflections":
        case "settings":
        case "team":
            openTab(name)
            return true
        case "invites":
            openTab("team")
            stack.push(Qt.resolvedUrl("pages/InvitesPage.qml"))
            return true
        case "goal":
            openTab("goals")
            openGoal(first)
            return first !== ""
        case "checkin":
            openTab("goals")
            stack.push(checkInPage, { goalId: first })
            return first !== ""
        case "goalEdit":
            openTab("goals")
            stack.push(goalEditPage, { goalId: first })
            return first !== ""
        case "reflectionEdit":
            openTab("reflections")
            openReflection("", "")
            return true
        case "welcome":
            window.currentTab = "welcome"
            stack.replace(null, welcomePage)
            return true
        case "home":
            openTab(homeTab())
            return true
        case "walkParticipants":
            openTab("walkParticipants")
            return true
        case "walkParticipant": {
            openTab("walkParticipants")
            if (window.participants.count === 0)
                return true // nobody shares yet: the list page says so
            WalkNav.open("ParticipantGoalsPage", { personId: window.participants.textAt(0, "personId"),
                                                   personName: window.participants.textAt(0, "personName") })
            return true
        }
        case "walkSharedGoal": {
            // A helper sees someone else's goal; anyone else sees how their own looks when shared.
            const shared = window.firstPersonGoals.count > 0
            const goalId = shared ? window.firstPersonGoals.textAt(0, "goalId") : first
            openTab(shared ? "walkParticipants" : "goals")
            if (!shared)
                openGoal(first)
            WalkNav.open("SharedGoalPage", { goalId: goalId })
            return goalId !== ""
        }
        case "walkShareGoal":
            openTab("goals")
            openGoal(first)
            WalkNav.open("ShareGoalPage", { goalId: first })
            return first !== ""
        case "plan":
            openTab(homeTab())
            window.openPlan()
            return true
        case "aboutMe":
        case "careHistory":
            openTab(homeTab())
            stack.push(Qt.resolvedUrl(name === "aboutMe" ? "care/AboutMePage.qml" : "care/CareHistoryPage.qml"))
            return true
        case "participantPlan": {
            // A helper reads the plan someone shared with them; with nobody sharing one, the list says so.
            openTab("walkParticipants")
            for (let i = 0; i < window.participants.count; ++i) {
                const personId = window.participants.textAt(i, "personId")
                if (CareManager.has("plan", personId)) {
                    stack.push(Qt.resolvedUrl("care/PlanPage.qml"), { ownerId: personId,
                               personName: window.participants.textAt(i, "personName") })
                    break
                }
            }
            return true
        }
        case "walkMyData":
        case "walkMyShares":
        case "walkAccessLog":
        case "walkSuggestion":
        case "walkSuggestionsAdmin":
        case "walkAnswers":
            openTab("settings")
            WalkNav.open(name.substring(4) + "Page", {})
            return true
        case "surveys":
        case "surveyWriters":
            openTab(Session.role === "koordinator" ? "team" : "settings")
            SurveyNav.open(name === "surveys" ? "SurveysPage" : "SurveyWritersPage", {})
            return true
        case "surveyAnswer":
        case "surveyResults":
        case "surveyEdit": {
            openTab(Session.role === "koordinator" ? "team" : "settings")
            SurveyNav.open("SurveysPage", {})
            const purpose = name === "surveyAnswer" ? "answer" : name === "surveyResults" ? "results" : "edit"
            const id = SurveyManager.firstSurvey(purpose)
            if (name === "surveyEdit")
                SurveyNav.edit(id)
            else if (id !== "")
                SurveyNav.open(name === "surveyAnswer" ? "SurveyAnswerPage" : "SurveyResultsPage", { surveyId: id })
            return true
        }
        case "calendar":
        case "calendarDay":
        case "activity":
        case "myBookings":
        case "calendarNotices":
        case "activityEdit":
        case "participants":
            openTab("calendar")
            return stack.currentItem.showSubPage(name)
        }
        return false
    }

    function openTab(tab: string) {
        if (tab === "login") {
            stack.push(welcomePage)
            return
        }
        if (tab === "walkParticipants") {
            window.currentTab = tab
            stack.replace(null, Qt.resolvedUrl("walking/MyParticipantsPage.qml"))
            return
        }
        window.currentTab = tab
        const page = tab === "reflections" ? reflectionsPage : tab === "settings" ? settingsPage
                   : tab === "calendar" ? calendarPage : tab === "team" ? teamPage : goalsPage
        stack.replace(null, page)
    }

    // «Min plan» from anywhere, signed in or not: on top of what is open, never twice.
    function openPlan() {
        const top = stack.currentItem
        if (top && top.objectName === "planPage")
            return
        stack.push(Qt.resolvedUrl("care/PlanPage.qml"))
    }

    function openGoal(goalId: string) {
        const top = stack.currentItem
        if (top && top.objectName === "goalEditPage")
            stack.replace(goalPage, { goalId: goalId })
        else
            stack.push(goalPage, { goalId: goalId })
    }

    function openReflection(reflectionId: string, goalId: string) {
        stack.push(reflectionEditPage, {
            reflectionId: reflectionId,
            goalId: reflectionId === "" ? goalId : GoalManager.reflectionGoalId(reflectionId),
            initialText: GoalManager.reflectionText(reflectionId),
            initialShared: GoalManager.reflectionShared(reflectionId)
        })
    }

    // Each role lands on its own work: a helper on the people they walk beside, a koordinator on the team's
    // calendar; everyone can still keep goals of their own under «My goals».
    function homeTab(): string {
        return Session.role === "erfaringskonsulent" ? "walkParticipants"
             : Session.role === "koordinator" ? "calendar" : "goals"
    }

    // Only a change between signed in and out resets navigation; sync state changes never do.
    function resetRoot() {
        if (!Session.loaded)
            return
        if (Session.signedIn && (window.currentTab === "" || window.currentTab === "welcome"))
            openTab(homeTab())
        else if (!Session.signedIn && window.currentTab !== "welcome") {
            window.currentTab = "welcome"
            stack.replace(null, welcomePage)
        }
    }

    Component.onCompleted: resetRoot()

    // Whatever gets focus (Tab, a field that opens, a new-step field at the bottom) is scrolled into view,
    // clear of the edges, in the nearest scrolling page (once its layout has settled).
    onActiveFocusItemChanged: revealTimer.restart()
    Timer {
        id: revealTimer
        interval: 0
        onTriggered: window.revealFocus()
    }
    // A page that grew above a control (a comment arriving over its field) asks for it (Nav.reveal); the nested
    // layouts and the page's content height take a few frames to follow, so this waits a little longer.
    Timer {
        id: revealAgainTimer
        property Item item: null
        interval: 50
        onTriggered: window.revealItem(item)
    }
    function revealFocus() {
        window.revealItem(window.activeFocusItem)
    }
    function revealItem(item) {
        if (!item)
            return
        let flick = null
        for (let p = item.parent; p && !flick; p = p.parent)
            flick = p as Flickable
        // Lists (ListView, GridView) keep their current item in view themselves.
        if (!flick || flick.height <= 0 || (flick as ListView) || (flick as GridView))
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        const margin = Theme.margin
        let y = flick.contentY
        if (top + item.height + margin > y + flick.height)
            y = top + item.height + margin - flick.height
        if (top - margin < y)
            y = top - margin
        const lowest = flick.originY - flick.topMargin
        const highest = Math.max(lowest, flick.originY + flick.contentHeight + flick.bottomMargin - flick.height)
        flick.contentY = Math.min(Math.max(y, lowest), highest)
    }

    Connections {
        target: Session
        function onLoadedChanged() { window.resetRoot() }
        function onSignedInChanged() { window.resetRoot() }
        // A refused change (a booking after the deadline, a comment after sharing ended) is undone on this
        // device; say so, without any of its content.
        function onChangesRejected(count: int) {
            Nav.notify(qsTr("The server could not accept %n change(s). This phone now shows what the server has.", "", count))
        }
        // The phone is full: what was just written is not lost, it waits in memory and is stored when there is room.
        function onChangeHeld() {
            Nav.notify(qsTr("There is no room left on this phone. What you wrote is kept while the app is open and saved as soon as there is room. Free some space."))
        }
    }
    // Status changes a screen reader says aloud: offline, back and synced, log in again; once per change, not
    // on every reconnect attempt. Saving says itself through the notice below.
    Announcer { id: announcer; objectName: "announcer" }
    // Starts as the state the app opens in, which nobody needs to hear (a binding, broken at the first change).
    property int spokenSyncState: Session.syncState
    property bool sendingChanges: false
    function announceSyncState() {
        const state = Session.syncState
        if (state === Session.Syncing && Session.pendingChanges > 0)
            window.sendingChanges = true
        let spoken = window.spokenSyncState
        let words = ""
        if (state === Session.Offline && spoken !== Session.Offline) {
            spoken = Session.Offline
            words = qsTr("Offline. Everything is saved on this phone.")
        } else if (state === Session.NeedsLogin && spoken !== Session.NeedsLogin) {
            spoken = Session.NeedsLogin
            words = qsTr("Log in again to sync. Everything is kept.")
        } else if (state === Session.UpToDate) {
            if (spoken === Session.Offline || spoken === Session.NeedsLogin || window.sendingChanges)
                words = qsTr("Synced. Everything is up to date.")
            spoken = Session.UpToDate
            window.sendingChanges = false
        }
        window.spokenSyncState = spoken
        announcer.say(words)
    }
    Connections {
        target: Session
        function onSyncStateChanged() { window.announceSyncState() }
    }
    Connections {
        target: Nav
        function onOpenGoal(goalId: string) { window.openGoal(goalId) }
        function onCheckIn(goalId: string) { stack.push(checkInPage, { goalId: goalId }) }
        function onEditGoal(goalId: string) { stack.push(goalEditPage, { goalId: goalId }) }
        function onEditReflection(reflectionId: string, goalId: string) { window.openReflection(reflectionId, goalId) }
        function onBack() {
            if (stack.depth > 1)
                stack.pop()
        }
        function onShowTab(tab: string) { window.openTab(tab) }
        function onOpenPage(page: url) { stack.push(page) }
        function onNotify(message: string) {
            notice.text = message
            notice.visible = true
            noticeTimer.restart()
        }
        function onReveal(item) {
            revealAgainTimer.item = item
            revealAgainTimer.restart()
        }
    }
    Connections {
        target: WalkNav
        function onOpen(page: string, properties: var) {
            stack.push(Qt.resolvedUrl("walking/" + page + ".qml"), properties)
        }
    }
    Connections {
        target: CareNav
        function onOpen(page: string, properties: var) {
            stack.push(Qt.resolvedUrl("care/" + page + ".qml"), properties)
        }
        function onOpenPlan() { window.openPlan() }
    }
    Connections {
        target: CareManager
        function onErrorOccurred(message: string) { Nav.notify(message) }
    }
    Connections {
        target: SurveyNav
        function onOpen(page: string, properties: var) {
            stack.push(Qt.resolvedUrl("surveys/" + page + ".qml"), properties)
        }
        function onEdit(surveyId: string) {
            if (surveyId === "")
                SurveyManager.startNew()
            else if (!SurveyManager.startEditing(surveyId))
                return
            stack.push(Qt.resolvedUrl("surveys/SurveyEditPage.qml"), {})
        }
        function onResume() {
            if (SurveyManager.resumeDraft())
                stack.push(Qt.resolvedUrl("surveys/SurveyEditPage.qml"), {})
        }
    }
    Connections {
        target: SurveyManager
        function onNotice(message: string) { Nav.notify(message) }
    }
    Connections {
        target: GoalManager
        function onErrorOccurred(message: string) { Nav.notify(message) }
    }
    Connections {
        // The calendar's refusals (no title, seats below those taken, not a koordinator) reach the person too.
        target: CalendarManager
        function onErrorOccurred(message: string) { Nav.notify(message) }
    }

    // The goals in list order, so the screenshots open the one on top; the people who share with me likewise.
    readonly property GoalListModel allGoals: GoalListModel { manager: GoalManager }
    readonly property WalkingListModel participants: WalkingListModel {
        manager: WalkingManager
        list: WalkingListModel.Participants
    }
    readonly property WalkingListModel firstPersonGoals: WalkingListModel {
        manager: WalkingManager
        list: WalkingListModel.PersonGoals
        filterId: window.participants.count > 0 ? window.participants.textAt(0, "personId") : ""
    }

    Component { id: goalsPage; GoalsPage {} }
    Component { id: goalPage; GoalPage {} }
    Component { id: goalEditPage; GoalEditPage {} }
    Component { id: checkInPage; CheckInPage {} }
    Component { id: reflectionsPage; ReflectionsPage {} }
    Component { id: reflectionEditPage; ReflectionEditPage {} }
    Component { id: settingsPage; SettingsPage {} }
    Component { id: welcomePage; WelcomePage {} }
    Component { id: calendarPage; CalendarPage {} }
    Component { id: teamPage; TeamPage {} }

    header: CareHeader {
        statusVisible: Session.signedIn && window.currentTab !== "welcome"
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        focus: true
        Keys.onBackPressed: event => {
            event.accepted = stack.depth > 1
            if (stack.depth > 1)
                stack.pop()
        }
        Keys.onEscapePressed: if (stack.depth > 1) stack.pop()
        // A page opened from the keyboard (Return on a focused card or tab) takes the keyboard, with its ring: Tab
        // goes on inside it rather than from the tabs below. A tap moves no focus (no ring pops up on a phone).
        onCurrentItemChanged: if (!busy) focusPageTimer.restart()
        onBusyChanged: if (!busy) window.focusPage()
    }
    Timer {
        id: focusPageTimer
        interval: 0
        onTriggered: window.focusPage()
    }
    function focusPage() {
        const page = stack.currentItem
        if (!page || !page.visible || !InputMode.keyboard)
            return
        for (let item = window.activeFocusItem; item; item = item.parent)
            if (item === page && window.activeFocusItem !== page)
                return // the page chose where the keyboard starts itself
        // The first button in view: not a text field (a cursor, and a phone's keyboard, would pop up) and nothing
        // the page would scroll to. Untyped: qmllint 6.4 crashes on nextItemInFocusChain() of an Item variable.
        let first = page.nextItemInFocusChain(true)
        for (let steps = 0; first && steps < 40 && window.insidePage(first, page); ++steps) {
            const top = first.mapToItem(page, 0, 0).y
            if (first.cursorPosition === undefined && top >= 0 && top + first.height <= page.height) {
                first.forceActiveFocus(Qt.TabFocusReason)
                return
            }
            first = first.nextItemInFocusChain(true)
        }
    }
    function insidePage(item, page) {
        for (let p = item; p; p = p.parent)
            if (p === page)
                return true
        return false
    }

    Rectangle {
        id: notice
        objectName: "notice"
        property alias text: noticeText.text
        visible: false
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, noticeText.implicitWidth + 32)
        height: noticeText.implicitHeight + 24
        radius: Theme.radius
        color: Theme.text
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        Text {
            id: noticeText
            anchors.fill: parent
            anchors.margins: 12
            color: Theme.surface
            font.pointSize: Theme.bodySize
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Timer {
            id: noticeTimer
            interval: 4000
            onTriggered: notice.visible = false
        }
    }

    // The app lock (client/lock/app_lock.h): over everything; the pages, header and tabs hidden from sight,
    // keyboard and screen readers while it shows.
    readonly property Item lockScreen: lockScreenItem
    LockScreen {
        id: lockScreenItem
        parent: Overlay.overlay
        anchors.fill: parent
        z: 1000
    }
    Binding { when: AppLock.shielded; target: window.contentItem; property: "visible"; value: false }
    Binding { when: AppLock.shielded; target: window.header; property: "visible"; value: false }
    Binding { when: AppLock.shielded; target: window.footer; property: "visible"; value: false }

    footer: Rectangle {
        visible: Session.signedIn && window.currentTab !== "welcome"
        implicitHeight: nav.implicitHeight + 1
        color: Theme.surfaceMuted
        // Icons above the labels, one row: each tab as wide as its label's longest word needs, and the labels at the
        // person's text size as far as that row allows (at 200 % in a 360 px window about 130 %); only where even
        // the 100 % size does not fit (a very narrow window) do tabs go to a second row. Labels never overlap.
        Accessible.role: Accessible.PageTabList
        Accessible.name: qsTr("Main navigation")
        GridLayout {
            id: nav
            anchors.fill: parent
            anchors.topMargin: 1
            rowSpacing: 1
            columnSpacing: 1
            readonly property var tabs: [tabGoals, tabReflections, tabCalendar, tabParticipants, tabTeam, tabMe]
            readonly property int shown: tabs.filter(t => t.visible).length
            // The row's width the tabs need with their labels at `fit` times the text size: each its longest word
            // and padding, and never under a 48 px target.
            function needed(fit: real): real {
                return tabs.filter(t => t.visible).reduce((sum, t) => sum + tabWidth(t.wordWidth, t.horizontalPadding, fit) + 1, 0)
            }
            // One tab's width for its longest word at `fit` times the text size. Glyph widths do not shrink quite in
            // proportion to the size (hinting rounds them): 4 px of room keep «Kalender» on one line. (6 % more put
            // the erfaringskonsulent's five tabs on two rows at 200 % in 360 px.)
            function tabWidth(wordWidth: real, padding: real, fit: real): real {
                return Math.max(Theme.touchTarget, wordWidth * fit + 4 + 2 * padding)
            }
            readonly property real floor: 1 / Appearance.textScale
            // The largest fit (at most 1) the row's width allows, found by halving (needed() grows with fit).
            readonly property real fit: {
                if (needed(1) <= width)
                    return 1
                let low = floor, high = 1
                for (let i = 0; i < 12; ++i) {
                    const mid = (low + high) / 2
                    if (needed(mid) <= width) low = mid
                    else high = mid
                }
                return low
            }
            readonly property real labelSize: Theme.smallSize * fit
            columns: needed(floor) <= width ? Math.max(1, shown) : Math.max(1, Math.floor(shown * width / needed(floor)))
            NavButton {
                id: tabGoals
                objectName: "tabGoals"
                iconKind: "goals"
                labelSize: nav.labelSize
                Layout.fillWidth: true
                Layout.preferredWidth: nav.tabWidth(wordWidth, horizontalPadding, nav.fit)
                Layout.minimumWidth: Theme.touchTarget
                text: qsTr("My goals")
                current: window.currentTab === "goals"
                onClicked: window.openTab("goals")
            }
            NavButton {
                id: tabReflections
                objectName: "tabReflections"
                iconKind: "reflections"
                labelSize: nav.labelSize
                Layout.fillWidth: true
                Layout.preferredWidth: nav.tabWidth(wordWidth, horizontalPadding, nav.fit)
                Layout.minimumWidth: Theme.touchTarget
                text: qsTr("Reflections")
                current: window.currentTab === "reflections"
                onClicked: window.openTab("reflections")
            }
            NavButton {
                id: tabCalendar
                objectName: "tabCalendar"
                iconKind: "calendar"
                labelSize: nav.labelSize
                Layout.fillWidth: true
                Layout.preferredWidth: nav.tabWidth(wordWidth, horizontalPadding, nav.fit)
                Layout.minimumWidth: Theme.touchTarget
                text: qsTr("Calendar")
                current: window.currentTab === "calendar"
                onClicked: window.openTab("calendar")
            }
            NavButton {
                id: tabParticipants
                objectName: "tabWalkParticipants"
                iconKind: "participants"
                labelSize: nav.labelSize
                visible: Session.role === "erfaringskonsulent"
                Layout.fillWidth: true
                Layout.preferredWidth: nav.tabWidth(wordWidth, horizontalPadding, nav.fit)
                Layout.minimumWidth: Theme.touchTarget
                text: WalkNav.participantsTab
                current: window.currentTab === "walkParticipants"
                onClicked: window.openTab("walkParticipants")
            }
            NavButton {
                id: tabTeam
                objectName: "tabTeam"
                iconKind: "team"
                labelSize: nav.labelSize
                visible: Session.role === "koordinator"
                Layout.fillWidth: true
                Layout.preferredWidth: nav.tabWidth(wordWidth, horizontalPadding, nav.fit)
                Layout.minimumWidth: Theme.touchTarget
                text: qsTr("Team")
                current: window.currentTab === "team"
                onClicked: window.openTab("team")
            }
            NavButton {
                id: tabMe
                objectName: "tabSettings"
                iconKind: "me"
                labelSize: nav.labelSize
                Layout.fillWidth: true
                Layout.preferredWidth: nav.tabWidth(wordWidth, horizontalPadding, nav.fit)
                Layout.minimumWidth: Theme.touchTarget
                text: qsTr("Me")
                current: window.currentTab === "settings"
                onClicked: window.openTab("settings")
            }
        }
    }

    // Closing while edits wait in memory for room would lose them: ask first, and say what is at stake. The
    // question is made only when needed (nothing to build at start).
    property bool closeConfirmed: false
    onClosing: (close) => {
        if (Session.heldChanges > 0 && !window.closeConfirmed) {
            close.accepted = false
            closeGuardLoader.active = true
            closeGuardLoader.item.open()
        }
    }
    Loader {
        id: closeGuardLoader
        objectName: "closeGuardLoader"
        active: false
        sourceComponent: Dialog {
            id: closeGuard
            objectName: "closeGuard"
            parent: Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(Overlay.overlay.width - 2 * Theme.margin, 420)
            modal: true
            focus: true
            title: qsTr("Not saved yet")
            // The title wraps at large text instead of being cut off.
            header: Text {
                text: closeGuard.title
                padding: 12
                font.pointSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            // Keeping the app open is what keeps the changes: it comes first and has the focus.
            footer: Flow {
                padding: 12
                spacing: Theme.spacing
                AppButton {
                    id: keepOpen
                    objectName: "keepOpenButton"
                    primary: true
                    focus: true
                    text: qsTr("Keep the app open")
                    onClicked: closeGuard.reject()
                }
                AppButton {
                    objectName: "closeAnywayButton"
                    text: qsTr("Close anyway")
                    onClicked: closeGuard.accept()
                }
            }
            contentItem: Text {
                text: qsTr("This phone is full, so %n change(s) you made are kept only while the app is open. If you close it now, they are lost. Free some space first, then they are saved.", "", Session.heldChanges)
                font.pointSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            onOpened: keepOpen.forceActiveFocus()
        }
    }
    Connections {
        target: closeGuardLoader.item
        ignoreUnknownSignals: true
        function onAccepted() {
            window.closeConfirmed = true
            window.close()
        }
    }
}
