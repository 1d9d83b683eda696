<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>CheckInChart</name>
    <message>
        <source>No check-ins yet</source>
        <translation>Ingen innsjekkar enno</translation>
    </message>
    <message numerus="yes">
        <source>Check-in history: %n check-in(s), the latest %1 of 10. Use the arrow keys to hear each one.</source>
        <translation>
            <numerusform>Innsjekkhistorikk: %n innsjekk, den siste %1 av 10. Bruk piltastane for å høyre kvar og ein.</numerusform>
            <numerusform>Innsjekkhistorikk: %n innsjekkar, den siste %1 av 10. Bruk piltastane for å høyre kvar og ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 av 10</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>%1 of 10</source>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Vis alle %1</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Sjekk inn</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation>Lagra. Takk for at du sjekka inn.</translation>
    </message>
    <message>
        <source>How is it going with «%1»?</source>
        <translation>Korleis går det med «%1»?</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>Nokre ord, om du vil</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>Note, optional</source>
        <translation>Notat, valfritt</translation>
    </message>
    <message>
        <source>Save %1 of 10</source>
        <translation>Lagre %1 av 10</translation>
    </message>
    <message>
        <source>Pick a number first</source>
        <translation>Vel eit tal først</translation>
    </message>
</context>
<context>
    <name>CheckInWeeks</name>
    <message>
        <source>Week %1: one check-in, %2 of 10.</source>
        <extracomment>The chart read aloud, one sentence per week. %1 is the week number, %2 the rating 0–10.</extracomment>
        <translation>Veke %1: éi innsjekking, %2 av 10.</translation>
    </message>
    <message numerus="yes">
        <source>Week %1: %n check-in(s), all %2 of 10.</source>
        <extracomment>The chart read aloud. %1 is the week number, %n how many check-ins, %2 the rating they all had.</extracomment>
        <translation>
            <numerusform>Veke %1: %n innsjekking, %2 av 10.</numerusform>
            <numerusform>Veke %1: %n innsjekkingar, alle %2 av 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %1: %n check-in(s), from %2 to %3 of 10.</source>
        <extracomment>The chart read aloud. %1 is the week number, %n how many check-ins, %2–%3 the lowest and highest.</extracomment>
        <translation>
            <numerusform>Veke %1: %n innsjekking, frå %2 til %3 av 10.</numerusform>
            <numerusform>Veke %1: %n innsjekkingar, frå %2 til %3 av 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest check-in was %1, %2 of 10.</source>
        <extracomment>The chart read aloud when the last weeks have no check-ins. %1 is a date, %2 the rating 0–10.</extracomment>
        <translation>Den siste innsjekkinga var %1, %2 av 10.</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Opens the goal</source>
        <translation>Opnar målet</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n innsjekk</numerusform>
            <numerusform>%n innsjekkar</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Sjekk inn</translation>
    </message>
    <message>
        <source>Check in on %1</source>
        <translation>Sjekk inn på %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 av %n steg gjort</numerusform>
            <numerusform>%1 av %n steg gjort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalEditPage</name>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Change the goal</source>
        <translation>Endre målet</translation>
    </message>
    <message>
        <source>What matters to you?</source>
        <translation>Kva er viktig for deg?</translation>
    </message>
    <message>
        <source>For example: have a place of my own</source>
        <translation>Til dømes: ha ein stad som er min</translation>
    </message>
    <message>
        <source>Why it matters (optional)</source>
        <translation>Kvifor det er viktig (valfritt)</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Med dine eigne ord</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Kvifor det er viktig</translation>
    </message>
    <message>
        <source>Part of life</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Part of life: %1</source>
        <translation>Livsområde: %1</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>Lagre målet</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lagre endringane</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Why it matters</source>
        <translation>Kvifor det er viktig</translation>
    </message>
    <message>
        <source>Check in: how is it going?</source>
        <translation>Sjekk inn: korleis går det?</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Innsjekkar over tid</translation>
    </message>
    <message>
        <source>Your check-ins will show up here.</source>
        <translation>Her ser du innsjekkane dine.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) so far. Every one counts.</source>
        <translation>
            <numerusform>%n innsjekk så langt. Alle tel med.</numerusform>
            <numerusform>%n innsjekkar så langt. Alle tel med.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small steps</source>
        <translation>Små steg</translation>
    </message>
    <message>
        <source>What could be a first small step?</source>
        <translation>Kva kan vere eit første lite steg?</translation>
    </message>
    <message>
        <source>A new step</source>
        <translation>Eit nytt steg</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Legg til steg</translation>
    </message>
    <message>
        <source>Where is this goal now?</source>
        <translation>Kvar står dette målet no?</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksjonar</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Skriv ein refleksjon</translation>
    </message>
    <message>
        <source>Change the goal&apos;s words</source>
        <translation>Endre orda i målet</translation>
    </message>
    <message>
        <source>This goal is not on this phone.</source>
        <translation>Dette målet finst ikkje på denne telefonen.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>What matters to you?</source>
        <translation>Kva er viktig for deg?</translation>
    </message>
    <message>
        <source>Write down something that matters to you, in your own words. It can be big or small.</source>
        <translation>Skriv ned noko som er viktig for deg, med dine eigne ord. Det kan vere stort eller lite.</translation>
    </message>
    <message>
        <source>Hi %1. Here are your goals.</source>
        <translation>Hei %1. Her er måla dine.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Måla mine</translation>
    </message>
    <message>
        <source>Show put-away goals (%1)</source>
        <translation>Vis mål du har lagt bort (%1)</translation>
    </message>
</context>
<context>
    <name>InvitesPage</name>
    <message>
        <source>Invite someone</source>
        <translation>Inviter nokon</translation>
    </message>
    <message>
        <source>Make an invite</source>
        <translation>Lag ein invitasjon</translation>
    </message>
    <message>
        <source>Invite for a %1</source>
        <translation>Invitasjon for ein %1</translation>
    </message>
    <message>
        <source>Invite code %1</source>
        <translation>Invitasjonskode %1</translation>
    </message>
    <message>
        <source>QR code of the invite</source>
        <translation>QR-kode for invitasjonen</translation>
    </message>
    <message>
        <source>Done, hide the code</source>
        <translation>Ferdig, gøym koden</translation>
    </message>
    <message>
        <source>Open invites</source>
        <translation>Opne invitasjonar</translation>
    </message>
    <message>
        <source>No open invites.</source>
        <translation>Ingen opne invitasjonar.</translation>
    </message>
    <message>
        <source>The list comes when you are online.</source>
        <translation>Lista kjem når du er på nett.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Trekk tilbake</translation>
    </message>
    <message>
        <source>Withdraw the invite for a %1</source>
        <translation>Trekk tilbake invitasjonen for ein %1</translation>
    </message>
    <message>
        <source>The person types the code when they register in the app, or scans the QR code with the phone&apos;s camera, which opens the app with the code filled in.</source>
        <translation>Personen skriv inn koden når hen registrerer seg i appen, eller skannar QR-koden med kameraet på telefonen, som opnar appen med koden fylt inn.</translation>
    </message>
</context>
<context>
    <name>LifeAreas</name>
    <message>
        <source>Housing</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbeid og utdanning</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>Relationships and network</source>
        <translation>Relasjonar og nettverk</translation>
    </message>
    <message>
        <source>Leisure and activity</source>
        <translation>Fritid og aktivitet</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Jobbar med det</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>Pause for no</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Lagt bort</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Main navigation</source>
        <translation>Hovudnavigasjon</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Måla mine</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksjonar</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Meg</translation>
    </message>
    <message numerus="yes">
        <source>The server could not accept %n change(s). This phone now shows what the server has.</source>
        <translation>
            <numerusform>Serveren kunne ikkje ta imot %n endring. Telefonen viser no det serveren har.</numerusform>
            <numerusform>Serveren kunne ikkje ta imot %n endringar. Telefonen viser no det serveren har.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>Offline. Everything is saved on this phone.</source>
        <translation>Utan nett. Alt er lagra på telefonen.</translation>
    </message>
    <message>
        <source>Log in again to sync. Everything is kept.</source>
        <translation>Logg inn igjen for å synkronisere. Alt er teke vare på.</translation>
    </message>
    <message>
        <source>Synced. Everything is up to date.</source>
        <translation>Synkronisert. Alt er oppdatert.</translation>
    </message>
    <message>
        <source>There is no room left on this phone. What you wrote is kept while the app is open and saved as soon as there is room. Free some space.</source>
        <translation>Det er ikkje meir plass på telefonen. Det du skreiv, blir teke vare på så lenge appen er open, og lagra så snart det er plass. Frigjer litt plass.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikkje lagra enno</translation>
    </message>
    <message numerus="yes">
        <source>This phone is full, so %n change(s) you made are kept only while the app is open. If you close it now, they are lost. Free some space first, then they are saved.</source>
        <translation>
            <numerusform>Telefonen er full, så %n endring du gjorde, blir berre teken vare på medan appen er open. Lukkar du han no, går ho tapt. Frigjer litt plass først, så blir ho lagra.</numerusform>
            <numerusform>Telefonen er full, så %n endringar du gjorde, blir berre tekne vare på medan appen er open. Lukkar du han no, går dei tapt. Frigjer litt plass først, så blir dei lagra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Hald appen open</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Lukk likevel</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
</context>
<context>
    <name>RatingPicker</name>
    <message>
        <source>How is it going, from 0 to 10</source>
        <translation>Korleis går det, frå 0 til 10</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <extracomment>A rating read by a screen reader: «4 of 10».</extracomment>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <source>0 = very hard</source>
        <translation>0 = veldig tungt</translation>
    </message>
    <message>
        <source>10 = very good</source>
        <translation>10 = veldig bra</translation>
    </message>
</context>
<context>
    <name>ReflectionCard</name>
    <message>
        <source>Shared with my helpers</source>
        <translation>Delt med hjelparane mine</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>ReflectionEditPage</name>
    <message>
        <source>New reflection</source>
        <translation>Ny refleksjon</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation>Kva tenkjer du på?</translation>
    </message>
    <message>
        <source>Share with my helpers</source>
        <translation>Del med hjelparane mine</translation>
    </message>
    <message>
        <source>Helpers you share this goal with can read this note.</source>
        <translation>Hjelparar du deler dette målet med, kan lese notatet.</translation>
    </message>
    <message>
        <source>Private: only you can see this note.</source>
        <translation>Privat: berre du kan sjå dette notatet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Remove this note</source>
        <translation>Fjern dette notatet</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <source>Reflections</source>
        <translation>Refleksjonar</translation>
    </message>
    <message>
        <source>Notes for yourself: what helped, what was hard, what you noticed. Only you can see them unless you choose to share one.</source>
        <translation>Notat til deg sjølv: kva som hjelpte, kva som var vanskeleg, kva du la merke til. Berre du ser dei, med mindre du vel å dele eitt.</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Skriv ein refleksjon</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Refleksjonane mine</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Colours</source>
        <translation>Fargar</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lys</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørk</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Høg kontrast</translation>
    </message>
    <message>
        <source>As the system</source>
        <extracomment>The colours follow the phone&apos;s or computer&apos;s own light/dark setting</extracomment>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>The system asks for dark colours.</source>
        <translation>Systemet ber om mørke fargar.</translation>
    </message>
    <message>
        <source>The system asks for light colours.</source>
        <translation>Systemet ber om lyse fargar.</translation>
    </message>
    <message>
        <source>The system asks for high contrast.</source>
        <translation>Systemet ber om høg kontrast.</translation>
    </message>
    <message>
        <source>The system does not say which colours it prefers, so the app uses light colours.</source>
        <translation>Systemet seier ikkje kva fargar det føretrekkjer, så appen bruker lyse fargar.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Meg</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Logga inn som %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Tenar: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Jobb utan nett</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Logg inn igjen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Same as the phone</source>
        <translation>Same som telefonen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Denne eininga</translation>
    </message>
    <message>
        <source>Logging out removes your goals and notes from this phone. What has synced stays on the server.</source>
        <translation>Når du loggar ut, blir måla og notata dine fjerna frå denne telefonen. Det som er synkronisert, blir liggjande på tenaren.</translation>
    </message>
    <message>
        <source>Log out and remove from this phone</source>
        <translation>Logg ut og fjern frå denne telefonen</translation>
    </message>
    <message>
        <source>Remove from this phone?</source>
        <translation>Fjerne frå denne telefonen?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet and would be lost.</source>
        <translation>
            <numerusform>%n endring har ikkje nådd tenaren enno og vil gå tapt.</numerusform>
            <numerusform>%n endringar har ikkje nådd tenaren enno og vil gå tapt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything has synced. You can log in again later.</source>
        <translation>Alt er synkronisert. Du kan logge inn igjen seinare.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekststorleik</translation>
    </message>
    <message>
        <source>Normal (%1 %)</source>
        <extracomment>%1 is a percentage such as 125</extracomment>
        <translation>Vanleg (%1 %)</translation>
    </message>
    <message>
        <source>Larger (%1 %)</source>
        <translation>Større (%1 %)</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Move %1 up</source>
        <translation>Flytt %1 opp</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Flytt %1 ned</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Working offline</source>
        <translation>Jobbar utan nett</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Koplar til …</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Log in again to sync. Everything is kept.</source>
        <translation>Logg inn igjen for å synkronisere. Alt er teke vare på.</translation>
    </message>
    <message>
        <source>Offline. Everything is saved on this phone.</source>
        <translation>Utan nett. Alt er lagra på telefonen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n endring ventar</numerusform>
            <numerusform>%n endringar ventar</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Sist synkronisert %1</translation>
    </message>
    <message>
        <source>This phone is full. What is saved stays saved; free some space to save and sync more.</source>
        <translation>Telefonen er full. Det som er lagra, blir liggjande; frigjer litt plass for å lagre og synkronisere meir.</translation>
    </message>
    <message>
        <source>The server is full just now. Your changes wait safely on this phone and are sent later.</source>
        <translation>Serveren er full akkurat no. Endringane dine ventar trygt på telefonen og blir sende seinare.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: keep the app open until there is room</source>
        <translation>
            <numerusform>%n endring er ikkje lagra enno: hald appen open til det er plass</numerusform>
            <numerusform>%n endringar er ikkje lagra enno: hald appen open til det er plass</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting your data: %1 of %2</source>
        <translation>Hentar dataa dine: %1 av %2</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>Invite someone</source>
        <translation>Inviter nokon</translation>
    </message>
    <message numerus="yes">
        <source>%n open invite(s)</source>
        <translation>
            <numerusform>%n open invitasjon</numerusform>
            <numerusform>%n opne invitasjonar</numerusform>
        </translation>
    </message>
    <message>
        <source>A code for a new participant, peer worker or koordinator</source>
        <translation>Ein kode til ein ny deltakar, erfaringskonsulent eller koordinator</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n ny lapp</numerusform>
            <numerusform>%n nye lappar</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity calendar</source>
        <translation>Aktivitetskalender</translation>
    </message>
    <message>
        <source>Sessions, bookings and wait-lists</source>
        <translation>Økter, bookingar og ventelister</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your password</source>
        <translation>Passordet ditt</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Logg inn igjen</translation>
    </message>
    <message>
        <source>Welcome to Medvandrer</source>
        <translation>Velkomen til Medvandrer</translation>
    </message>
    <message>
        <source>Your login has run out. Everything on this phone is kept and will sync once you are logged in.</source>
        <translation>Innlogginga di har gått ut. Alt på telefonen er teke vare på og blir synkronisert når du har logga inn.</translation>
    </message>
    <message>
        <source>Your goals, steps and check-ins, in your own words. Everything works offline too.</source>
        <translation>Måla, stega og innsjekkane dine, med dine eigne ord. Alt verkar utan nett òg.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>I have an invite code</source>
        <translation>Eg har ein invitasjonskode</translation>
    </message>
    <message>
        <source>Your team&apos;s server address</source>
        <translation>Adressa til tenaren til teamet ditt</translation>
    </message>
    <message>
        <source>for example medvandrer.kommune.no</source>
        <translation>til dømes medvandrer.kommune.no</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Invitasjonskode</translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <translation>Kva vil du at vi skal kalle deg?</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Koplar til</translation>
    </message>
    <message>
        <source>Create my account</source>
        <translation>Opprett kontoen min</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikkje no</translation>
    </message>
</context>
<context>
    <name>medvandrer::GoalManager</name>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunne ikkje lagre: %1</translation>
    </message>
    <message>
        <source>Please check what you wrote and try again.</source>
        <translation>Sjå over det du skreiv, og prøv igjen.</translation>
    </message>
    <message>
        <source>The device store is not ready.</source>
        <translation>Lagringa på eininga er ikkje klar.</translation>
    </message>
    <message>
        <source>Give the goal a few words first.</source>
        <translation>Gi målet nokre ord først.</translation>
    </message>
</context>
<context>
    <name>medvandrer::InviteManager</name>
    <message>
        <source>erfaringskonsulent (peer worker)</source>
        <translation>erfarings­konsulent</translation>
    </message>
    <message>
        <source>koordinator (team)</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltakar</translation>
    </message>
    <message>
        <source>The invite is withdrawn. Its code no longer works.</source>
        <translation>Invitasjonen er trekt tilbake. Koden verkar ikkje lenger.</translation>
    </message>
    <message>
        <source>Invites need a connection to the server. Please try again when you are online.</source>
        <translation>Invitasjonar treng kontakt med serveren. Prøv igjen når du er på nett.</translation>
    </message>
    <message>
        <source>Only a koordinator can invite people.</source>
        <translation>Berre ein koordinator kan invitere folk.</translation>
    </message>
    <message>
        <source>That invite was already used, withdrawn or out of date.</source>
        <translation>Den invitasjonen er alt brukt, trekt tilbake eller gått ut.</translation>
    </message>
    <message>
        <source>The server could not do this just now. Please try again later.</source>
        <translation>Serveren fekk ikkje til dette akkurat no. Prøv igjen seinare.</translation>
    </message>
    <message>
        <source>Works once, until %1</source>
        <extracomment>An invite code&apos;s end: «Works once, until 8 December, 13:30».</extracomment>
        <translation>Verkar éin gong, til %1</translation>
    </message>
</context>
<context>
    <name>medvandrer::LocaleFormat</name>
    <message>
        <source>HH:mm</source>
        <extracomment>Qt time pattern (HH hours, mm minutes) for a time of day: «13:30».</extracomment>
        <translation>HH.mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Qt date pattern (d day, MMM short month name) for a day this year: «1 Dec».</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt date pattern (d day, MMM short month name, yyyy year): «1 Dec 2026».</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Qt date pattern (ddd short weekday, d day, MMM short month): «Tue 1 Dec».</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>Qt date pattern (dddd weekday, d day, MMMM month name): «Tuesday 1 December».</extracomment>
        <translation>dddd d. MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date pattern (dddd weekday, d day, MMMM month name, yyyy year): «Tuesday 1 December 2026».</extracomment>
        <translation>dddd d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Qt date pattern (d day, MMMM month name, yyyy year): «1 December 2026».</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Qt date pattern (MMMM month name, yyyy year) above a month&apos;s days: «December 2026».</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM, HH:mm</source>
        <extracomment>Qt date-time pattern (d day, MMMM month name, HH:mm time); text in single quotes is literal.</extracomment>
        <translation>d. MMMM &apos;kl.&apos; HH.mm</translation>
    </message>
    <message>
        <source>d MMM, HH:mm</source>
        <extracomment>Qt date-time pattern (d day, MMM short month, HH:mm time); text in single quotes is literal.</extracomment>
        <translation>d. MMM &apos;kl.&apos; HH.mm</translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <extracomment>Qt date-time pattern (dddd weekday, d day, MMMM month, HH:mm); text in single quotes is literal.</extracomment>
        <translation>dddd d. MMMM &apos;kl.&apos; HH.mm</translation>
    </message>
    <message>
        <source>ddd d MMM &apos;at&apos; HH:mm</source>
        <extracomment>Qt date-time pattern of a session (ddd short weekday, d day, MMM short month, HH:mm); text in single quotes is literal: «Tue 1 Dec at 13:00».</extracomment>
        <translation>ddd d. MMM &apos;kl.&apos; HH.mm</translation>
    </message>
    <message>
        <source>&apos;at&apos; HH:mm</source>
        <extracomment>Qt time pattern for a new time on the same day: «at 13:00»; text in single quotes is literal.</extracomment>
        <translation>&apos;kl.&apos; HH.mm</translation>
    </message>
</context>
<context>
    <name>medvandrer::Session</name>
    <message>
        <source>The username or password did not match.</source>
        <translation>Brukarnamnet eller passordet stemde ikkje.</translation>
    </message>
    <message>
        <source>Please log in again. Everything on this device is kept.</source>
        <translation>Logg inn igjen. Alt på denne eininga er teke vare på.</translation>
    </message>
    <message>
        <source>That invite code is not valid any more. Ask your team for a new one.</source>
        <translation>Invitasjonskoden gjeld ikkje lenger. Spør teamet ditt om ein ny.</translation>
    </message>
    <message>
        <source>That username is taken. Try another one.</source>
        <translation>Brukarnamnet er oppteke. Prøv eit anna.</translation>
    </message>
    <message>
        <source>Choose a longer password.</source>
        <translation>Vel eit lengre passord.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a little and try again.</source>
        <translation>For mange forsøk. Vent litt, og prøv igjen.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Noko gjekk gale. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>medvandrer::StoreWorker</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Kan ikkje opprette datamappa %1</translation>
    </message>
    <message>
        <source>The device store is not open.</source>
        <translation>Lagringa på eininga er ikkje open.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>Førespurnaden kunne ikkje sendast.</translation>
    </message>
    <message>
        <source>The app lock&apos;s file is damaged, so the data on this phone cannot be opened. What has synced is safe on the server.</source>
        <translation>Fila til applåsen er skadd, så dataa på denne telefonen kan ikkje opnast. Det som er synkronisert, er trygt på serveren.</translation>
    </message>
    <message>
        <source>This is too long to be saved and sent. Make it shorter and try again.</source>
        <translation>Dette er for langt til å bli lagra og sendt. Gjer det kortare og prøv igjen.</translation>
    </message>
    <message>
        <source>The app cannot store this change (%1).</source>
        <translation>Appen kan ikkje lagre denne endringa (%1).</translation>
    </message>
</context>
<context>
    <name>medvandrer::SyncClient</name>
    <message>
        <source>Working offline</source>
        <translation>Jobbar utan nett</translation>
    </message>
    <message>
        <source>That server address does not look right.</source>
        <translation>Tenaradressa ser ikkje rett ut.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your connection.</source>
        <translation>Fekk ikkje kontakt med tenaren. Sjekk adressa og nettsambandet.</translation>
    </message>
    <message>
        <source>The connection was lost. Please try again.</source>
        <translation>Sambandet vart brote. Prøv igjen.</translation>
    </message>
    <message>
        <source>This device holds another person&apos;s data. Log out on this device first.</source>
        <translation>Denne eininga har data som høyrer til ein annan person. Logg ut på denne eininga først.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Ikkje kopla til serveren.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Sambandet vart brote.</translation>
    </message>
</context>
</TS>
