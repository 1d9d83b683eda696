<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>LockScreen</name>
    <message>
        <source>Type the password you log in with. Everything on this phone is kept, also what has not synced yet.</source>
        <translation>Skriv passordet du loggar inn med. Alt på telefonen blir teke vare på, også det som ikkje er synkronisert enno.</translation>
    </message>
    <message>
        <source>Type your passphrase to open the app.</source>
        <translation>Skriv passordfrasen din for å opne appen.</translation>
    </message>
    <message>
        <source>Type your PIN to open the app.</source>
        <translation>Skriv PIN-koden din for å opne appen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>Account password</source>
        <translation>Passordet til kontoen</translation>
    </message>
    <message>
        <source>Open with my password</source>
        <translation>Opne med passordet mitt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opnar</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Du kan prøve igjen om %n sekund.</numerusform>
            <numerusform>Du kan prøve igjen om %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use my passphrase</source>
        <translation>Bruk passordfrasen min</translation>
    </message>
    <message>
        <source>Use my PIN</source>
        <translation>Bruk PIN-koden min</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Gløymt passordfrasen?</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Gløymt PIN-koden?</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this phone.</source>
        <translation>Vel ein ny passordfrase for denne telefonen.</translation>
    </message>
    <message>
        <source>Choose a new PIN for this phone.</source>
        <translation>Vel ein ny PIN-kode for denne telefonen.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny passordfrase</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Den nye passordfrasen ein gong til</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Den nye PIN-koden ein gong til</translation>
    </message>
    <message>
        <source>Save the new passphrase</source>
        <translation>Lagre den nye passordfrasen</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>Lagre den nye PIN-koden</translation>
    </message>
    <message>
        <source>Keep the old one</source>
        <translation>Behald den gamle</translation>
    </message>
    <message>
        <source>Back to the lock</source>
        <translation>Tilbake til låsen</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation>Viss du treng hjelp no</translation>
    </message>
    <message>
        <source>Opening your plan</source>
        <translation>Opnar planen din</translation>
    </message>
</context>
<context>
    <name>LockSettings</name>
    <message>
        <source>App lock</source>
        <translation>Applås</translation>
    </message>
    <message>
        <source>The app is locked with a PIN, and your goals and notes are stored encrypted on this phone.</source>
        <translation>Appen er låst med PIN-kode, og måla og notata dine er lagra kryptert på denne telefonen.</translation>
    </message>
    <message>
        <source>With a PIN, the app locks when you leave it, and your goals and notes are stored encrypted on this phone.</source>
        <translation>Med ein PIN-kode blir appen låst når du går ut av den, og måla og notata dine blir lagra kryptert på denne telefonen.</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>Vel ein PIN-kode</translation>
    </message>
    <message>
        <source>Lock the app after it has been in the background for</source>
        <translation>Lås appen når den har vore i bakgrunnen i</translation>
    </message>
    <message>
        <source>No time: lock at once</source>
        <translation>Inga tid: lås med ein gong</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minutt</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutt</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutt</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Lås etter</translation>
    </message>
    <message>
        <source>Show my plan for hard days on the lock screen</source>
        <translation>Vis planen min for tunge dagar på låseskjermen</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lås no</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt passordfrase</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Byt PIN-kode</translation>
    </message>
    <message>
        <source>Turn off the lock</source>
        <translation>Slå av låsen</translation>
    </message>
    <message>
        <source>Use a passphrase (words) instead of digits</source>
        <translation>Bruk ein passordfrase (ord) i staden for tal</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Noverande passordfrase</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Noverande PIN-kode</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny passordfrase</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits)</source>
        <translation>Ny PIN-kode (4 til 12 siffer)</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Den nye passordfrasen ein gong til</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Den nye PIN-koden ein gong til</translation>
    </message>
    <message>
        <source>Your account password opens the app if you forget the PIN, with nothing lost.</source>
        <translation>Passordet til kontoen opnar appen viss du gløymer PIN-koden, utan at noko går tapt.</translation>
    </message>
    <message>
        <source>Account password</source>
        <translation>Passordet til kontoen</translation>
    </message>
    <message>
        <source>Turning off the lock stores your data on this phone without encryption again.</source>
        <translation>Når du slår av låsen, blir dataa dine lagra på denne telefonen utan kryptering igjen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Turn on the lock</source>
        <translation>Slå på låsen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Slå av</translation>
    </message>
    <message>
        <source>Your plan is on the lock screen. This phone has no keychain, so the copy for the lock screen is not encrypted: anyone who can read the phone&apos;s files can read your plan. «About me», goals and notes stay encrypted.</source>
        <translation>Planen din blir vist på låseskjermen. Denne telefonen har ingen nøkkelring, så kopien for låseskjermen er ikkje kryptert: alle som kan lese filene på telefonen, kan lese planen din. «Om meg», mål og notat er framleis krypterte.</translation>
    </message>
    <message>
        <source>Your plan is on the lock screen, to read without the PIN. Only the plan: «About me», goals and notes stay locked.</source>
        <translation>Planen din blir vist på låseskjermen og kan lesast utan PIN-kode. Berre planen: «Om meg», mål og notat er framleis låste.</translation>
    </message>
    <message>
        <source>Anyone holding your phone can then read your plan without the PIN. Only the plan: «About me», goals and notes stay locked. The emergency numbers are always on the lock screen.</source>
        <translation>Då kan alle som har telefonen din i handa, lese planen din utan PIN-kode. Berre planen: «Om meg», mål og notat er framleis låste. Naudnummera står alltid på låseskjermen.</translation>
    </message>
    <message>
        <source>Anyone holding your phone can then read your plan without the PIN. This phone has no keychain, so the copy for the lock screen would not be encrypted: anyone who can read the phone&apos;s files could read your plan. «About me», goals and notes stay encrypted. The emergency numbers are always on the lock screen.</source>
        <translation>Då kan alle som har telefonen din i handa, lese planen din utan PIN-kode. Denne telefonen har ingen nøkkelring, så kopien for låseskjermen blir ikkje kryptert: alle som kan lese filene på telefonen, kan lese planen din. «Om meg», mål og notat er framleis krypterte. Naudnummera står alltid på låseskjermen.</translation>
    </message>
    <message>
        <source>This phone has no keychain. The copy of your plan for the lock screen would be stored without encryption: anyone who can read the phone&apos;s files could read it. «About me», goals and notes stay encrypted. Show the plan on the lock screen anyway?</source>
        <translation>Denne telefonen har ingen nøkkelring. Kopien av planen din for låseskjermen blir lagra utan kryptering: alle som kan lese filene på telefonen, kan lese han. «Om meg», mål og notat er framleis krypterte. Vil du likevel vise planen på låseskjermen?</translation>
    </message>
    <message>
        <source>Yes, show it without encryption</source>
        <translation>Ja, vis han utan kryptering</translation>
    </message>
    <message>
        <source>No, keep it off</source>
        <translation>Nei, la det vere av</translation>
    </message>
</context>
<context>
    <name>medvandrer::AppLock</name>
    <message>
        <source>The PIN&apos;s key is also bound to this phone&apos;s keychain.</source>
        <translation>Nøkkelen til PIN-koden er òg knytt til nøkkelringen på denne telefonen.</translation>
    </message>
    <message>
        <source>No keychain answered on this device, so the PIN alone protects the key.</source>
        <translation>Ingen nøkkelring svara på denne eininga, så PIN-koden åleine vernar nøkkelen.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Vel ein passordfrase på minst %n teikn.</numerusform>
            <numerusform>Vel ein passordfrase på minst %n teikn.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>Ein PIN-kode har %1 til %2 siffer.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Dei to passordfrasane er ikkje like.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Dei to PIN-kodane er ikkje like.</translation>
    </message>
    <message>
        <source>This device has no password key. Only the PIN opens it.</source>
        <translation>Denne eininga har ingen passordnøkkel. Berre PIN-koden opnar den.</translation>
    </message>
    <message>
        <source>Type your account password too: it opens the app if you forget the PIN.</source>
        <translation>Skriv òg passordet til kontoen: det opnar appen viss du gløymer PIN-koden.</translation>
    </message>
    <message>
        <source>That passphrase did not open the app. Nothing has been deleted.</source>
        <translation>Den passordfrasen opna ikkje appen. Ingenting er sletta.</translation>
    </message>
    <message>
        <source>That PIN did not open the app. Nothing has been deleted.</source>
        <translation>Den PIN-koden opna ikkje appen. Ingenting er sletta.</translation>
    </message>
    <message>
        <source>Wait a little before the next try. Nothing has been deleted.</source>
        <translation>Vent litt før neste forsøk. Ingenting er sletta.</translation>
    </message>
    <message>
        <source>That did not open this device&apos;s data.</source>
        <translation>Det opna ikkje dataa på denne eininga.</translation>
    </message>
    <message>
        <source>The phone&apos;s keychain did not answer, so the PIN cannot open the app now. Use your password.</source>
        <translation>Nøkkelringen på telefonen svara ikkje, så PIN-koden kan ikkje opne appen no. Bruk passordet ditt.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full. Free some space and try again.</source>
        <translation>Lagringsplassen på telefonen er full. Frigjer litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Noko gjekk gale. Prøv igjen.</translation>
    </message>
    <message>
        <source>The phone&apos;s keychain did not answer, so your plan cannot be shown now. The emergency numbers are below.</source>
        <translation>Nøkkelringen på telefonen svarte ikkje, så planen din kan ikkje visast no. Naudnummera står nedanfor.</translation>
    </message>
    <message>
        <source>Your plan could not be shown. The emergency numbers are below.</source>
        <translation>Planen din kunne ikkje visast. Naudnummera står nedanfor.</translation>
    </message>
</context>
</TS>
