<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MyParticipantsPage</name>
    <message numerus="yes">
        <source>Works for %n more minute(s)</source>
        <translation>
            <numerusform>Works for %n more minute</numerusform>
            <numerusform>Works for %n more minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedGoalPage</name>
    <message numerus="yes">
        <source>%n check-in(s).</source>
        <translation>
            <numerusform>%n check-in.</numerusform>
            <numerusform>%n check-ins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>medvandrer::WalkingManager</name>
    <message numerus="yes">
        <source>Saw your goal «%1», %n time(s)</source>
        <translation>
            <numerusform>Saw your goal «%1», once</numerusform>
            <numerusform>Saw your goal «%1», %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw your goal, %n time(s)</source>
        <translation>
            <numerusform>Saw your goal, once</numerusform>
            <numerusform>Saw your goal, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the steps of «%1», %n time(s)</source>
        <translation>
            <numerusform>Saw the steps of «%1», once</numerusform>
            <numerusform>Saw the steps of «%1», %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw steps, %n time(s)</source>
        <translation>
            <numerusform>Saw steps, once</numerusform>
            <numerusform>Saw steps, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the check-ins on «%1», %n time(s)</source>
        <translation>
            <numerusform>Saw the check-ins on «%1», once</numerusform>
            <numerusform>Saw the check-ins on «%1», %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw check-ins, %n time(s)</source>
        <translation>
            <numerusform>Saw check-ins, once</numerusform>
            <numerusform>Saw check-ins, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the comments on «%1», %n time(s)</source>
        <translation>
            <numerusform>Saw the comments on «%1», once</numerusform>
            <numerusform>Saw the comments on «%1», %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw comments, %n time(s)</source>
        <translation>
            <numerusform>Saw comments, once</numerusform>
            <numerusform>Saw comments, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a reflection on «%1», %n time(s)</source>
        <translation>
            <numerusform>Saw a reflection on «%1», once</numerusform>
            <numerusform>Saw a reflection on «%1», %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a reflection, %n time(s)</source>
        <translation>
            <numerusform>Saw a reflection, once</numerusform>
            <numerusform>Saw a reflection, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw what you share of «%1», %n time(s)</source>
        <translation>
            <numerusform>Saw what you share of «%1», once</numerusform>
            <numerusform>Saw what you share of «%1», %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw what you share, %n time(s)</source>
        <translation>
            <numerusform>Saw what you share, once</numerusform>
            <numerusform>Saw what you share, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a booking, %n time(s)</source>
        <translation>
            <numerusform>Saw a booking, once</numerusform>
            <numerusform>Saw a booking, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw %1, %n time(s)</source>
        <extracomment>%1 is a code for what was seen, from a newer server version.</extracomment>
        <translation>
            <numerusform>Saw %1, once</numerusform>
            <numerusform>Saw %1, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not checked in for %n days</source>
        <translation>
            <numerusform>%1 has not checked in for %n day</numerusform>
            <numerusform>%1 has not checked in for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 last checked in %n days ago</source>
        <translation>
            <numerusform>%1 last checked in %n day ago</numerusform>
            <numerusform>%1 last checked in %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <extracomment>A week&apos;s anonymous suggestions; %1 lists the categories with five or more («Activities: 6, Other: 5»).</extracomment>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) (%1)</source>
        <translation>
            <numerusform>%n suggestion (%1)</numerusform>
            <numerusform>%n suggestions (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw your plan for hard days, %n time(s)</source>
        <translation>
            <numerusform>Saw your plan for hard days, once</numerusform>
            <numerusform>Saw your plan for hard days, %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw «About me», %n time(s)</source>
        <translation>
            <numerusform>Saw «About me», once</numerusform>
            <numerusform>Saw «About me», %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
