<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CheckInChart</name>
    <message numerus="yes">
        <source>Check-in history: %n check-in(s), the latest %1 of 10. Use the arrow keys to hear each one.</source>
        <translation>
            <numerusform>Check-in history: %n check-in, the latest %1 of 10. Use the arrow keys to hear each one.</numerusform>
            <numerusform>Check-in history: %n check-ins, the latest %1 of 10. Use the arrow keys to hear each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInWeeks</name>
    <message numerus="yes">
        <source>Week %1: %n check-in(s), all %2 of 10.</source>
        <extracomment>The chart read aloud. %1 is the week number, %n how many check-ins, %2 the rating they all had.</extracomment>
        <translation>
            <numerusform>Week %1: %n check-in, %2 of 10.</numerusform>
            <numerusform>Week %1: %n check-ins, all %2 of 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %1: %n check-in(s), from %2 to %3 of 10.</source>
        <extracomment>The chart read aloud. %1 is the week number, %n how many check-ins, %2–%3 the lowest and highest.</extracomment>
        <translation>
            <numerusform>Week %1: %n check-in, from %2 to %3 of 10.</numerusform>
            <numerusform>Week %1: %n check-ins, from %2 to %3 of 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message numerus="yes">
        <source>%n check-in(s) so far. Every one counts.</source>
        <translation>
            <numerusform>%n check-in so far. Every one counts.</numerusform>
            <numerusform>%n check-ins so far. Every one counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>The server could not accept %n change(s). This phone now shows what the server has.</source>
        <translation>
            <numerusform>The server could not accept %n change. This phone now shows what the server has.</numerusform>
            <numerusform>The server could not accept %n changes. This phone now shows what the server has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This phone is full, so %n change(s) you made are kept only while the app is open. If you close it now, they are lost. Free some space first, then they are saved.</source>
        <translation>
            <numerusform>This phone is full, so %n change you made is kept only while the app is open. If you close it now, it is lost. Free some space first, then it is saved.</numerusform>
            <numerusform>This phone is full, so %n changes you made are kept only while the app is open. If you close it now, they are lost. Free some space first, then they are saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet and would be lost.</source>
        <translation>
            <numerusform>%n change has not reached the server yet and would be lost.</numerusform>
            <numerusform>%n changes have not reached the server yet and would be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: keep the app open until there is room</source>
        <translation>
            <numerusform>%n change not saved yet: keep the app open until there is room</numerusform>
            <numerusform>%n changes not saved yet: keep the app open until there is room</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <source>%n open invite(s)</source>
        <translation>
            <numerusform>%n open invite</numerusform>
            <numerusform>%n open invites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n new note</numerusform>
            <numerusform>%n new notes</numerusform>
        </translation>
    </message>
</context>
</TS>
