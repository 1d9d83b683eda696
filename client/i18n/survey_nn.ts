<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>SurveyAnswerPage</name>
    <message>
        <source>Survey</source>
        <translation>Undersøking</translation>
    </message>
    <message>
        <source>This survey is not on this phone. Go back to the list when you are online.</source>
        <translation>Denne undersøkinga er ikkje på telefonen. Gå tilbake til lista når du er på nett.</translation>
    </message>
    <message>
        <source>Your answer is anonymous: your name is not sent with it, and nobody can see what you answered. You can skip any question.</source>
        <translation>Svaret ditt er anonymt: namnet ditt blir ikkje sendt med, og ingen kan sjå kva du svarte. Du kan hoppe over alle spørsmål du vil.</translation>
    </message>
    <message>
        <source>This survey is closed. Answers are no longer taken.</source>
        <translation>Denne undersøkinga er stengd. Det blir ikkje teke imot fleire svar.</translation>
    </message>
    <message>
        <source>This survey is not for you to answer.</source>
        <translation>Denne undersøkinga er ikkje til deg.</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Send svaret mitt</translation>
    </message>
    <message>
        <source>See the results</source>
        <translation>Sjå resultata</translation>
    </message>
</context>
<context>
    <name>SurveyEditPage</name>
    <message>
        <source>New survey</source>
        <translation>Ny undersøking</translation>
    </message>
    <message>
        <source>Edit the draft</source>
        <translation>Rediger utkastet</translation>
    </message>
    <message>
        <source>Write the survey together with the users. A draft is seen only by those who write surveys; a koordinator publishes it.</source>
        <translation>Skriv undersøkinga saman med brukarane. Berre dei som skriv undersøkingar, ser utkastet; ein koordinator publiserer det.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Innleiing</translation>
    </message>
    <message>
        <source>What the survey is for, and that the answers are anonymous</source>
        <translation>Kva undersøkinga er til, og at svara er anonyme</translation>
    </message>
    <message>
        <source>Opens on</source>
        <translation>Opnar</translation>
    </message>
    <message>
        <source>Closes after</source>
        <translation>Stengjer etter</translation>
    </message>
    <message>
        <source>Who is asked</source>
        <translation>Kven som blir spurd</translation>
    </message>
    <message>
        <source>Everyone using the app</source>
        <translation>Alle som brukar appen</translation>
    </message>
    <message>
        <source>Those booked on one activity</source>
        <translation>Dei som er påmelde éin aktivitet</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Questions (%1 of at most 12)</source>
        <translation>Spørsmål (%1 av høgst 12)</translation>
    </message>
    <message>
        <source>Add a question:</source>
        <translation>Legg til eit spørsmål:</translation>
    </message>
    <message>
        <source>Add a question: %1</source>
        <translation>Legg til eit spørsmål: %1</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Lagrar …</translation>
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
        <translation>Spør brukarane</translation>
    </message>
    <message numerus="yes">
        <source>%n survey(s) waiting for your answer</source>
        <translation>
            <numerusform>%n undersøking ventar på svaret ditt</numerusform>
            <numerusform>%n undersøkingar ventar på svaret ditt</numerusform>
        </translation>
    </message>
    <message>
        <source>Short anonymous surveys from the team</source>
        <translation>Korte, anonyme undersøkingar frå teamet</translation>
    </message>
    <message>
        <source>Write surveys with the users, publish them, read the results</source>
        <translation>Skriv undersøkingar med brukarane, publiser dei, les resultata</translation>
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
            <numerusform>Korte svar er best: %n teikn att.</numerusform>
            <numerusform>Korte svar er best: %n teikn att.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) too many: shorten it a little.</source>
        <translation>
            <numerusform>%n teikn for mykje: gjer det litt kortare.</numerusform>
            <numerusform>%n teikn for mykje: gjer det litt kortare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svara på</translation>
    </message>
    <message>
        <source>Not answered: skipped</source>
        <translation>Ikkje svara på: blir hoppa over</translation>
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
        <translation>Kva 0 tyder</translation>
    </message>
    <message>
        <source>What 10 means</source>
        <translation>Kva 10 tyder</translation>
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
        <translation>Legg til eit svaralternativ</translation>
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
            <numerusform>Færre enn %n har svart så langt. For at alle skal vere anonyme, blir ingenting vist før minst %n har svart.</numerusform>
            <numerusform>Færre enn %n har svart så langt. For at alle skal vere anonyme, blir ingenting vist før minst %n har svart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people answered.</source>
        <translation>
            <numerusform>%n person svarte.</numerusform>
            <numerusform>%n personar svarte.</numerusform>
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
            <numerusform>Blir ikkje vist: færre enn %n svarte på dette spørsmålet.</numerusform>
            <numerusform>Blir ikkje vist: færre enn %n svarte på dette spørsmålet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people answered. The texts are shown once at least %1 have written one, and never with a filter.</source>
        <translation>
            <numerusform>%n person svarte. Tekstane blir viste når minst %1 har skrive ein, og aldri med eit filter.</numerusform>
            <numerusform>%n personar svarte. Tekstane blir viste når minst %1 har skrive ein, og aldri med eit filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts, in random order.</source>
        <translation>
            <numerusform>%n tekst, i tilfeldig rekkjefølgje.</numerusform>
            <numerusform>%n tekstar, i tilfeldig rekkjefølgje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers from 0 to 10. </source>
        <translation>
            <numerusform>%n svar frå 0 til 10. </numerusform>
            <numerusform>%n svar frå 0 til 10. </numerusform>
        </translation>
    </message>
    <message>
        <source>0 means %1, 10 means %2.</source>
        <translation>0 tyder %1, 10 tyder %2.</translation>
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
            <numerusform>Svara er anonyme. Eit tal blir berre vist der minst %n har svart.</numerusform>
            <numerusform>Svara er anonyme. Eit tal blir berre vist der minst %n har svart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personar</translation>
    </message>
    <message>
        <source>Made with Medvandrer, %1.</source>
        <translation>Laga med Medvandrer, %1.</translation>
    </message>
    <message>
        <source>Free texts are never shown with a filter.</source>
        <translation>Fritekstar blir aldri viste med eit filter.</translation>
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
        <translation>Dei som valde «%1» (%2)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Fetching the results …</source>
        <translation>Hentar resultata …</translation>
    </message>
    <message>
        <source>Offline. The results can be read when the phone is online.</source>
        <translation>Fråkopla. Resultata kan lesast når telefonen er på nett.</translation>
    </message>
    <message>
        <source>The results could not be fetched. Try again in a moment.</source>
        <translation>Resultata kunne ikkje hentast. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Show the answers of</source>
        <translation>Vis svara til</translation>
    </message>
    <message>
        <source>Free texts are never shown with a filter.</source>
        <translation>Fritekstar blir aldri viste med eit filter.</translation>
    </message>
    <message>
        <source>Show the numbers as tables</source>
        <translation>Vis tala som tabellar</translation>
    </message>
    <message>
        <source>0 = %1 · 10 = %2</source>
        <translation>0 = %1 · 10 = %2</translation>
    </message>
    <message numerus="yes">
        <source>Answers are anonymous. A question shows numbers only where at least %n people answered it.</source>
        <translation>
            <numerusform>Svara er anonyme. Eit spørsmål viser tal berre når minst %n har svart på det.</numerusform>
            <numerusform>Svara er anonyme. Eit spørsmål viser tal berre når minst %n har svart på det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save for the dialogue meeting (HTML)</source>
        <translation>Lagre til dialogmøtet (HTML)</translation>
    </message>
    <message>
        <source>Close the survey now</source>
        <translation>Steng undersøkinga no</translation>
    </message>
</context>
<context>
    <name>SurveySaveDialog</name>
    <message>
        <source>Save the results for the dialogue meeting</source>
        <translation>Lagre resultata til dialogmøtet</translation>
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
        <translation>Utkast, ikkje publisert</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Opnar %1</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Open til og med %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stengd</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 til 10</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Eitt val</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Fleire val</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Kort tekst</translation>
    </message>
    <message>
        <source>Give the survey a title (at most 200 letters).</source>
        <translation>Gi undersøkinga ein tittel (høgst 200 teikn).</translation>
    </message>
    <message>
        <source>The introduction is too long (at most 4000 letters).</source>
        <translation>Innleiinga er for lang (høgst 4000 teikn).</translation>
    </message>
    <message>
        <source>Choose the day it opens and the day it closes.</source>
        <translation>Vel dagen ho opnar og dagen ho stengjer.</translation>
    </message>
    <message>
        <source>The survey must close on or after the day it opens.</source>
        <translation>Undersøkinga må stengje same dag som ho opnar, eller seinare.</translation>
    </message>
    <message>
        <source>A survey can be open for at most a year.</source>
        <translation>Ei undersøking kan vere open i høgst eitt år.</translation>
    </message>
    <message>
        <source>Choose the activity whose participants are asked.</source>
        <translation>Vel aktiviteten der deltakarane skal spørjast.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Legg til minst eitt spørsmål.</translation>
    </message>
    <message>
        <source>A survey has at most 12 questions.</source>
        <translation>Ei undersøking har høgst 12 spørsmål.</translation>
    </message>
    <message>
        <source>Question %1 is not complete.</source>
        <translation>Spørsmål %1 er ikkje ferdig.</translation>
    </message>
    <message>
        <source>Write question %1 (at most 500 letters).</source>
        <translation>Skriv spørsmål %1 (høgst 500 teikn).</translation>
    </message>
    <message>
        <source>Say what 0 and 10 mean in question %1.</source>
        <translation>Skriv kva 0 og 10 tyder i spørsmål %1.</translation>
    </message>
    <message>
        <source>Question %1 needs 2 to 12 choices.</source>
        <translation>Spørsmål %1 treng 2 til 12 svaralternativ.</translation>
    </message>
    <message>
        <source>Every choice in question %1 needs a few words (at most 200 letters).</source>
        <translation>Kvart svaralternativ i spørsmål %1 treng nokre ord (høgst 200 teikn).</translation>
    </message>
    <message>
        <source>Someone else saved this survey while you were editing. Your text is still here: look at theirs in the list, then save yours again.</source>
        <translation>Nokon andre lagra denne undersøkinga medan du redigerte. Teksten din er her framleis: sjå på deira i lista, og lagre din på nytt.</translation>
    </message>
    <message>
        <source>This survey is published already and can no longer be changed.</source>
        <translation>Denne undersøkinga er alt publisert og kan ikkje endrast lenger.</translation>
    </message>
    <message>
        <source>The server did not accept the survey: %1</source>
        <translation>Tenaren godtok ikkje undersøkinga: %1</translation>
    </message>
    <message>
        <source>This survey is not open.</source>
        <translation>Denne undersøkinga er ikkje open.</translation>
    </message>
    <message>
        <source>Only a koordinator can do this.</source>
        <translation>Berre ein koordinator kan gjere dette.</translation>
    </message>
    <message>
        <source>This survey is no longer there.</source>
        <translation>Denne undersøkinga finst ikkje lenger.</translation>
    </message>
    <message>
        <source>You are offline. Try again when you are connected.</source>
        <translation>Du er fråkopla. Prøv igjen når du er på nett.</translation>
    </message>
    <message>
        <source>That did not work. Try again in a moment.</source>
        <translation>Det gjekk ikkje. Prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>SurveyWritersPage</name>
    <message>
        <source>User representatives</source>
        <translation>Brukarrepresentantar</translation>
    </message>
    <message>
        <source>A user representative writes surveys with the team: drafts and edits them. Only a koordinator publishes.</source>
        <translation>Ein brukarrepresentant skriv undersøkingar saman med teamet: lagar og redigerer utkast. Berre ein koordinator publiserer.</translation>
    </message>
    <message>
        <source>Offline. The list can be changed when the phone is online.</source>
        <translation>Fråkopla. Lista kan endrast når telefonen er på nett.</translation>
    </message>
    <message>
        <source>The list could not be fetched. Try again in a moment.</source>
        <translation>Lista kunne ikkje hentast. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Ingen deltakarar enno.</translation>
    </message>
    <message>
        <source>%1 writes surveys</source>
        <translation>%1 skriv undersøkingar</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Ask the users</source>
        <translation>Spør brukarane</translation>
    </message>
    <message>
        <source>Short surveys the team writes together with the users. Your answers are anonymous: nobody can see what you answered, and results are shown only when at least five people have answered.</source>
        <translation>Korte undersøkingar som teamet skriv saman med brukarane. Svara dine er anonyme: ingen kan sjå kva du svarte, og resultat blir berre viste når minst fem har svart.</translation>
    </message>
    <message>
        <source>Offline. This is the list kept on this phone (%1).</source>
        <translation>Fråkopla. Dette er lista som er lagra på telefonen (%1).</translation>
    </message>
    <message>
        <source>Offline. The surveys show here once the phone has been online.</source>
        <translation>Fråkopla. Undersøkingane blir viste her når telefonen har vore på nett.</translation>
    </message>
    <message>
        <source>The list could not be fetched. Try again in a moment.</source>
        <translation>Lista kunne ikkje hentast. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Fetching the surveys …</source>
        <translation>Hentar undersøkingane …</translation>
    </message>
    <message>
        <source>There are no surveys right now.</source>
        <translation>Det er ingen undersøkingar akkurat no.</translation>
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
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Results of «%1»</source>
        <translation>Resultat for «%1»</translation>
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
        <translation>Skriv ei ny undersøking</translation>
    </message>
    <message>
        <source>User representatives who may write surveys</source>
        <translation>Brukarrepresentantar som kan skrive undersøkingar</translation>
    </message>
    <message>
        <source>Publish the survey?</source>
        <translation>Publisere undersøkinga?</translation>
    </message>
    <message>
        <source>«%1» can no longer be changed once it is published. Everyone asked sees it when their app is next online.</source>
        <translation>«%1» kan ikkje endrast etter at ho er publisert. Alle som blir spurde, ser ho neste gong appen deira er på nett.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikkje no</translation>
    </message>
    <message>
        <source>A draft you have not saved yet: «%1». It is kept on this phone.</source>
        <translation>Eit utkast du ikkje har lagra enno: «%1». Det er teke vare på på denne telefonen.</translation>
    </message>
    <message>
        <source>Go on writing</source>
        <translation>Skriv vidare</translation>
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
        <translation>Svaret ditt er lagra på telefonen og blir sendt så snart du er på nett.</translation>
    </message>
    <message>
        <source>Everyone using the app</source>
        <translation>Alle som brukar appen</translation>
    </message>
    <message>
        <source>Those booked on «%1»</source>
        <translation>Dei som er påmelde «%1»</translation>
    </message>
    <message>
        <source>Those booked on one activity</source>
        <translation>Dei som er påmelde éin aktivitet</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Oppdatert %1</translation>
    </message>
    <message>
        <source>This survey is not on this phone. Open the list again when you are online.</source>
        <translation>Denne undersøkinga er ikkje på telefonen. Opne lista igjen når du er på nett.</translation>
    </message>
    <message>
        <source>You have answered this survey already. Each person answers once.</source>
        <translation>Du har alt svart på denne undersøkinga. Kvar person svarar éin gong.</translation>
    </message>
    <message>
        <source>This survey is closed. Answers are no longer taken.</source>
        <translation>Denne undersøkinga er stengd. Det blir ikkje teke imot fleire svar.</translation>
    </message>
    <message>
        <source>This survey is not open for answers.</source>
        <translation>Denne undersøkinga tek ikkje imot svar no.</translation>
    </message>
    <message>
        <source>Your answer to «%1» is too long. Shorten it a little and send again.</source>
        <translation>Svaret ditt på «%1» er for langt. Gjer det litt kortare og send igjen.</translation>
    </message>
    <message>
        <source>Thank you! Your answer is sent, without your name.</source>
        <translation>Takk! Svaret ditt er sendt, utan namnet ditt.</translation>
    </message>
    <message>
        <source>Thank you! Your answer is saved on this phone and is sent, without your name, when you are online.</source>
        <translation>Takk! Svaret ditt er lagra på telefonen og blir sendt, utan namnet ditt, når du er på nett.</translation>
    </message>
    <message>
        <source>You had already answered this survey, perhaps on another phone. Each person answers once, so this answer was not counted again.</source>
        <translation>Du hadde alt svart på denne undersøkinga, kanskje på ein annan telefon. Kvar person svarar éin gong, så dette svaret vart ikkje talt med på nytt.</translation>
    </message>
    <message>
        <source>The survey closed before your answer reached the server, so it was not counted.</source>
        <translation>Undersøkinga stengde før svaret ditt kom fram til tenaren, så det vart ikkje talt med.</translation>
    </message>
    <message>
        <source>The survey was not open yet when your answer arrived. You can answer again once it opens.</source>
        <translation>Undersøkinga var ikkje opna enno då svaret ditt kom. Du kan svare igjen når ho opnar.</translation>
    </message>
    <message>
        <source>The server could not take your answer. Open the survey to see whether you can answer again.</source>
        <translation>Tenaren kunne ikkje ta imot svaret ditt. Opne undersøkinga for å sjå om du kan svare igjen.</translation>
    </message>
    <message>
        <source>This survey cannot be edited.</source>
        <translation>Denne undersøkinga kan ikkje redigerast.</translation>
    </message>
    <message>
        <source>A survey has at most 12 questions.</source>
        <translation>Ei undersøking har høgst 12 spørsmål.</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Ikkje i det heile</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Veldig mykje</translation>
    </message>
    <message>
        <source>survey-results</source>
        <extracomment>The file name of the results export (no spaces).</extracomment>
        <translation>sporjeundersoking-resultat</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>Det er ingenting å lagre enno.</translation>
    </message>
    <message>
        <source>The folder could not be made. Choose another place.</source>
        <translation>Mappa kunne ikkje lagast. Vel ein annan stad.</translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder.</source>
        <translation>Fila kunne ikkje skrivast der. Vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Saved for the dialogue meeting: %1</source>
        <translation>Lagra til dialogmøtet: %1</translation>
    </message>
    <message>
        <source>Saved as a draft. The team&apos;s writers can see and edit it.</source>
        <translation>Lagra som utkast. Dei som skriv undersøkingar i teamet, kan sjå og redigere det.</translation>
    </message>
    <message>
        <source>Published. Everyone asked sees it the next time their app is online.</source>
        <translation>Publisert. Alle som blir spurde, ser ho neste gong appen deira er på nett.</translation>
    </message>
    <message>
        <source>Closed. No more answers are taken, and the last ones are counted now.</source>
        <translation>Stengd. Det blir ikkje teke imot fleire svar, og dei siste blir talde med no.</translation>
    </message>
    <message>
        <source>Only those who chose «%1» in «%2».</source>
        <translation>Berre dei som valde «%1» i «%2».</translation>
    </message>
    <message>
        <source>Your answer could not be saved on this phone. Your choices are still here: try again.</source>
        <translation>Svaret ditt kunne ikkje lagrast på telefonen. Vala dine er der framleis: prøv igjen.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen tittel enno)</translation>
    </message>
</context>
</TS>
