<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Who has seen my data</source>
        <translation>Hvem har sett mine data</translation>
    </message>
    <message>
        <source>Nobody else has seen your data.</source>
        <translation>Ingen andre har sett dataene dine.</translation>
    </message>
    <message>
        <source>Each time someone else&apos;s device received your records. Newest first.</source>
        <translation>Hver gang en annens enhet fikk dataene dine. Nyeste først.</translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message>
        <source>You said – we did</source>
        <translation>Du sa – vi gjorde</translation>
    </message>
    <message>
        <source>No answers yet. When the team acts on a suggestion, it shows up here.</source>
        <translation>Ingen svar ennå. Når teamet gjør noe med et forslag, vises det her.</translation>
    </message>
</context>
<context>
    <name>GoalComments</name>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Ingen kommentarer ennå.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Svar %1</translation>
    </message>
    <message>
        <source>Replying to a comment</source>
        <translation>Du svarer på en kommentar</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Skriv en kommentar</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Skriv et svar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>You can read this goal. Commenting is not part of this share.</source>
        <translation>Du kan lese dette målet. Kommentering er ikke en del av denne delingen.</translation>
    </message>
    <message>
        <source>Comment sent. It reaches them at the next sync.</source>
        <translation>Kommentaren er sendt. Den kommer fram ved neste synkronisering.</translation>
    </message>
</context>
<context>
    <name>GoalWalkingSection</name>
    <message>
        <source>Walking beside</source>
        <translation>Medvandring</translation>
    </message>
    <message>
        <source>Only you can see this goal.</source>
        <translation>Bare du ser dette målet.</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Delt med:</translation>
    </message>
    <message>
        <source>Share with …</source>
        <translation>Del med …</translation>
    </message>
</context>
<context>
    <name>MyDataPage</name>
    <message>
        <source>My data and sharing</source>
        <translation>Mine data og deling</translation>
    </message>
    <message>
        <source>What I share, with whom</source>
        <translation>Hva jeg deler, med hvem</translation>
    </message>
    <message>
        <source>See, change or stop sharing</source>
        <translation>Se, endre eller slutt å dele</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Hvem har sett mine data</translation>
    </message>
    <message>
        <source>Every time someone else received your records</source>
        <translation>Hver gang noen andre fikk dataene dine</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Forslagskasse</translation>
    </message>
    <message>
        <source>Tell the team, without your name</source>
        <translation>Si det til teamet, uten navnet ditt</translation>
    </message>
    <message>
        <source>You said – we did</source>
        <translation>Du sa – vi gjorde</translation>
    </message>
    <message>
        <source>What the team changed</source>
        <translation>Hva teamet har endret</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Mottatte forslag</translation>
    </message>
    <message>
        <source>Read the suggestion box and answer</source>
        <translation>Les forslagskassen og svar</translation>
    </message>
    <message>
        <source>Take my data with me</source>
        <translation>Ta med meg dataene mine</translation>
    </message>
    <message>
        <source>Saves everything you own as a file (JSON) and a page you can read (HTML).</source>
        <translation>Lagrer alt du eier som en fil (JSON) og en side du kan lese (HTML).</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Eksporter dataene mine</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Slett kontoen min</translation>
    </message>
    <message>
        <source>Removes your account and everything you own, on the server and on your devices. This cannot be undone.</source>
        <translation>Fjerner kontoen din og alt du eier, på serveren og på enhetene dine. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Passordet ditt</translation>
    </message>
    <message>
        <source>Your password, to confirm</source>
        <translation>Passordet ditt, for å bekrefte</translation>
    </message>
    <message>
        <source>Delete your account for good?</source>
        <translation>Slette kontoen din for godt?</translation>
    </message>
    <message>
        <source>Your goals, check-ins, reflections and bookings will be gone from the server and from your phones. Your export is saved.</source>
        <translation>Målene, innsjekkene, refleksjonene og bookingene dine blir borte fra serveren og fra telefonene dine. Eksporten din er lagret.</translation>
    </message>
    <message>
        <source>Your goals, check-ins, reflections and bookings will be gone from the server and from your phones. You can save a copy first.</source>
        <translation>Målene, innsjekkene, refleksjonene og bookingene dine blir borte fra serveren og fra telefonene dine. Du kan lagre en kopi først.</translation>
    </message>
    <message>
        <source>Save a copy first</source>
        <translation>Lagre en kopi først</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Slett alt</translation>
    </message>
    <message>
        <source>Keep my account</source>
        <translation>Behold kontoen min</translation>
    </message>
    <message>
        <source>Choose where to save …</source>
        <translation>Velg hvor det skal lagres …</translation>
    </message>
    <message>
        <source>Where should your data be saved?</source>
        <translation>Hvor skal dataene dine lagres?</translation>
    </message>
</context>
<context>
    <name>MyParticipantsPage</name>
    <message>
        <source>My participants</source>
        <translation>Mine deltakere</translation>
    </message>
    <message>
        <source>Nobody shares a goal with you yet. When someone does, they show up here.</source>
        <translation>Ingen deler et mål med deg ennå. Når noen gjør det, vises de her.</translation>
    </message>
    <message>
        <source>When to mention a quiet period</source>
        <translation>Når en stille periode skal nevnes</translation>
    </message>
    <message>
        <source>After this many days without a check-in</source>
        <translation>Etter så mange dager uten innsjekk</translation>
    </message>
    <message>
        <source>Days without a check-in</source>
        <translation>Dager uten innsjekk</translation>
    </message>
    <message>
        <source>Connect with someone</source>
        <translation>Koble til en person</translation>
    </message>
    <message>
        <source>Show a short code the person types in their app. It works for 15 minutes.</source>
        <translation>Vis en kort kode som personen skriver inn i appen sin. Den virker i 15 minutter.</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation>Koden din: %1</translation>
    </message>
    <message>
        <source>Show a code</source>
        <translation>Vis en kode</translation>
    </message>
    <message>
        <source>The code has run out. Show a new one when you need it.</source>
        <translation>Koden har gått ut. Vis en ny når du trenger det.</translation>
    </message>
    <message>
        <source>Connected. The code is used up.</source>
        <translation>Koblet sammen. Koden er brukt opp.</translation>
    </message>
    <message>
        <source>This phone has not synced yet, so someone may have checked in without it showing here.</source>
        <translation>Denne telefonen har ikke synkronisert ennå, så noen kan ha sjekket inn uten at det vises her.</translation>
    </message>
    <message>
        <source>This phone last synced %1. Someone may have checked in since.</source>
        <translation>Denne telefonen synkroniserte sist %1. Noen kan ha sjekket inn siden.</translation>
    </message>
    <message>
        <source>As of the last sync, %1.</source>
        <translation>Slik det var ved siste synkronisering, %1.</translation>
    </message>
    <message>
        <source>Works for %1:%2 more, once.</source>
        <translation>Virker i %1:%2 til, én gang.</translation>
    </message>
    <message numerus="yes">
        <source>Works for %n more minute(s)</source>
        <translation>
            <numerusform>Virker i %n minutt til</numerusform>
            <numerusform>Virker i %n minutter til</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the code</source>
        <translation>Skjul koden</translation>
    </message>
</context>
<context>
    <name>MySharesPage</name>
    <message>
        <source>What I share, with whom</source>
        <translation>Hva jeg deler, med hvem</translation>
    </message>
    <message>
        <source>You share nothing. Your goals are yours alone.</source>
        <translation>Du deler ingenting. Målene dine er bare dine.</translation>
    </message>
    <message>
        <source>Stopping takes effect the next time their device syncs: the goal leaves it.</source>
        <translation>Det gjelder neste gang enheten deres synkroniserer: da forsvinner målet derfra.</translation>
    </message>
    <message>
        <source>Only reading</source>
        <translation>Bare lese</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Tillat kommentarer</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Slutt å dele</translation>
    </message>
    <message>
        <source>Stop sharing %1 with %2</source>
        <translation>Slutt å dele %1 med %2</translation>
    </message>
    <message>
        <source>Stop sharing my notes</source>
        <translation>Slutt å dele notatene mine</translation>
    </message>
    <message>
        <source>Share my check-in notes too</source>
        <translation>Del notatene fra innsjekkene også</translation>
    </message>
</context>
<context>
    <name>ParticipantGoalsPage</name>
    <message>
        <source>Goals %1 shares with you</source>
        <translation>Mål %1 deler med deg</translation>
    </message>
    <message>
        <source>%1 no longer shares any goals with you.</source>
        <translation>%1 deler ikke lenger noen mål med deg.</translation>
    </message>
</context>
<context>
    <name>ShareGoalPage</name>
    <message>
        <source>Share this goal</source>
        <translation>Del dette målet</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Fant %1.</translation>
    </message>
    <message>
        <source>You choose who sees this goal, and you can stop sharing at any time.</source>
        <translation>Du velger hvem som ser dette målet, og du kan slutte å dele når som helst.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>The list of helpers comes when you are online. You can also type a code.</source>
        <translation>Listen over hjelpere kommer når du er på nett. Du kan også skrive inn en kode.</translation>
    </message>
    <message>
        <source>Code from your helper</source>
        <translation>Kode fra hjelperen din</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>Find helper by code</source>
        <translation>Finn hjelper med kode</translation>
    </message>
    <message>
        <source>What they may do</source>
        <translation>Hva de kan gjøre</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lese</translation>
    </message>
    <message>
        <source>Read and comment</source>
        <translation>Lese og kommentere</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Shared. It reaches them at the next sync.</source>
        <translation>Delt. Det når dem ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Your check-in notes</source>
        <translation>Notatene fra innsjekkene dine</translation>
    </message>
    <message>
        <source>Also share what I write with my check-ins</source>
        <translation>Del også det jeg skriver når jeg sjekker inn</translation>
    </message>
    <message>
        <source>They see this goal, why it matters, its steps, and your check-ins with their notes. They cannot change anything.</source>
        <translation>De ser målet, hvorfor det er viktig, stegene og innsjekkene dine med notatene. De kan ikke endre noe.</translation>
    </message>
    <message>
        <source>They see this goal, why it matters, its steps, and the day and number of each check-in – not your notes. They cannot change anything.</source>
        <translation>De ser målet, hvorfor det er viktig, stegene og dag og tall for hver innsjekk – ikke notatene dine. De kan ikke endre noe.</translation>
    </message>
</context>
<context>
    <name>SharedGoalPage</name>
    <message>
        <source>Check-ins over time</source>
        <translation>Innsjekker over tid</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Ingen innsjekker ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s).</source>
        <translation>
            <numerusform>%n innsjekk.</numerusform>
            <numerusform>%n innsjekker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small steps</source>
        <translation>Små steg</translation>
    </message>
    <message>
        <source>Done: </source>
        <translation>Gjort: </translation>
    </message>
    <message>
        <source>Not yet: </source>
        <translation>Ikke ennå: </translation>
    </message>
    <message>
        <source>This goal is no longer shared with you. What you saw is removed from this phone.</source>
        <translation>Dette målet deles ikke lenger med deg. Det du så, er fjernet fra denne telefonen.</translation>
    </message>
    <message>
        <source>Shared with you: this goal, its steps, and the check-ins with their notes.</source>
        <translation>Delt med deg: målet, stegene og innsjekkene med notatene.</translation>
    </message>
    <message>
        <source>Shared with you: this goal, its steps, and the day and number of each check-in. Notes are not shared.</source>
        <translation>Delt med deg: målet, stegene og dag og tall for hver innsjekk. Notatene deles ikke.</translation>
    </message>
</context>
<context>
    <name>SuggestionPage</name>
    <message>
        <source>Suggestion box</source>
        <translation>Forslagskasse</translation>
    </message>
    <message>
        <source>Something that works</source>
        <translation>Noe som fungerer</translation>
    </message>
    <message>
        <source>Something that is missing</source>
        <translation>Noe som mangler</translation>
    </message>
    <message>
        <source>An idea</source>
        <translation>En idé</translation>
    </message>
    <message>
        <source>Your name is not sent, and no one can see who wrote it.</source>
        <translation>Navnet ditt sendes ikke, og ingen kan se hvem som skrev det.</translation>
    </message>
    <message>
        <source>Write here</source>
        <translation>Skriv her</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Forslaget ditt</translation>
    </message>
    <message>
        <source>Send anonymously</source>
        <translation>Send anonymt</translation>
    </message>
    <message>
        <source>You said – we did</source>
        <translation>Du sa – vi gjorde</translation>
    </message>
</context>
<context>
    <name>SuggestionsAdminPage</name>
    <message>
        <source>Suggestions received</source>
        <translation>Mottatte forslag</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fungerer</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lapper</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>Ingen forslag ennå.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Merk som lest</translation>
    </message>
    <message>
        <source>Publish an answer</source>
        <translation>Publiser et svar</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Kort tittel</translation>
    </message>
    <message>
        <source>You said … we did …</source>
        <translation>Du sa … vi gjorde …</translation>
    </message>
    <message>
        <source>Answer everyone can read</source>
        <translation>Svar alle kan lese</translation>
    </message>
    <message>
        <source>Publish for everyone</source>
        <translation>Publiser for alle</translation>
    </message>
</context>
<context>
    <name>WalkNav</name>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>My data and sharing</source>
        <translation>Mine data og deling</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Forslagskasse</translation>
    </message>
    <message>
        <source>Tell the team, without your name</source>
        <translation>Si det til teamet, uten navnet ditt</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Mottatte forslag</translation>
    </message>
    <message>
        <source>Read the suggestion box and answer</source>
        <translation>Les forslagskassa og svar</translation>
    </message>
    <message>
        <source>To keep writers unknown, notes reach the team in groups of at least five, or all together once the week is over. It can take some days before yours is read.</source>
        <translation>For at ingen skal vite hvem som skrev, kommer lappene til teamet i grupper på minst fem, eller samlet når uka er over. Det kan gå noen dager før din blir lest.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uke %1</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation>uke %1, %2</translation>
    </message>
</context>
<context>
    <name>medvandrer</name>
    <message>
        <source>booked</source>
        <translation>booket</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>på venteliste</translation>
    </message>
    <message>
        <source>offered a seat</source>
        <translation>tilbudt plass</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbestilt</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>var der</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>takket nei</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>venter på å bli sendt</translation>
    </message>
</context>
<context>
    <name>medvandrer::ExportPage</name>
    <message>
        <source>My data in Medvandrer</source>
        <translation>Mine data i Medvandrer</translation>
    </message>
    <message>
        <source>%1, exported %2</source>
        <translation>%1, eksportert %2</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Innsjekker</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Delt med</translation>
    </message>
    <message>
        <source>An activity no longer in the calendar</source>
        <translation>En aktivitet som ikke lenger er i kalenderen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookinger</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksjoner</translation>
    </message>
    <message>
        <source>Every record is in medvandrer-export.json.</source>
        <translation>Alle opplysningene ligger i medvandrer-export.json.</translation>
    </message>
</context>
<context>
    <name>medvandrer::WalkingFiles</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kunne ikke lage mappen %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
</context>
<context>
    <name>medvandrer::WalkingManager</name>
    <message>
        <source>Your data was saved in %1.</source>
        <translation>Dataene dine ble lagret i %1.</translation>
    </message>
    <message>
        <source>Please check what you wrote and try again.</source>
        <translation>Se over det du skrev, og prøv igjen.</translation>
    </message>
    <message>
        <source>Your account and everything in it has been deleted.</source>
        <translation>Kontoen din og alt i den er slettet.</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>færre enn 5</translation>
    </message>
    <message>
        <source>This needs a connection to the server. Please try again when you are online.</source>
        <translation>Dette trenger forbindelse til serveren. Prøv igjen når du er på nett.</translation>
    </message>
    <message>
        <source>The password did not match. Nothing was deleted.</source>
        <translation>Passordet stemte ikke. Ingenting ble slettet.</translation>
    </message>
    <message>
        <source>That code did not work. Ask for a new one and try again.</source>
        <translation>Den koden virket ikke. Be om en ny og prøv igjen.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait a while and try again.</source>
        <translation>For mange forsøk. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>The server could not do this just now. Please try again later.</source>
        <translation>Serveren fikk ikke til dette akkurat nå. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>A helper</source>
        <translation>En hjelper</translation>
    </message>
    <message>
        <source>Thank you. Your suggestion is sent without your name.</source>
        <translation>Takk. Forslaget ditt sendes uten navnet ditt.</translation>
    </message>
    <message>
        <source>Your answer is published for everyone.</source>
        <translation>Svaret ditt er publisert for alle.</translation>
    </message>
    <message numerus="yes">
        <source>Saw %1, %n time(s)</source>
        <extracomment>%1 is a code for what was seen, from a newer server version.</extracomment>
        <translation>
            <numerusform>Så %1, %n gang</numerusform>
            <numerusform>Så %1, %n ganger</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>Skriv passordet ditt for å bekrefte.</translation>
    </message>
    <message>
        <source>%1 can read and comment</source>
        <translation>%1 kan lese og kommentere</translation>
    </message>
    <message>
        <source>%1 can read</source>
        <translation>%1 kan lese</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Noen</translation>
    </message>
    <message>
        <source>%1 has not shared a check-in yet</source>
        <translation>%1 har ikke delt en innsjekk ennå</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not checked in for %n days</source>
        <translation>
            <numerusform>%1 har ikke sjekket inn på %n dag</numerusform>
            <numerusform>%1 har ikke sjekket inn på %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked in today</source>
        <translation>%1 sjekket inn i dag</translation>
    </message>
    <message numerus="yes">
        <source>%1 last checked in %n days ago</source>
        <translation>
            <numerusform>%1 sjekket sist inn for %n dag siden</numerusform>
            <numerusform>%1 sjekket sist inn for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check-in %1</source>
        <translation>Siste innsjekk %1</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Ingen innsjekker ennå</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Deg</translation>
    </message>
    <message>
        <source>Fewer than 5 suggestions</source>
        <translation>Færre enn 5 forslag</translation>
    </message>
    <message>
        <source>with your check-in notes</source>
        <translation>med notatene fra innsjekkene</translation>
    </message>
    <message>
        <source>check-in numbers, not your notes</source>
        <translation>tallene fra innsjekkene, ikke notatene</translation>
    </message>
    <message numerus="yes">
        <source>Saw your goal «%1», %n time(s)</source>
        <translation>
            <numerusform>Så målet ditt «%1», %n gang</numerusform>
            <numerusform>Så målet ditt «%1», %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw your goal, %n time(s)</source>
        <translation>
            <numerusform>Så målet ditt, %n gang</numerusform>
            <numerusform>Så målet ditt, %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the steps of «%1», %n time(s)</source>
        <translation>
            <numerusform>Så stegene i «%1», %n gang</numerusform>
            <numerusform>Så stegene i «%1», %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw steps, %n time(s)</source>
        <translation>
            <numerusform>Så steg, %n gang</numerusform>
            <numerusform>Så steg, %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the check-ins on «%1», %n time(s)</source>
        <translation>
            <numerusform>Så innsjekkene på «%1», %n gang</numerusform>
            <numerusform>Så innsjekkene på «%1», %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw check-ins, %n time(s)</source>
        <translation>
            <numerusform>Så innsjekker, %n gang</numerusform>
            <numerusform>Så innsjekker, %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the comments on «%1», %n time(s)</source>
        <translation>
            <numerusform>Så kommentarene på «%1», %n gang</numerusform>
            <numerusform>Så kommentarene på «%1», %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw comments, %n time(s)</source>
        <translation>
            <numerusform>Så kommentarer, %n gang</numerusform>
            <numerusform>Så kommentarer, %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a reflection on «%1», %n time(s)</source>
        <translation>
            <numerusform>Så en refleksjon om «%1», %n gang</numerusform>
            <numerusform>Så en refleksjon om «%1», %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a reflection, %n time(s)</source>
        <translation>
            <numerusform>Så en refleksjon, %n gang</numerusform>
            <numerusform>Så en refleksjon, %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw what you share of «%1», %n time(s)</source>
        <translation>
            <numerusform>Så hva du deler av «%1», %n gang</numerusform>
            <numerusform>Så hva du deler av «%1», %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw what you share, %n time(s)</source>
        <translation>
            <numerusform>Så hva du deler, %n gang</numerusform>
            <numerusform>Så hva du deler, %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a booking, %n time(s)</source>
        <translation>
            <numerusform>Så en booking, %n gang</numerusform>
            <numerusform>Så en booking, %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <extracomment>A week&apos;s anonymous suggestions; %1 lists the categories with five or more («Activities: 6, Other: 5»).</extracomment>
        <translation>
            <numerusform>%n forslag</numerusform>
            <numerusform>%n forslag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) (%1)</source>
        <translation>
            <numerusform>%n forslag (%1)</numerusform>
            <numerusform>%n forslag (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw your plan for hard days, %n time(s)</source>
        <translation>
            <numerusform>Så planen din for tunge dager, %n gang</numerusform>
            <numerusform>Så planen din for tunge dager, %n ganger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw «About me», %n time(s)</source>
        <translation>
            <numerusform>Så «Om meg», %n gang</numerusform>
            <numerusform>Så «Om meg», %n ganger</numerusform>
        </translation>
    </message>
    <message>
        <source>My plan for hard days</source>
        <translation>Min plan for tunge dager</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Om meg</translation>
    </message>
</context>
</TS>
