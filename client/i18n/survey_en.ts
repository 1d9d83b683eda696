<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SurveyNav</name>
    <message numerus="yes">
        <source>%n survey(s) waiting for your answer</source>
        <translation>
            <numerusform>%n survey waiting for your answer</numerusform>
            <numerusform>%n surveys waiting for your answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyQuestion</name>
    <message numerus="yes">
        <source>Short answers are best: %n letter(s) left.</source>
        <translation>
            <numerusform>Short answers are best: %n letter left.</numerusform>
            <numerusform>Short answers are best: %n letters left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) too many: shorten it a little.</source>
        <translation>
            <numerusform>%n letter too many: shorten it a little.</numerusform>
            <numerusform>%n letters too many: shorten it a little.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message numerus="yes">
        <source>Fewer than %n people have answered so far. To keep everyone anonymous, nothing is shown until at least %n have.</source>
        <translation>
            <numerusform>Fewer than %n person has answered so far. To keep everyone anonymous, nothing is shown until at least %n has.</numerusform>
            <numerusform>Fewer than %n people have answered so far. To keep everyone anonymous, nothing is shown until at least %n have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people answered.</source>
        <translation>
            <numerusform>%n person answered.</numerusform>
            <numerusform>%n people answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown: fewer than %n people answered this question.</source>
        <translation>
            <numerusform>Not shown: fewer than %n person answered this question.</numerusform>
            <numerusform>Not shown: fewer than %n people answered this question.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people answered. The texts are shown once at least %1 have written one, and never with a filter.</source>
        <translation>
            <numerusform>%n person answered. The texts are shown once at least %1 have written one, and never with a filter.</numerusform>
            <numerusform>%n people answered. The texts are shown once at least %1 have written one, and never with a filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts, in random order.</source>
        <translation>
            <numerusform>%n text, in random order.</numerusform>
            <numerusform>%n texts, in random order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers from 0 to 10. </source>
        <translation>
            <numerusform>%n answer from 0 to 10. </numerusform>
            <numerusform>%n answers from 0 to 10. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered. </source>
        <translation>
            <numerusform>%n answered. </numerusform>
            <numerusform>%n answered. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers are anonymous. A number is shown only where at least %n people answered.</source>
        <translation>
            <numerusform>Answers are anonymous. A number is shown only where at least %n person answered.</numerusform>
            <numerusform>Answers are anonymous. A number is shown only where at least %n people answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyResultsPage</name>
    <message numerus="yes">
        <source>Answers are anonymous. A question shows numbers only where at least %n people answered it.</source>
        <translation>
            <numerusform>Answers are anonymous. A question shows numbers only where at least %n person answered it.</numerusform>
            <numerusform>Answers are anonymous. A question shows numbers only where at least %n people answered it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
</TS>
