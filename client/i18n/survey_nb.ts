<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>SurveyAnswerPage</name>
    <message>
        <source>Survey</source>
        <translation>Undersøkelse</translation>
    </message>
    <message>
        <source>This survey is not on this phone. Go back to the list when you are online.</source>
        <translation>Denne undersøkelsen er ikke på telefonen. Gå tilbake til lista når du er på nett.</translation>
    </message>
    <message>
        <source>Your answer is anonymous: your name is not sent with it, and nobody can see what you answered. You can skip any question.</source>
        <translation>Svaret ditt er anonymt: navnet ditt blir ikke sendt med, og ingen kan se hva du svarte. Du kan hoppe over alle spørsmål du vil.</translation>
    </message>
    <message>
        <source>This survey is closed. Answers are no longer taken.</source>
        <translation>Denne undersøkelsen er stengt. Det tas ikke imot flere svar.</translation>
    </message>
    <message>
        <source>This survey is not for you to answer.</source>
        <translation>Denne undersøkelsen er ikke til deg.</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Send svaret mitt</translation>
    </message>
    <message>
        <source>See the results</source>
        <translation>Se resultatene</translation>
    </message>
</context>
<context>
    <name>SurveyEditPage</name>
    <message>
        <source>New survey</source>
        <translation>Ny undersøkelse</translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation>Rediger utkastet</translation>
    </message>
    <message>
        <source>Write the survey together with the users. A draft is seen only by those who write surveys; a koordinator publishes it.</source>
        <translation>Skriv undersøkelsen sammen med brukerne. Bare de som skriver undersøkelser, ser utkastet; en koordinator publiserer det.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <source>What the survey is for, and that the answers are anonymous</source>
        <translation>Hva undersøkelsen er til, og at svarene er anonyme</translation>
    </message>
    <message>
        <source>Opens on</source>
        <translation>Åpner</translation>
    </message>
    <message>
        <source>Closes after</source>
        <translation>Stenger etter</translation>
    </message>
    <message>
        <source>Who is asked</source>
        <translation>Hvem som blir spurt</translation>
    </message>
    <message>
        <source>Everyone using the app</source>
        <translation>Alle som bruker appen</translation>
    </message>
    <message>
        <source>Those booked on one activity</source>
        <translation>De som er påmeldt én aktivitet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Questions (%1 of at most 12)</source>
        <translation>Spørsmål (%1 av høyst 12)</translation>
    </message>
    <message>
        <source>Add a question:</source>
        <translation>Legg til et spørsmål:</translation>
    </message>
    <message>
        <source>Add a question: %1</source>
        <translation>Legg til et spørsmål: %1</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Lagre utkastet</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
</context>
<context>
    <name>SurveyNav</name>
    <message>
        <source>Ask the users</source>
        <translation>Spør brukerne</translation>
    </message>
    <message numerus="yes">
        <source>%n survey(s) waiting for your answer</source>
        <translation>
            <numerusform>%n undersøkelse venter på svaret ditt</numerusform>
            <numerusform>%n undersøkelser venter på svaret ditt</numerusform>
        </translation>
    </message>
    <message>
        <source>Short anonymous surveys from the team</source>
        <translation>Korte, anonyme undersøkelser fra teamet</translation>
    </message>
    <message>
        <source>Write surveys with the users, publish them, read the results</source>
        <translation>Skriv undersøkelser med brukerne, publiser dem, les resultatene</translation>
    </message>
</context>
<context>
    <name>SurveyQuestion</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
    <message>
        <source>0 = %1</source>
        <translation>0 = %1</translation>
    </message>
    <message>
        <source>10 = %1</source>
        <translation>10 = %1</translation>
    </message>
    <message>
        <source>Write here, if you like</source>
        <translation>Skriv her, om du vil</translation>
    </message>
    <message numerus="yes">
        <source>Short answers are best: %n letter(s) left.</source>
        <translation>
            <numerusform>Korte svar er best: %n tegn igjen.</numerusform>
            <numerusform>Korte svar er best: %n tegn igjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) too many: shorten it a little.</source>
        <translation>
            <numerusform>%n tegn for mye: gjør det litt kortere.</numerusform>
            <numerusform>%n tegn for mye: gjør det litt kortere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Not answered: skipped</source>
        <translation>Ikke besvart: hoppes over</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Skip question %1</source>
        <translation>Hopp over spørsmål %1</translation>
    </message>
</context>
<context>
    <name>SurveyQuestionEditor</name>
    <message>
        <source>Question %1: %2</source>
        <translation>Spørsmål %1: %2</translation>
    </message>
    <message>
        <source>Question %1 · %2</source>
        <translation>Spørsmål %1 · %2</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Spørsmålet</translation>
    </message>
    <message>
        <source>What 0 means</source>
        <translation>Hva 0 betyr</translation>
    </message>
    <message>
        <source>What 10 means</source>
        <translation>Hva 10 betyr</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Svaralternativ %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove choice %1</source>
        <translation>Fjern svaralternativ %1</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Legg til et svaralternativ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move question %1 up</source>
        <translation>Flytt spørsmål %1 opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Move question %1 down</source>
        <translation>Flytt spørsmål %1 ned</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Fjern spørsmålet</translation>
    </message>
    <message>
        <source>Remove question %1</source>
        <translation>Fjern spørsmål %1</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message numerus="yes">
        <source>Fewer than %n people have answered so far. To keep everyone anonymous, nothing is shown until at least %n have.</source>
        <translation>
            <numerusform>Færre enn %n har svart så langt. For at alle skal være anonyme, vises ingenting før minst %n har svart.</numerusform>
            <numerusform>Færre enn %n har svart så langt. For at alle skal være anonyme, vises ingenting før minst %n har svart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people answered.</source>
        <translation>
            <numerusform>%n person svarte.</numerusform>
            <numerusform>%n personer svarte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One bar of a chart read aloud: «Ja: 7».</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: fewer than %n people answered this question.</source>
        <translation>
            <numerusform>Vises ikke: færre enn %n svarte på dette spørsmålet.</numerusform>
            <numerusform>Vises ikke: færre enn %n svarte på dette spørsmålet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people answered. The texts are shown once at least %1 have written one, and never with a filter.</source>
        <translation>
            <numerusform>%n person svarte. Tekstene vises når minst %1 har skrevet en, og aldri med et filter.</numerusform>
            <numerusform>%n personer svarte. Tekstene vises når minst %1 har skrevet en, og aldri med et filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts, in random order.</source>
        <translation>
            <numerusform>%n tekst, i tilfeldig rekkefølge.</numerusform>
            <numerusform>%n tekster, i tilfeldig rekkefølge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers from 0 to 10. </source>
        <translation>
            <numerusform>%n svar fra 0 til 10. </numerusform>
            <numerusform>%n svar fra 0 til 10. </numerusform>
        </translation>
    </message>
    <message>
        <source>0 means %1, 10 means %2.</source>
        <translation>0 betyr %1, 10 betyr %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n answered. </source>
        <translation>
            <numerusform>%n svarte. </numerusform>
            <numerusform>%n svarte. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers are anonymous. A number is shown only where at least %n people answered.</source>
        <translation>
            <numerusform>Svarene er anonyme. Et tall vises bare der minst %n har svart.</numerusform>
            <numerusform>Svarene er anonyme. Et tall vises bare der minst %n har svart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Made with Medvandrer, %1.</source>
        <translation>Laget med Medvandrer, %1.</translation>
    </message>
    <message>
        <source>Free texts are never shown with a filter.</source>
        <translation>Fritekster vises aldri med et filter.</translation>
    </message>
</context>
<context>
    <name>SurveyResultsPage</name>
    <message>
        <source>Everyone who answered</source>
        <translation>Alle som svarte</translation>
    </message>
    <message>
        <source>Those who chose «%1» (%2)</source>
        <translation>De som valgte «%1» (%2)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Fetching the results …</source>
        <translation>Henter resultatene …</translation>
    </message>
    <message>
        <source>Offline. The results can be read when the phone is online.</source>
        <translation>Frakoblet. Resultatene kan leses når telefonen er på nett.</translation>
    </message>
    <message>
        <source>The results could not be fetched. Try again in a moment.</source>
        <translation>Resultatene kunne ikke hentes. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Show the answers of</source>
        <translation>Vis svarene til</translation>
    </message>
    <message>
        <source>Free texts are never shown with a filter.</source>
        <translation>Fritekster vises aldri med et filter.</translation>
    </message>
    <message>
        <source>Show the numbers as tables</source>
        <translation>Vis tallene som tabeller</translation>
    </message>
    <message>
        <source>0 = %1 · 10 = %2</source>
        <translation>0 = %1 · 10 = %2</translation>
    </message>
    <message numerus="yes">
        <source>Answers are anonymous. A question shows numbers only where at least %n people answered it.</source>
        <translation>
            <numerusform>Svarene er anonyme. Et spørsmål viser tall bare når minst %n har svart på det.</numerusform>
            <numerusform>Svarene er anonyme. Et spørsmål viser tall bare når minst %n har svart på det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save for the dialogue meeting (HTML)</source>
        <translation>Lagre til dialogmøtet (HTML)</translation>
    </message>
    <message>
        <source>Close the survey now</source>
        <translation>Steng undersøkelsen nå</translation>
    </message>
</context>
<context>
    <name>SurveySaveDialog</name>
    <message>
        <source>Save the results for the dialogue meeting</source>
        <translation>Lagre resultatene til dialogmøtet</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Nettsider (*.html)</translation>
    </message>
</context>
<context>
    <name>SurveyWords</name>
    <message>
        <source>Draft, not published</source>
        <translation>Utkast, ikke publisert</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Åpner %1</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Åpen til og med %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stengt</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 til 10</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Ett valg</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Flere valg</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Kort tekst</translation>
    </message>
    <message>
        <source>Give the survey a title (at most 200 letters).</source>
        <translation>Gi undersøkelsen en tittel (høyst 200 tegn).</translation>
    </message>
    <message>
        <source>The introduction is too long (at most 4000 letters).</source>
        <translation>Innledningen er for lang (høyst 4000 tegn).</translation>
    </message>
    <message>
        <source>Choose the day it opens and the day it closes.</source>
        <translation>Velg dagen den åpner og dagen den stenger.</translation>
    </message>
    <message>
        <source>The survey must close on or after the day it opens.</source>
        <translation>Undersøkelsen må stenge samme dag som den åpner, eller senere.</translation>
    </message>
    <message>
        <source>A survey can be open for at most a year.</source>
        <translation>En undersøkelse kan være åpen i høyst ett år.</translation>
    </message>
    <message>
        <source>Choose the activity whose participants are asked.</source>
        <translation>Velg aktiviteten der deltakerne skal spørres.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Legg til minst ett spørsmål.</translation>
    </message>
    <message>
        <source>A survey has at most 12 questions.</source>
        <translation>En undersøkelse har høyst 12 spørsmål.</translation>
    </message>
    <message>
        <source>Question %1 is not complete.</source>
        <translation>Spørsmål %1 er ikke ferdig.</translation>
    </message>
    <message>
        <source>Write question %1 (at most 500 letters).</source>
        <translation>Skriv spørsmål %1 (høyst 500 tegn).</translation>
    </message>
    <message>
        <source>Say what 0 and 10 mean in question %1.</source>
        <translation>Skriv hva 0 og 10 betyr i spørsmål %1.</translation>
    </message>
    <message>
        <source>Question %1 needs 2 to 12 choices.</source>
        <translation>Spørsmål %1 trenger 2 til 12 svaralternativer.</translation>
    </message>
    <message>
        <source>Every choice in question %1 needs a few words (at most 200 letters).</source>
        <translation>Hvert svaralternativ i spørsmål %1 trenger noen ord (høyst 200 tegn).</translation>
    </message>
    <message>
        <source>Someone else saved this survey while you were editing. Your text is still here: look at theirs in the list, then save yours again.</source>
        <translation>Noen andre lagret denne undersøkelsen mens du redigerte. Teksten din er her fortsatt: se på deres i lista, og lagre din på nytt.</translation>
    </message>
    <message>
        <source>This survey is published already and can no longer be changed.</source>
        <translation>Denne undersøkelsen er allerede publisert og kan ikke endres lenger.</translation>
    </message>
    <message>
        <source>The server did not accept the survey: %1</source>
        <translation>Serveren godtok ikke undersøkelsen: %1</translation>
    </message>
    <message>
        <source>This survey is not open.</source>
        <translation>Denne undersøkelsen er ikke åpen.</translation>
    </message>
    <message>
        <source>Only a koordinator can do this.</source>
        <translation>Bare en koordinator kan gjøre dette.</translation>
    </message>
    <message>
        <source>This survey is no longer there.</source>
        <translation>Denne undersøkelsen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>You are offline. Try again when you are connected.</source>
        <translation>Du er frakoblet. Prøv igjen når du er på nett.</translation>
    </message>
    <message>
        <source>That did not work. Try again in a moment.</source>
        <translation>Det gikk ikke. Prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>SurveyWritersPage</name>
    <message>
        <source>User representatives</source>
        <translation>Brukerrepresentanter</translation>
    </message>
    <message>
        <source>A user representative writes surveys with the team: drafts and edits them. Only a koordinator publishes.</source>
        <translation>En brukerrepresentant skriver undersøkelser sammen med teamet: lager og redigerer utkast. Bare en koordinator publiserer.</translation>
    </message>
    <message>
        <source>Offline. The list can be changed when the phone is online.</source>
        <translation>Frakoblet. Lista kan endres når telefonen er på nett.</translation>
    </message>
    <message>
        <source>The list could not be fetched. Try again in a moment.</source>
        <translation>Lista kunne ikke hentes. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Ingen deltakere ennå.</translation>
    </message>
    <message>
        <source>%1 writes surveys</source>
        <translation>%1 skriver undersøkelser</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Ask the users</source>
        <translation>Spør brukerne</translation>
    </message>
    <message>
        <source>Short surveys the team writes together with the users. Your answers are anonymous: nobody can see what you answered, and results are shown only when at least five people have answered.</source>
        <translation>Korte undersøkelser som teamet skriver sammen med brukerne. Svarene dine er anonyme: ingen kan se hva du svarte, og resultater vises bare når minst fem har svart.</translation>
    </message>
    <message>
        <source>Offline. This is the list kept on this phone (%1).</source>
        <translation>Frakoblet. Dette er lista som er lagret på telefonen (%1).</translation>
    </message>
    <message>
        <source>Offline. The surveys show here once the phone has been online.</source>
        <translation>Frakoblet. Undersøkelsene vises her når telefonen har vært på nett.</translation>
    </message>
    <message>
        <source>The list could not be fetched. Try again in a moment.</source>
        <translation>Lista kunne ikke hentes. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Fetching the surveys …</source>
        <translation>Henter undersøkelsene …</translation>
    </message>
    <message>
        <source>There are no surveys right now.</source>
        <translation>Det er ingen undersøkelser akkurat nå.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n spørsmål</numerusform>
            <numerusform>%n spørsmål</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answer «%1»</source>
        <translation>Svar på «%1»</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Results of «%1»</source>
        <translation>Resultater for «%1»</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Rediger utkast</translation>
    </message>
    <message>
        <source>Edit the draft «%1»</source>
        <translation>Rediger utkastet «%1»</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <source>Publish «%1»</source>
        <translation>Publiser «%1»</translation>
    </message>
    <message>
        <source>Write a new survey</source>
        <translation>Skriv en ny undersøkelse</translation>
    </message>
    <message>
        <source>User representatives who may write surveys</source>
        <translation>Brukerrepresentanter som kan skrive undersøkelser</translation>
    </message>
    <message>
        <source>Publish the survey?</source>
        <translation>Publisere undersøkelsen?</translation>
    </message>
    <message>
        <source>«%1» can no longer be changed once it is published. Everyone asked sees it when their app is next online.</source>
        <translation>«%1» kan ikke endres etter at den er publisert. Alle som blir spurt, ser den neste gang appen deres er på nett.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <source>A draft you have not saved yet: «%1». It is kept on this phone.</source>
        <translation>Et utkast du ikke har lagret ennå: «%1». Det er tatt vare på på denne telefonen.</translation>
    </message>
    <message>
        <source>Go on writing</source>
        <translation>Skriv videre</translation>
    </message>
    <message>
        <source>Throw this draft away</source>
        <translation>Kast dette utkastet</translation>
    </message>
</context>
<context>
    <name>medvandrer::SurveyManager</name>
    <message>
        <source>You have answered. Thank you!</source>
        <translation>Du har svart. Takk!</translation>
    </message>
    <message>
        <source>Your answer is saved on this phone and is sent as soon as you are online.</source>
        <translation>Svaret ditt er lagret på telefonen og sendes så snart du er på nett.</translation>
    </message>
    <message>
        <source>Everyone using the app</source>
        <translation>Alle som bruker appen</translation>
    </message>
    <message>
        <source>Those booked on «%1»</source>
        <translation>De som er påmeldt «%1»</translation>
    </message>
    <message>
        <source>Those booked on one activity</source>
        <translation>De som er påmeldt én aktivitet</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Oppdatert %1</translation>
    </message>
    <message>
        <source>This survey is not on this phone. Open the list again when you are online.</source>
        <translation>Denne undersøkelsen er ikke på telefonen. Åpne lista igjen når du er på nett.</translation>
    </message>
    <message>
        <source>You have answered this survey already. Each person answers once.</source>
        <translation>Du har allerede svart på denne undersøkelsen. Hver person svarer én gang.</translation>
    </message>
    <message>
        <source>This survey is closed. Answers are no longer taken.</source>
        <translation>Denne undersøkelsen er stengt. Det tas ikke imot flere svar.</translation>
    </message>
    <message>
        <source>This survey is not open for answers.</source>
        <translation>Denne undersøkelsen tar ikke imot svar nå.</translation>
    </message>
    <message>
        <source>Your answer to «%1» is too long. Shorten it a little and send again.</source>
        <translation>Svaret ditt på «%1» er for langt. Gjør det litt kortere og send igjen.</translation>
    </message>
    <message>
        <source>Thank you! Your answer is sent, without your name.</source>
        <translation>Takk! Svaret ditt er sendt, uten navnet ditt.</translation>
    </message>
    <message>
        <source>Thank you! Your answer is saved on this phone and is sent, without your name, when you are online.</source>
        <translation>Takk! Svaret ditt er lagret på telefonen og sendes, uten navnet ditt, når du er på nett.</translation>
    </message>
    <message>
        <source>You had already answered this survey, perhaps on another phone. Each person answers once, so this answer was not counted again.</source>
        <translation>Du hadde allerede svart på denne undersøkelsen, kanskje på en annen telefon. Hver person svarer én gang, så dette svaret ble ikke talt med på nytt.</translation>
    </message>
    <message>
        <source>The survey closed before your answer reached the server, so it was not counted.</source>
        <translation>Undersøkelsen stengte før svaret ditt kom fram til serveren, så det ble ikke talt med.</translation>
    </message>
    <message>
        <source>The survey was not open yet when your answer arrived. You can answer again once it opens.</source>
        <translation>Undersøkelsen var ikke åpnet ennå da svaret ditt kom. Du kan svare igjen når den åpner.</translation>
    </message>
    <message>
        <source>The server could not take your answer. Open the survey to see whether you can answer again.</source>
        <translation>Serveren kunne ikke ta imot svaret ditt. Åpne undersøkelsen for å se om du kan svare igjen.</translation>
    </message>
    <message>
        <source>This survey cannot be edited.</source>
        <translation>Denne undersøkelsen kan ikke redigeres.</translation>
    </message>
    <message>
        <source>A survey has at most 12 questions.</source>
        <translation>En undersøkelse har høyst 12 spørsmål.</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Ikke i det hele tatt</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Veldig mye</translation>
    </message>
    <message>
        <source>survey-results</source>
        <extracomment>The file name of the results export (no spaces).</extracomment>
        <translation>sporreundersokelse-resultater</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>Det er ingenting å lagre ennå.</translation>
    </message>
    <message>
        <source>The folder could not be made. Choose another place.</source>
        <translation>Mappen kunne ikke lages. Velg et annet sted.</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder.</source>
        <translation>Filen kunne ikke skrives der. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>Saved for the dialogue meeting: %1</source>
        <translation>Lagret til dialogmøtet: %1</translation>
    </message>
    <message>
        <source>Saved as a draft. The team&apos;s writers can see and edit it.</source>
        <translation>Lagret som utkast. De som skriver undersøkelser i teamet, kan se og redigere det.</translation>
    </message>
    <message>
        <source>Published. Everyone asked sees it the next time their app is online.</source>
        <translation>Publisert. Alle som blir spurt, ser den neste gang appen deres er på nett.</translation>
    </message>
    <message>
        <source>Closed. No more answers are taken, and the last ones are counted now.</source>
        <translation>Stengt. Det tas ikke imot flere svar, og de siste telles med nå.</translation>
    </message>
    <message>
        <source>Only those who chose «%1» in «%2».</source>
        <translation>Bare de som valgte «%1» i «%2».</translation>
    </message>
    <message>
        <source>Your answer could not be saved on this phone. Your choices are still here: try again.</source>
        <translation>Svaret ditt kunne ikke lagres på telefonen. Valgene dine er der fortsatt: prøv igjen.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen tittel ennå)</translation>
    </message>
</context>
</TS>
