<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>ActivityEditPage</name>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Endre aktiviteten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>For example: Mental Helse</source>
        <translation>Til dømes: Mental Helse</translation>
    </message>
    <message>
        <source>Kind of organiser</source>
        <translation>Type arrangør</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>User organisation</source>
        <translation>Brukarorganisasjon</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivillige</translation>
    </message>
    <message>
        <source>Kind of organiser: %1</source>
        <translation>Type arrangør: %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <source>Repeats, weeks</source>
        <translation>Gjentek seg, veker</translation>
    </message>
    <message>
        <source>Repeats: how many more weekly sessions after the first (0 = once). Each session is booked on its own.</source>
        <translation>Gjentek seg: kor mange fleire gonger, éin gong i veka, etter den første (0 = berre éin gong). Kvar gong blir booka for seg.</translation>
    </message>
    <message>
        <source>Seats (0 = open)</source>
        <translation>Plassar (0 = ope)</translation>
    </message>
    <message>
        <source>Booking closes, hours before</source>
        <translation>Bookingen stengjer, timar før</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Stikkord, skilde med komma</translation>
    </message>
    <message>
        <source>rusfritt, lavterskel, kurs, kafé</source>
        <translation>rusfritt, lavterskel, kurs, kafé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel the activity</source>
        <translation>Avlys aktiviteten</translation>
    </message>
    <message>
        <source>Cancel the activity?</source>
        <translation>Avlyse aktiviteten?</translation>
    </message>
    <message>
        <source>Everyone booked will be told at their next sync.</source>
        <translation>Alle som har booka, får melding neste gong dei synkroniserer.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Length, minutes</source>
        <translation>Lengd, minutt</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Nei, behald den</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Lagra i %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Kunne ikkje lagre fila: %1</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Set meg på venteliste</translation>
    </message>
    <message>
        <source>Book a seat</source>
        <translation>Book ein plass</translation>
    </message>
    <message>
        <source>Booking has closed</source>
        <translation>Bookingen er stengd</translation>
    </message>
    <message>
        <source>Yes, I want the seat</source>
        <translation>Ja, eg vil ha plassen</translation>
    </message>
    <message>
        <source>No thanks, pass it on</source>
        <translation>Nei takk, gi den vidare</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Gå ut av ventelista</translation>
    </message>
    <message>
        <source>Cancel my booking</source>
        <translation>Avbestill</translation>
    </message>
    <message>
        <source>Add to my calendar (.ics)</source>
        <translation>Legg i kalenderen min (.ics)</translation>
    </message>
    <message>
        <source>Open to all: no booking needed, just come.</source>
        <translation>Ope for alle: ingen booking, berre kom.</translation>
    </message>
    <message>
        <source>For the koordinator</source>
        <translation>For koordinator</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Endre aktiviteten</translation>
    </message>
    <message>
        <source>Cancel this session only</source>
        <translation>Avlys berre denne gongen</translation>
    </message>
    <message>
        <source>Cancel this session?</source>
        <translation>Avlyse denne gongen?</translation>
    </message>
    <message>
        <source>The other weeks go on as planned. Everyone booked for this session will be told at their next sync.</source>
        <translation>Dei andre vekene går som planlagt. Alle som har booka denne gongen, får melding neste gong dei synkroniserer.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Avlys denne gongen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Nei, behald den</translation>
    </message>
</context>
<context>
    <name>CalendarNoticesPage</name>
    <message>
        <source>News about my bookings</source>
        <translation>Nytt om bookingane mine</translation>
    </message>
    <message>
        <source>Nothing new. When the server answers a booking, you will see it here.</source>
        <translation>Ikkje noko nytt. Når serveren svarar på ein booking, ser du det her.</translation>
    </message>
    <message>
        <source>Changes arrive when your device syncs.</source>
        <translation>Endringar kjem når eininga synkroniserer.</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>motteke %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Motteke %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Activities</source>
        <translation>Aktivitetar</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Aktivitetar: %1</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Bookingane mine</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Ny aktivitet</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Førre veke</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Førre dag</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Neste veke</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Neste dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>All organisers</source>
        <translation>Alle arrangørar</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>User organisations</source>
        <translation>Brukarorganisasjonar</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivillige</translation>
    </message>
    <message>
        <source>Run by: %1</source>
        <translation>Arrangør: %1</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle stikkord</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Stikkord: %1</translation>
    </message>
    <message>
        <source>Seats as of the last sync, %1.</source>
        <translation>Plassar slik dei var ved siste synkronisering, %1.</translation>
    </message>
    <message>
        <source>Seats as of the last sync.</source>
        <translation>Plassar slik dei var ved siste synkronisering.</translation>
    </message>
    <message>
        <source>Nothing in the calendar here. Try another day or week, or fewer filters.</source>
        <translation>Ingenting i kalenderen her. Prøv ein annan dag eller ei anna veke, eller færre filter.</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Hides the filters</source>
        <translation>Gøymer filtera</translation>
    </message>
    <message>
        <source>Shows the filters</source>
        <translation>Viser filtera</translation>
    </message>
    <message>
        <source>Booking news (%1)</source>
        <translation>Nytt om bookingar (%1)</translation>
    </message>
    <message>
        <source>Booking news</source>
        <translation>Nytt om bookingar</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>The day before</source>
        <translation>Dagen før</translation>
    </message>
    <message>
        <source>%1: %2. Choose a day</source>
        <translation>%1: %2. Vel ein dag</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Dagen etter</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Førre månad</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Neste månad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>IcsSaveDialog</name>
    <message>
        <source>Save the calendar file</source>
        <translation>Lagre kalenderfila</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>MyBookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>Bookingane mine</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Lagra i %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Kunne ikkje lagre fila: %1</translation>
    </message>
    <message>
        <source>Add all to my calendar (.ics)</source>
        <translation>Legg alle i kalenderen min (.ics)</translation>
    </message>
    <message>
        <source>Show activity names and places in the exported file</source>
        <translation>Vis namn og stad for aktivitetane i den eksporterte fila</translation>
    </message>
    <message>
        <source>Anyone who sees your calendar will see what you booked.</source>
        <translation>Alle som ser kalenderen din, ser kva du har booka.</translation>
    </message>
    <message>
        <source>The file says only &quot;Appointment&quot; and the time, so a shared calendar reveals nothing.</source>
        <translation>Fila seier berre «Avtale» og tidspunktet, så ein delt kalender avslører ingenting.</translation>
    </message>
    <message>
        <source>No bookings yet. Activities you book show up here.</source>
        <translation>Ingen bookingar enno. Aktivitetar du bookar, ser du her.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Spør serveren …</translation>
    </message>
    <message>
        <source>Names are only shown while connected. Try again when the device is online.</source>
        <translation>Namn blir berre viste når eininga er tilkopla. Prøv igjen når du er på nett.</translation>
    </message>
    <message>
        <source>The list could not be fetched.</source>
        <translation>Lista kunne ikkje hentast.</translation>
    </message>
    <message>
        <source>Nobody has booked yet.</source>
        <translation>Ingen har booka enno.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Was here</source>
        <translation>Var her</translation>
    </message>
    <message>
        <source>Mark %1 as attended</source>
        <translation>Merk at %1 var til stades</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Undo the attendance mark for %1</source>
        <translation>Angre at %1 er merkt som til stades</translation>
    </message>
    <message>
        <source>«Was here» can be marked from the start of the session.</source>
        <translation>«Var her» kan merkast frå gongen startar.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standard</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk utan å lagre</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>%1, hours</source>
        <translation>%1, timar</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1, minutt</translation>
    </message>
</context>
<context>
    <name>medvandrer::CalendarManager</name>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunne ikkje lagre: %1</translation>
    </message>
    <message>
        <source>Cancelling, waiting for sync</source>
        <translation>Avbestiller, ventar på synkronisering</translation>
    </message>
    <message>
        <source>Requested, waiting for sync</source>
        <translation>Førespurt, ventar på synkronisering</translation>
    </message>
    <message>
        <source>Booked: you have a seat</source>
        <translation>Booka: du har ein plass</translation>
    </message>
    <message>
        <source>You are number %1 on the waiting list</source>
        <extracomment>%1 is the person&apos;s place in the queue (1 = next in line).</extracomment>
        <translation>Du er nummer %1 på ventelista</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>På venteliste</translation>
    </message>
    <message>
        <source>Accepting the seat, waiting for sync</source>
        <translation>Takkar ja til plassen, ventar på synkronisering</translation>
    </message>
    <message>
        <source>Saying no, waiting for sync</source>
        <translation>Takkar nei, ventar på synkronisering</translation>
    </message>
    <message>
        <source>A seat is offered to you until %1</source>
        <extracomment>A freed seat is held for the person until a time («15:00», or a day and time).</extracomment>
        <translation>Du får tilbod om ein plass fram til %1</translation>
    </message>
    <message>
        <source>The offered seat was passed on</source>
        <translation>Plassen du fekk tilbod om, gjekk vidare</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <source>You were there</source>
        <translation>Du var der</translation>
    </message>
    <message>
        <source>Open, no booking needed</source>
        <translation>Ope, ingen booking</translation>
    </message>
    <message>
        <source>Full, you can join the waiting list</source>
        <translation>Fullt, du kan stå på venteliste</translation>
    </message>
    <message>
        <source>The device store is not ready.</source>
        <translation>Lagringa på eininga er ikkje klar.</translation>
    </message>
    <message>
        <source>Please check the fields and try again.</source>
        <translation>Sjå over felta og prøv igjen.</translation>
    </message>
    <message>
        <source>This session is not in the calendar any more.</source>
        <translation>Denne gongen er ikkje lenger i kalenderen.</translation>
    </message>
    <message>
        <source>No booking needed: just come.</source>
        <translation>Ingen booking: berre kom.</translation>
    </message>
    <message>
        <source>Booking has closed for this session.</source>
        <translation>Bookingen er stengd for denne gongen.</translation>
    </message>
    <message>
        <source>Only a koordinator can change the calendar.</source>
        <translation>Berre ein koordinator kan endre kalenderen.</translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <translation>Gi aktiviteten ein tittel.</translation>
    </message>
    <message>
        <source>Write the date as 2025-04-01, the time as 18:00 and the length in minutes.</source>
        <translation>Skriv datoen som 2025-04-01, klokkeslettet som 18:00 og lengda i minutt.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Cancelled: this session was taken out of the calendar</source>
        <translation>Avlyst: denne gongen er teken ut av kalenderen</translation>
    </message>
    <message>
        <source>Cancelled by the organiser</source>
        <translation>Avlyst av arrangøren</translation>
    </message>
    <message>
        <source>This session is over</source>
        <translation>Denne gongen er over</translation>
    </message>
    <message>
        <source>Going on now</source>
        <translation>Går føre seg no</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>This session (%1) is no longer in the calendar.</source>
        <translation>Denne gongen (%1) er ikkje lenger i kalenderen.</translation>
    </message>
    <message>
        <source>This activity is no longer in the calendar.</source>
        <translation>Denne aktiviteten er ikkje lenger i kalenderen.</translation>
    </message>
    <message>
        <source>Cancelled: this activity will not take place. Your booking is cancelled too, there is nothing you need to do.</source>
        <translation>Avlyst: aktiviteten blir ikkje noko av. Bookingen din er òg avlyst, du treng ikkje gjere noko.</translation>
    </message>
    <message>
        <source>Cancelled: this activity will not take place.</source>
        <translation>Avlyst: aktiviteten blir ikkje noko av.</translation>
    </message>
    <message>
        <source>Cancelled: this session will not take place. Your booking is cancelled too, there is nothing you need to do.</source>
        <translation>Avlyst: denne gongen blir ikkje noko av. Bookingen din er òg avlyst, du treng ikkje gjere noko.</translation>
    </message>
    <message>
        <source>Cancelled: this session will not take place.</source>
        <translation>Avlyst: denne gongen blir ikkje noko av.</translation>
    </message>
    <message>
        <source>Attendance can be marked from the start of the session until a week after it.</source>
        <translation>Oppmøte kan merkast frå gongen startar til ei veke etter.</translation>
    </message>
    <message>
        <source>Attendance can only be changed until a week after the session.</source>
        <translation>Oppmøte kan berre endrast til ei veke etter gongen.</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>Inga fil vart vald.</translation>
    </message>
    <message>
        <source>The folder could not be made. Choose another place.</source>
        <translation>Mappa kunne ikkje lagast. Vel ein annan stad.</translation>
    </message>
    <message>
        <source>This place cannot be written to. Choose another folder.</source>
        <translation>Det går ikkje å lagre her. Vel ei anna mappe.</translation>
    </message>
    <message>
        <source>The file could not be written in full. Is the storage full?</source>
        <translation>Fila vart ikkje lagra heilt. Er lagringsplassen full?</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A session&apos;s start and end time: «13:00–14:30».
----------
When a session is, on its page: «Tuesday 1 December, 13:00–14:30».</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <extracomment>Free seats in a session, as of the last sync.</extracomment>
        <translation>
            <numerusform>%n plass att</numerusform>
            <numerusform>%n plassar att</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A coming session already has %n seat(s) taken. Cancel bookings first, or keep at least %n seat(s).</source>
        <extracomment>A koordinator lowered an activity&apos;s seats below the bookings a coming session already holds.</extracomment>
        <translation>
            <numerusform>%n plass er alt teken i ein kommande gong. Avbestill bookingar først, eller behald minst %n plass.</numerusform>
            <numerusform>%n plassar er alt tekne i ein kommande gong. Avbestill bookingar først, eller behald minst %n plassar.</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>Ein aktivitet</translation>
    </message>
    <message>
        <source>%1 has moved from %2 to %3</source>
        <comment>same day</comment>
        <extracomment>A booked session moved within its day: activity, old day and time, new time («at 15:00»).</extracomment>
        <translation>%1 er flytt frå %2 til %3</translation>
    </message>
    <message>
        <source>%1 has moved from %2 to %3</source>
        <comment>another day</comment>
        <extracomment>A booked session moved to another day: activity, old day and time, new day and time.</extracomment>
        <translation>%1 er flytt frå %2 til %3</translation>
    </message>
    <message>
        <source>%1 on %2 is no longer in the calendar, so your booking has ended</source>
        <extracomment>A booked session was taken out of the calendar: activity, its day and time.</extracomment>
        <translation>%1 %2 er ikkje lenger i kalenderen, så bookingen din gjeld ikkje lenger</translation>
    </message>
    <message>
        <source>%1 is cancelled: %2</source>
        <extracomment>An activity was cancelled: its name, and the day and time of every session the person had booked.</extracomment>
        <translation>%1 er avlyst: %2</translation>
    </message>
    <message>
        <source>%1 is cancelled on %2</source>
        <extracomment>One session of an activity was cancelled: activity, its day and time.</extracomment>
        <translation>%1 er avlyst %2</translation>
    </message>
    <message>
        <source>The attendance mark was taken back</source>
        <translation>Merket om oppmøte er teke bort</translation>
    </message>
    <message>
        <source>Booking confirmed</source>
        <translation>Bookingen er stadfesta</translation>
    </message>
    <message>
        <source>You are now number %1 on the waiting list</source>
        <extracomment>The person moved up the queue; %1 is the new place (1 = next in line).</extracomment>
        <translation>Du er no nummer %1 på ventelista</translation>
    </message>
    <message>
        <source>Marked as attended</source>
        <translation>Merkt som til stades</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Bookingen er avbestilt</translation>
    </message>
</context>
<context>
    <name>medvandrer::CalendarSessionModel</name>
    <message>
        <source>Municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>User organisation</source>
        <translation>Brukarorganisasjon</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivillige</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <extracomment>The calendar&apos;s week heading: week number, first and last day («Week 49: 30 Nov – 6 Dec»).</extracomment>
        <translation>Veke %1: %2–%3</translation>
    </message>
</context>
<context>
    <name>medvandrer::MyBookingModel</name>
    <message>
        <source>An activity no longer in the calendar</source>
        <translation>Ein aktivitet som ikkje lenger er i kalenderen</translation>
    </message>
    <message>
        <source>New time: your booking is being moved, waiting for sync</source>
        <translation>Nytt tidspunkt: bookingen din blir flytt, ventar på synkronisering</translation>
    </message>
    <message>
        <source>The time has changed: waiting for the server</source>
        <translation>Tidspunktet er endra: ventar på serveren</translation>
    </message>
</context>
<context>
    <name>medvandrer::ParticipantModel</name>
    <message>
        <source>Booked</source>
        <translation>Booka</translation>
    </message>
    <message>
        <source>Waiting, number %1</source>
        <translation>Ventar, nummer %1</translation>
    </message>
    <message>
        <source>Offered a seat</source>
        <translation>Har fått tilbod om plass</translation>
    </message>
    <message>
        <source>Attended (waiting for sync)</source>
        <translation>Var til stades (ventar på synkronisering)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Var til stades</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <source>Passed on the seat</source>
        <translation>Gav plassen vidare</translation>
    </message>
</context>
</TS>
