<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>medvandrer::CalendarManager</name>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <extracomment>Free seats in a session, as of the last sync.</extracomment>
        <translation>
            <numerusform>%n seat left</numerusform>
            <numerusform>%n seats left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A coming session already has %n seat(s) taken. Cancel bookings first, or keep at least %n seat(s).</source>
        <extracomment>A koordinator lowered an activity&apos;s seats below the bookings a coming session already holds.</extracomment>
        <translation>
            <numerusform>A coming session already has %n seat taken. Cancel bookings first, or keep at least %n seat.</numerusform>
            <numerusform>A coming session already has %n seats taken. Cancel bookings first, or keep at least %n seats.</numerusform>
        </translation>
    </message>
</context>
</TS>
