pragma Singleton
import QtQuick

// Navigation to the plan for hard days and «Om meg»; Main.qml owns the StackView and pushes care/<page>.qml.
// The sections' words live here, so the pages, the history and the helper's view say the same.
QtObject {
    signal open(string page, var properties)
    // Opens my plan from anywhere (the header's button); Main.qml answers it.
    signal openPlan()

    readonly property string planTitle: qsTr("My plan for hard days")
    readonly property string planButton: qsTr("My plan")
    readonly property string aboutMeTitle: qsTr("About me")
    readonly property string aboutMeHint: qsTr("Tell it once, in your own words")

    // In the order safety planning uses: noticing, own coping, company, people, professionals, safety, meeting, after.
    readonly property var planSections: [
        { field: "signs", title: qsTr("Signs that things are getting hard for me"),
          hint: qsTr("What I notice in my thoughts, feelings, body or in what I do.") },
        { field: "selfHelp", title: qsTr("What I can do on my own"),
          hint: qsTr("Small things that have helped me before.") },
        { field: "distractions", title: qsTr("People and places that take my mind off things"),
          hint: qsTr("Where I can go and who I can be with, without having to talk about it.") },
        { field: "contacts", title: qsTr("People I can ask for help"), contacts: true,
          hint: qsTr("A name and a phone number. Tap the number to call.") },
        { field: "professional", title: qsTr("Professional help and emergency numbers"), emergency: true,
          hint: qsTr("My GP, my contact person in the service, others who know my situation.") },
        { field: "safety", title: qsTr("Making my surroundings safer"),
          hint: qsTr("What I can put away, or ask someone to keep for me for a while.") },
        { field: "meetMe", title: qsTr("How I want to be met"),
          hint: qsTr("What helps when others meet me on a hard day, and what does not.") },
        { field: "after", title: qsTr("After a hard time"),
          hint: qsTr("What helps me find my feet again, and who I want to talk it over with.") }
    ]
    readonly property var aboutSections: [
        { field: "calledName", title: qsTr("What I like to be called"), short: true, hint: "" },
        { field: "matters", title: qsTr("What matters to me"), hint: qsTr("People, things and days that mean something to me.") },
        { field: "helps", title: qsTr("What helps me"), hint: "" },
        { field: "avoid", title: qsTr("What I don't want to talk about or be asked about"),
          hint: qsTr("You do not have to say why.") },
        { field: "meetMe", title: qsTr("How I want to be met"), hint: "" },
        { field: "people", title: qsTr("People who know me well"), hint: qsTr("And whether it is all right to contact them.") },
        { field: "language", title: qsTr("Language I prefer"), short: true, hint: "" },
        { field: "interpreter", title: qsTr("I would like an interpreter"), toggle: true, hint: "" },
        { field: "practical", title: qsTr("Other practical needs"), hint: qsTr("Hearing, reading, sight, getting there, anything else.") }
    ]
    function sectionTitle(kind: string, field: string): string {
        const list = kind === "plan" ? planSections : aboutSections
        for (let i = 0; i < list.length; ++i) {
            if (list[i].field === field)
                return list[i].title
        }
        return field === "professionalContacts" ? qsTr("Professional help and emergency numbers") : field
    }
}
