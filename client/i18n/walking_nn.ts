<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Who has seen my data</source>
        <translation>Kven har sett dataa mine</translation>
    </message>
    <message>
        <source>Nobody else has seen your data.</source>
        <translation>Ingen andre har sett dataa dine.</translation>
    </message>
    <message>
        <source>Each time someone else&apos;s device received your records. Newest first.</source>
        <translation>Kvar gong eininga til nokon andre fekk dataa dine. Nyaste først.</translation>
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
        <translation>Ingen svar enno. Når teamet gjer noko med eit forslag, ser du det her.</translation>
    </message>
</context>
<context>
    <name>GoalComments</name>
    <message>
        <source>Comments</source>
        <translation>Kommentarar</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Ingen kommentarar enno.</translation>
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
        <translation>Du svarar på ein kommentar</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Skriv ein kommentar</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Skriv eit svar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>You can read this goal. Commenting is not part of this share.</source>
        <translation>Du kan lese dette målet. Å kommentere er ikkje ein del av denne delinga.</translation>
    </message>
    <message>
        <source>Comment sent. It reaches them at the next sync.</source>
        <translation>Kommentaren er sendt. Han kjem fram ved neste synkronisering.</translation>
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
        <translation>Berre du ser dette målet.</translation>
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
        <translation>Dataa mine og deling</translation>
    </message>
    <message>
        <source>What I share, with whom</source>
        <translation>Kva eg deler, med kven</translation>
    </message>
    <message>
        <source>See, change or stop sharing</source>
        <translation>Sjå, endre eller slutt å dele</translation>
    </message>
    <message>
        <source>Who has seen my data</source>
        <translation>Kven har sett dataa mine</translation>
    </message>
    <message>
        <source>Every time someone else received your records</source>
        <translation>Kvar gong nokon andre fekk dataa dine</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Forslagskasse</translation>
    </message>
    <message>
        <source>Tell the team, without your name</source>
        <translation>Sei det til teamet, utan namnet ditt</translation>
    </message>
    <message>
        <source>You said – we did</source>
        <translation>Du sa – vi gjorde</translation>
    </message>
    <message>
        <source>What the team changed</source>
        <translation>Kva teamet har endra</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Mottekne forslag</translation>
    </message>
    <message>
        <source>Read the suggestion box and answer</source>
        <translation>Les forslagskassa og svar</translation>
    </message>
    <message>
        <source>Take my data with me</source>
        <translation>Ta med meg dataa mine</translation>
    </message>
    <message>
        <source>Saves everything you own as a file (JSON) and a page you can read (HTML).</source>
        <translation>Lagrar alt du eig som ei fil (JSON) og ei side du kan lese (HTML).</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Eksporter dataa mine</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Slett kontoen min</translation>
    </message>
    <message>
        <source>Removes your account and everything you own, on the server and on your devices. This cannot be undone.</source>
        <translation>Fjernar kontoen din og alt du eig, på serveren og på einingane dine. Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Passordet ditt</translation>
    </message>
    <message>
        <source>Your password, to confirm</source>
        <translation>Passordet ditt, for å stadfeste</translation>
    </message>
    <message>
        <source>Delete your account for good?</source>
        <translation>Slette kontoen din for godt?</translation>
    </message>
    <message>
        <source>Your goals, check-ins, reflections and bookings will be gone from the server and from your phones. Your export is saved.</source>
        <translation>Måla, innsjekkane, refleksjonane og bookingane dine blir borte frå serveren og frå telefonane dine. Eksporten din er lagra.</translation>
    </message>
    <message>
        <source>Your goals, check-ins, reflections and bookings will be gone from the server and from your phones. You can save a copy first.</source>
        <translation>Måla, innsjekkane, refleksjonane og bookingane dine blir borte frå serveren og frå telefonane dine. Du kan lagre ein kopi først.</translation>
    </message>
    <message>
        <source>Save a copy first</source>
        <translation>Lagre ein kopi først</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Slett alt</translation>
    </message>
    <message>
        <source>Keep my account</source>
        <translation>Behald kontoen min</translation>
    </message>
    <message>
        <source>Choose where to save …</source>
        <translation>Vel kvar det skal lagrast …</translation>
    </message>
    <message>
        <source>Where should your data be saved?</source>
        <translation>Kvar skal dataa dine lagrast?</translation>
    </message>
</context>
<context>
    <name>MyParticipantsPage</name>
    <message>
        <source>My participants</source>
        <translation>Deltakarane mine</translation>
    </message>
    <message>
        <source>Nobody shares a goal with you yet. When someone does, they show up here.</source>
        <translation>Ingen deler eit mål med deg enno. Når nokon gjer det, ser du dei her.</translation>
    </message>
    <message>
        <source>When to mention a quiet period</source>
        <translation>Når ein stille periode skal nemnast</translation>
    </message>
    <message>
        <source>After this many days without a check-in</source>
        <translation>Etter så mange dagar utan innsjekk</translation>
    </message>
    <message>
        <source>Days without a check-in</source>
        <translation>Dagar utan innsjekk</translation>
    </message>
    <message>
        <source>Connect with someone</source>
        <translation>Kople til ein person</translation>
    </message>
    <message>
        <source>Show a short code the person types in their app. It works for 15 minutes.</source>
        <translation>Vis ein kort kode som personen skriv inn i appen sin. Koden verkar i 15 minutt.</translation>
    </message>
    <message>
        <source>Your code: %1</source>
        <translation>Koden din: %1</translation>
    </message>
    <message>
        <source>Show a code</source>
        <translation>Vis ein kode</translation>
    </message>
    <message>
        <source>The code has run out. Show a new one when you need it.</source>
        <translation>Koden har gått ut. Vis ein ny når du treng det.</translation>
    </message>
    <message>
        <source>Connected. The code is used up.</source>
        <translation>Kopla saman. Koden er brukt opp.</translation>
    </message>
    <message>
        <source>This phone has not synced yet, so someone may have checked in without it showing here.</source>
        <translation>Denne telefonen har ikkje synkronisert enno, så nokon kan ha sjekka inn utan at det er synleg her.</translation>
    </message>
    <message>
        <source>This phone last synced %1. Someone may have checked in since.</source>
        <translation>Denne telefonen synkroniserte sist %1. Nokon kan ha sjekka inn sidan.</translation>
    </message>
    <message>
        <source>As of the last sync, %1.</source>
        <translation>Slik det var ved siste synkronisering, %1.</translation>
    </message>
    <message>
        <source>Works for %1:%2 more, once.</source>
        <translation>Verkar i %1:%2 til, éin gong.</translation>
    </message>
    <message numerus="yes">
        <source>Works for %n more minute(s)</source>
        <translation>
            <numerusform>Verkar i %n minutt til</numerusform>
            <numerusform>Verkar i %n minutt til</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the code</source>
        <translation>Gøym koden</translation>
    </message>
</context>
<context>
    <name>MySharesPage</name>
    <message>
        <source>What I share, with whom</source>
        <translation>Kva eg deler, med kven</translation>
    </message>
    <message>
        <source>You share nothing. Your goals are yours alone.</source>
        <translation>Du deler ingenting. Måla dine er berre dine.</translation>
    </message>
    <message>
        <source>Stopping takes effect the next time their device syncs: the goal leaves it.</source>
        <translation>Det gjeld neste gong eininga deira synkroniserer: då forsvinn målet derifrå.</translation>
    </message>
    <message>
        <source>Only reading</source>
        <translation>Berre lese</translation>
    </message>
    <message>
        <source>Allow comments</source>
        <translation>Tillat kommentarar</translation>
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
        <translation>Slutt å dele notata mine</translation>
    </message>
    <message>
        <source>Share my check-in notes too</source>
        <translation>Del notata frå innsjekkane òg</translation>
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
        <translation>%1 deler ikkje lenger nokon mål med deg.</translation>
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
        <translation>Fann %1.</translation>
    </message>
    <message>
        <source>You choose who sees this goal, and you can stop sharing at any time.</source>
        <translation>Du vel kven som ser dette målet, og du kan slutte å dele når som helst.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>The list of helpers comes when you are online. You can also type a code.</source>
        <translation>Lista over hjelparar kjem når du er på nett. Du kan òg skrive inn ein kode.</translation>
    </message>
    <message>
        <source>Code from your helper</source>
        <translation>Kode frå hjelparen din</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>Find helper by code</source>
        <translation>Finn hjelpar med kode</translation>
    </message>
    <message>
        <source>What they may do</source>
        <translation>Kva dei kan gjere</translation>
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
        <translation>Delt. Det når dei ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Your check-in notes</source>
        <translation>Notata frå innsjekkane dine</translation>
    </message>
    <message>
        <source>Also share what I write with my check-ins</source>
        <translation>Del òg det eg skriv når eg sjekkar inn</translation>
    </message>
    <message>
        <source>They see this goal, why it matters, its steps, and your check-ins with their notes. They cannot change anything.</source>
        <translation>Dei ser målet, kvifor det er viktig, stega og innsjekkane dine med notata. Dei kan ikkje endre noko.</translation>
    </message>
    <message>
        <source>They see this goal, why it matters, its steps, and the day and number of each check-in – not your notes. They cannot change anything.</source>
        <translation>Dei ser målet, kvifor det er viktig, stega og dag og tal for kvar innsjekk – ikkje notata dine. Dei kan ikkje endre noko.</translation>
    </message>
</context>
<context>
    <name>SharedGoalPage</name>
    <message>
        <source>Check-ins over time</source>
        <translation>Innsjekkar over tid</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Ingen innsjekkar enno.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s).</source>
        <translation>
            <numerusform>%n innsjekk.</numerusform>
            <numerusform>%n innsjekkar.</numerusform>
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
        <translation>Ikkje enno: </translation>
    </message>
    <message>
        <source>This goal is no longer shared with you. What you saw is removed from this phone.</source>
        <translation>Dette målet blir ikkje lenger delt med deg. Det du såg, er fjerna frå denne telefonen.</translation>
    </message>
    <message>
        <source>Shared with you: this goal, its steps, and the check-ins with their notes.</source>
        <translation>Delt med deg: målet, stega og innsjekkane med notata.</translation>
    </message>
    <message>
        <source>Shared with you: this goal, its steps, and the day and number of each check-in. Notes are not shared.</source>
        <translation>Delt med deg: målet, stega og dag og tal for kvar innsjekk. Notata blir ikkje delte.</translation>
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
        <translation>Noko som fungerer</translation>
    </message>
    <message>
        <source>Something that is missing</source>
        <translation>Noko som manglar</translation>
    </message>
    <message>
        <source>An idea</source>
        <translation>Ein idé</translation>
    </message>
    <message>
        <source>Your name is not sent, and no one can see who wrote it.</source>
        <translation>Namnet ditt blir ikkje sendt, og ingen kan sjå kven som skreiv det.</translation>
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
        <translation>Mottekne forslag</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fungerer</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manglar</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidlegare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>No suggestions yet.</source>
        <translation>Ingen forslag enno.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Merk som lesen</translation>
    </message>
    <message>
        <source>Publish an answer</source>
        <translation>Publiser eit svar</translation>
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
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>My data and sharing</source>
        <translation>Dataa mine og deling</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Forslagskasse</translation>
    </message>
    <message>
        <source>Tell the team, without your name</source>
        <translation>Sei det til teamet, utan namnet ditt</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Mottekne forslag</translation>
    </message>
    <message>
        <source>Read the suggestion box and answer</source>
        <translation>Les forslagskassa og svar</translation>
    </message>
    <message>
        <source>To keep writers unknown, notes reach the team in groups of at least five, or all together once the week is over. It can take some days before yours is read.</source>
        <translation>For at ingen skal vite kven som skreiv, kjem lappane til teamet i grupper på minst fem, eller samla når veka er over. Det kan gå nokre dagar før din blir lesen.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>veke %1</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation>veke %1, %2</translation>
    </message>
</context>
<context>
    <name>medvandrer</name>
    <message>
        <source>booked</source>
        <translation>booka</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>på venteliste</translation>
    </message>
    <message>
        <source>offered a seat</source>
        <translation>tilbode plass</translation>
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
        <translation>takka nei</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ventar på å bli sendt</translation>
    </message>
</context>
<context>
    <name>medvandrer::ExportPage</name>
    <message>
        <source>My data in Medvandrer</source>
        <translation>Dataa mine i Medvandrer</translation>
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
        <translation>Innsjekkar</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarar</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Delt med</translation>
    </message>
    <message>
        <source>An activity no longer in the calendar</source>
        <translation>Ein aktivitet som ikkje lenger er i kalenderen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookingar</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksjonar</translation>
    </message>
    <message>
        <source>Every record is in medvandrer-export.json.</source>
        <translation>Alle opplysningane ligg i medvandrer-export.json.</translation>
    </message>
</context>
<context>
    <name>medvandrer::WalkingFiles</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kunne ikkje lage mappa %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikkje skrive %1.</translation>
    </message>
</context>
<context>
    <name>medvandrer::WalkingManager</name>
    <message>
        <source>Your data was saved in %1.</source>
        <translation>Dataa dine vart lagra i %1.</translation>
    </message>
    <message>
        <source>Please check what you wrote and try again.</source>
        <translation>Sjå over det du skreiv, og prøv igjen.</translation>
    </message>
    <message>
        <source>Your account and everything in it has been deleted.</source>
        <translation>Kontoen din og alt i han er sletta.</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>færre enn 5</translation>
    </message>
    <message>
        <source>This needs a connection to the server. Please try again when you are online.</source>
        <translation>Dette treng samband med serveren. Prøv igjen når du er på nett.</translation>
    </message>
    <message>
        <source>The password did not match. Nothing was deleted.</source>
        <translation>Passordet stemde ikkje. Ingenting vart sletta.</translation>
    </message>
    <message>
        <source>That code did not work. Ask for a new one and try again.</source>
        <translation>Den koden verka ikkje. Be om ein ny og prøv igjen.</translation>
    </message>
    <message>
        <source>Too many tries. Please wait a while and try again.</source>
        <translation>For mange forsøk. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>The server could not do this just now. Please try again later.</source>
        <translation>Serveren fekk ikkje til dette akkurat no. Prøv igjen seinare.</translation>
    </message>
    <message>
        <source>A helper</source>
        <translation>Ein hjelpar</translation>
    </message>
    <message>
        <source>Thank you. Your suggestion is sent without your name.</source>
        <translation>Takk. Forslaget ditt blir sendt utan namnet ditt.</translation>
    </message>
    <message>
        <source>Your answer is published for everyone.</source>
        <translation>Svaret ditt er publisert for alle.</translation>
    </message>
    <message numerus="yes">
        <source>Saw %1, %n time(s)</source>
        <extracomment>%1 is a code for what was seen, from a newer server version.</extracomment>
        <translation>
            <numerusform>Såg %1, %n gong</numerusform>
            <numerusform>Såg %1, %n gonger</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>Skriv passordet ditt for å stadfeste.</translation>
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
        <translation>Nokon</translation>
    </message>
    <message>
        <source>%1 has not shared a check-in yet</source>
        <translation>%1 har ikkje delt ein innsjekk enno</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not checked in for %n days</source>
        <translation>
            <numerusform>%1 har ikkje sjekka inn på %n dag</numerusform>
            <numerusform>%1 har ikkje sjekka inn på %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked in today</source>
        <translation>%1 sjekka inn i dag</translation>
    </message>
    <message numerus="yes">
        <source>%1 last checked in %n days ago</source>
        <translation>
            <numerusform>%1 sjekka sist inn for %n dag sidan</numerusform>
            <numerusform>%1 sjekka sist inn for %n dagar sidan</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check-in %1</source>
        <translation>Siste innsjekk %1</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Ingen innsjekkar enno</translation>
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
        <translation>med notata frå innsjekkane</translation>
    </message>
    <message>
        <source>check-in numbers, not your notes</source>
        <translation>tala frå innsjekkane, ikkje notata</translation>
    </message>
    <message numerus="yes">
        <source>Saw your goal «%1», %n time(s)</source>
        <translation>
            <numerusform>Såg målet ditt «%1», %n gong</numerusform>
            <numerusform>Såg målet ditt «%1», %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw your goal, %n time(s)</source>
        <translation>
            <numerusform>Såg målet ditt, %n gong</numerusform>
            <numerusform>Såg målet ditt, %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the steps of «%1», %n time(s)</source>
        <translation>
            <numerusform>Såg stega i «%1», %n gong</numerusform>
            <numerusform>Såg stega i «%1», %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw steps, %n time(s)</source>
        <translation>
            <numerusform>Såg steg, %n gong</numerusform>
            <numerusform>Såg steg, %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the check-ins on «%1», %n time(s)</source>
        <translation>
            <numerusform>Såg innsjekkane på «%1», %n gong</numerusform>
            <numerusform>Såg innsjekkane på «%1», %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw check-ins, %n time(s)</source>
        <translation>
            <numerusform>Såg innsjekkar, %n gong</numerusform>
            <numerusform>Såg innsjekkar, %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw the comments on «%1», %n time(s)</source>
        <translation>
            <numerusform>Såg kommentarane på «%1», %n gong</numerusform>
            <numerusform>Såg kommentarane på «%1», %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw comments, %n time(s)</source>
        <translation>
            <numerusform>Såg kommentarar, %n gong</numerusform>
            <numerusform>Såg kommentarar, %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a reflection on «%1», %n time(s)</source>
        <translation>
            <numerusform>Såg ein refleksjon om «%1», %n gong</numerusform>
            <numerusform>Såg ein refleksjon om «%1», %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a reflection, %n time(s)</source>
        <translation>
            <numerusform>Såg ein refleksjon, %n gong</numerusform>
            <numerusform>Såg ein refleksjon, %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw what you share of «%1», %n time(s)</source>
        <translation>
            <numerusform>Såg kva du deler av «%1», %n gong</numerusform>
            <numerusform>Såg kva du deler av «%1», %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw what you share, %n time(s)</source>
        <translation>
            <numerusform>Såg kva du deler, %n gong</numerusform>
            <numerusform>Såg kva du deler, %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw a booking, %n time(s)</source>
        <translation>
            <numerusform>Såg ein booking, %n gong</numerusform>
            <numerusform>Såg ein booking, %n gonger</numerusform>
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
            <numerusform>Såg planen din for tunge dagar, %n gong</numerusform>
            <numerusform>Såg planen din for tunge dagar, %n gonger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saw «About me», %n time(s)</source>
        <translation>
            <numerusform>Såg «Om meg», %n gong</numerusform>
            <numerusform>Såg «Om meg», %n gonger</numerusform>
        </translation>
    </message>
    <message>
        <source>My plan for hard days</source>
        <translation>Min plan for tunge dagar</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Om meg</translation>
    </message>
</context>
</TS>
