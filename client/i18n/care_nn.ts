<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>CallButton</name>
    <message>
        <source>Call %1, %2</source>
        <translation>Ring %1, %2</translation>
    </message>
</context>
<context>
    <name>CareHistoryPage</name>
    <message>
        <source>Earlier versions</source>
        <translation>Tidlegare versjonar</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation>Ingenting er lagra enno.</translation>
    </message>
    <message>
        <source>Only you see these. Tap one to read it as it was.</source>
        <translation>Berre du ser desse. Trykk på ein for å lese den slik den var.</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (no)</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Endra: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>CareNav</name>
    <message>
        <source>My plan for hard days</source>
        <translation>Min plan for tunge dagar</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Min plan</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Om meg</translation>
    </message>
    <message>
        <source>Tell it once, in your own words</source>
        <translation>Fortel det éin gong, med dine eigne ord</translation>
    </message>
    <message>
        <source>Signs that things are getting hard for me</source>
        <translation>Teikn på at det byrjar å bli tungt for meg</translation>
    </message>
    <message>
        <source>What I notice in my thoughts, feelings, body or in what I do.</source>
        <translation>Det eg merkar i tankane, kjenslene, kroppen eller i det eg gjer.</translation>
    </message>
    <message>
        <source>What I can do on my own</source>
        <translation>Det eg kan gjere sjølv</translation>
    </message>
    <message>
        <source>Small things that have helped me before.</source>
        <translation>Små ting som har hjelpt meg før.</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Folk og stader som gir meg andre tankar</translation>
    </message>
    <message>
        <source>Where I can go and who I can be with, without having to talk about it.</source>
        <translation>Kvar eg kan gå og kven eg kan vere saman med, utan å måtte snakke om det.</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Folk eg kan be om hjelp</translation>
    </message>
    <message>
        <source>A name and a phone number. Tap the number to call.</source>
        <translation>Eit namn og eit telefonnummer. Trykk på nummeret for å ringe.</translation>
    </message>
    <message>
        <source>Professional help and emergency numbers</source>
        <translation>Hjelp frå fagfolk og naudnummer</translation>
    </message>
    <message>
        <source>My GP, my contact person in the service, others who know my situation.</source>
        <translation>Fastlegen min, kontaktpersonen min i tenesta, andre som kjenner situasjonen min.</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Å gjere det tryggare rundt meg</translation>
    </message>
    <message>
        <source>What I can put away, or ask someone to keep for me for a while.</source>
        <translation>Det eg kan leggje bort, eller be nokon ta vare på for meg ei stund.</translation>
    </message>
    <message>
        <source>How I want to be met</source>
        <translation>Slik vil eg bli møtt</translation>
    </message>
    <message>
        <source>What helps when others meet me on a hard day, and what does not.</source>
        <translation>Det som hjelper når andre møter meg ein tung dag – og det som ikkje gjer det.</translation>
    </message>
    <message>
        <source>After a hard time</source>
        <translation>Etter ei tung tid</translation>
    </message>
    <message>
        <source>What helps me find my feet again, and who I want to talk it over with.</source>
        <translation>Det som hjelper meg å finne fotfestet igjen, og kven eg vil snakke om det med.</translation>
    </message>
    <message>
        <source>What I like to be called</source>
        <translation>Dette vil eg gjerne kallast</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Dette er viktig for meg</translation>
    </message>
    <message>
        <source>People, things and days that mean something to me.</source>
        <translation>Folk, ting og dagar som betyr noko for meg.</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Dette hjelper meg</translation>
    </message>
    <message>
        <source>What I don&apos;t want to talk about or be asked about</source>
        <translation>Dette vil eg ikkje snakke om eller bli spurd om</translation>
    </message>
    <message>
        <source>You do not have to say why.</source>
        <translation>Du treng ikkje seie kvifor.</translation>
    </message>
    <message>
        <source>People who know me well</source>
        <translation>Folk som kjenner meg godt</translation>
    </message>
    <message>
        <source>And whether it is all right to contact them.</source>
        <translation>Og om det er greitt å ta kontakt med dei.</translation>
    </message>
    <message>
        <source>Language I prefer</source>
        <translation>Språk eg helst vil bruke</translation>
    </message>
    <message>
        <source>I would like an interpreter</source>
        <translation>Eg ønskjer tolk</translation>
    </message>
    <message>
        <source>Other practical needs</source>
        <translation>Andre praktiske behov</translation>
    </message>
    <message>
        <source>Hearing, reading, sight, getting there, anything else.</source>
        <translation>Høyrsel, lesing, syn, å kome seg dit, eller noko anna.</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Saved on this phone.</source>
        <translation>Lagra på denne telefonen.</translation>
    </message>
    <message>
        <source>%1 no longer shares this with you.</source>
        <translation>%1 deler ikkje dette med deg lenger.</translation>
    </message>
    <message>
        <source>%1&apos;s plan for hard days</source>
        <translation>Planen til %1 for tunge dagar</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>%1 shares this with you to read. Only %1 can change it.</source>
        <translation>%1 deler dette med deg for at du skal kunne lese det. Berre %1 kan endre det.</translation>
    </message>
    <message>
        <source>Write in your own words. Leave out anything you like; you can change it at any time.</source>
        <translation>Skriv med dine eigne ord. Hopp over det du vil; du kan endre det når som helst.</translation>
    </message>
    <message>
        <source>Write your plan on a good day, so it is here for you on a hard one.</source>
        <translation>Skriv planen ein god dag, så er den her for deg ein tung dag.</translation>
    </message>
    <message>
        <source>Tell it once, in your own words. You choose who reads it.</source>
        <translation>Fortel det éin gong, med dine eigne ord. Du vel kven som får lese det.</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation>Viss du treng hjelp no</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The emergency numbers are always at the top of your plan.</source>
        <translation>Naudnummera står alltid øvst i planen din.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endre</translation>
    </message>
    <message>
        <source>Write my plan</source>
        <translation>Skriv planen min</translation>
    </message>
    <message>
        <source>Write about me</source>
        <translation>Skriv om meg</translation>
    </message>
    <message>
        <source>Sign in once on this phone to write your own. The emergency numbers are always here.</source>
        <translation>Logg inn éin gong på denne telefonen for å skrive din eigen. Naudnummera er alltid her.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Tidlegare versjonar</translation>
    </message>
    <message>
        <source>Every time you save, the version before is kept</source>
        <translation>Kvar gong du lagrar, blir versjonen før teken vare på</translation>
    </message>
</context>
<context>
    <name>CareSharedLinks</name>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>In their own words, to read</source>
        <translation>Med eigne ord, til å lese</translation>
    </message>
    <message>
        <source>%1&apos;s plan for hard days</source>
        <translation>Planen til %1 for tunge dagar</translation>
    </message>
    <message>
        <source>To read, so you know what helps</source>
        <translation>Til å lese, så du veit kva som hjelper</translation>
    </message>
</context>
<context>
    <name>CareSharing</name>
    <message>
        <source>Who can read it</source>
        <translation>Kven som kan lese det</translation>
    </message>
    <message>
        <source>Nobody but you. You can share it with a helper, to read only, and stop at any time.</source>
        <translation>Ingen andre enn du. Du kan dele det med ein hjelpar, berre til å lese, og slutte når som helst.</translation>
    </message>
    <message>
        <source>%1 can read it</source>
        <translation>%1 kan lese det</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Slutt å dele</translation>
    </message>
    <message>
        <source>Stop sharing with %1</source>
        <translation>Slutt å dele med %1</translation>
    </message>
    <message>
        <source>Stopped. It leaves their phone at its next sync.</source>
        <translation>Stoppa. Det forsvinn frå telefonen deira neste gong den synkroniserer.</translation>
    </message>
    <message>
        <source>The list of helpers comes when you are online.</source>
        <translation>Lista over hjelparar kjem når du er på nett.</translation>
    </message>
    <message>
        <source>Share to read</source>
        <translation>Del til lesing</translation>
    </message>
    <message>
        <source>Shared to read. It reaches them at the next sync.</source>
        <translation>Delt til lesing. Det kjem fram ved neste synkronisering.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Namn på person %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone number of person %1</source>
        <translation>Telefonnummer til person %1</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Fjern person %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Legg til ein person</translation>
    </message>
</context>
<context>
    <name>EmergencyNumbers</name>
    <message>
        <source>Numbers checked %1 (helsenorge.no, mentalhelse.no).</source>
        <translation>Numra er sjekka %1 (helsenorge.no, mentalhelse.no).</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Medisinsk naudhjelp</translation>
    </message>
    <message>
        <source>When life may be in danger: call at once.</source>
        <translation>Når liv kan vere i fare: ring med ein gong.</translation>
    </message>
    <message>
        <source>Legevakt (out-of-hours doctor)</source>
        <translation>Legevakt</translation>
    </message>
    <message>
        <source>When you need a doctor now and cannot wait for your own.</source>
        <translation>Når du treng lege no og ikkje kan vente på fastlegen.</translation>
    </message>
    <message>
        <source>Mental Helse helpline</source>
        <translation>Mental Helse hjelpetelefonen</translation>
    </message>
    <message>
        <source>Someone to talk to, day and night. You can be anonymous.</source>
        <translation>Nokon å snakke med, heile døgnet. Du kan vere anonym.</translation>
    </message>
</context>
<context>
    <name>medvandrer::CareManager</name>
    <message>
        <source>Sign in once on this phone to save. The emergency numbers are always here.</source>
        <translation>Logg inn éin gong på denne telefonen for å lagre. Naudnummera er alltid her.</translation>
    </message>
    <message>
        <source>A name or number is too long. Please make it shorter.</source>
        <translation>Eit namn eller nummer er for langt. Gjer det litt kortare.</translation>
    </message>
    <message>
        <source>One part is too long. Please make it shorter.</source>
        <translation>Ein av delane er for lang. Gjer den litt kortare.</translation>
    </message>
</context>
</TS>
