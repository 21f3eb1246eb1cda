<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Portrait::AboutDialog</name>
    <message>
        <source>About Portrait</source>
        <translation>Über Portrait</translation>
    </message>
    <message>
        <source>Portrait icon</source>
        <translation>Portrait-Symbol</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Portrait %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Portrait %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Browse, audit and export the profile photos of a Microsoft 365 / Entra ID directory through Microsoft Graph.</source>
        <translation>Profilfotos eines Microsoft 365-/Entra ID-Verzeichnisses über Microsoft Graph durchsuchen, prüfen und exportieren.</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>Versionsdetails</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>&amp;Copy version details</source>
        <translation>Versionsdetails &amp;kopieren</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Portrait %1
Qt %2 (built with %3)
%4 %5</source>
        <translation>Portrait %1
Qt %2 (erstellt mit %3)
%4 %5</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or later)</source>
        <translation>Lizenz: %1 (GNU General Public License, Version 3 oder neuer)</translation>
    </message>
</context>
<context>
    <name>Portrait::AccountController</name>
    <message>
        <source>Could not open the demo tenant: %1</source>
        <translation>Der Demo-Mandant konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not open the account %1: %2</source>
        <translation>Das Konto %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete the keychain entries of %1: %2</source>
        <translation>Die Schlüsselbundeinträge von %1 können nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Portrait::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign &amp;out of %1</source>
        <translation>Von %1 ab&amp;melden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Switch account, sign in or sign out</source>
        <translation>Konto wechseln, anmelden oder abmelden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>Portrait::AccountTokenProviders</name>
    <message>
        <source>unknown sign-in mode</source>
        <translation>unbekannte Anmeldeart</translation>
    </message>
</context>
<context>
    <name>Portrait::AccountsCommand</name>
    <message>
        <source>&apos;accounts&apos; takes no arguments</source>
        <translation>&apos;accounts&apos; erwartet keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts.</source>
        <translation>
            <numerusform>%n Konto.</numerusform>
            <numerusform>%n Konten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::AuditCommand</name>
    <message>
        <source>audit: write a report; the extension picks CSV, JSON or an HTML contact sheet.</source>
        <translation>audit: einen Bericht schreiben; die Endung wählt CSV, JSON oder einen HTML-Kontaktbogen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>audit: also download every photo to report bytes and sha256.</source>
        <translation>audit: zusätzlich jedes Foto herunterladen, um Bytes und SHA-256 zu berichten.</translation>
    </message>
    <message>
        <source>audit: save the run as a snapshot for &apos;diff&apos;.</source>
        <translation>audit: den Lauf als Momentaufnahme für &apos;diff&apos; speichern.</translation>
    </message>
    <message>
        <source>audit: an image that counts as a placeholder (exact or resized/re-encoded copies).</source>
        <translation>audit: ein Bild, das als Platzhalter gilt (exakt oder als skalierte/neu codierte Kopie).</translation>
    </message>
    <message>
        <source>audit: dHash bits (of 128) within which a photo matches a placeholder (default %1).</source>
        <translation>audit: dHash-Bits (von 128), innerhalb derer ein Foto einem Platzhalter entspricht (Standard %1).</translation>
    </message>
    <message>
        <source>BITS</source>
        <translation>BITS</translation>
    </message>
    <message>
        <source>audit: photos with a smaller edge count as placeholders.</source>
        <translation>audit: Fotos mit einer kürzeren Kantenlänge gelten als Platzhalter.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>audit: photos whose bytes are shared by more than N principals count as placeholders.</source>
        <translation>audit: Fotos, deren Bytes mehr als N Objekte gemeinsam haben, gelten als Platzhalter.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>audit: include the members of nested groups.</source>
        <translation>audit: Mitglieder verschachtelter Gruppen einbeziehen.</translation>
    </message>
    <message>
        <source>audit: start CSV reports with a UTF-8 byte order mark.</source>
        <translation>audit: CSV-Berichte mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen.</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes at least one SCOPE, e.g. users</source>
        <translation>&apos;audit&apos; erwartet mindestens einen SCOPE, z. B. users</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--placeholder &apos;%1&apos;: %2</source>
        <translation>--placeholder &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--report &apos;%1&apos;: use a .csv, .json or .html file</source>
        <translation>--report &apos;%1&apos;: eine .csv-, .json- oder .html-Datei angeben</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n principals audited…</source>
        <translation>
            <numerusform>%1 von %n Objekt geprüft …</numerusform>
            <numerusform>%1 von %n Objekten geprüft …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audited %n principals in %1 s: %2.</source>
        <translation>
            <numerusform>%n Objekt in %1 s geprüft: %2.</numerusform>
            <numerusform>%n Objekte in %1 s geprüft: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::AuditModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a reason and the placeholder&apos;s name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
</context>
<context>
    <name>Portrait::AuditSnapshot</name>
    <message>
        <source>not a Portrait audit snapshot (made by &apos;audit --snapshot&apos; or &apos;--report FILE.json&apos;)</source>
        <translation>keine Audit-Momentaufnahme von Portrait (erstellt mit &apos;audit --snapshot&apos; oder &apos;--report DATEI.json&apos;)</translation>
    </message>
</context>
<context>
    <name>Portrait::AuditView</name>
    <message>
        <source>SCOPEs separated by spaces: users, groups, groups/{id}/members, me/contacts, me/contactfolders, or single principals.</source>
        <translation>Bereiche durch Leerzeichen getrennt: users, groups, groups/{id}/members, me/contacts, me/contactfolders oder einzelne Objekte.</translation>
    </message>
    <message>
        <source>Download photos</source>
        <translation>Fotos herunterladen</translation>
    </message>
    <message>
        <source>Also fetch the bytes: sha256, thumbnails for the HTML report.</source>
        <translation>Auch die Bytes abrufen: SHA-256, Miniaturansichten für den HTML-Bericht.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Photos with a smaller edge count as placeholders.</source>
        <translation>Fotos mit einer kürzeren Kantenlänge gelten als Platzhalter.</translation>
    </message>
    <message>
        <source>Photos shared by more than this many principals count as placeholders.</source>
        <translation>Fotos, die mehr als so viele Objekte gemeinsam nutzen, gelten als Platzhalter.</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>Audit starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Add photo to placeholders</source>
        <translation>Foto zu den Platzhaltern hinzufügen</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <source>Compare snapshots…</source>
        <translation>Momentaufnahmen vergleichen …</translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder image(s)</source>
        <translation>
            <numerusform>%n Platzhalterbild</numerusform>
            <numerusform>%n Platzhalterbilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a scope and run the audit.</source>
        <translation>Wählen Sie einen Bereich und starten Sie das Audit.</translation>
    </message>
    <message>
        <source>Cannot audit &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Choose a scope first.</source>
        <translation>Wählen Sie zuerst einen Bereich.</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message>
        <source>The audit stopped: %1</source>
        <translation>Das Audit wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Fetching the photo of %1…</source>
        <translation>Foto von %1 wird abgerufen …</translation>
    </message>
    <message>
        <source>%1 has no photo to use as a placeholder (%2).</source>
        <translation>%1 hat kein Foto, das als Platzhalter dienen kann (%2).</translation>
    </message>
    <message>
        <source>The photo of %1 is already a placeholder, or cannot be decoded.</source>
        <translation>Das Foto von %1 ist bereits ein Platzhalter oder kann nicht decodiert werden.</translation>
    </message>
    <message>
        <source>Added the photo of %1 to the placeholders; the next run uses it.</source>
        <translation>Das Foto von %1 wurde zu den Platzhaltern hinzugefügt; der nächste Lauf berücksichtigt es.</translation>
    </message>
    <message>
        <source>use a .csv, .json or .html file</source>
        <translation>eine .csv-, .json- oder .html-Datei angeben</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>Auditbericht speichern</translation>
    </message>
    <message>
        <source>HTML contact sheet (*.html)</source>
        <translation>HTML-Kontaktbogen (*.html)</translation>
    </message>
    <message>
        <source>Snapshot / JSON (*.json)</source>
        <translation>Momentaufnahme / JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Changes between snapshots</source>
        <translation>Änderungen zwischen Momentaufnahmen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n Änderung.</numerusform>
            <numerusform>%n Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) between the snapshots.</source>
        <translation>
            <numerusform>%n Änderung zwischen den Momentaufnahmen.</numerusform>
            <numerusform>%n Änderungen zwischen den Momentaufnahmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older snapshot</source>
        <translation>Ältere Momentaufnahme</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Momentaufnahmen (*.json)</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>Neuere Momentaufnahme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo status and its count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %Ln principals.</source>
        <translation>
            <numerusform>Abgebrochen nach %1 von %Ln Objekt.</numerusform>
            <numerusform>Abgebrochen nach %1 von %Ln Objekten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audited %Ln principals: %1.</source>
        <translation>
            <numerusform>%Ln Objekt geprüft: %1.</numerusform>
            <numerusform>%Ln Objekte geprüft: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Min &amp;edge:</source>
        <translation>Mindest&amp;kante:</translation>
    </message>
    <message>
        <source>D&amp;uplicates over:</source>
        <translation>D&amp;uplikate ab mehr als:</translation>
    </message>
    <message>
        <source>Photo statuses</source>
        <translation>Fotostatus</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Art anzeigen</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Status anzeigen</translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation>Auditergebnisse</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt des Audits</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>principals audited of principals found</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>CSV for Excel, with a byte order mark (*.csv)</source>
        <translation>CSV für Excel, mit Bytereihenfolgemarke (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>Be&amp;heben …</translation>
    </message>
    <message>
        <source>Import photos from a folder for the people shown without a real photo (no photo, or a placeholder)</source>
        <translation>Fotos aus einem Ordner für die angezeigten Personen ohne echtes Foto importieren (kein Foto oder ein Platzhalter)</translation>
    </message>
    <message>
        <source>Everyone shown has a real photo (or cannot take one): nothing to fix.</source>
        <translation>Alle angezeigten Personen haben ein echtes Foto (oder können keines haben): nichts zu beheben.</translation>
    </message>
</context>
<context>
    <name>Portrait::AuditWindow</name>
    <message>
        <source>Photo audit</source>
        <translation>Fotoaudit</translation>
    </message>
    <message>
        <source>Close the audit</source>
        <translation>Audit schließen</translation>
    </message>
</context>
<context>
    <name>Portrait::AuthEndpoints</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>the login URL is an origin only (scheme, host, port): &apos;%1&apos;</source>
        <translation>die Anmelde-URL besteht nur aus dem Ursprung (Schema, Host, Port): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>http:// is accepted only for a loopback address (127.0.0.1, [::1]): &apos;%1&apos;</source>
        <translation>http:// ist nur für eine Loopback-Adresse (127.0.0.1, [::1]) zulässig: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Portrait::BrowseView</name>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>%1 is no longer in the list (a filter, a search or a refresh): nothing is selected.</source>
        <translation>%1 ist nicht mehr in der Liste (ein Filter, eine Suche oder eine Aktualisierung): Nichts ist ausgewählt.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
</context>
<context>
    <name>Portrait::BrowserFlow</name>
    <message>
        <source>No answer from the browser: sign-in timed out.</source>
        <translation>Keine Antwort vom Browser: Zeitüberschreitung bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation>Hier wird nur die Anmelde-Weiterleitung bedient.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>This sign-in is already complete. You can close this tab.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You can close this tab.</source>
        <translation>Anmeldung fehlgeschlagen: %1. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>No authorization code was received.</source>
        <translation>Es wurde kein Autorisierungscode empfangen.</translation>
    </message>
    <message>
        <source>The browser returned no authorization code.</source>
        <translation>Der Browser hat keinen Autorisierungscode zurückgegeben.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Portrait is signed in. You can close this tab.</source>
        <translation>Portrait ist angemeldet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation>Der Anmeldedienst hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>Cannot listen for the browser on localhost: %1</source>
        <translation>Auf localhost kann nicht auf den Browser gewartet werden: %1</translation>
    </message>
    <message>
        <source>every port tried was taken on ::1</source>
        <translation>jeder versuchte Port war auf ::1 belegt</translation>
    </message>
</context>
<context>
    <name>Portrait::CacheFolder</name>
    <message>
        <source>The cache folder must be an absolute path.</source>
        <translation>Der Cache-Ordner muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose an empty folder: Portrait deletes what is in its cache folder when the cache is cleared.</source>
        <translation>%1 enthält bereits andere Dateien. Wählen Sie einen leeren Ordner: Portrait löscht beim Leeren des Caches den Inhalt seines Cache-Ordners.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not marked as Portrait&apos;s cache (no CACHEDIR.TAG): nothing was deleted.</source>
        <translation>%1 ist nicht als Cache von Portrait gekennzeichnet (kein CACHEDIR.TAG): Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Portrait::CachingTokenProvider</name>
    <message>
        <source>the sign-in service sent no access token</source>
        <translation>der Anmeldedienst hat kein Zugriffstoken gesendet</translation>
    </message>
</context>
<context>
    <name>Portrait::CertificateCredential</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
    <message>
        <source>the PEM data holds no certificate</source>
        <translation>die PEM-Daten enthalten kein Zertifikat</translation>
    </message>
    <message>
        <source>the PEM data holds no private key, or the password is wrong (%1)</source>
        <translation>die PEM-Daten enthalten keinen privaten Schlüssel, oder das Kennwort ist falsch (%1)</translation>
    </message>
    <message>
        <source>not a PEM file or a PKCS#12 bundle</source>
        <translation>weder eine PEM-Datei noch ein PKCS#12-Paket</translation>
    </message>
    <message>
        <source>cannot open the PKCS#12 bundle: wrong password or no key and certificate (%1)</source>
        <translation>das PKCS#12-Paket kann nicht geöffnet werden: falsches Kennwort oder kein Schlüssel und Zertifikat (%1)</translation>
    </message>
    <message>
        <source>the private key is not an RSA key</source>
        <translation>der private Schlüssel ist kein RSA-Schlüssel</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation>der private Schlüssel gehört nicht zum Zertifikat</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>signing the client assertion failed: %1</source>
        <translation>das Signieren der Client-Assertion ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Portrait::CliApp</name>
    <message>
        <source>Browse and fetch Microsoft 365 / Entra ID profile photos through Microsoft Graph.

Commands:
%1
ITEM: me, users/{id|upn}, groups/{id}, me/contacts/{id}, users/{id|upn}/contacts/{id},
      me/contactfolders/{folderId}/contacts/{id}, users/{id|upn}/contactfolders/{folderId}/contacts/{id}
COLLECTION: users, groups, groups/{id}/members, me/contacts, me/contactfolders,
      me/contactfolders/{folderId}/contacts, and the same under users/{id|upn}/

Exit codes: 0 done, 1 some principals ended in error, 2 usage error,
3 authentication failed, 4 service unreachable or run aborted.</source>
        <translation>Profilfotos von Microsoft 365 / Entra ID über Microsoft Graph durchsuchen und abrufen.

Befehle:
%1
ITEM: me, users/{id|upn}, groups/{id}, me/contacts/{id}, users/{id|upn}/contacts/{id},
      me/contactfolders/{folderId}/contacts/{id}, users/{id|upn}/contactfolders/{folderId}/contacts/{id}
COLLECTION: users, groups, groups/{id}/members, me/contacts, me/contactfolders,
      me/contactfolders/{folderId}/contacts sowie dasselbe unter users/{id|upn}/

Exit-Codes: 0 erledigt, 1 einige Objekte endeten mit einem Fehler, 2 Aufruffehler,
3 Authentifizierung fehlgeschlagen, 4 Dienst nicht erreichbar oder Lauf abgebrochen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Use the built-in demo tenant (no sign-in).</source>
        <translation>Den eingebauten Demo-Mandanten verwenden (ohne Anmeldung).</translation>
    </message>
    <message>
        <source>A signed-in account from the keychain.</source>
        <translation>Ein angemeldetes Konto aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the bearer token from environment variable VAR.</source>
        <translation>Das Bearer-Token aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Read the bearer token from the first line of FILE.</source>
        <translation>Das Bearer-Token aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Graph root with its version, default https://graph.microsoft.com/v1.0 (http:// only for loopback).</source>
        <translation>Graph-Stamm-URL mit Version, Standard https://graph.microsoft.com/v1.0 (http:// nur für Loopback).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>National cloud: global, usgov, usgov-dod or china.</source>
        <translation>Nationale Cloud: global, usgov, usgov-dod oder china.</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>CLOUD</translation>
    </message>
    <message>
        <source>One JSON object per line on stdout.</source>
        <translation>Ein JSON-Objekt pro Zeile auf stdout.</translation>
    </message>
    <message>
        <source>Photo requests in flight at most (default 4).</source>
        <translation>Höchstzahl gleichzeitiger Fotoanfragen (Standard 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds without progress before a request fails (default 60).</source>
        <translation>Sekunden ohne Fortschritt, bevor eine Anfrage fehlschlägt (Standard 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log every request.</source>
        <translation>Jede Anfrage protokollieren.</translation>
    </message>
    <message>
        <source>Print only records and errors.</source>
        <translation>Nur Datensätze und Fehler ausgeben.</translation>
    </message>
    <message>
        <source>the command and its address</source>
        <translation>der Befehl und seine Adresse</translation>
    </message>
    <message>
        <source>COMMAND [ARGS...]</source>
        <translation>BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;: use global, usgov, usgov-dod or china</source>
        <translation>unbekannte Cloud &apos;%1&apos;: global, usgov, usgov-dod oder china angeben</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;%2&apos;</source>
        <translation>--%1 ist keine Option von &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Using the %1.</source>
        <translation>Verwende %1.</translation>
    </message>
    <message>
        <source>Also trust the certificate authority (or self-signed certificate) in FILE (PEM) for https.</source>
        <translation>Zusätzlich der Zertifizierungsstelle (oder dem selbstsignierten Zertifikat) in FILE (PEM) für https vertrauen.</translation>
    </message>
</context>
<context>
    <name>Portrait::CliContext</name>
    <message>
        <source>Try &apos;portrait-cli --help&apos;.</source>
        <translation>Siehe &apos;portrait-cli --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user, group or contact</source>
        <translation>&apos;%1&apos; ist weder Benutzer noch Gruppe noch Kontakt</translation>
    </message>
</context>
<context>
    <name>Portrait::ClientCredentialsProvider</name>
    <message>
        <source>the client secret is not in the keychain: sign in again</source>
        <translation>der geheime Clientschlüssel ist nicht im Schlüsselbund: bitte erneut anmelden</translation>
    </message>
    <message>
        <source>no client secret or certificate is configured</source>
        <translation>weder ein geheimer Clientschlüssel noch ein Zertifikat ist eingerichtet</translation>
    </message>
</context>
<context>
    <name>Portrait::DetailFacts</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>User principal name:</source>
        <translation>Benutzerprinzipalname:</translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Graph path:</source>
        <translation>Graph-Pfad:</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Pixelgröße:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>Medientyp:</translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation>ETag:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Fehlercode:</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>Fehlermeldung:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Anforderungs-ID:</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 Bytes (%2)</translation>
    </message>
</context>
<context>
    <name>Portrait::DetailPane</name>
    <message>
        <source>Save photo as…</source>
        <translation>Foto speichern unter …</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a user, group or contact to see its photo.</source>
        <translation>Wählen Sie einen Benutzer, eine Gruppe oder einen Kontakt, um das Foto zu sehen.</translation>
    </message>
    <message>
        <source>%1 · guest</source>
        <translation>%1 · Gast</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Could not load this list: %1</source>
        <translation>Diese Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries loaded. Expand the list and select someone to see the photo.</source>
        <translation>
            <numerusform>%Ln Eintrag geladen. Klappen Sie die Liste auf und wählen Sie jemanden aus, um das Foto zu sehen.</numerusform>
            <numerusform>%Ln Einträge geladen. Klappen Sie die Liste auf und wählen Sie jemanden aus, um das Foto zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Foto wird geladen …</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Wird decodiert …</translation>
    </message>
    <message>
        <source>The bytes could not be decoded as an image.</source>
        <translation>Die Bytes konnten nicht als Bild decodiert werden.</translation>
    </message>
    <message>
        <source>Graph sent %1 bytes that are not a readable image.</source>
        <translation>Graph hat %1 Bytes gesendet, die kein lesbares Bild sind.</translation>
    </message>
    <message>
        <source>Could not load the photo: %1</source>
        <translation>Das Foto konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the photo, the id, the user principal name or the mail</source>
        <translation>Foto, ID, Benutzerprinzipalname oder E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>In Bildbetrachter öffnen</translation>
    </message>
    <message>
        <source>Open the photo in the desktop&apos;s image viewer</source>
        <translation>Das Foto im Bildbetrachter der Arbeitsumgebung öffnen</translation>
    </message>
    <message>
        <source>Copied the photo (%1 × %2)</source>
        <translation>Foto kopiert (%1 × %2)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Copy i&amp;d</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy user principal &amp;name</source>
        <translation>Benutzerprinzipal&amp;namen kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;mail</source>
        <translation>E-&amp;Mail-Adresse kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries loaded match the filters. Select someone to see the photo.</source>
        <translation>
            <numerusform>%1 von %Ln geladenen Eintrag passt zu den Filtern. Wählen Sie jemanden aus, um das Foto zu sehen.</numerusform>
            <numerusform>%1 von %Ln geladenen Einträgen passen zu den Filtern. Wählen Sie jemanden aus, um das Foto zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a photo status and its reason, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>Foto ersetzen …</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Foto entfernen …</translation>
    </message>
    <message>
        <source>There is no photo to remove.</source>
        <translation>Es gibt kein Foto zum Entfernen.</translation>
    </message>
    <message>
        <source>Choose an image to become this photo</source>
        <translation>Ein Bild wählen, das dieses Foto wird</translation>
    </message>
    <message>
        <source>Remove this photo from the directory</source>
        <translation>Dieses Foto aus dem Verzeichnis entfernen</translation>
    </message>
</context>
<context>
    <name>Portrait::DeviceCodeFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in service sent no device code.</source>
        <translation>Der Anmeldedienst hat keinen Gerätecode gesendet.</translation>
    </message>
    <message>
        <source>The code expired before sign-in was completed.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen war.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation>Der Anmeldedienst hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>Sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Portrait::DiffCommand</name>
    <message>
        <source>&apos;diff&apos; takes two snapshot files: OLD NEW</source>
        <translation>&apos;diff&apos; erwartet zwei Momentaufnahme-Dateien: ALT NEU</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Only one snapshot is --deep: photos are compared by etag.</source>
        <translation>Nur eine Momentaufnahme ist --deep: Fotos werden anhand des ETags verglichen.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes: %1.</source>
        <translation>
            <numerusform>%n Änderung: %1.</numerusform>
            <numerusform>%n Änderungen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::DirectoryFilterModel</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>a list: shown of all</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 loaded so far)</source>
        <translation>%1 (%2 von %3 bisher geladenen)</translation>
    </message>
</context>
<context>
    <name>Portrait::DirectoryModel</name>
    <message>
        <source>the signed-in user</source>
        <translation>den angemeldeten Benutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>contact folders</source>
        <translation>Kontaktordner</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>contacts in %1</source>
        <translation>Kontakte in %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Me — %1</source>
        <translation>Ich — %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <source>%1 (%2) — loading…</source>
        <translation>%1 (%2) — wird geladen …</translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation>%1 — wird geladen …</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2+)</source>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not load %1: %2
Expand or refresh to try again.</source>
        <translation>%1 konnte nicht geladen werden: %2
Zum erneuten Versuch aufklappen oder aktualisieren.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n entries loaded</source>
        <translation>
            <numerusform>%n Eintrag geladen</numerusform>
            <numerusform>%n Einträge geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest (shown in italics)</source>
        <translation>Gast (kursiv dargestellt)</translation>
    </message>
    <message>
        <source>Account disabled (shown in grey)</source>
        <translation>Konto deaktiviert (grau dargestellt)</translation>
    </message>
</context>
<context>
    <name>Portrait::DirectoryObject</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact folder</source>
        <translation>Kontaktordner</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Portrait::ExportCommand</name>
    <message>
        <source>export: the output folder.</source>
        <translation>export: der Zielordner.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>photo, export: one of Graph&apos;s sizes, e.g. 96x96.</source>
        <translation>photo, export: eine der Größen von Graph, z. B. 96x96.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>export: file name template, default %1; tokens {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}.</source>
        <translation>export: Vorlage für Dateinamen, Standard %1; Platzhalter {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>export: original (default), jpeg or png.</source>
        <translation>export: original (Standard), jpeg oder png.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: JPEG quality 1-100 (default 90).</source>
        <translation>export: JPEG-Qualität 1–100 (Standard 90).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>export: scale down so no edge exceeds PX.</source>
        <translation>export: verkleinern, sodass keine Kante PX überschreitet.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>export: fetch and write only what changed since the last run (the manifest).</source>
        <translation>export: nur abrufen und schreiben, was sich seit dem letzten Lauf geändert hat (laut Manifest).</translation>
    </message>
    <message>
        <source>export: delete manifest-listed files of principals no longer in scope.</source>
        <translation>export: im Manifest geführte Dateien von Objekten löschen, die nicht mehr im Bereich liegen.</translation>
    </message>
    <message>
        <source>export: say what would be written; write nothing.</source>
        <translation>export: anzeigen, was geschrieben würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>export: include nested groups&apos; members.</source>
        <translation>export: Mitglieder verschachtelter Gruppen einbeziehen.</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes at least one scope, e.g. users</source>
        <translation>&apos;export&apos; erwartet mindestens einen Bereich, z. B. users</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --out DIR</source>
        <translation>&apos;export&apos; benötigt --out DIR</translation>
    </message>
    <message>
        <source>--size takes WxH, e.g. 96x96</source>
        <translation>--size erwartet BxH, z. B. 96x96</translation>
    </message>
    <message>
        <source>--format takes original, jpeg or png</source>
        <translation>--format erwartet original, jpeg oder png</translation>
    </message>
    <message>
        <source>--quality takes a number from 1 to 100</source>
        <translation>--quality erwartet eine Zahl von 1 bis 100</translation>
    </message>
    <message>
        <source>--max-edge takes a number of pixels from 1 to 10000</source>
        <translation>--max-edge erwartet eine Pixelzahl von 1 bis 10000</translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n geschrieben</numerusform>
            <numerusform>%n geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no photo)</source>
        <translation>
            <numerusform>%n übersprungen (kein Foto)</numerusform>
            <numerusform>%n übersprungen (kein Foto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would export %n principals in %1 s: %2; %3 bytes written to %4.</source>
        <translation>
            <numerusform>Würde %n Objekt in %1 s exportieren: %2; %3 Bytes nach %4 geschrieben.</numerusform>
            <numerusform>Würde %n Objekte in %1 s exportieren: %2; %3 Bytes nach %4 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n principals in %1 s: %2; %3 bytes written to %4.</source>
        <translation>
            <numerusform>%n Objekt in %1 s exportiert: %2; %3 Bytes nach %4 geschrieben.</numerusform>
            <numerusform>%n Objekte in %1 s exportiert: %2; %3 Bytes nach %4 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the counts of the export summary (&quot;2 written, 0 unchanged, …&quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>export: write into an existing --out folder that another user owns.</source>
        <translation>export: in einen vorhandenen --out-Ordner schreiben, der einem anderen Benutzer gehört.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the photos being written (Ctrl+C again stops at once).</source>
        <translation>Abbruch: Die Fotos, die gerade geschrieben werden, werden fertig geschrieben (erneut Strg+C bricht sofort ab).</translation>
    </message>
</context>
<context>
    <name>Portrait::ExportDialog</name>
    <message>
        <source>Export photos</source>
        <translation>Fotos exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>Include members of nested groups</source>
        <translation>Mitglieder verschachtelter Gruppen einbeziehen</translation>
    </message>
    <message numerus="yes">
        <source>The selection (%Ln items)</source>
        <translation>
            <numerusform>Die Auswahl (%Ln Element)</numerusform>
            <numerusform>Die Auswahl (%Ln Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>My contacts and contact folders</source>
        <translation>Meine Kontakte und Kontaktordner</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Portrait export</source>
        <translation>Portrait-Export</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Tokens: {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}. A / makes a subfolder.</source>
        <translation>Platzhalter: {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}. Ein / legt einen Unterordner an.</translation>
    </message>
    <message>
        <source>Largest available</source>
        <translation>Größte verfügbare</translation>
    </message>
    <message>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <source>When a photo lacks this size, the nearest smaller one is written.</source>
        <translation>Fehlt einem Foto diese Größe, wird die nächstkleinere geschrieben.</translation>
    </message>
    <message>
        <source>Original bytes</source>
        <translation>Originalbytes</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>No scaling</source>
        <translation>Keine Skalierung</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Only what changed since the last export (incremental)</source>
        <translation>Nur Änderungen seit dem letzten Export (inkrementell)</translation>
    </message>
    <message>
        <source>Delete earlier exported files of principals no longer in scope</source>
        <translation>Früher exportierte Dateien von Objekten löschen, die nicht mehr im Bereich liegen</translation>
    </message>
    <message>
        <source>Dry run: only show what would be written</source>
        <translation>Probelauf: nur anzeigen, was geschrieben würde</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Auflisten …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>Nach %1 s abgebrochen.</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Der Export wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Dry run done in %1 s.</source>
        <translation>Probelauf in %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>In %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Preview of the file names</source>
        <translation>Vorschau der Dateinamen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Longest edge:</source>
        <translation>&amp;Längste Kante:</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>%p%</source>
        <extracomment>The progress bar&apos;s text: %p is the percentage done (the typography of &quot;50%&quot; or &quot;50 %&quot; is the language&apos;s).</extracomment>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 found so far</source>
        <translation>%1 von %2 bisher gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <translation>
            <numerusform>%Ln geschrieben</numerusform>
            <numerusform>%Ln geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>photos exported a second</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (no photo)</source>
        <translation>
            <numerusform>%Ln übersprungen (kein Foto)</numerusform>
            <numerusform>%Ln übersprungen (kein Foto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln entfernt</numerusform>
            <numerusform>%Ln entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the export summary&apos;s list of counts, as a sentence</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>Portrait::ExportJob</name>
    <message>
        <source>no output folder</source>
        <translation>kein Zielordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>&apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>der Ordner &apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read %1 in &apos;%2&apos;: %3 (move it away to start afresh)</source>
        <translation>%1 in &apos;%2&apos; kann nicht gelesen werden: %3 (verschieben Sie die Datei, um neu zu beginnen)</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to another user, who could redirect what is written there: choose a folder of your own</source>
        <translation>&apos;%1&apos; gehört einem anderen Benutzer, der umleiten könnte, was dort geschrieben wird: Wählen Sie einen eigenen Ordner</translation>
    </message>
</context>
<context>
    <name>Portrait::FilterSortMenus</name>
    <message>
        <source>Fi&amp;lter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Show only some photo statuses, kinds, user types or accounts</source>
        <translation>Nur bestimmte Fotostatus, Arten, Benutzertypen oder Konten anzeigen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <source>Members and guests</source>
        <translation>Mitglieder und Gäste</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <source>Guests only</source>
        <translation>Nur Gäste</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Aktivierte und deaktivierte</translation>
    </message>
    <message>
        <source>Enabled only</source>
        <translation>Nur aktivierte</translation>
    </message>
    <message>
        <source>Disabled only</source>
        <translation>Nur deaktivierte</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>S&amp;ortieren</translation>
    </message>
    <message>
        <source>Sort by name, photo status, pixel size or bytes</source>
        <translation>Nach Name, Fotostatus, Pixelgröße oder Bytes sortieren</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>Directory order</source>
        <translation>Verzeichnisreihenfolge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>Fotostatus</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Pixelgröße</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>Portrait::GraphError</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (request-id %2)</source>
        <translation>%1 (Anforderungs-ID %2)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>nicht verwendbar</translation>
    </message>
</context>
<context>
    <name>Portrait::GraphRoot</name>
    <message>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation>&apos;%1&apos; ist keine absolute URL</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos;: use https://</source>
        <translation>nicht unterstütztes Schema &apos;%1&apos;: verwenden Sie https://</translation>
    </message>
    <message>
        <source>the Graph URL must not carry a query, fragment or user info</source>
        <translation>die Graph-URL darf keine Abfrage, kein Fragment und keine Benutzerangaben enthalten</translation>
    </message>
    <message>
        <source>the Graph URL needs its version segment, e.g. %1/v1.0</source>
        <translation>die Graph-URL benötigt ihr Versionssegment, z. B. %1/v1.0</translation>
    </message>
    <message>
        <source>refusing http:// for &apos;%1&apos;: only a loopback address (127.0.0.1, [::1]) may use plain HTTP; use https://</source>
        <translation>http:// für &apos;%1&apos; abgelehnt: Nur eine Loopback-Adresse (127.0.0.1, [::1]) darf unverschlüsseltes HTTP verwenden; verwenden Sie https://</translation>
    </message>
</context>
<context>
    <name>Portrait::HtmlReportWriter</name>
    <message>
        <source>Portrait photo audit</source>
        <translation>Portrait-Fotoaudit</translation>
    </message>
    <message>
        <source> (deep)</source>
        <translation> (vollständig mit Bytes)</translation>
    </message>
    <message>
        <source> (incomplete: the run stopped early)</source>
        <translation> (unvollständig: Der Lauf endete vorzeitig)</translation>
    </message>
    <message>
        <source>Real photo</source>
        <translation>Echtes Foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this report, for the HTML lang attribute</comment>
        <translation>de</translation>
    </message>
    <message numerus="yes">
        <source>%n principals in %1, audited %2%3%4</source>
        <translation>
            <numerusform>%n Objekt in %1, geprüft am %2%3%4</numerusform>
            <numerusform>%n Objekte in %1, geprüft am %2%3%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::ImportCommand</name>
    <message>
        <source>import: match file names by auto, upn, mail, id, employeeId or displayName.</source>
        <translation>import: Dateinamen nach auto, upn, mail, id, employeeId oder displayName zuordnen.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>import: a CSV of file,principal rows that names the files.</source>
        <translation>import: eine CSV-Datei mit Zeilen file,principal, die die Dateien zuordnet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>import: where the principals are (default users; repeat).</source>
        <translation>import: wo die Objekte sind (Standard users; wiederholbar).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>import: leave principals that have a photo alone.</source>
        <translation>import: Objekte, die bereits ein Foto haben, unverändert lassen.</translation>
    </message>
    <message>
        <source>set, remove, import: the journal folder (default: a new one here).</source>
        <translation>set, remove, import: der Journal-Ordner (Standard: ein neuer hier).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>import, undo: carry the plan out (else: plan only).</source>
        <translation>import, undo: den Plan ausführen (sonst: nur planen).</translation>
    </message>
    <message>
        <source>set, import: center (a centred square) or none.</source>
        <translation>set, import: center (ein zentriertes Quadrat) oder none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>export: scale down so no edge exceeds PX.</source>
        <translation>export: verkleinern, sodass keine Kante PX überschreitet.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>set, import: images with a shorter edge are invalid.</source>
        <translation>set, import: Bilder mit einer kürzeren Kante sind ungültig.</translation>
    </message>
    <message>
        <source>&apos;import&apos; takes one folder of images</source>
        <translation>&apos;import&apos; erwartet einen Ordner mit Bildern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>&apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>--match takes auto, upn, mail, id, employeeId or displayName</source>
        <translation>--match erwartet auto, upn, mail, id, employeeId oder displayName</translation>
    </message>
    <message>
        <source>--scope &apos;%1&apos;: %2</source>
        <translation>--scope &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>import: with --only-missing, a photo like this image counts as missing (repeat).</source>
        <translation>import: mit --only-missing gilt ein Foto wie dieses Bild als fehlend (wiederholbar).</translation>
    </message>
    <message>
        <source>--replace-placeholders &apos;%1&apos;: %2</source>
        <translation>--replace-placeholders &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Ignored (not pictures): %1</source>
        <translation>Übergangen (keine Bilder): %1</translation>
    </message>
</context>
<context>
    <name>Portrait::ImportController</name>
    <message>
        <source>&amp;Import photos…</source>
        <translation>Fotos &amp;importieren …</translation>
    </message>
    <message>
        <source>Set many people&apos;s photos from a folder of images, with a plan first and undo after (Ctrl+Shift+I)</source>
        <translation>Die Fotos vieler Personen aus einem Bilderordner setzen, zuerst mit einem Plan und danach rückgängig zu machen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Recent &amp;journals</source>
        <translation>Letzte &amp;Journale</translation>
    </message>
    <message>
        <source>%1 — %2 written, %3 failed</source>
        <translation>%1 — %2 geschrieben, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — nicht lesbar</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>Journal ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a journal folder</source>
        <translation>Einen Journal-Ordner öffnen</translation>
    </message>
    <message>
        <source> (another tenant: %1)</source>
        <translation> (anderer Mandant: %1)</translation>
    </message>
</context>
<context>
    <name>Portrait::ImportPlanModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Several people</source>
        <translation>Mehrere Personen</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Photo now</source>
        <translation>Foto jetzt</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>Neues Foto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 × %2 pixels are sent</source>
        <translation>%1 × %2 Pixel werden gesendet</translation>
    </message>
    <message>
        <source>The file as it is: it is not sent</source>
        <translation>Die Datei, wie sie ist: Sie wird nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Portrait::ImportWindow</name>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Bilderordner</translation>
    </message>
    <message>
        <source>A folder of photos named after the people</source>
        <translation>Ein Ordner mit Fotos, benannt nach den Personen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Den Ordner auswählen</translation>
    </message>
    <message>
        <source>Match file names by</source>
        <translation>Dateinamen zuordnen nach</translation>
    </message>
    <message>
        <source>Sign-in name, then mail, id, employee ID</source>
        <translation>Anmeldename, dann E-Mail, ID, Personalnummer</translation>
    </message>
    <message>
        <source>Sign-in name (UPN)</source>
        <translation>Anmeldename (UPN)</translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>A file&apos;s name without its extension is compared with this, ignoring case.</source>
        <translation>Der Dateiname ohne Endung wird damit verglichen, ohne Groß- und Kleinschreibung zu beachten.</translation>
    </message>
    <message>
        <source>CSV map</source>
        <translation>CSV-Zuordnung</translation>
    </message>
    <message>
        <source>Optional: a CSV of file,principal rows</source>
        <translation>Optional: eine CSV mit Zeilen file,principal</translation>
    </message>
    <message>
        <source>A CSV file with the header file,principal: each row names the person of one file (a UPN, mail, id or address such as users/…). Files it does not name are matched by their names.</source>
        <translation>Eine CSV-Datei mit der Kopfzeile file,principal: Jede Zeile nennt die Person einer Datei (UPN, E-Mail, ID oder eine Adresse wie users/…). Dateien, die sie nicht nennt, werden nach ihrem Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Choos&amp;e map…</source>
        <translation>Zuordnung wäh&amp;len …</translation>
    </message>
    <message>
        <source>Choose a CSV map</source>
        <translation>Eine CSV-Zuordnung auswählen</translation>
    </message>
    <message>
        <source>or a C&amp;SV map:</source>
        <translation>oder eine C&amp;SV-Zuordnung:</translation>
    </message>
    <message>
        <source>Whose photos</source>
        <translation>Wessen Fotos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users and groups</source>
        <translation>Benutzer und Gruppen</translation>
    </message>
    <message>
        <source>Only people &amp;without a photo</source>
        <translation>Nur Personen o&amp;hne Foto</translation>
    </message>
    <message>
        <source>Leave everyone who has a photo as they are.</source>
        <translation>Alle, die ein Foto haben, bleiben wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>Match the files and say what would change; nothing is written.</source>
        <translation>Die Dateien zuordnen und sagen, was sich ändern würde; nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Ever&amp;yone</source>
        <translation>Alle &amp;einbeziehen</translation>
    </message>
    <message>
        <source>Import for everyone</source>
        <translation>Für alle importieren</translation>
    </message>
    <message>
        <source>Plan for everyone, not only the people chosen in the audit.</source>
        <translation>Für alle planen, nicht nur für die im Audit gewählten Personen.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Match by:</source>
        <translation>&amp;Zuordnen nach:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Su&amp;chen in:</translation>
    </message>
    <message>
        <source>Show action</source>
        <translation>Aktion anzeigen</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importplan</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Ausführen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Diesen Import &amp;rückgängig machen …</translation>
    </message>
    <message>
        <source>Say what undoing would put back, then put it back when you confirm.</source>
        <translation>Sagen, was das Rückgängigmachen zurückbringen würde, und es nach Ihrer Bestätigung zurückbringen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open &amp;journal folder</source>
        <translation>&amp;Journal-Ordner öffnen</translation>
    </message>
    <message>
        <source>The journal holds a backup of every photo this import changed.</source>
        <translation>Das Journal enthält eine Sicherung jedes Fotos, das dieser Import geändert hat.</translation>
    </message>
    <message>
        <source>Choose a folder of photos named after the people (e.g. adele@contoso.com.jpg), then Plan: nothing is written until you apply the plan.</source>
        <translation>Wählen Sie einen Ordner mit Fotos, die nach den Personen benannt sind (z. B. adele@contoso.com.jpg), dann Planen: Nichts wird geschrieben, bevor Sie den Plan ausführen.</translation>
    </message>
    <message>
        <source>Only the people chosen in the audit (%1): files for anyone else are left out.</source>
        <translation>Nur die im Audit gewählten Personen (%1): Dateien für andere bleiben außen vor.</translation>
    </message>
    <message>
        <source>&amp;Apply the undo…</source>
        <translation>Rückgängigmachen &amp;ausführen …</translation>
    </message>
    <message>
        <source>Folder of photos</source>
        <translation>Fotoordner</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a folder of photos first.</source>
        <translation>Wählen Sie zuerst einen Fotoordner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>The CSV map &apos;%1&apos; is not a file.</source>
        <translation>Die CSV-Zuordnung „%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>Reading the folder and the directory… nothing is written.</source>
        <translation>Ordner und Verzeichnis werden gelesen … nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation>Planen nicht möglich: %1</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Planning cancelled; nothing was written.</source>
        <translation>Planen abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Not written: cancelled</source>
        <translation>Nicht geschrieben: abgebrochen</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Change photos</source>
        <translation>Fotos ändern</translation>
    </message>
    <message>
        <source>Put the photos back as they were?</source>
        <translation>Die Fotos wieder so herstellen, wie sie waren?</translation>
    </message>
    <message>
        <source>Change the photos?</source>
        <translation>Die Fotos ändern?</translation>
    </message>
    <message>
        <source>Photos that will be put back: %1 (%2).</source>
        <translation>Fotos, die zurückgebracht werden: %1 (%2).</translation>
    </message>
    <message>
        <source>Photos that will change: %1 (%2).</source>
        <translation>Fotos, die sich ändern: %1 (%2).</translation>
    </message>
    <message>
        <source>A photo that was changed again since the import is left alone.</source>
        <translation>Ein Foto, das seit dem Import erneut geändert wurde, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Before each change, the photo there now is saved in a journal, so you can undo the import. Teams and SharePoint may show the old photos for a while.</source>
        <translation>Vor jeder Änderung wird das jetzige Foto in einem Journal gesichert, damit Sie den Import rückgängig machen können. Teams und SharePoint zeigen die alten Fotos womöglich noch eine Weile.</translation>
    </message>
    <message>
        <source>Put the photos back</source>
        <translation>Fotos zurückbringen</translation>
    </message>
    <message>
        <source>Change the photos</source>
        <translation>Fotos ändern</translation>
    </message>
    <message>
        <source>Nothing was written: the journal cannot be made (%1).</source>
        <translation>Nichts wurde geschrieben: Das Journal kann nicht angelegt werden (%1).</translation>
    </message>
    <message>
        <source>Putting the photos back…</source>
        <translation>Die Fotos werden zurückgebracht …</translation>
    </message>
    <message>
        <source>Writing the photos…</source>
        <translation>Die Fotos werden geschrieben …</translation>
    </message>
    <message>
        <source>Cancelling: the writes already sent finish, nothing else is written…</source>
        <translation>Wird abgebrochen: Bereits gesendete Schreibvorgänge werden beendet, sonst wird nichts geschrieben …</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the photos to see what undoing would put back… nothing is written.</source>
        <translation>Die Fotos werden gelesen, um zu sehen, was das Rückgängigmachen zurückbrächte … nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Undone: removed again</source>
        <translation>Rückgängig gemacht: wieder entfernt</translation>
    </message>
    <message>
        <source>Undone: the photo from before is back</source>
        <translation>Rückgängig gemacht: Das frühere Foto ist zurück</translation>
    </message>
    <message>
        <source>Interrupted during the write: Undo settles it</source>
        <translation>Während des Schreibens unterbrochen: Rückgängigmachen klärt es</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Alle Zeilen (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Änderungen (%1)</translation>
    </message>
    <message>
        <source>Photos that would change: %1. Nothing has been written yet.</source>
        <translation>Fotos, die sich ändern würden: %1. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Photos that undo would put back: %1. Nothing has been changed yet.</source>
        <translation>Fotos, die das Rückgängigmachen zurückbrächte: %1. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 written (%2 verified), %3 failed.</source>
        <translation>%1 geschrieben (%2 geprüft), %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not written (cancelled): %1.</source>
        <translation>Nicht geschrieben (abgebrochen): %1.</translation>
    </message>
    <message>
        <source>Teams and SharePoint may show the old photos for a while (Teams up to 60 days, SharePoint up to 72 hours).</source>
        <translation>Teams und SharePoint zeigen die alten Fotos womöglich noch eine Weile (Teams bis zu 60 Tage, SharePoint bis zu 72 Stunden).</translation>
    </message>
    <message>
        <source>Journal of %1: %2 written, %3 failed, %4 undone.</source>
        <translation>Journal vom %1: %2 geschrieben, %3 fehlgeschlagen, %4 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 put back (%2 verified), %3 failed.</source>
        <translation>%1 zurückgebracht (%2 geprüft), %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This journal belongs to another tenant (%1), not to the one you are connected to (%2). Its photos can only be put back there: connect to that tenant to undo it.</source>
        <translation>Dieses Journal gehört zu einem anderen Mandanten (%1), nicht zu dem, mit dem Sie verbunden sind (%2). Seine Fotos können nur dort wiederhergestellt werden: Verbinden Sie sich mit diesem Mandanten, um es rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>Portrait::ItemPath</name>
    <message>
        <source>empty address</source>
        <translation>leere Adresse</translation>
    </message>
    <message>
        <source>empty segment in &apos;%1&apos;</source>
        <translation>leeres Segment in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown group address &apos;%1&apos; (use groups/{id} or groups/{id}/members)</source>
        <translation>unbekannte Gruppenadresse &apos;%1&apos; (groups/{id} oder groups/{id}/members verwenden)</translation>
    </message>
    <message>
        <source>unknown address &apos;%1&apos;: it must start with me, users, or groups</source>
        <translation>unbekannte Adresse &apos;%1&apos;: Sie muss mit me, users oder groups beginnen</translation>
    </message>
    <message>
        <source>unknown address &apos;%1&apos;</source>
        <translation>unbekannte Adresse &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Portrait::JournalTenant</name>
    <message>
        <source>the demo tenant</source>
        <translation>der Demo-Mandant</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>tenant %1 (account %2)</source>
        <translation>Mandant %1 (Konto %2)</translation>
    </message>
    <message>
        <source>account %1 at %2</source>
        <translation>Konto %1 unter %2</translation>
    </message>
    <message>
        <source>an unknown tenant</source>
        <translation>ein unbekannter Mandant</translation>
    </message>
    <message>
        <source>a token for %1</source>
        <translation>ein Token für %1</translation>
    </message>
</context>
<context>
    <name>Portrait::KeychainTokenStore</name>
    <message>
        <source>no keychain is reachable (is a Secret Service such as gnome-keyring running?): %1</source>
        <translation>kein Schlüsselbund erreichbar (läuft ein Secret Service wie gnome-keyring?): %1</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>a keychain entry is incomplete (chunk %1 is missing)</source>
        <translation>ein Schlüsselbundeintrag ist unvollständig (Teil %1 fehlt)</translation>
    </message>
    <message>
        <source>the secret is too large for the keychain</source>
        <translation>das Geheimnis ist zu groß für den Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Portrait::ListCommand</name>
    <message>
        <source>list: match display names.</source>
        <translation>list: nach Anzeigenamen suchen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list: an OData $filter.</source>
        <translation>list: ein OData-$filter.</translation>
    </message>
    <message>
        <source>ODATA</source>
        <translation>ODATA</translation>
    </message>
    <message>
        <source>list: at most N entries.</source>
        <translation>list: höchstens N Einträge.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&apos;list&apos; takes one collection, e.g. users</source>
        <translation>&apos;list&apos; erwartet eine Sammlung, z. B. users</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a collection (e.g. users, groups, groups/{id}/members, me/contacts)</source>
        <translation>&apos;%1&apos; ist keine Sammlung (z. B. users, groups, groups/{id}/members, me/contacts)</translation>
    </message>
    <message>
        <source>--top takes a positive number</source>
        <translation>--top erwartet eine positive Zahl</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::LoginCommand</name>
    <message>
        <source>login: sign in with a code entered on another device (default).</source>
        <translation>login: mit einem Code anmelden, der auf einem anderen Gerät eingegeben wird (Standard).</translation>
    </message>
    <message>
        <source>login: sign in in the system browser (PKCE, loopback redirect).</source>
        <translation>login: im Systembrowser anmelden (PKCE, Loopback-Weiterleitung).</translation>
    </message>
    <message>
        <source>login: app-only, client secret read from environment variable VAR.</source>
        <translation>login: nur App, geheimer Clientschlüssel aus der Umgebungsvariablen VAR.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>login: app-only, certificate and key in FILE (PEM or PKCS#12).</source>
        <translation>login: nur App, Zertifikat und Schlüssel in FILE (PEM oder PKCS#12).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>login: the certificate&apos;s password, from environment VAR.</source>
        <translation>login: das Kennwort des Zertifikats, aus der Umgebungsvariablen VAR.</translation>
    </message>
    <message>
        <source>login: tenant ID or domain (or &apos;organizations&apos;).</source>
        <translation>login: Mandanten-ID oder Domäne (oder &apos;organizations&apos;).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>login: your app registration&apos;s client ID (or PORTRAIT_CLIENT_ID).</source>
        <translation>login: die Client-ID Ihrer App-Registrierung (oder PORTRAIT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>login: the account&apos;s name for --account (default: the tenant).</source>
        <translation>login: der Name des Kontos für --account (Standard: der Mandant).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>login: login origin override (http:// only for loopback).</source>
        <translation>login: abweichender Anmelde-Ursprung (http:// nur für Loopback).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>login: also ask for ProfilePhoto.Read.All.</source>
        <translation>login: zusätzlich ProfilePhoto.Read.All anfordern.</translation>
    </message>
    <message>
        <source>login: borrow Microsoft Graph Command Line Tools&apos; client ID (unsupported, fragile).</source>
        <translation>login: die Client-ID von Microsoft Graph Command Line Tools ausleihen (nicht unterstützt, unzuverlässig).</translation>
    </message>
    <message>
        <source>login: sign the certificate assertion with RS256 + x5t (older tenants).</source>
        <translation>login: die Zertifikat-Assertion mit RS256 + x5t signieren (ältere Mandanten).</translation>
    </message>
    <message>
        <source>&apos;login&apos; takes options only</source>
        <translation>&apos;login&apos; erwartet nur Optionen</translation>
    </message>
    <message>
        <source>choose one of --device-code, --browser, --client-secret-env and --certificate</source>
        <translation>wählen Sie eine der Optionen --device-code, --browser, --client-secret-env und --certificate</translation>
    </message>
    <message>
        <source>--tenant takes a tenant ID or domain</source>
        <translation>--tenant erwartet eine Mandanten-ID oder Domäne</translation>
    </message>
    <message>
        <source>app-only sign-in needs a specific tenant, not &apos;%1&apos;</source>
        <translation>eine reine App-Anmeldung benötigt einen bestimmten Mandanten, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--use-graph-cli-client is for delegated sign-in without --client-id</source>
        <translation>--use-graph-cli-client ist für delegierte Anmeldung ohne --client-id gedacht</translation>
    </message>
    <message>
        <source>warning: borrowing Microsoft&apos;s &apos;Microsoft Graph Command Line Tools&apos; client ID. It is not Portrait&apos;s: its permissions are pre-authorised by Microsoft and may change without notice, tenants may block it by Conditional Access, and sign-ins appear under its name. Register your own app instead (README, &apos;Connect to your tenant&apos;).</source>
        <translation>Warnung: Die Client-ID von Microsofts &apos;Microsoft Graph Command Line Tools&apos; wird ausgeliehen. Sie gehört nicht zu Portrait: Ihre Berechtigungen sind von Microsoft vorab erteilt und können sich ohne Ankündigung ändern, Mandanten können sie per bedingtem Zugriff sperren, und Anmeldungen erscheinen unter ihrem Namen. Registrieren Sie stattdessen eine eigene App (README, &apos;Connect to your tenant&apos;).</translation>
    </message>
    <message>
        <source>no client ID: register an app in your tenant (README, &apos;Connect to your tenant&apos;) and pass --client-id ID or set PORTRAIT_CLIENT_ID</source>
        <translation>keine Client-ID: Registrieren Sie eine App in Ihrem Mandanten (README, &apos;Connect to your tenant&apos;) und übergeben Sie --client-id ID oder setzen Sie PORTRAIT_CLIENT_ID</translation>
    </message>
    <message>
        <source>--name takes 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;</source>
        <translation>--name erwartet 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; oder &apos;@&apos;</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;</source>
        <translation>unbekannte Cloud &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad --graph-url: %1</source>
        <translation>ungültige --graph-url: %1</translation>
    </message>
    <message>
        <source>bad --login-url: %1</source>
        <translation>ungültige --login-url: %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>--certificate-password-env and --rs256 go with --certificate</source>
        <translation>--certificate-password-env und --rs256 gehören zu --certificate</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Öffnen Sie zum Anmelden %1 und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in as account &apos;%1&apos;. Use --account %1.</source>
        <translation>Als Konto &apos;%1&apos; angemeldet. Verwenden Sie --account %1.</translation>
    </message>
    <message>
        <source>Signed in %1 as account &apos;%2&apos;. Use --account %2.</source>
        <translation>%1 als Konto &apos;%2&apos; angemeldet. Verwenden Sie --account %2.</translation>
    </message>
    <message>
        <source>login: also ask for the permissions that change photos (User.ReadWrite.All, Group.ReadWrite.All, Contacts.ReadWrite).</source>
        <translation>login: auch die Berechtigungen anfordern, die Fotos ändern (User.ReadWrite.All, Group.ReadWrite.All, Contacts.ReadWrite).</translation>
    </message>
    <message>
        <source>--write: an app signs in with the application permissions granted to it; grant User.ReadWrite.All (and Contacts.ReadWrite) to the app registration to change photos.</source>
        <translation>--write: Eine App meldet sich mit den ihr erteilten Anwendungsberechtigungen an; erteilen Sie der App-Registrierung User.ReadWrite.All (und Contacts.ReadWrite), um Fotos zu ändern.</translation>
    </message>
    <message>
        <source>Started the browser to sign in. If no browser window appears, open:
%1</source>
        <translation>Der Browser wurde zum Anmelden gestartet. Falls kein Browserfenster erscheint, öffnen Sie:
%1</translation>
    </message>
    <message>
        <source>Could not start a browser (set BROWSER, or install xdg-utils). Open this address in a browser to sign in:
%1</source>
        <translation>Es konnte kein Browser gestartet werden (BROWSER setzen oder xdg-utils installieren). Öffnen Sie zum Anmelden diese Adresse in einem Browser:
%1</translation>
    </message>
</context>
<context>
    <name>Portrait::LogoutCommand</name>
    <message>
        <source>&apos;logout&apos; takes one account name</source>
        <translation>&apos;logout&apos; erwartet einen Kontonamen</translation>
    </message>
    <message>
        <source>no account named &apos;%1&apos;</source>
        <translation>kein Konto namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot delete the keychain entries of &apos;%1&apos;: %2</source>
        <translation>Die Schlüsselbundeinträge von &apos;%1&apos; können nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;.</source>
        <translation>Von &apos;%1&apos; abgemeldet.</translation>
    </message>
</context>
<context>
    <name>Portrait::MainMenus</name>
    <message>
        <source>Open the &amp;demo tenant</source>
        <translation>&amp;Demo-Mandanten öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Forget what was loaded and load it again (F5)</source>
        <translation>Geladenes verwerfen und neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Save photo as…</source>
        <translation>Foto &amp;speichern unter …</translation>
    </message>
    <message>
        <source>Save the selected photo&apos;s exact bytes to a file (Ctrl+S)</source>
        <translation>Die unveränderten Bytes des ausgewählten Fotos in einer Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the photos of the selection, a group, or the whole directory (Ctrl+E)</source>
        <translation>Die Fotos der Auswahl, einer Gruppe oder des ganzen Verzeichnisses exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Grid of faces</source>
        <translation>&amp;Gesichterraster</translation>
    </message>
    <message>
        <source>Show the faces of the chosen list beside the tree (Ctrl+G)</source>
        <translation>Die Gesichter der gewählten Liste neben dem Baum anzeigen (Strg+G)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Portrait</source>
        <translation>Ü&amp;ber Portrait</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected people&apos;s names and addresses, and the photo shown (Ctrl+C)</source>
        <translation>Namen und Adressen der ausgewählten Personen sowie das angezeigte Foto kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Audit…</source>
        <translation>A&amp;udit …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>Portrait::MainStatusBar</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1 and %n more…</source>
        <translation>
            <numerusform>%1 und %n weiteres werden geladen …</numerusform>
            <numerusform>%1 und %n weitere werden geladen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Portrait::MainWindow</name>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Open a directory first: there is nothing to export yet.</source>
        <translation>Öffnen Sie zuerst ein Verzeichnis: Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s).</source>
        <translation>
            <numerusform>%n Element kopiert.</numerusform>
            <numerusform>%n Elemente kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thumbnails are kept in memory only: %1</source>
        <translation>Vorschaubilder werden nur im Speicher gehalten: %1</translation>
    </message>
    <message>
        <source>Preferences saved. The next connection, export and audit use them.</source>
        <translation>Einstellungen gespeichert. Die nächste Verbindung, der nächste Export und das nächste Audit verwenden sie.</translation>
    </message>
</context>
<context>
    <name>Portrait::MemoryTokenStore</name>
    <message>
        <source>no keychain is available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
</context>
<context>
    <name>Portrait::NameTemplate</name>
    <message>
        <source>&apos;}&apos; without &apos;{&apos; in the name template</source>
        <translation>&apos;}&apos; ohne &apos;{&apos; in der Namensvorlage</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; in the name template</source>
        <translation>nicht geschlossene &apos;{&apos; in der Namensvorlage</translation>
    </message>
    <message>
        <source>unknown token {%1} in the name template (known: %2)</source>
        <translation>unbekannter Platzhalter {%1} in der Namensvorlage (bekannt: %2)</translation>
    </message>
    <message>
        <source>the name template uses no token: every file would have the same name</source>
        <translation>die Namensvorlage verwendet keinen Platzhalter: Jede Datei hätte denselben Namen</translation>
    </message>
</context>
<context>
    <name>Portrait::NodeKind</name>
    <message>
        <source>User (signed in)</source>
        <translation>Benutzer (angemeldet)</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
</context>
<context>
    <name>Portrait::OAuthReply</name>
    <message>
        <source>the sign-in service could not be reached: %1</source>
        <translation>der Anmeldedienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the sign-in service answered HTTP %1 without the expected JSON</source>
        <translation>der Anmeldedienst antwortete mit HTTP %1 ohne das erwartete JSON</translation>
    </message>
    <message>
        <source>The client secret is wrong: use the secret&apos;s value, not its ID.</source>
        <translation>Der geheime Clientschlüssel ist falsch: Verwenden Sie seinen Wert, nicht seine ID.</translation>
    </message>
    <message>
        <source>The client secret has expired: add a new one to the app registration.</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen: Fügen Sie der App-Registrierung einen neuen hinzu.</translation>
    </message>
    <message>
        <source>No application with this client ID is known in this tenant.</source>
        <translation>In diesem Mandanten ist keine Anwendung mit dieser Client-ID bekannt.</translation>
    </message>
    <message>
        <source>The tenant was not found: check its ID or domain.</source>
        <translation>Der Mandant wurde nicht gefunden: Prüfen Sie seine ID oder Domäne.</translation>
    </message>
    <message>
        <source>The tenant asks for multi-factor authentication: sign in again.</source>
        <translation>Der Mandant verlangt eine mehrstufige Authentifizierung: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The application lacks consent for its permissions: an administrator must grant it.</source>
        <translation>Der Anwendung fehlt die Zustimmung zu ihren Berechtigungen: Ein Administrator muss sie erteilen.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked: sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>A conditional access policy of the tenant blocks it.</source>
        <translation>Eine Richtlinie für bedingten Zugriff des Mandanten verhindert es.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid: sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig: Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoChangeActions</name>
    <message>
        <source>Re&amp;place photo…</source>
        <translation>Foto e&amp;rsetzen …</translation>
    </message>
    <message>
        <source>Re&amp;move photo…</source>
        <translation>Foto en&amp;tfernen …</translation>
    </message>
    <message>
        <source>Open a directory first.</source>
        <translation>Öffnen Sie zuerst ein Verzeichnis.</translation>
    </message>
    <message>
        <source>There is no photo to remove.</source>
        <translation>Es gibt kein Foto zum Entfernen.</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoChangeDialog</name>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Replace photo</source>
        <translation>Foto ersetzen</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>New photo for %1</source>
        <translation>Neues Foto für %1</translation>
    </message>
    <message>
        <source>Remove the photo of %1</source>
        <translation>Foto von %1 entfernen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After (what will be uploaded)</source>
        <translation>Nachher (was hochgeladen wird)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Photo now</source>
        <translation>Foto jetzt</translation>
    </message>
    <message>
        <source>Photo after the change</source>
        <translation>Foto nach der Änderung</translation>
    </message>
    <message>
        <source>becomes</source>
        <translation>wird zu</translation>
    </message>
    <message>
        <source>&amp;Crop:</source>
        <translation>&amp;Zuschnitt:</translation>
    </message>
    <message>
        <source>Centred square</source>
        <translation>Mittiges Quadrat</translation>
    </message>
    <message>
        <source>Whole image, as framed</source>
        <translation>Ganzes Bild, wie es ist</translation>
    </message>
    <message>
        <source>Microsoft 365 shows photos in a circle or a square: a centred square keeps what you see here. The whole image is sent as it is framed.</source>
        <translation>Microsoft 365 zeigt Fotos im Kreis oder Quadrat: Ein mittiges Quadrat behält, was Sie hier sehen. Das ganze Bild wird so gesendet, wie es ist.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Andere &amp;Datei wählen …</translation>
    </message>
    <message>
        <source>The current photo is backed up in a journal first, so the change can be undone.</source>
        <translation>Das aktuelle Foto wird zuerst in einem Journal gesichert, damit die Änderung rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>&amp;Replace photo</source>
        <translation>Foto &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Foto wird geladen …</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Wählen Sie eine Bilddatei</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>No photo: Microsoft 365 shows %1&apos;s initials instead.</source>
        <translation>Kein Foto: Microsoft 365 zeigt stattdessen die Initialen von %1.</translation>
    </message>
    <message>
        <source>Graph cannot remove a contact&apos;s photo; replace it instead.</source>
        <translation>Graph kann das Foto eines Kontakts nicht entfernen; ersetzen Sie es stattdessen.</translation>
    </message>
    <message>
        <source>Group photos can only be changed by a signed-in user, not by an app&apos;s own sign-in.</source>
        <translation>Gruppenfotos kann nur ein angemeldeter Benutzer ändern, nicht eine App mit eigener Anmeldung.</translation>
    </message>
    <message>
        <source>Select a user, group or contact first.</source>
        <translation>Wählen Sie zuerst einen Benutzer, eine Gruppe oder einen Kontakt aus.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <source>Choose the new photo of %1</source>
        <translation>Neues Foto für %1 wählen</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>Nicht verwendbar</translation>
    </message>
    <message>
        <source>turned upright</source>
        <translation>aufgerichtet</translation>
    </message>
    <message>
        <source>cropped to the centred square</source>
        <translation>auf das mittige Quadrat zugeschnitten</translation>
    </message>
    <message>
        <source>scaled down to %1 px</source>
        <translation>auf %1 px verkleinert</translation>
    </message>
    <message>
        <source>saved as JPEG</source>
        <translation>als JPEG gespeichert</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Datei: %1 (%2)</translation>
    </message>
    <message>
        <source>%1, sent as it is.</source>
        <translation>%1, wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>Nothing was changed: the journal cannot be created (%1).</source>
        <translation>Nichts wurde geändert: Das Journal kann nicht angelegt werden (%1).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Backing up the current photo, writing and checking…</source>
        <translation>Aktuelles Foto wird gesichert, geschrieben und geprüft …</translation>
    </message>
    <message>
        <source>Preparing the image…</source>
        <translation>Bild wird vorbereitet …</translation>
    </message>
    <message>
        <source>it is not an image Portrait can read</source>
        <translation>Sie ist kein Bild, das Portrait lesen kann</translation>
    </message>
    <message>
        <source>%1 × %2 px is too small: Microsoft 365 needs at least %3 px on each side</source>
        <translation>%1 × %2 px ist zu klein: Microsoft 365 braucht auf jeder Seite mindestens %3 px</translation>
    </message>
    <message>
        <source>it has more pixels than Portrait decodes</source>
        <translation>Sie hat mehr Pixel, als Portrait dekodiert</translation>
    </message>
    <message>
        <source>it is too large to send (Graph takes at most 4 MB)</source>
        <translation>Sie ist zu groß zum Senden (Graph nimmt höchstens 4 MB)</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>Sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1. Nothing was changed; choose another file.</source>
        <translation>Diese Datei ist nicht verwendbar: %1. Nichts wurde geändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 has no photo to remove.</source>
        <translation>%1 hat kein Foto, das entfernt werden könnte.</translation>
    </message>
    <message>
        <source>Choose the image file of the new photo.</source>
        <translation>Wählen Sie die Bilddatei des neuen Fotos.</translation>
    </message>
    <message>
        <source>Reading the current photo…</source>
        <translation>Aktuelles Foto wird gelesen …</translation>
    </message>
    <message>
        <source>Check the new photo, then replace.</source>
        <translation>Prüfen Sie das neue Foto, dann ersetzen Sie.</translation>
    </message>
    <message>
        <source>Check, then remove.</source>
        <translation>Prüfen Sie, dann entfernen Sie.</translation>
    </message>
    <message>
        <source>Done: the new photo is in place (verified).</source>
        <translation>Fertig: Das neue Foto ist gesetzt (geprüft).</translation>
    </message>
    <message>
        <source>Done: the photo is removed (verified).</source>
        <translation>Fertig: Das Foto ist entfernt (geprüft).</translation>
    </message>
    <message>
        <source>Written: Graph took the new photo but does not show it yet; it usually does within minutes.</source>
        <translation>Geschrieben: Graph hat das neue Foto angenommen, zeigt es aber noch nicht; meist geschieht das innerhalb von Minuten.</translation>
    </message>
    <message>
        <source>Written: Graph removed the photo but still shows it; it usually catches up within minutes.</source>
        <translation>Geschrieben: Graph hat das Foto entfernt, zeigt es aber noch; meist holt es das innerhalb von Minuten nach.</translation>
    </message>
    <message>
        <source>Teams and SharePoint may show the old photo for a while (Teams up to 60 days, SharePoint up to 72 hours).</source>
        <translation>Teams und SharePoint können noch eine Weile das alte Foto zeigen (Teams bis zu 60 Tage, SharePoint bis zu 72 Stunden).</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>The old photo is kept in the journal: %1</source>
        <translation>Das alte Foto ist im Journal aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: Microsoft 365 does not take a photo here (%1). %2</source>
        <translation>Nichts wurde geändert: Microsoft 365 nimmt hier kein Foto an (%1). %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 has no photo to remove.</source>
        <translation>Nichts wurde geändert: %1 hat kein Foto, das entfernt werden könnte.</translation>
    </message>
    <message>
        <source>The photo was not changed.</source>
        <translation>Das Foto wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Changing photos needs the permission named above. Sign in again (Account ▸ Sign in…) with &quot;Allow changing photos&quot; ticked; an administrator role may be needed as well. The demo tenant allows changes as it is.</source>
        <translation>Zum Ändern von Fotos ist die oben genannte Berechtigung nötig. Melden Sie sich erneut an (Konto ▸ Anmelden …) und setzen Sie den Haken bei „Ändern von Fotos erlauben“; eventuell ist zusätzlich eine Administratorrolle nötig. Der Demo-Mandant erlaubt Änderungen ohne Weiteres.</translation>
    </message>
    <message>
        <source>Nothing was written, because the old photo could not be kept safe first. Check that there is space and try again.</source>
        <translation>Nichts wurde geschrieben, weil das alte Foto nicht zuerst gesichert werden konnte. Prüfen Sie, ob genug Platz frei ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The current photo could not be read, so it could not be backed up: nothing was written. Try again.</source>
        <translation>Das aktuelle Foto konnte nicht gelesen und daher nicht gesichert werden: Nichts wurde geschrieben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, the error above says why.</source>
        <translation>Versuchen Sie es erneut; schlägt es weiter fehl, nennt der Fehler oben den Grund.</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoCommand</name>
    <message>
        <source>photo: one of Graph&apos;s sizes, e.g. 96x96.</source>
        <translation>photo: eine der Größen von Graph, z. B. 96x96.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>photo: print the photo&apos;s record.</source>
        <translation>photo: den Datensatz des Fotos ausgeben.</translation>
    </message>
    <message>
        <source>photo: write the bytes to FILE (- for stdout).</source>
        <translation>photo: die Bytes in FILE schreiben (- für stdout).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;photo&apos; takes one address, e.g. users/adele@contoso.com</source>
        <translation>&apos;photo&apos; erwartet eine Adresse, z. B. users/adele@contoso.com</translation>
    </message>
    <message>
        <source>--size takes WxH, e.g. 96x96</source>
        <translation>--size erwartet BxH, z. B. 96x96</translation>
    </message>
    <message>
        <source>contacts have a single photo size: drop --size</source>
        <translation>Kontakte haben nur eine Fotogröße: --size weglassen</translation>
    </message>
    <message>
        <source>%1 has no photo (%2): nothing written.</source>
        <translation>%1 hat kein Foto (%2): nichts geschrieben.</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, %3).</source>
        <translation>%1 geschrieben (%2 Bytes, %3).</translation>
    </message>
    <message>
        <source>%1 (%2)
  status: %3</source>
        <comment>human form of a photo record; the status stays a wire name</comment>
        <translation>%1 (%2)
  Status: %3</translation>
    </message>
    <message>
        <source>
  size: %1 x %2
  media type: %3
  etag: %4</source>
        <translation>
  Größe: %1 x %2
  Medientyp: %3
  ETag: %4</translation>
    </message>
    <message>
        <source>
  bytes: %1
  sha256: %2</source>
        <translation>
  Bytes: %1
  SHA-256: %2</translation>
    </message>
    <message>
        <source>
  graph: %1</source>
        <translation>
  Graph: %1</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoExplanation</name>
    <message>
        <source>%1: %2</source>
        <comment>a photo status and its reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Upload the person&apos;s photo (Microsoft 365 admin center, Entra ID, or Outlook).</source>
        <translation>Laden Sie das Foto der Person hoch (Microsoft 365 Admin Center, Entra ID oder Outlook).</translation>
    </message>
    <message>
        <source>none uploaded</source>
        <translation>keines hochgeladen</translation>
    </message>
    <message>
        <source>Graph&apos;s empty 1×1 image</source>
        <translation>leeres 1×1-Bild von Graph</translation>
    </message>
    <message>
        <source>smaller than the audit&apos;s minimum edge</source>
        <translation>kleiner als die Mindestkantenlänge des Audits</translation>
    </message>
    <message>
        <source>Upload a larger photo, or lower the minimum edge of the audit.</source>
        <translation>Laden Sie ein größeres Foto hoch oder senken Sie die Mindestkantenlänge des Audits.</translation>
    </message>
    <message>
        <source>the same image as one of the placeholders</source>
        <translation>dasselbe Bild wie einer der Platzhalter</translation>
    </message>
    <message>
        <source>Replace it with a real photo of the person.</source>
        <translation>Ersetzen Sie es durch ein echtes Foto der Person.</translation>
    </message>
    <message>
        <source>looks like one of the placeholders</source>
        <translation>sieht aus wie einer der Platzhalter</translation>
    </message>
    <message>
        <source>Replace it with a real photo; if it is one, remove the look-alike from the placeholders.</source>
        <translation>Ersetzen Sie es durch ein echtes Foto; ist es eines, entfernen Sie das ähnliche Bild aus den Platzhaltern.</translation>
    </message>
    <message>
        <source>the same image as other people&apos;s</source>
        <translation>dasselbe Bild wie bei anderen Personen</translation>
    </message>
    <message>
        <source>Replace it with the person&apos;s own photo.</source>
        <translation>Ersetzen Sie es durch das eigene Foto der Person.</translation>
    </message>
    <message>
        <source>not stored in the size asked for</source>
        <translation>in der gewünschten Größe nicht vorhanden</translation>
    </message>
    <message>
        <source>Export the largest photo, or a size that exists.</source>
        <translation>Exportieren Sie das größte Foto oder eine vorhandene Größe.</translation>
    </message>
    <message>
        <source>Graph described the photo without a size</source>
        <translation>Graph beschrieb das Foto ohne Größe</translation>
    </message>
    <message>
        <source>Try again later; if it stays, upload the photo again.</source>
        <translation>Versuchen Sie es später erneut; bleibt es so, laden Sie das Foto neu hoch.</translation>
    </message>
    <message>
        <source>no Exchange Online mailbox</source>
        <translation>kein Exchange Online-Postfach</translation>
    </message>
    <message>
        <source>Nothing to fix if the user needs no mailbox; else give them an Exchange Online licence.</source>
        <translation>Nichts zu tun, wenn der Benutzer kein Postfach braucht; sonst weisen Sie eine Exchange Online-Lizenz zu.</translation>
    </message>
    <message>
        <source>mailbox on an on-premises Exchange server</source>
        <translation>Postfach auf einem lokalen Exchange-Server</translation>
    </message>
    <message>
        <source>Manage this photo in the on-premises Exchange; Graph cannot read it.</source>
        <translation>Verwalten Sie dieses Foto im lokalen Exchange; Graph kann es nicht lesen.</translation>
    </message>
    <message>
        <source>mailbox not reachable through Graph</source>
        <translation>Postfach über Graph nicht erreichbar</translation>
    </message>
    <message>
        <source>Check that the mailbox is in Exchange Online and active (not inactive or soft-deleted).</source>
        <translation>Prüfen Sie, ob das Postfach in Exchange Online liegt und aktiv ist (nicht inaktiv oder vorläufig gelöscht).</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Sign in with an account (or app) allowed to read photos: ProfilePhoto.Read.All or User.Read.All; group photos need delegated sign-in.</source>
        <translation>Melden Sie sich mit einem Konto (oder einer App) an, das Fotos lesen darf: ProfilePhoto.Read.All oder User.Read.All; Gruppenfotos brauchen eine delegierte Anmeldung.</translation>
    </message>
    <message>
        <source>a personal Microsoft account</source>
        <translation>ein persönliches Microsoft-Konto</translation>
    </message>
    <message>
        <source>Graph serves no photos of personal accounts here; nothing to fix.</source>
        <translation>Graph liefert hier keine Fotos persönlicher Konten; nichts zu tun.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Check the network connection and refresh (F5).</source>
        <translation>Prüfen Sie die Netzwerkverbindung und aktualisieren Sie (F5).</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <source>Refresh (F5) later; Graph may be busy.</source>
        <translation>Aktualisieren Sie später (F5); Graph ist vielleicht ausgelastet.</translation>
    </message>
    <message>
        <source>the connection was refused as unsafe</source>
        <translation>die Verbindung wurde als unsicher abgelehnt</translation>
    </message>
    <message>
        <source>Check the proxy and certificate settings in Preferences.</source>
        <translation>Prüfen Sie die Proxy- und Zertifikateinstellungen in den Einstellungen.</translation>
    </message>
    <message>
        <source>the sign-in is no longer valid</source>
        <translation>die Anmeldung ist nicht mehr gültig</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Run it again.</source>
        <translation>Starten Sie es erneut.</translation>
    </message>
    <message>
        <source>Graph is busy</source>
        <translation>Graph ist ausgelastet</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Graph cannot serve this photo to this account; the code says why.</source>
        <translation>Graph kann dieses Foto diesem Konto nicht liefern; der Code sagt, warum.</translation>
    </message>
    <message>
        <source>Refresh (F5) to try again; if it stays, the error&apos;s code and request id say why.</source>
        <translation>Aktualisieren Sie (F5), um es erneut zu versuchen; bleibt es so, sagen Fehlercode und Anforderungs-ID, warum.</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoFileActions</name>
    <message>
        <source>There is no photo to open.</source>
        <translation>Es gibt kein Foto zum Öffnen.</translation>
    </message>
    <message>
        <source>There is no cache folder to write to.</source>
        <translation>Es gibt keinen Cache-Ordner zum Schreiben.</translation>
    </message>
    <message>
        <source>Could not open the photo: %1</source>
        <translation>Das Foto konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No image viewer could open %1</source>
        <translation>Kein Bildbetrachter konnte %1 öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save photo as</source>
        <translation>Foto speichern unter</translation>
    </message>
    <message>
        <source>%1 image (*.%2);;All files (*)</source>
        <translation>%1-Bild (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save the photo to %1: %2</source>
        <translation>Das Foto konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Foto speichern</translation>
    </message>
    <message>
        <source>Saved %1 bytes to %2</source>
        <translation>%1 Bytes in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoSizesBox</name>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: verfügbar</translation>
    </message>
    <message>
        <source>%1: not available</source>
        <translation>%1: nicht verfügbar</translation>
    </message>
    <message>
        <source>Contacts have a single photo size: Graph has no /photos for them.</source>
        <translation>Kontakte haben nur eine Fotogröße: Graph bietet für sie kein /photos.</translation>
    </message>
    <message>
        <source>Listing the sizes…</source>
        <translation>Größen werden aufgelistet …</translation>
    </message>
    <message>
        <source>Could not list the sizes: %1</source>
        <translation>Die Größen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No sizes: there is no photo to list.</source>
        <translation>Keine Größen: Es gibt kein Foto.</translation>
    </message>
    <message numerus="yes">
        <source>%n of Graph&apos;s 9 sizes available.</source>
        <translation>
            <numerusform>%n der 9 Größen von Graph verfügbar.</numerusform>
            <numerusform>%n der 9 Größen von Graph verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sizes available, also %1 (stored in Entra ID).</source>
        <translation>
            <numerusform>%n Größe verfügbar, dazu %1 (in Entra ID gespeichert).</numerusform>
            <numerusform>%n Größen verfügbar, dazu %1 (in Entra ID gespeichert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest (/photo)</source>
        <translation>Größte (/photo)</translation>
    </message>
    <message>
        <source>%1 × %2 (/photos/%3)</source>
        <translation>%1 × %2 (/photos/%3)</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoStatus</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoView</name>
    <message>
        <source>Drag the photo out to save it as %1</source>
        <translation>Ziehen Sie das Foto heraus, um es als %1 zu speichern</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoWriteJob</name>
    <message>
        <source>&apos;%1&apos; is not a user, group or contact</source>
        <translation>&apos;%1&apos; ist weder Benutzer noch Gruppe noch Kontakt</translation>
    </message>
    <message>
        <source>a contact&apos;s photo cannot be removed, only replaced</source>
        <translation>Das Foto eines Kontakts kann nicht entfernt, nur ersetzt werden</translation>
    </message>
    <message>
        <source>only a JPEG image is sent as a photo</source>
        <translation>Als Foto wird nur ein JPEG-Bild gesendet</translation>
    </message>
    <message>
        <source>the photo is %1 bytes; Graph takes at most %2</source>
        <translation>Das Foto hat %1 Bytes; Graph nimmt höchstens %2</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoWriteRun</name>
    <message>
        <source>the journal cannot be saved: %1</source>
        <translation>das Journal lässt sich nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>Portrait::PlaceholderSet</name>
    <message>
        <source>not an image Portrait can decode</source>
        <translation>kein Bild, das Portrait decodieren kann</translation>
    </message>
</context>
<context>
    <name>Portrait::PrincipalPhoto</name>
    <message>
        <source>There is no photo to save.</source>
        <translation>Es gibt kein Foto zum Speichern.</translation>
    </message>
</context>
<context>
    <name>Portrait::RefreshingTokenProvider</name>
    <message>
        <source>account &apos;%1&apos; is not signed in: sign in again</source>
        <translation>Konto &apos;%1&apos; ist nicht angemeldet: bitte erneut anmelden</translation>
    </message>
    <message>
        <source>the sign-in of account &apos;%1&apos; has expired or was revoked (%2): sign in again</source>
        <translation>die Anmeldung von Konto &apos;%1&apos; ist abgelaufen oder wurde widerrufen (%2): bitte erneut anmelden</translation>
    </message>
</context>
<context>
    <name>Portrait::RemoveCommand</name>
    <message>
        <source>set, remove, import: the journal folder (default: a new one here).</source>
        <translation>set, remove, import: der Journal-Ordner (Standard: ein neuer hier).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>export: say what would be written; write nothing.</source>
        <translation>export: sagen, was geschrieben würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>&apos;remove&apos; takes one address, e.g. users/adele@contoso.com</source>
        <translation>&apos;remove&apos; erwartet eine Adresse, z. B. users/adele@contoso.com</translation>
    </message>
</context>
<context>
    <name>Portrait::RequestScheduler</name>
    <message>
        <source>the batch answer left this request out</source>
        <translation>die Batch-Antwort enthält diese Anfrage nicht</translation>
    </message>
    <message>
        <source>photo metadata is not a JSON object</source>
        <translation>die Fotometadaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the photo in the batch answer does not decode</source>
        <translation>das Foto in der Batch-Antwort lässt sich nicht decodieren</translation>
    </message>
    <message>
        <source>the photo is %1 x %2 pixels, more than Portrait decodes (%3 megapixels)</source>
        <translation>das Foto hat %1 x %2 Pixel, mehr als Portrait decodiert (%3 Megapixel)</translation>
    </message>
</context>
<context>
    <name>Portrait::ScopeWalker</name>
    <message>
        <source>&apos;%1&apos; is not a scope</source>
        <translation>&apos;%1&apos; ist kein Bereich</translation>
    </message>
</context>
<context>
    <name>Portrait::SearchBox</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search people and groups by name or address (Ctrl+F)</source>
        <translation>Personen und Gruppen nach Name oder Adresse suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>Portrait::Session</name>
    <message>
        <source>demo tenant at %1</source>
        <translation>Demo-Mandant unter %1</translation>
    </message>
    <message>
        <source>account %1 at %2</source>
        <translation>Konto %1 unter %2</translation>
    </message>
    <message>
        <source>choose one of --demo, --account, --access-token-env and --access-token-file</source>
        <translation>wählen Sie eine der Optionen --demo, --account, --access-token-env und --access-token-file</translation>
    </message>
    <message>
        <source>--demo runs its own tenant: it takes no --graph-url or --cloud</source>
        <translation>--demo betreibt einen eigenen Mandanten: --graph-url und --cloud sind nicht zulässig</translation>
    </message>
    <message>
        <source>the demo tenant could not start on 127.0.0.1</source>
        <translation>der Demo-Mandant konnte auf 127.0.0.1 nicht gestartet werden</translation>
    </message>
    <message>
        <source>bad --graph-url: %1</source>
        <translation>ungültige --graph-url: %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>no account or token: use --demo, --access-token-env VAR or --access-token-file FILE</source>
        <translation>kein Konto und kein Token: --demo, --access-token-env VAR oder --access-token-file FILE verwenden</translation>
    </message>
    <message>
        <source>no signed-in account named &apos;%1&apos; (see &apos;portrait-cli accounts&apos;, or sign in with &apos;portrait-cli login&apos;)</source>
        <translation>kein angemeldetes Konto namens &apos;%1&apos; (siehe &apos;portrait-cli accounts&apos;, oder mit &apos;portrait-cli login&apos; anmelden)</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; belongs to the %2 cloud, not %3</source>
        <translation>Konto &apos;%1&apos; gehört zur Cloud %2, nicht zu %3</translation>
    </message>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation>die CA-Zertifikatdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate</source>
        <translation>%1 enthält kein PEM- oder DER-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Portrait::SetCommand</name>
    <message>
        <source>set, remove, import: the journal folder (default: a new one here).</source>
        <translation>set, remove, import: der Journal-Ordner (Standard: ein neuer hier).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>set, import: center (a centred square) or none.</source>
        <translation>set, import: center (ein zentriertes Quadrat) oder none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>export: scale down so no edge exceeds PX.</source>
        <translation>export: verkleinern, sodass keine Kante PX überschreitet.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>export: say what would be written; write nothing.</source>
        <translation>export: sagen, was geschrieben würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>set, import: images with a shorter edge are invalid.</source>
        <translation>set, import: Bilder mit einer kürzeren Kante sind ungültig.</translation>
    </message>
    <message>
        <source>&apos;set&apos; takes an address and an image file, e.g. users/adele@contoso.com adele.jpg</source>
        <translation>&apos;set&apos; erwartet eine Adresse und eine Bilddatei, z. B. users/adele@contoso.com adele.jpg</translation>
    </message>
    <message>
        <source>&apos;set&apos; takes an address and an image file</source>
        <translation>&apos;set&apos; erwartet eine Adresse und eine Bilddatei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used: %2 (%3)</source>
        <translation>&apos;%1&apos; kann nicht verwendet werden: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Portrait::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>C&amp;ache</source>
        <translation>&amp;Zwischenspeicher</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Placeholders</source>
        <translation>&amp;Platzhalter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Photo requests at a time</source>
        <translation>Gleichzeitige Fotoanfragen</translation>
    </message>
    <message>
        <source>Photo &amp;requests at a time:</source>
        <translation>Gleichzeitige Foto&amp;anfragen:</translation>
    </message>
    <message>
        <source>Microsoft Graph serves at most 4 photo requests at a time per app; more only brings throttling. Takes effect for the next connection and export.</source>
        <translation>Microsoft Graph bedient höchstens 4 gleichzeitige Fotoanfragen pro App; mehr führt nur zu Drosselung. Gilt ab der nächsten Verbindung und dem nächsten Export.</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>&amp;Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;Direct connection, no proxy</source>
        <translation>&amp;Direkte Verbindung, kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>Cache-Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Largest cache size</source>
        <translation>Maximale Cache-Größe</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Largest size:</source>
        <translation>&amp;Maximale Größe:</translation>
    </message>
    <message>
        <source>Cache use</source>
        <translation>Cache-Belegung</translation>
    </message>
    <message>
        <source>C&amp;lear cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the cache</source>
        <translation>Den Cache leeren</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Thumbnails and photos already seen, so that browsing again is fast. Clearing it loses nothing: what is needed is downloaded again.</source>
        <translation>Bereits angesehene Miniaturansichten und Fotos, damit erneutes Durchsuchen schnell geht. Beim Leeren geht nichts verloren: Benötigtes wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Default file names</source>
        <translation>Standard-Dateinamen</translation>
    </message>
    <message>
        <source>Default &amp;file names:</source>
        <translation>Standard-&amp;Dateinamen:</translation>
    </message>
    <message>
        <source>Tokens: %1. A / makes a subfolder. The export dialog starts with this template and remembers the one last used.</source>
        <translation>Platzhalter: %1. Ein / legt einen Unterordner an. Der Exportdialog beginnt mit dieser Vorlage und merkt sich die zuletzt verwendete.</translation>
    </message>
    <message>
        <source>Template error</source>
        <translation>Vorlagenfehler</translation>
    </message>
    <message>
        <source>&amp;Reset to the default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the file names to the default</source>
        <translation>Die Dateinamen auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Images your organisation uses instead of a real photo (a silhouette, a logo). The audit counts photos that look like them as placeholders, also when they were resized or re-encoded.</source>
        <translation>Bilder, die Ihre Organisation statt eines echten Fotos verwendet (eine Silhouette, ein Logo). Das Audit wertet Fotos, die ihnen gleichen, als Platzhalter, auch wenn sie skaliert oder neu codiert wurden.</translation>
    </message>
    <message>
        <source>Placeholder images</source>
        <translation>Platzhalterbilder</translation>
    </message>
    <message>
        <source>A&amp;dd images…</source>
        <translation>Bilder &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add placeholder images</source>
        <translation>Platzhalterbilder hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected placeholder images</source>
        <translation>Die ausgewählten Platzhalterbilder entfernen</translation>
    </message>
    <message>
        <source>Choose placeholder images</source>
        <translation>Platzhalterbilder auswählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an image Portrait can read.</source>
        <translation>%1 ist kein Bild, das Portrait lesen kann.</translation>
    </message>
    <message>
        <source>%1 is already a placeholder.</source>
        <translation>%1 ist bereits ein Platzhalter.</translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Der Cache ist leer.</translation>
    </message>
    <message>
        <source>The default file names are not a valid template: %1</source>
        <translation>Die Standard-Dateinamen sind keine gültige Vorlage: %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address, such as proxy.example.com.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein, z. B. proxy.example.com.</translation>
    </message>
    <message>
        <source>Still reading placeholder images; try again in a moment.</source>
        <translation>Platzhalterbilder werden noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
</context>
<context>
    <name>Portrait::SignIn</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the sign-in service sent no refresh token (is offline_access allowed?)</source>
        <translation>der Anmeldedienst hat kein Aktualisierungstoken gesendet (ist offline_access erlaubt?)</translation>
    </message>
    <message>
        <source>signed in, but the keychain could not keep the secret: %1</source>
        <translation>angemeldet, aber der Schlüsselbund konnte das Geheimnis nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>Portrait::SignInDialog</name>
    <message>
        <source>Sign in to a tenant</source>
        <translation>Bei einem Mandanten anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Portrait uses an app registration of your own: it ships no client ID. An administrator registers one once in the Microsoft Entra admin center: a public client with the redirect URI &lt;tt&gt;http://localhost&lt;/tt&gt;, &quot;Allow public client flows&quot; on for device code, and the delegated permissions User.ReadBasic.All, GroupMember.Read.All and Contacts.Read. App-only sign-in needs the application permissions and a client secret or certificate instead. See &quot;Connect to your tenant&quot; in the README.</source>
        <translation>Portrait verwendet Ihre eigene App-Registrierung: Es bringt keine Client-ID mit. Ein Administrator registriert einmalig eine App im Microsoft Entra Admin Center: einen öffentlichen Client mit dem Umleitungs-URI &lt;tt&gt;http://localhost&lt;/tt&gt;, „Öffentliche Clientflows zulassen“ aktiviert für den Gerätecode und den delegierten Berechtigungen User.ReadBasic.All, GroupMember.Read.All und Contacts.Read. Für die reine App-Anmeldung sind stattdessen Anwendungsberechtigungen und ein geheimer Clientschlüssel oder ein Zertifikat nötig. Siehe „Connect to your tenant“ in der README.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com, a tenant ID, or organizations</source>
        <translation>contoso.onmicrosoft.com, eine Mandanten-ID oder organizations</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Application (client) ID of your app registration</source>
        <translation>Anwendungs-ID (Client-ID) Ihrer App-Registrierung</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Global (Microsoft 365)</source>
        <translation>Global (Microsoft 365)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>US-Regierung (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>US-Regierung (DoD)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Device code: enter a code in any browser</source>
        <translation>Gerätecode: einen Code in einem beliebigen Browser eingeben</translation>
    </message>
    <message>
        <source>Browser on this computer (PKCE)</source>
        <translation>Browser auf diesem Computer (PKCE)</translation>
    </message>
    <message>
        <source>App-only with a client secret</source>
        <translation>Nur App mit geheimem Clientschlüssel</translation>
    </message>
    <message>
        <source>App-only with a certificate</source>
        <translation>Nur App mit Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Also ask for ProfilePhoto.Read.All</source>
        <translation>Zusätzlich ProfilePhoto.Read.All anfordern</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>PEM or PKCS#12 file with the private key</source>
        <translation>PEM- oder PKCS#12-Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatdatei auswählen</translation>
    </message>
    <message>
        <source>Cer&amp;tificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <source>only if the key is encrypted</source>
        <translation>nur wenn der Schlüssel verschlüsselt ist</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. work; default: the tenant</source>
        <translation>z. B. arbeit; Standard: der Mandant</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Custom endpoints (an emulator or a proxy)</source>
        <translation>Eigene Endpunkte (ein Emulator oder ein Proxy)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Eigene Endpunkte</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>default: the cloud&apos;s login host</source>
        <translation>Standard: der Anmeldehost der Cloud</translation>
    </message>
    <message>
        <source>Login &amp;URL:</source>
        <translation>Anmelde-&amp;URL:</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>Graph-URL</translation>
    </message>
    <message>
        <source>default: the cloud&apos;s Graph root</source>
        <translation>Standard: die Graph-Stamm-URL der Cloud</translation>
    </message>
    <message>
        <source>&amp;Graph URL:</source>
        <translation>&amp;Graph-URL:</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Den Code kopieren</translation>
    </message>
    <message>
        <source>Code copied. Waiting for you to enter it…</source>
        <translation>Code kopiert. Warten auf Ihre Eingabe …</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Die Anmeldeseite im Browser öffnen</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; Portrait continues by itself. If no browser opened, copy this address into one:</source>
        <translation>Schließen Sie die Anmeldung im Browser ab; Portrait fährt selbstständig fort. Falls sich kein Browser geöffnet hat, kopieren Sie diese Adresse in einen:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Choose the app registration&apos;s certificate</source>
        <translation>Zertifikat der App-Registrierung auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.p12 *.pfx)</source>
        <translation>Zertifikate (*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the tenant: its ID, a domain such as contoso.onmicrosoft.com, or organizations.</source>
        <translation>Geben Sie den Mandanten ein: seine ID, eine Domäne wie contoso.onmicrosoft.com oder organizations.</translation>
    </message>
    <message>
        <source>App-only sign-in needs a specific tenant, not &apos;%1&apos;.</source>
        <translation>Eine reine App-Anmeldung benötigt einen bestimmten Mandanten, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Enter the client ID of your app registration (see the note above).</source>
        <translation>Geben Sie die Client-ID Ihrer App-Registrierung ein (siehe Hinweis oben).</translation>
    </message>
    <message>
        <source>The account name takes 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>Der Kontoname besteht aus 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; oder &apos;@&apos;.</translation>
    </message>
    <message>
        <source>Bad Graph URL: %1</source>
        <translation>Ungültige Graph-URL: %1</translation>
    </message>
    <message>
        <source>Bad login URL: %1</source>
        <translation>Ungültige Anmelde-URL: %1</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein.</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PKCS#12).</source>
        <translation>Wählen Sie die Zertifikatdatei (PEM oder PKCS#12).</translation>
    </message>
    <message>
        <source>Asking %1 for a code…</source>
        <translation>Code wird bei %1 angefordert …</translation>
    </message>
    <message>
        <source>Contacting the sign-in service…</source>
        <translation>Verbindung zum Anmeldedienst wird hergestellt …</translation>
    </message>
    <message>
        <source>Signing in to %1 in your browser</source>
        <translation>Anmeldung bei %1 in Ihrem Browser</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Browser wird geöffnet …</translation>
    </message>
    <message>
        <source>Checking the app&apos;s credentials with %1…</source>
        <translation>Anmeldeinformationen der App werden bei %1 geprüft …</translation>
    </message>
    <message>
        <source>Asking for a first token…</source>
        <translation>Erstes Token wird angefordert …</translation>
    </message>
    <message>
        <source>Enter this code to sign in</source>
        <translation>Geben Sie diesen Code ein, um sich anzumelden</translation>
    </message>
    <message>
        <source>Open %1 in a browser, on this or any other device, and enter the code:</source>
        <translation>Öffnen Sie %1 in einem Browser, auf diesem oder einem anderen Gerät, und geben Sie den Code ein:</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code (pending; it expires at %1)…</source>
        <translation>Warten auf die Eingabe des Codes (ausstehend; er läuft um %1 ab) …</translation>
    </message>
    <message>
        <source>Waiting for the browser. Cancel stops waiting.</source>
        <translation>Warten auf den Browser. „Abbrechen“ beendet das Warten.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled. Nothing was saved.</source>
        <translation>Die Anmeldung wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Nothing was saved. (%1)</source>
        <translation>Die Anmeldung wurde abgelehnt. Es wurde nichts gespeichert. (%1)</translation>
    </message>
    <message>
        <source>The code expired before it was entered. Nothing was saved; sign in again for a new code.</source>
        <translation>Der Code ist abgelaufen, bevor er eingegeben wurde. Es wurde nichts gespeichert; melden Sie sich erneut an, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Nobody finished signing in in the browser in time. Nothing was saved.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>No browser could be opened: open %1 by hand.</source>
        <translation>Es konnte kein Browser geöffnet werden: Öffnen Sie %1 von Hand.</translation>
    </message>
    <message>
        <source>Borrow the “Microsoft Graph Command Line Tools” client ID</source>
        <translation>Die Client-ID von „Microsoft Graph Command Line Tools“ ausleihen</translation>
    </message>
    <message>
        <source>Borrow the Microsoft Graph Command Line Tools client ID</source>
        <translation>Die Client-ID von Microsoft Graph Command Line Tools ausleihen</translation>
    </message>
    <message>
        <source>Not recommended. This client ID is not Portrait&apos;s: Microsoft pre-authorises its permissions and may change them without notice, your tenant may block it with Conditional Access, and sign-ins are logged under its name. Register your own app when you can.</source>
        <translation>Nicht empfohlen. Diese Client-ID gehört nicht zu Portrait: Microsoft erteilt ihre Berechtigungen vorab und kann sie ohne Ankündigung ändern, Ihr Mandant kann sie per bedingtem Zugriff sperren, und Anmeldungen werden unter ihrem Namen protokolliert. Registrieren Sie nach Möglichkeit eine eigene App.</translation>
    </message>
    <message>
        <source>Warning about the borrowed client ID</source>
        <translation>Warnung zur ausgeliehenen Client-ID</translation>
    </message>
    <message>
        <source>Allow changing photos</source>
        <translation>Ändern von Fotos erlauben</translation>
    </message>
    <message>
        <source>Also asks for User.ReadWrite.All, Group.ReadWrite.All and Contacts.ReadWrite, so that Portrait can set, replace and remove photos. Changing other people&apos;s photos takes a User Administrator or Global Administrator.</source>
        <translation>Fordert zusätzlich User.ReadWrite.All, Group.ReadWrite.All und Contacts.ReadWrite an, damit Portrait Fotos setzen, ersetzen und entfernen kann. Die Fotos anderer Personen kann nur ein Benutzeradministrator oder globaler Administrator ändern.</translation>
    </message>
</context>
<context>
    <name>Portrait::SizesCommand</name>
    <message>
        <source>&apos;sizes&apos; takes one address, e.g. me</source>
        <translation>&apos;sizes&apos; erwartet eine Adresse, z. B. me</translation>
    </message>
    <message numerus="yes">
        <source>%n sizes.</source>
        <translation>
            <numerusform>%n Größe.</numerusform>
            <numerusform>%n Größen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sizes: %1.</source>
        <translation>Keine Größen: %1.</translation>
    </message>
</context>
<context>
    <name>Portrait::Task</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Portrait::TokenProvider</name>
    <message>
        <source>no access token was given</source>
        <translation>es wurde kein Zugriffstoken angegeben</translation>
    </message>
    <message>
        <source>the access token was refused and cannot be renewed</source>
        <translation>das Zugriffstoken wurde abgelehnt und kann nicht erneuert werden</translation>
    </message>
    <message>
        <source>cannot read token file &apos;%1&apos;: %2</source>
        <translation>die Tokendatei &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>token file &apos;%1&apos; is empty</source>
        <translation>die Tokendatei &apos;%1&apos; ist leer</translation>
    </message>
</context>
<context>
    <name>Portrait::TreeLegend</name>
    <message>
        <source>Italic: guest</source>
        <translation>Kursiv: Gast</translation>
    </message>
    <message>
        <source>Grey: disabled account</source>
        <translation>Grau: deaktiviertes Konto</translation>
    </message>
    <message>
        <source>At the right: the photo status when it is not a photo. Point at someone to read what it means and what to do.</source>
        <translation>Rechts: der Fotostatus, wenn es kein Foto ist. Zeigen Sie auf eine Person, um zu lesen, was er bedeutet und was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>Portrait::UndoCommand</name>
    <message>
        <source>import, undo: carry the plan out (else: plan only).</source>
        <translation>import, undo: den Plan ausführen (sonst: nur planen).</translation>
    </message>
    <message>
        <source>&apos;undo&apos; takes one journal folder</source>
        <translation>&apos;undo&apos; erwartet einen Journal-Ordner</translation>
    </message>
</context>
<context>
    <name>Portrait::UploadImage</name>
    <message>
        <source>the file is larger than 256 MB</source>
        <translation>die Datei ist größer als 256 MB</translation>
    </message>
    <message>
        <source>not an image Portrait can read</source>
        <translation>kein Bild, das Portrait lesen kann</translation>
    </message>
    <message>
        <source>%1 x %2 pixels is more than Portrait decodes</source>
        <translation>%1 × %2 Pixel sind mehr, als Portrait dekodiert</translation>
    </message>
    <message>
        <source>%1 x %2 pixels: under the %3 pixels asked (--min-edge)</source>
        <translation>%1 × %2 Pixel: unter den verlangten %3 Pixeln (--min-edge)</translation>
    </message>
    <message>
        <source>no JPEG of this image fits Graph&apos;s 4 MB limit; lower --max-edge</source>
        <translation>kein JPEG dieses Bildes passt in die 4-MB-Grenze von Graph; --max-edge verringern</translation>
    </message>
</context>
<context>
    <name>Portrait::WelcomePage</name>
    <message>
        <source>Welcome to Portrait</source>
        <translation>Willkommen bei Portrait</translation>
    </message>
    <message>
        <source>Open the demo tenant</source>
        <translation>Demo-Mandanten öffnen</translation>
    </message>
    <message>
        <source>A made-up company of 250 people, served by Portrait&apos;s built-in Graph emulator. Works offline; nothing leaves this computer.</source>
        <translation>Eine erfundene Firma mit 250 Personen, bereitgestellt von Portraits eingebautem Graph-Emulator. Funktioniert offline; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Sign in to your tenant</source>
        <translation>Bei Ihrem Mandanten anmelden</translation>
    </message>
    <message>
        <source>Sign in to a Microsoft 365 tenant with your own app registration.</source>
        <translation>Melden Sie sich mit Ihrer eigenen App-Registrierung bei einem Microsoft 365-Mandanten an.</translation>
    </message>
    <message>
        <source>Device code, browser, or app-only with a secret or certificate. You need the client ID of an app registered in your tenant.</source>
        <translation>Gerätecode, Browser oder reine App-Anmeldung mit geheimem Schlüssel oder Zertifikat. Sie benötigen die Client-ID einer in Ihrem Mandanten registrierten App.</translation>
    </message>
    <message>
        <source>Browse the users, groups and contacts of a Microsoft 365 directory with their profile photos: see each photo&apos;s size, media type and etag, and save it to disk. Fix them too: import a folder of photos, replace or remove one, with a plan before and undo after.</source>
        <translation>Durchsuchen Sie Benutzer, Gruppen und Kontakte eines Microsoft 365-Verzeichnisses mit ihren Profilfotos: Sehen Sie Größe, Medientyp und ETag jedes Fotos und speichern Sie es auf dem Datenträger. Sie können sie auch korrigieren: einen Ordner mit Fotos importieren, ein Foto ersetzen oder entfernen – mit einem Plan vorab und der Möglichkeit, alles rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>Portrait::WriteCommand</name>
    <message>
        <source>--crop takes center or none</source>
        <translation>--crop erwartet center oder none</translation>
    </message>
    <message>
        <source>--%1 takes a number of pixels from 1 to 10000</source>
        <translation>--%1 erwartet eine Pixelzahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>--min-edge is larger than --max-edge</source>
        <translation>--min-edge ist größer als --max-edge</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>Das Journal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no principal</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>: written, verified</source>
        <translation>: geschrieben, geprüft</translation>
    </message>
    <message>
        <source>: written, not visible yet</source>
        <translation>: geschrieben, noch nicht sichtbar</translation>
    </message>
    <message>
        <source>: failed</source>
        <translation>: fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %n write(s); nothing was changed. Add --apply (set and remove: drop --dry-run) to carry it out.</source>
        <translation>
            <numerusform>Plan: %n Schreibvorgang; nichts wurde geändert. Mit --apply (set und remove: ohne --dry-run) ausführen.</numerusform>
            <numerusform>Plan: %n Schreibvorgänge; nichts wurde geändert. Mit --apply (set und remove: ohne --dry-run) ausführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written (%2 verified), %3 failed.</source>
        <translation>%1 geschrieben (%2 geprüft), %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Other Microsoft 365 apps may show the old photo for a while: Teams caches photos for up to 60 days, SharePoint for up to 72 hours.</source>
        <translation>Andere Microsoft 365-Apps zeigen eine Weile noch das alte Foto: Teams speichert Fotos bis zu 60 Tage zwischen, SharePoint bis zu 72 Stunden.</translation>
    </message>
    <message>
        <source>Journal: %1 (to put everything back: portrait-cli undo %1 --apply)</source>
        <translation>Journal: %1 (um alles zurückzusetzen: portrait-cli undo %1 --apply)</translation>
    </message>
    <message>
        <source>the journal %1 belongs to another tenant (%2; this connection: %3): nothing was read or written. Connect to the journal&apos;s tenant to undo or continue it.</source>
        <translation>Das Journal %1 gehört zu einem anderen Mandanten (%2; diese Verbindung: %3): Nichts wurde gelesen oder geschrieben. Verbinden Sie sich mit dem Mandanten des Journals, um es rückgängig zu machen oder fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>Portrait::WriteText</name>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Keine Zuordnung</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Already written by an earlier run that was interrupted: recorded, not written again.</source>
        <translation>Bereits von einem früheren, unterbrochenen Lauf geschrieben: vermerkt, nicht erneut geschrieben.</translation>
    </message>
    <message>
        <source>No photo yet: this image becomes the photo.</source>
        <translation>Noch kein Foto: Dieses Bild wird das Foto.</translation>
    </message>
    <message>
        <source>The photo from before is put back.</source>
        <translation>Das frühere Foto wird zurückgebracht.</translation>
    </message>
    <message>
        <source>The current photo is a placeholder: this image replaces it.</source>
        <translation>Das jetzige Foto ist ein Platzhalter: Dieses Bild ersetzt es.</translation>
    </message>
    <message>
        <source>This image replaces the current photo.</source>
        <translation>Dieses Bild ersetzt das jetzige Foto.</translation>
    </message>
    <message>
        <source>There was no photo before: the photo that was added is removed.</source>
        <translation>Vorher gab es kein Foto: Das hinzugefügte Foto wird entfernt.</translation>
    </message>
    <message>
        <source>The photo is removed.</source>
        <translation>Das Foto wird entfernt.</translation>
    </message>
    <message>
        <source>This image is already the photo (set by this journal).</source>
        <translation>Dieses Bild ist bereits das Foto (von diesem Journal gesetzt).</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Has a photo already, and only people without one were asked for.</source>
        <translation>Hat bereits ein Foto, und nur Personen ohne Foto waren gefragt.</translation>
    </message>
    <message>
        <source>Has no photo to remove.</source>
        <translation>Hat kein Foto, das entfernt werden könnte.</translation>
    </message>
    <message>
        <source>The photo was changed again since this journal wrote it: left alone.</source>
        <translation>Das Foto wurde geändert, seit dieses Journal es geschrieben hat: bleibt unberührt.</translation>
    </message>
    <message>
        <source>The current photo could not be read: %1</source>
        <translation>Das jetzige Foto konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The current photo could not be read.</source>
        <translation>Das jetzige Foto konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not in the journal: nothing to undo.</source>
        <translation>Nicht im Journal: nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Nothing was written here: nothing to undo.</source>
        <translation>Hier wurde nichts geschrieben: nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The backup of the photo from before cannot be read: left alone.</source>
        <translation>Die Sicherung des früheren Fotos ist nicht lesbar: bleibt unberührt.</translation>
    </message>
    <message>
        <source>Cancelled before it was written.</source>
        <translation>Abgebrochen, bevor es geschrieben wurde.</translation>
    </message>
    <message>
        <source>Matches someone who is not among the people chosen: left out.</source>
        <translation>Passt zu jemandem, der nicht unter den gewählten Personen ist: bleibt außen vor.</translation>
    </message>
    <message>
        <source>Nobody in the directory matches this file name.</source>
        <translation>Niemand im Verzeichnis passt zu diesem Dateinamen.</translation>
    </message>
    <message>
        <source>The CSV map names someone who is not in the directory.</source>
        <translation>Die CSV-Zuordnung nennt jemanden, der nicht im Verzeichnis ist.</translation>
    </message>
    <message>
        <source>Several people match this file name: rename the file or use a CSV map.</source>
        <translation>Mehrere Personen passen zu diesem Dateinamen: Benennen Sie die Datei um oder verwenden Sie eine CSV-Zuordnung.</translation>
    </message>
    <message>
        <source>Several files are for this person: keep one and plan again.</source>
        <translation>Mehrere Dateien sind für diese Person: Behalten Sie eine und planen Sie erneut.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not an image Portrait can read (JPEG, PNG, GIF or BMP).</source>
        <translation>Kein Bild, das Portrait lesen kann (JPEG, PNG, GIF oder BMP).</translation>
    </message>
    <message>
        <source>The image has too many pixels to be read safely.</source>
        <translation>Das Bild hat zu viele Pixel, um sicher gelesen zu werden.</translation>
    </message>
    <message>
        <source>Too small (%1 × %2 pixels): use a larger picture.</source>
        <translation>Zu klein (%1 × %2 Pixel): Verwenden Sie ein größeres Bild.</translation>
    </message>
    <message>
        <source>Too large: no JPEG of it fits the 4 MB Microsoft 365 accepts.</source>
        <translation>Zu groß: Kein JPEG davon passt in die 4 MB, die Microsoft 365 annimmt.</translation>
    </message>
    <message>
        <source>A contact&apos;s photo cannot be removed, only replaced.</source>
        <translation>Das Foto eines Kontakts kann nicht entfernt, nur ersetzt werden.</translation>
    </message>
    <message>
        <source>Group photos can only be changed by a signed-in person, not by an app on its own.</source>
        <translation>Gruppenfotos kann nur eine angemeldete Person ändern, keine App allein.</translation>
    </message>
    <message>
        <source>This tenant manages user photos on-premises: change them there.</source>
        <translation>Dieser Mandant verwaltet Benutzerfotos lokal (on-premises): Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Not possible here: %1.</source>
        <translation>Hier nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Written and verified</source>
        <translation>Geschrieben und geprüft</translation>
    </message>
    <message>
        <source>Written; not visible yet</source>
        <translation>Geschrieben; noch nicht sichtbar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the built-in demo tenant (served in-process on 127.0.0.1; works offline).</source>
        <translation>Den eingebauten Demo-Mandanten öffnen (im Prozess auf 127.0.0.1 bereitgestellt; funktioniert offline).</translation>
    </message>
    <message>
        <source>The Graph root, e.g. https://graph.microsoft.com/v1.0.</source>
        <translation>Die Graph-Stamm-URL, z. B. https://graph.microsoft.com/v1.0.</translation>
    </message>
    <message>
        <source>Read a bearer token from the environment variable VAR.</source>
        <translation>Ein Bearer-Token aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>Read a bearer token from the first line of FILE.</source>
        <translation>Ein Bearer-Token aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Browse, audit and export Microsoft 365 / Entra ID profile photos</source>
        <translation>Profilfotos von Microsoft 365 / Entra ID durchsuchen, prüfen und exportieren</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Log debug messages of every portrait.* category (QT_LOGGING_RULES takes precedence).</source>
        <translation>Debug-Meldungen aller portrait.*-Kategorien protokollieren (QT_LOGGING_RULES hat Vorrang).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad --graph-url: %1</source>
        <translation>ungültige --graph-url: %1</translation>
    </message>
</context>
</TS>
