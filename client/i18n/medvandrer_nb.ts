<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CheckInChart</name>
    <message>
        <source>No check-ins yet</source>
        <translation>Ingen innsjekker ennå</translation>
    </message>
    <message numerus="yes">
        <source>Check-in history: %n check-in(s), the latest %1 of 10. Use the arrow keys to hear each one.</source>
        <translation>
            <numerusform>Innsjekkhistorikk: %n innsjekk, den siste %1 av 10. Bruk piltastene for å høre hver enkelt.</numerusform>
            <numerusform>Innsjekkhistorikk: %n innsjekker, den siste %1 av 10. Bruk piltastene for å høre hver enkelt.</numerusform>
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
        <translation>Lagret. Takk for at du sjekket inn.</translation>
    </message>
    <message>
        <source>How is it going with «%1»?</source>
        <translation>Hvordan går det med «%1»?</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>Noen ord, hvis du vil</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfritt</translation>
    </message>
    <message>
        <source>Note, optional</source>
        <translation>Notat, valgfritt</translation>
    </message>
    <message>
        <source>Save %1 of 10</source>
        <translation>Lagre %1 av 10</translation>
    </message>
    <message>
        <source>Pick a number first</source>
        <translation>Velg et tall først</translation>
    </message>
</context>
<context>
    <name>CheckInWeeks</name>
    <message>
        <source>Week %1: one check-in, %2 of 10.</source>
        <extracomment>The chart read aloud, one sentence per week. %1 is the week number, %2 the rating 0–10.</extracomment>
        <translation>Uke %1: én innsjekk, %2 av 10.</translation>
    </message>
    <message numerus="yes">
        <source>Week %1: %n check-in(s), all %2 of 10.</source>
        <extracomment>The chart read aloud. %1 is the week number, %n how many check-ins, %2 the rating they all had.</extracomment>
        <translation>
            <numerusform>Uke %1: %n innsjekk, %2 av 10.</numerusform>
            <numerusform>Uke %1: %n innsjekker, alle %2 av 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %1: %n check-in(s), from %2 to %3 of 10.</source>
        <extracomment>The chart read aloud. %1 is the week number, %n how many check-ins, %2–%3 the lowest and highest.</extracomment>
        <translation>
            <numerusform>Uke %1: %n innsjekk, fra %2 til %3 av 10.</numerusform>
            <numerusform>Uke %1: %n innsjekker, fra %2 til %3 av 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest check-in was %1, %2 of 10.</source>
        <extracomment>The chart read aloud when the last weeks have no check-ins. %1 is a date, %2 the rating 0–10.</extracomment>
        <translation>Den siste innsjekken var %1, %2 av 10.</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Opens the goal</source>
        <translation>Åpner målet</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n innsjekk</numerusform>
            <numerusform>%n innsjekker</numerusform>
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
        <translation>Hva er viktig for deg?</translation>
    </message>
    <message>
        <source>For example: have a place of my own</source>
        <translation>For eksempel: ha et sted som er mitt</translation>
    </message>
    <message>
        <source>Why it matters (optional)</source>
        <translation>Hvorfor det er viktig (valgfritt)</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Med dine egne ord</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Hvorfor det er viktig</translation>
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
        <translation>Lagre endringene</translation>
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
        <translation>Hvorfor det er viktig</translation>
    </message>
    <message>
        <source>Check in: how is it going?</source>
        <translation>Sjekk inn: hvordan går det?</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Innsjekker over tid</translation>
    </message>
    <message>
        <source>Your check-ins will show up here.</source>
        <translation>Innsjekkene dine vises her.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) so far. Every one counts.</source>
        <translation>
            <numerusform>%n innsjekk så langt. Hver eneste teller.</numerusform>
            <numerusform>%n innsjekker så langt. Hver eneste teller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small steps</source>
        <translation>Små steg</translation>
    </message>
    <message>
        <source>What could be a first small step?</source>
        <translation>Hva kan være et første lite steg?</translation>
    </message>
    <message>
        <source>A new step</source>
        <translation>Et nytt steg</translation>
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
        <translation>Hvor står dette målet nå?</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksjoner</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Skriv en refleksjon</translation>
    </message>
    <message>
        <source>Change the goal&apos;s words</source>
        <translation>Endre ordene i målet</translation>
    </message>
    <message>
        <source>This goal is not on this phone.</source>
        <translation>Dette målet finnes ikke på denne telefonen.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>What matters to you?</source>
        <translation>Hva er viktig for deg?</translation>
    </message>
    <message>
        <source>Write down something that matters to you, in your own words. It can be big or small.</source>
        <translation>Skriv ned noe som er viktig for deg, med dine egne ord. Det kan være stort eller lite.</translation>
    </message>
    <message>
        <source>Hi %1. Here are your goals.</source>
        <translation>Hei %1. Her er målene dine.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mine mål</translation>
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
        <translation>Inviter noen</translation>
    </message>
    <message>
        <source>Make an invite</source>
        <translation>Lag en invitasjon</translation>
    </message>
    <message>
        <source>Invite for a %1</source>
        <translation>Invitasjon for en %1</translation>
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
        <translation>Ferdig, skjul koden</translation>
    </message>
    <message>
        <source>Open invites</source>
        <translation>Åpne invitasjoner</translation>
    </message>
    <message>
        <source>No open invites.</source>
        <translation>Ingen åpne invitasjoner.</translation>
    </message>
    <message>
        <source>The list comes when you are online.</source>
        <translation>Lista kommer når du er på nett.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Trekk tilbake</translation>
    </message>
    <message>
        <source>Withdraw the invite for a %1</source>
        <translation>Trekk tilbake invitasjonen for en %1</translation>
    </message>
    <message>
        <source>The person types the code when they register in the app, or scans the QR code with the phone&apos;s camera, which opens the app with the code filled in.</source>
        <translation>Personen skriver inn koden når hen registrerer seg i appen, eller skanner QR-koden med kameraet på telefonen, som åpner appen med koden fylt inn.</translation>
    </message>
</context>
<context>
    <name>LifeAreas</name>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
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
        <translation>Relasjoner og nettverk</translation>
    </message>
    <message>
        <source>Leisure and activity</source>
        <translation>Fritid og aktivitet</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Jobber med det</translation>
    </message>
    <message>
        <source>Paused for now</source>
        <translation>Pause for nå</translation>
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
        <translation>Hovednavigasjon</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mine mål</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksjoner</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Meg</translation>
    </message>
    <message numerus="yes">
        <source>The server could not accept %n change(s). This phone now shows what the server has.</source>
        <translation>
            <numerusform>Serveren kunne ikke ta imot %n endring. Telefonen viser nå det serveren har.</numerusform>
            <numerusform>Serveren kunne ikke ta imot %n endringer. Telefonen viser nå det serveren har.</numerusform>
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
        <translation>Uten nett. Alt er lagret på telefonen.</translation>
    </message>
    <message>
        <source>Log in again to sync. Everything is kept.</source>
        <translation>Logg inn igjen for å synkronisere. Alt er tatt vare på.</translation>
    </message>
    <message>
        <source>Synced. Everything is up to date.</source>
        <translation>Synkronisert. Alt er oppdatert.</translation>
    </message>
    <message>
        <source>There is no room left on this phone. What you wrote is kept while the app is open and saved as soon as there is room. Free some space.</source>
        <translation>Det er ikke mer plass på telefonen. Det du skrev, blir tatt vare på så lenge appen er åpen, og lagret så snart det er plass. Frigjør litt plass.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
    <message numerus="yes">
        <source>This phone is full, so %n change(s) you made are kept only while the app is open. If you close it now, they are lost. Free some space first, then they are saved.</source>
        <translation>
            <numerusform>Telefonen er full, så %n endring du gjorde, blir bare tatt vare på mens appen er åpen. Lukker du den nå, går den tapt. Frigjør litt plass først, så blir den lagret.</numerusform>
            <numerusform>Telefonen er full, så %n endringer du gjorde, blir bare tatt vare på mens appen er åpen. Lukker du den nå, går de tapt. Frigjør litt plass først, så blir de lagret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the app open</source>
        <translation>Hold appen åpen</translation>
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
        <translation>Hvordan går det, fra 0 til 10</translation>
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
        <translation>Delt med hjelperne mine</translation>
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
        <translation>Hva tenker du på?</translation>
    </message>
    <message>
        <source>Share with my helpers</source>
        <translation>Del med hjelperne mine</translation>
    </message>
    <message>
        <source>Helpers you share this goal with can read this note.</source>
        <translation>Hjelpere du deler dette målet med, kan lese notatet.</translation>
    </message>
    <message>
        <source>Private: only you can see this note.</source>
        <translation>Privat: bare du kan se dette notatet.</translation>
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
        <translation>Refleksjoner</translation>
    </message>
    <message>
        <source>Notes for yourself: what helped, what was hard, what you noticed. Only you can see them unless you choose to share one.</source>
        <translation>Notater til deg selv: hva som hjalp, hva som var vanskelig, hva du la merke til. Bare du ser dem, med mindre du velger å dele et.</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Skriv en refleksjon</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Mine refleksjoner</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Colours</source>
        <translation>Farger</translation>
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
        <translation>Høy kontrast</translation>
    </message>
    <message>
        <source>As the system</source>
        <extracomment>The colours follow the phone&apos;s or computer&apos;s own light/dark setting</extracomment>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>The system asks for dark colours.</source>
        <translation>Systemet ber om mørke farger.</translation>
    </message>
    <message>
        <source>The system asks for light colours.</source>
        <translation>Systemet ber om lyse farger.</translation>
    </message>
    <message>
        <source>The system asks for high contrast.</source>
        <translation>Systemet ber om høy kontrast.</translation>
    </message>
    <message>
        <source>The system does not say which colours it prefers, so the app uses light colours.</source>
        <translation>Systemet sier ikke hvilke farger det foretrekker, så appen bruker lyse farger.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Meg</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Logget inn som %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Tjener: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Jobb uten nett</translation>
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
        <translation>Samme som telefonen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Denne enheten</translation>
    </message>
    <message>
        <source>Logging out removes your goals and notes from this phone. What has synced stays on the server.</source>
        <translation>Når du logger ut, fjernes målene og notatene dine fra denne telefonen. Det som er synkronisert, blir liggende på tjeneren.</translation>
    </message>
    <message>
        <source>Log out and remove from this phone</source>
        <translation>Logg ut og fjern fra denne telefonen</translation>
    </message>
    <message>
        <source>Remove from this phone?</source>
        <translation>Fjerne fra denne telefonen?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet and would be lost.</source>
        <translation>
            <numerusform>%n endring har ikke nådd tjeneren ennå og vil gå tapt.</numerusform>
            <numerusform>%n endringer har ikke nådd tjeneren ennå og vil gå tapt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything has synced. You can log in again later.</source>
        <translation>Alt er synkronisert. Du kan logge inn igjen senere.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <source>Normal (%1 %)</source>
        <extracomment>%1 is a percentage such as 125</extracomment>
        <translation>Vanlig (%1 %)</translation>
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
        <translation>Jobber uten nett</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
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
        <translation>Logg inn igjen for å synkronisere. Alt er tatt vare på.</translation>
    </message>
    <message>
        <source>Offline. Everything is saved on this phone.</source>
        <translation>Uten nett. Alt er lagret på telefonen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n endring venter</numerusform>
            <numerusform>%n endringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Sist synkronisert %1</translation>
    </message>
    <message>
        <source>This phone is full. What is saved stays saved; free some space to save and sync more.</source>
        <translation>Telefonen er full. Det som er lagret, blir liggende; frigjør litt plass for å lagre og synkronisere mer.</translation>
    </message>
    <message>
        <source>The server is full just now. Your changes wait safely on this phone and are sent later.</source>
        <translation>Serveren er full akkurat nå. Endringene dine venter trygt på telefonen og sendes senere.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: keep the app open until there is room</source>
        <translation>
            <numerusform>%n endring er ikke lagret ennå: hold appen åpen til det er plass</numerusform>
            <numerusform>%n endringer er ikke lagret ennå: hold appen åpen til det er plass</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting your data: %1 of %2</source>
        <translation>Henter dataene dine: %1 av %2</translation>
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
        <translation>Inviter noen</translation>
    </message>
    <message numerus="yes">
        <source>%n open invite(s)</source>
        <translation>
            <numerusform>%n åpen invitasjon</numerusform>
            <numerusform>%n åpne invitasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>A code for a new participant, peer worker or koordinator</source>
        <translation>En kode til en ny deltaker, erfaringskonsulent eller koordinator</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n ny lapp</numerusform>
            <numerusform>%n nye lapper</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity calendar</source>
        <translation>Aktivitetskalender</translation>
    </message>
    <message>
        <source>Sessions, bookings and wait-lists</source>
        <translation>Økter, bookinger og ventelister</translation>
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
        <translation>Velkommen til Medvandrer</translation>
    </message>
    <message>
        <source>Your login has run out. Everything on this phone is kept and will sync once you are logged in.</source>
        <translation>Innloggingen din er utløpt. Alt på telefonen er tatt vare på og synkroniseres når du har logget inn.</translation>
    </message>
    <message>
        <source>Your goals, steps and check-ins, in your own words. Everything works offline too.</source>
        <translation>Dine mål, steg og innsjekker, med dine egne ord. Alt virker uten nett også.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>I have an invite code</source>
        <translation>Jeg har en invitasjonskode</translation>
    </message>
    <message>
        <source>Your team&apos;s server address</source>
        <translation>Adressen til teamets tjener</translation>
    </message>
    <message>
        <source>for example medvandrer.kommune.no</source>
        <translation>for eksempel medvandrer.kommune.no</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Invitasjonskode</translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <translation>Hva vil du kalles?</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Kobler til</translation>
    </message>
    <message>
        <source>Create my account</source>
        <translation>Opprett kontoen min</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
</context>
<context>
    <name>medvandrer::GoalManager</name>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunne ikke lagre: %1</translation>
    </message>
    <message>
        <source>Please check what you wrote and try again.</source>
        <translation>Se over det du skrev, og prøv igjen.</translation>
    </message>
    <message>
        <source>The device store is not ready.</source>
        <translation>Lagringen på enheten er ikke klar.</translation>
    </message>
    <message>
        <source>Give the goal a few words first.</source>
        <translation>Gi målet noen ord først.</translation>
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
        <translation>deltaker</translation>
    </message>
    <message>
        <source>The invite is withdrawn. Its code no longer works.</source>
        <translation>Invitasjonen er trukket tilbake. Koden virker ikke lenger.</translation>
    </message>
    <message>
        <source>Invites need a connection to the server. Please try again when you are online.</source>
        <translation>Invitasjoner trenger kontakt med serveren. Prøv igjen når du er på nett.</translation>
    </message>
    <message>
        <source>Only a koordinator can invite people.</source>
        <translation>Bare en koordinator kan invitere folk.</translation>
    </message>
    <message>
        <source>That invite was already used, withdrawn or out of date.</source>
        <translation>Den invitasjonen er allerede brukt, trukket tilbake eller gått ut.</translation>
    </message>
    <message>
        <source>The server could not do this just now. Please try again later.</source>
        <translation>Serveren fikk ikke til dette akkurat nå. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>Works once, until %1</source>
        <extracomment>An invite code&apos;s end: «Works once, until 8 December, 13:30».</extracomment>
        <translation>Virker én gang, til %1</translation>
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
        <translation>Brukernavnet eller passordet stemte ikke.</translation>
    </message>
    <message>
        <source>Please log in again. Everything on this device is kept.</source>
        <translation>Logg inn igjen. Alt på denne enheten er tatt vare på.</translation>
    </message>
    <message>
        <source>That invite code is not valid any more. Ask your team for a new one.</source>
        <translation>Invitasjonskoden gjelder ikke lenger. Spør teamet ditt om en ny.</translation>
    </message>
    <message>
        <source>That username is taken. Try another one.</source>
        <translation>Brukernavnet er opptatt. Prøv et annet.</translation>
    </message>
    <message>
        <source>Choose a longer password.</source>
        <translation>Velg et lengre passord.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a little and try again.</source>
        <translation>For mange forsøk. Vent litt, og prøv igjen.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Noe gikk galt. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>medvandrer::StoreWorker</name>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Kan ikke opprette datamappen %1</translation>
    </message>
    <message>
        <source>The app lock&apos;s file is damaged, so the data on this phone cannot be opened. What has synced is safe on the server.</source>
        <translation>Filen til applåsen er skadet, så dataene på denne telefonen kan ikke åpnes. Det som er synkronisert, er trygt på serveren.</translation>
    </message>
    <message>
        <source>The device store is not open.</source>
        <translation>Lagringen på enheten er ikke åpen.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <source>The request could not be sent.</source>
        <translation>Forespørselen kunne ikke sendes.</translation>
    </message>
    <message>
        <source>This is too long to be saved and sent. Make it shorter and try again.</source>
        <translation>Dette er for langt til å lagres og sendes. Gjør det kortere og prøv igjen.</translation>
    </message>
    <message>
        <source>The app cannot store this change (%1).</source>
        <translation>Appen kan ikke lagre denne endringen (%1).</translation>
    </message>
</context>
<context>
    <name>medvandrer::SyncClient</name>
    <message>
        <source>Working offline</source>
        <translation>Jobber uten nett</translation>
    </message>
    <message>
        <source>That server address does not look right.</source>
        <translation>Tjeneradressen ser ikke riktig ut.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the address and your connection.</source>
        <translation>Fikk ikke kontakt med tjeneren. Sjekk adressen og nettforbindelsen.</translation>
    </message>
    <message>
        <source>The connection was lost. Please try again.</source>
        <translation>Forbindelsen ble brutt. Prøv igjen.</translation>
    </message>
    <message>
        <source>This device holds another person&apos;s data. Log out on this device first.</source>
        <translation>Denne enheten har en annen persons data. Logg ut på denne enheten først.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Ikke koblet til serveren.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Forbindelsen ble brutt.</translation>
    </message>
</context>
</TS>
