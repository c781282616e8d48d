<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Token Admin</source>
        <translation>Über Token Admin</translation>
    </message>
    <message>
        <source>Token Admin</source>
        <translation>Token Admin</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Manages the database tokens of InfluxDB 3 Cloud Dedicated and Clustered clusters through their Management API.</source>
        <translation>Verwaltet die Datenbank-Token von InfluxDB 3 Cloud Dedicated- und Clustered-Clustern über deren Management-API.</translation>
    </message>
    <message>
        <source>Uses Qt %1 (built with Qt %2).</source>
        <translation>Verwendet Qt %1 (erstellt mit Qt %2).</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0 (Apache-2.0). You may obtain a copy of the License at https://www.apache.org/licenses/LICENSE-2.0; this program is distributed on an “as is” basis, without warranties or conditions of any kind.</source>
        <translation>Lizenziert unter der Apache License, Version 2.0 (Apache-2.0). Eine Kopie der Lizenz erhalten Sie unter https://www.apache.org/licenses/LICENSE-2.0; dieses Programm wird „wie besehen“ verbreitet, ohne Gewährleistungen oder Bedingungen jeglicher Art.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Bad Request: the server did not accept the request.</source>
        <translation>Bad Request: Der Server hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>Unauthorized: the management token was refused; it may be wrong, revoked or expired.</source>
        <translation>Unauthorized: Das Management-Token wurde abgelehnt; es ist möglicherweise falsch, widerrufen oder abgelaufen.</translation>
    </message>
    <message>
        <source>Forbidden: the management token lacks the permission for this action.</source>
        <translation>Forbidden: Dem Management-Token fehlt die Berechtigung für diese Aktion.</translation>
    </message>
    <message>
        <source>Not Found: the account, cluster or token does not exist.</source>
        <translation>Not Found: Das Konto, der Cluster oder das Token existiert nicht.</translation>
    </message>
    <message>
        <source>Method Not Allowed.</source>
        <translation>Method Not Allowed.</translation>
    </message>
    <message>
        <source>Conflict: the request conflicts with the token&apos;s current state.</source>
        <translation>Conflict: Die Anfrage steht im Widerspruch zum aktuellen Zustand des Tokens.</translation>
    </message>
    <message>
        <source>Payload Too Large.</source>
        <translation>Payload Too Large.</translation>
    </message>
    <message>
        <source>Too Many Requests: the server asks to slow down; try again shortly.</source>
        <translation>Too Many Requests: Der Server bittet, langsamer zu werden; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Internal Server Error.</source>
        <translation>Internal Server Error.</translation>
    </message>
    <message>
        <source>Bad Gateway.</source>
        <translation>Bad Gateway.</translation>
    </message>
    <message>
        <source>Service Unavailable: try again shortly.</source>
        <translation>Service Unavailable: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Gateway Timeout.</source>
        <translation>Gateway Timeout.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the API URL and that the server is running.</source>
        <translation>%1: Die Verbindung wurde abgewiesen. Prüfen Sie die API-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the API URL and your network connection.</source>
        <translation>%1 wurde nicht gefunden (unbekannter Hostname). Prüfen Sie die API-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Token Admin does not talk to a server whose certificate it cannot trust.</source>
        <translation>%1: Die sichere Verbindung ist fehlgeschlagen: %2. Token Admin spricht nicht mit einem Server, dessen Zertifikat es nicht vertrauen kann.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). The request may or may not have reached it.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2). Die Anfrage hat den Server möglicherweise erreicht, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Network error while talking to %1: %2.</source>
        <translation>%1: Netzwerkfehler: %2.</translation>
    </message>
    <message>
        <source>Token Admin did not send the request: %1.</source>
        <translation>Token Admin hat die Anfrage nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP %1) could not be read: %2.</source>
        <translation>Die Antwort des Servers (HTTP %1) konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2</source>
        <extracomment>%2 is the status&apos;s meaning, a whole sentence such as &quot;Not Found: …&quot;.</extracomment>
        <translation>Der Server hat mit HTTP %1 geantwortet – %2</translation>
    </message>
    <message>
        <source>%1 Server message: &quot;%2&quot;.</source>
        <extracomment>%1 is the sentence about the HTTP status.</extracomment>
        <translation>%1 Meldung des Servers: „%2“.</translation>
    </message>
</context>
<context>
    <name>BulkRevokeDialog</name>
    <message>
        <source>I understand the risk of this action</source>
        <translation>Ich verstehe das Risiko dieser Aktion</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens</source>
        <translation>
            <numerusform>%n Token widerrufen</numerusform>
            <numerusform>%n Token widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are about to revoke %n tokens</source>
        <translation>
            <numerusform>Sie sind dabei, %n Token zu widerrufen</numerusform>
            <numerusform>Sie sind dabei, %n Token zu widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything that references these tokens will no longer function. This cannot be undone.</source>
        <translation>Alles, was auf diese Token verweist, funktioniert nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Tokens to revoke</source>
        <translation>Zu widerrufende Token</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 is a production connection. To confirm, type the number of tokens to revoke: %2</source>
        <translation>%1 ist eine Produktionsverbindung. Geben Sie zur Bestätigung die Anzahl der zu widerrufenden Token ein: %2</translation>
    </message>
    <message>
        <source>Type the number of tokens to confirm</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Token ein</translation>
    </message>
    <message>
        <source>Revoke progress</source>
        <translation>Fortschritt des Widerrufs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Revoked: %1. Already gone: %2. Failed: %3. Unknown: %4. Not sent: %5.</source>
        <translation>Widerrufen: %1. Nicht mehr vorhanden: %2. Fehlgeschlagen: %3. Unbekannt: %4. Nicht gesendet: %5.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Already gone (HTTP 404)</source>
        <translation>Nicht mehr vorhanden (HTTP 404)</translation>
    </message>
    <message>
        <source>Failed: HTTP %1, %2</source>
        <translation>Fehlgeschlagen: HTTP %1, %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unknown: no answer; reading the token again…</source>
        <translation>Unbekannt: keine Antwort; das Token wird erneut gelesen…</translation>
    </message>
    <message>
        <source>Unknown: no answer; the server now shows it revoked</source>
        <translation>Unbekannt: keine Antwort; der Server zeigt es jetzt als widerrufen</translation>
    </message>
    <message>
        <source>Unknown: no answer; the server still shows it active</source>
        <translation>Unbekannt: keine Antwort; der Server zeigt es weiterhin als aktiv</translation>
    </message>
    <message>
        <source>Unknown: no answer; the server no longer has it</source>
        <translation>Unbekannt: keine Antwort; der Server hat es nicht mehr</translation>
    </message>
    <message>
        <source>Unknown: no answer, and it could not be read again: %1</source>
        <translation>Unbekannt: keine Antwort, und es konnte nicht erneut gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be opened: %2.</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be read: %2.</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <source>The history database %1 cannot be written: %2.</source>
        <translation>In die Verlaufsdatenbank %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>its folder does not allow it</source>
        <translation>ihr Ordner erlaubt es nicht</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer version of Token Admin.</source>
        <translation>Die Verlaufsdatenbank %1 wurde von einer neueren Version von Token Admin geschrieben.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be brought up to date: %2.</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht auf den neuesten Stand gebracht werden: %2.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged and cannot be moved aside.</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>ClearHistoryDialog</name>
    <message>
        <source>Clear History</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Clear history older than…</source>
        <translation>Verlauf löschen, der älter ist als…</translation>
    </message>
    <message>
        <source>Delete entries recorded before</source>
        <translation>Einträge löschen, die aufgezeichnet wurden vor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete entries recorded &amp;before:</source>
        <translation>Einträge löschen, aufgezeichnet &amp;vor:</translation>
    </message>
    <message>
        <source>No entries were recorded before %1.</source>
        <translation>Vor %1 wurden keine Einträge aufgezeichnet.</translation>
    </message>
    <message>
        <source>This deletes 1 entry recorded before %1. It cannot be restored.</source>
        <translation>Dies löscht 1 Eintrag, der vor %1 aufgezeichnet wurde. Er kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This deletes %1 entries recorded before %2. They cannot be restored.</source>
        <translation>Dies löscht %1 Einträge, die vor %2 aufgezeichnet wurden. Sie können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Delete 1 Entry</source>
        <translation>1 Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete %1 Entries</source>
        <translation>%1 Einträge löschen</translation>
    </message>
    <message>
        <source>The history is closed.</source>
        <translation>Der Verlauf ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The account ID must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>Die Konto-ID muss eine UUID sein (8-4-4-4-12 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The cluster ID must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>Die Cluster-ID muss eine UUID sein (8-4-4-4-12 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The profile has no product; influxctl needs &quot;dedicated&quot; or &quot;clustered&quot;.</source>
        <translation>Das Profil nennt kein Produkt; influxctl braucht „dedicated“ oder „clustered“.</translation>
    </message>
    <message>
        <source>The profile&apos;s product &quot;%1&quot; is neither &quot;dedicated&quot; nor &quot;clustered&quot;.</source>
        <translation>Das Produkt „%1“ des Profils ist weder „dedicated“ noch „clustered“.</translation>
    </message>
    <message>
        <source>A Clustered profile needs a host.</source>
        <translation>Ein Clustered-Profil braucht einen Host.</translation>
    </message>
    <message>
        <source>The profile&apos;s host &quot;%1&quot; must be a host name only, without a scheme or path.</source>
        <translation>Der Host „%1“ des Profils darf nur ein Hostname sein, ohne Schema oder Pfad.</translation>
    </message>
    <message>
        <source>The profile&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>Der Port „%1“ des Profils ist keine Portnummer.</translation>
    </message>
    <message>
        <source>tls.disable is set, but %1</source>
        <translation>tls.disable ist gesetzt, aber %1</translation>
    </message>
    <message>
        <source>Enter a management token.</source>
        <translation>Geben Sie ein Management-Token ein.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 (tls.ca) could not be read: %2</source>
        <translation>Die Datei der Zertifizierungsstelle %1 (tls.ca) konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The certificate authority file %1 could not be read: %2</source>
        <translation>Die Datei der Zertifizierungsstelle %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no certificate in it</source>
        <translation>sie enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>A client certificate needs both tls.cert and tls.key.</source>
        <translation>Ein Client-Zertifikat braucht sowohl tls.cert als auch tls.key.</translation>
    </message>
    <message>
        <source>The client certificate %1 (tls.cert) could not be read: %2</source>
        <translation>Das Client-Zertifikat %1 (tls.cert) konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The client key %1 (tls.key) could not be read: %2</source>
        <translation>Der Client-Schlüssel %1 (tls.key) konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not an unencrypted PEM key</source>
        <translation>kein unverschlüsselter PEM-Schlüssel</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>The server refused the management token for %1 (HTTP 401), the mgmt_token of its influxctl profile. Enter a new one: it is used instead for as long as Token Admin runs, kept in memory only; the profile is not changed.</source>
        <translation>Der Server hat das Management-Token für %1 abgelehnt (HTTP 401), das mgmt_token seines influxctl-Profils. Geben Sie ein neues ein: Es wird stattdessen verwendet, solange Token Admin läuft, nur im Arbeitsspeicher; das Profil bleibt unverändert.</translation>
    </message>
    <message>
        <source>The server refused the management token for %1 (HTTP 401): it is wrong, expired or revoked. Enter a new one: it replaces the one in the keychain.</source>
        <translation>Der Server hat das Management-Token für %1 abgelehnt (HTTP 401): Es ist falsch, abgelaufen oder widerrufen. Geben Sie ein neues ein: Es ersetzt das im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The server refused the management token for %1 (HTTP 401): it is wrong, expired or revoked. Enter a new one.</source>
        <translation>Der Server hat das Management-Token für %1 abgelehnt (HTTP 401): Es ist falsch, abgelaufen oder widerrufen. Geben Sie ein neues ein.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>Enter the management token for %1. It is kept in memory until Token Admin quits.</source>
        <translation>Geben Sie das Management-Token für %1 ein. Es wird im Arbeitsspeicher gehalten, bis Token Admin beendet wird.</translation>
    </message>
    <message>
        <source>The keychain holds no management token for %1: enter it.</source>
        <translation>Der Schlüsselbund enthält kein Management-Token für %1: Geben Sie es ein.</translation>
    </message>
    <message>
        <source>The server refused the sign-in for %1 (HTTP 401). Sign in again through %2.</source>
        <translation>Der Server hat die Anmeldung für %1 abgelehnt (HTTP 401). Melden Sie sich erneut über %2 an.</translation>
    </message>
    <message>
        <source>The sign-in was not kept in the keychain: the next start asks to sign in again. %1</source>
        <translation>Die Anmeldung wurde nicht im Schlüsselbund gespeichert: Beim nächsten Start werden Sie erneut zur Anmeldung aufgefordert. %1</translation>
    </message>
    <message>
        <source>The management token was not saved in the keychain. %1</source>
        <translation>Das Management-Token wurde nicht im Schlüsselbund gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>ConnectionCoordinator</name>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>influxctl&apos;s profiles could not be read: %1</source>
        <translation>Die Profile von influxctl konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>--account and --cluster</source>
        <translation>--account und --cluster</translation>
    </message>
    <message>
        <source>%1: ignored, no connection opens on start.</source>
        <translation>%1: ignoriert, beim Start wird keine Verbindung geöffnet.</translation>
    </message>
    <message>
        <source>%1: ignored, %2 is a Clustered connection, without account or cluster ID.</source>
        <translation>%1: ignoriert, %2 ist eine Clustered-Verbindung, ohne Konto- oder Cluster-ID.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The server refused the management token for %1 (HTTP 401): it is wrong, expired or revoked. Enter a new one to connect again.</source>
        <translation>Der Server hat das Management-Token für %1 abgelehnt (HTTP 401): Es ist falsch, abgelaufen oder widerrufen. Geben Sie ein neues ein, um sich wieder zu verbinden.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>This is a &amp;production cluster</source>
        <translation>Dies ist ein &amp;Produktionscluster</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Remember in &amp;keychain</source>
        <translation>&amp;Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>influxctl&apos;s profiles could not be read: %1</source>
        <translation>Die Profile von influxctl konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No influxctl profiles: %1 does not exist.</source>
        <translation>Keine influxctl-Profile: %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n influxctl profile(s) from %1, read-only: change them with influxctl or an editor.</source>
        <translation>
            <numerusform>%n influxctl-Profil aus %1, schreibgeschützt: Ändern Sie es mit influxctl oder einem Editor.</numerusform>
            <numerusform>%n influxctl-Profile aus %1, schreibgeschützt: Ändern Sie sie mit influxctl oder einem Editor.</numerusform>
        </translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>Verbindung duplizieren</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>InfluxDB 3 Cloud Dedicated</source>
        <translation>InfluxDB 3 Cloud Dedicated</translation>
    </message>
    <message>
        <source>InfluxDB 3 Clustered</source>
        <translation>InfluxDB 3 Clustered</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>Cluster-ID</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>A PEM file of the certificate authority that signed the server&apos;s certificate, trusted for this connection only (tls.ca in an influxctl profile). Leave empty to trust the system&apos;s.</source>
        <translation>Eine PEM-Datei der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat; ihr wird nur für diese Verbindung vertraut (tls.ca in einem influxctl-Profil). Leer lassen, um den Zertifizierungsstellen des Systems zu vertrauen.</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle auswählen</translation>
    </message>
    <message>
        <source>Production cluster</source>
        <translation>Produktionscluster</translation>
    </message>
    <message>
        <source>Shows a red band while connected, and revoking asks you to type the token&apos;s description</source>
        <translation>Zeigt während der Verbindung ein rotes Band, und beim Widerrufen müssen Sie die Beschreibung des Tokens eintippen</translation>
    </message>
    <message>
        <source>Management token</source>
        <translation>Management-Token</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Forget this sign-in, and the refresh token in the keychain</source>
        <translation>Diese Anmeldung vergessen, samt dem Aktualisierungstoken im Schlüsselbund</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Keep the management token in the desktop&apos;s keychain. Without it, the token is kept in memory until Token Admin quits.</source>
        <translation>Das Management-Token im Schlüsselbund des Desktops aufbewahren. Ohne diese Option wird das Token im Arbeitsspeicher gehalten, bis Token Admin beendet wird.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>P&amp;rodukt</translation>
    </message>
    <message>
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <source>A&amp;ccount ID</source>
        <translation>&amp;Konto-ID</translation>
    </message>
    <message>
        <source>C&amp;luster ID</source>
        <translation>C&amp;luster-ID</translation>
    </message>
    <message>
        <source>Certificate au&amp;thority</source>
        <translation>&amp;Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Management token</source>
        <translation>Management-&amp;Token</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Sandbo&amp;x ausprobieren</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Start a local practice server with sample tokens</source>
        <translation>Einen lokalen Übungsserver mit Beispiel-Token starten</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Save connections</source>
        <translation>Verbindungen speichern</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Clustered · %1</source>
        <translation>Clustered · %1</translation>
    </message>
    <message>
        <source>Dedicated · cluster %1</source>
        <translation>Dedicated · Cluster %1</translation>
    </message>
    <message>
        <source>influxctl profile · %1</source>
        <translation>influxctl-Profil · %1</translation>
    </message>
    <message>
        <source>%1 · signs in through %2</source>
        <translation>%1 · Anmeldung über %2</translation>
    </message>
    <message>
        <source>%1  — PRODUCTION</source>
        <translation>%1  — PRODUKTION</translation>
    </message>
    <message>
        <source>%1  (cannot be used)</source>
        <translation>%1  (nicht verwendbar)</translation>
    </message>
    <message>
        <source>%1
Running on this computer · sample data</source>
        <translation>%1
Läuft auf diesem Computer · Beispieldaten</translation>
    </message>
    <message>
        <source>From the profile&apos;s mgmt_token</source>
        <translation>Aus dem mgmt_token des Profils</translation>
    </message>
    <message>
        <source>Known until Token Admin quits; type to replace it</source>
        <translation>Bekannt, bis Token Admin beendet wird; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>From the keychain; type to replace it</source>
        <translation>Aus dem Schlüsselbund; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Refused by the server: type a new one</source>
        <translation>Vom Server abgelehnt: Geben Sie ein neues ein</translation>
    </message>
    <message>
        <source>Kept in memory until Token Admin quits</source>
        <translation>Im Arbeitsspeicher gehalten, bis Token Admin beendet wird</translation>
    </message>
    <message>
        <source>Signed in through %1</source>
        <translation>Angemeldet über %1</translation>
    </message>
    <message>
        <source>Not signed in · %1</source>
        <translation>Nicht angemeldet · %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Stay &amp;signed in</source>
        <translation>An&amp;gemeldet bleiben</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keep the sign-in&apos;s refresh token in the desktop&apos;s keychain, so the next start needs no browser. Off: the sign-in lasts until Token Admin quits.</source>
        <translation>Das Aktualisierungstoken der Anmeldung im Schlüsselbund des Desktops aufbewahren, damit der nächste Start keinen Browser braucht. Aus: Die Anmeldung gilt, bis Token Admin beendet wird.</translation>
    </message>
    <message>
        <source>influxctl profile “%1” from %2. Token Admin reads it and never changes the file; only the production mark and the keychain choice are kept here.</source>
        <translation>influxctl-Profil „%1“ aus %2. Token Admin liest es und ändert die Datei nie; nur die Produktionsmarkierung und die Wahl des Schlüsselbunds werden hier gespeichert.</translation>
    </message>
    <message>
        <source>tls.insecure is set: certificates are not checked.</source>
        <translation>tls.insecure ist gesetzt: Zertifikate werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Signs in through the identity provider %1 ([profile.auth.oauth2]), as influxctl does: no management token to type.</source>
        <translation>Meldet sich wie influxctl über den Identitätsanbieter %1 an ([profile.auth.oauth2]): Es muss kein Management-Token eingegeben werden.</translation>
    </message>
    <message>
        <source>The sandbox: sample data on this computer; nothing here touches a real cluster. It runs until Token Admin quits.</source>
        <translation>Die Sandbox: Beispieldaten auf diesem Computer; nichts hier berührt einen echten Cluster. Sie läuft, bis Token Admin beendet wird.</translation>
    </message>
    <message>
        <source>Saved in Token Admin&apos;s settings (never the token).</source>
        <translation>In den Einstellungen von Token Admin gespeichert (nie das Token).</translation>
    </message>
    <message>
        <source>No connections yet: add one with New, or try the sandbox.</source>
        <translation>Noch keine Verbindungen: Fügen Sie mit „Neu“ eine hinzu oder probieren Sie die Sandbox aus.</translation>
    </message>
    <message>
        <source>account %1 (--account)</source>
        <translation>Konto %1 (--account)</translation>
    </message>
    <message>
        <source>cluster %1 (--cluster)</source>
        <translation>Cluster %1 (--cluster)</translation>
    </message>
    <message>
        <source>Until Token Admin quits, the command line&apos;s IDs are used instead: %1.</source>
        <translation>Bis Token Admin beendet wird, werden stattdessen die IDs der Befehlszeile verwendet: %1.</translation>
    </message>
    <message>
        <source>Enter a management token.</source>
        <translation>Geben Sie ein Management-Token ein.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>%1, %2</source>
        <comment>time zone, its UTC offset</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This database token expires at the chosen time</source>
        <translation>Dieses Datenbank-Token läuft zum gewählten Zeitpunkt ab</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create Database Token</source>
        <translation>Datenbank-Token erstellen</translation>
    </message>
    <message>
        <source>Token description</source>
        <translation>Beschreibung des Tokens</translation>
    </message>
    <message>
        <source>What uses this token, e.g. &quot;Telegraf on edge-01&quot;</source>
        <translation>Was dieses Token verwendet, z. B. „Telegraf auf edge-01“</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>%1 days from now</source>
        <translation>In %1 Tagen</translation>
    </message>
    <message>
        <source>A chosen date</source>
        <translation>Ein gewähltes Datum</translation>
    </message>
    <message>
        <source>Token &amp;description*</source>
        <translation>&amp;Beschreibung des Tokens*</translation>
    </message>
    <message>
        <source>&amp;Expiration</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>A token description is required.</source>
        <translation>Eine Beschreibung des Tokens ist erforderlich.</translation>
    </message>
    <message>
        <source>The expiration must be in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Expiration date and time (%1)</source>
        <translation>Ablaufdatum und -uhrzeit (%1)</translation>
    </message>
    <message>
        <source>The server did not confirm, so the token may or may not have been created. The list is being refreshed: check it before trying again. %1</source>
        <translation>Der Server hat nicht bestätigt; das Token wurde also möglicherweise erstellt, möglicherweise nicht. Die Liste wird aktualisiert: Prüfen Sie sie, bevor Sie es erneut versuchen. %1</translation>
    </message>
    <message>
        <source>The token was not created. %1</source>
        <translation>Das Token wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>Create a token without permissions (it can do nothing until permissions are added)</source>
        <translation>Token ohne Berechtigungen erstellen (es kann nichts, bis welche hinzukommen)</translation>
    </message>
    <message>
        <source>Create a token without permissions</source>
        <translation>Token ohne Berechtigungen erstellen</translation>
    </message>
    <message>
        <source>Choose a database for the permission, or tick “Create a token without permissions”.</source>
        <translation>Wählen Sie eine Datenbank für die Berechtigung, oder kreuzen Sie „Token ohne Berechtigungen erstellen“ an.</translation>
    </message>
    <message>
        <source>Create Token Without Permissions</source>
        <translation>Token ohne Berechtigungen erstellen</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain holds no management token for this connection.</source>
        <translation>Der Schlüsselbund enthält kein Management-Token für diese Verbindung.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop (%1). The management token is kept in memory until Token Admin quits.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (%1). Das Management-Token wird im Arbeitsspeicher gehalten, bis Token Admin beendet wird.</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). The management token is kept in memory until Token Admin quits.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1). Das Management-Token wird im Arbeitsspeicher gehalten, bis Token Admin beendet wird.</translation>
    </message>
</context>
<context>
    <name>DatabaseAccessModel</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>The cluster has no database of this name, yet a token names it: a new database with this name would become reachable with that token.</source>
        <translation>Der Cluster hat keine Datenbank dieses Namens, doch ein Token nennt sie: Eine neue Datenbank mit diesem Namen wäre mit diesem Token erreichbar.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>Kann lesen</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>Kann schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active token(s) can read %1</source>
        <translation>
            <numerusform>%Ln aktives Token kann %1 lesen</numerusform>
            <numerusform>%Ln aktive Token können %1 lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active token(s) can write %1</source>
        <translation>
            <numerusform>%Ln aktives Token kann in %1 schreiben</numerusform>
            <numerusform>%Ln aktive Token können in %1 schreiben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasesPanel</name>
    <message>
        <source>Databases and the active tokens that can reach them</source>
        <translation>Datenbanken und die aktiven Token, die sie erreichen</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>Kann schreiben</translation>
    </message>
</context>
<context>
    <name>DeviceAuthorization</name>
    <message>
        <source>The code %1 expired before the sign-in was approved. Sign in again for a new code.</source>
        <translation>Der Code %1 ist abgelaufen, bevor die Anmeldung bestätigt wurde. Melden Sie sich erneut an, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Token Admin does not send the sign-in to %1: the identity provider must be reached over https:// (plain http:// only on this computer).</source>
        <translation>Token Admin sendet die Anmeldung nicht an %1: Der Identitätsanbieter muss über https:// erreicht werden (einfaches http:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>the answer is larger than %1 KiB</source>
        <translation>die Antwort ist größer als %1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>no answer for %n second(s)</source>
        <translation>
            <numerusform>keine Antwort seit %n Sekunde</numerusform>
            <numerusform>keine Antwort seit %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity provider %1 could not be reached safely: its certificate is not trusted (%2). If the organisation uses its own certificate authority, name it in tls.ca.</source>
        <translation>Der Identitätsanbieter %1 konnte nicht sicher erreicht werden: Seinem Zertifikat wird nicht vertraut (%2). Wenn die Organisation eine eigene Zertifizierungsstelle verwendet, geben Sie sie in tls.ca an.</translation>
    </message>
    <message>
        <source>The identity provider %1 could not be reached: %2.</source>
        <translation>Der Identitätsanbieter %1 konnte nicht erreicht werden: %2.</translation>
    </message>
    <message>
        <source>The identity provider %1 answered with a redirect (HTTP %2), which is not followed for a sign-in request. Check token_url and device_url.</source>
        <translation>Der Identitätsanbieter %1 hat mit einer Weiterleitung geantwortet (HTTP %2), der bei einer Anmeldeanfrage nicht gefolgt wird. Prüfen Sie token_url und device_url.</translation>
    </message>
    <message>
        <source>The identity provider %1 answered HTTP %2 without an OAuth error.</source>
        <translation>Der Identitätsanbieter %1 hat mit HTTP %2 ohne OAuth-Fehler geantwortet.</translation>
    </message>
    <message>
        <source>The provider said: %1.</source>
        <translation>Der Anbieter sagte: %1.</translation>
    </message>
    <message>
        <source>The provider said: %1 (%2).</source>
        <translation>Der Anbieter sagte: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in was declined at %1. %2</source>
        <translation>Die Anmeldung wurde bei %1 abgelehnt. %2</translation>
    </message>
    <message>
        <source>The identity provider %1 does not accept the client ID &quot;%2&quot;. Check client_id in the profile&apos;s [profile.auth.oauth2]. %3</source>
        <translation>Der Identitätsanbieter %1 akzeptiert die Client-ID „%2“ nicht. Prüfen Sie client_id in [profile.auth.oauth2] des Profils. %3</translation>
    </message>
    <message>
        <source>The identity provider %1 no longer accepts this sign-in. %2</source>
        <translation>Der Identitätsanbieter %1 akzeptiert diese Anmeldung nicht mehr. %2</translation>
    </message>
    <message>
        <source>The identity provider %1 refused the sign-in (HTTP %2). %3</source>
        <translation>Der Identitätsanbieter %1 hat die Anmeldung abgelehnt (HTTP %2). %3</translation>
    </message>
    <message>
        <source>The identity provider %1 answered the device request without a usable device_code, user_code, verification_uri (http or https) and expires_in.</source>
        <translation>Der Identitätsanbieter %1 hat die Geräteanfrage ohne verwendbare device_code, user_code, verification_uri (http oder https) und expires_in beantwortet.</translation>
    </message>
    <message>
        <source>The identity provider %1 answered without a Bearer access token.</source>
        <translation>Der Identitätsanbieter %1 hat ohne Bearer-Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in has ended. Sign in again.</source>
        <translation>Die Anmeldung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1 Sign in again.</source>
        <translation>Die Anmeldung konnte nicht erneuert werden: %1 Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>DisableTokenDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Disable Database Token</source>
        <translation>Datenbank-Token deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n Database Tokens</source>
        <translation>
            <numerusform>%n Datenbank-Token deaktivieren</numerusform>
            <numerusform>%n Datenbank-Token deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabling “%1” removes all its permissions: it can then read or write nothing. It still exists, and Re-enable gives it these permissions back.</source>
        <translation>Das Deaktivieren entzieht „%1“ alle Berechtigungen: Es kann dann nichts mehr lesen oder schreiben. Es existiert weiterhin, und „Wieder aktivieren“ gibt ihm diese Berechtigungen zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Disabling removes all permissions of these %n tokens: they can then read or write nothing. They still exist, and Re-enable gives each its permissions back.</source>
        <translation>
            <numerusform>Das Deaktivieren entzieht diesem Token alle Berechtigungen: Es kann dann nichts mehr lesen oder schreiben. Es existiert weiterhin, und „Wieder aktivieren“ gibt ihm seine Berechtigungen zurück.</numerusform>
            <numerusform>Das Deaktivieren entzieht diesen %n Token alle Berechtigungen: Sie können dann nichts mehr lesen oder schreiben. Sie existieren weiterhin, und „Wieder aktivieren“ gibt jedem seine Berechtigungen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions that will be removed:</source>
        <translation>Berechtigungen, die entfernt werden:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Disable Token</source>
        <translation>Token deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n Tokens</source>
        <translation>
            <numerusform>%n Token deaktivieren</numerusform>
            <numerusform>%n Token deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the permissions from the server…</source>
        <translation>Die Berechtigungen werden vom Server gelesen…</translation>
    </message>
    <message>
        <source>Token %1 no longer exists on the server.</source>
        <translation>Token %1 existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>Token %1 could not be read from the server, so it is left out. %2</source>
        <translation>Token %1 konnte nicht vom Server gelesen werden und wird daher ausgelassen. %2</translation>
    </message>
    <message>
        <source>Token %1 has been revoked.</source>
        <translation>Token %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>Token %1 has no permissions on the server now: there is nothing to remove.</source>
        <translation>Token %1 hat auf dem Server jetzt keine Berechtigungen: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Read from the server just now.</source>
        <translation>Soeben vom Server gelesen.</translation>
    </message>
    <message>
        <source>“%1” (%2):</source>
        <translation>„%1“ (%2):</translation>
    </message>
    <message>
        <source>  • none</source>
        <translation>  • keine</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Token %1 no longer exists on the server: nothing was disabled.</source>
        <translation>Token %1 existiert auf dem Server nicht mehr: Es wurde nichts deaktiviert.</translation>
    </message>
    <message>
        <source>The server did not confirm that token %1 was disabled, so it may or may not have been. The list is being refreshed to show its real permissions. %2</source>
        <translation>Der Server hat nicht bestätigt, dass Token %1 deaktiviert wurde; es wurde also möglicherweise deaktiviert, möglicherweise nicht. Die Liste wird aktualisiert, um seine tatsächlichen Berechtigungen zu zeigen. %2</translation>
    </message>
    <message>
        <source>Token %1 was not disabled. %2</source>
        <translation>Token %1 wurde nicht deaktiviert. %2</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Save Changes…</source>
        <translation>Änderungen speichern…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit Database Token</source>
        <translation>Datenbank-Token bearbeiten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A description is required.</source>
        <translation>Eine Beschreibung ist erforderlich.</translation>
    </message>
    <message>
        <source>Expiration date (cannot be changed)</source>
        <translation>Ablaufdatum (nicht änderbar)</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>The Management API cannot change a token&apos;s expiry.</source>
        <translation>Die Management-API kann den Ablauf eines Tokens nicht ändern.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>&amp;Description*</source>
        <translation>&amp;Beschreibung*</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Permissions (saving replaces the whole set)</source>
        <translation>Berechtigungen (Speichern ersetzt die gesamte Menge)</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>Confirm and save changes</source>
        <translation>Änderungen bestätigen und speichern</translation>
    </message>
    <message>
        <source>Description: “%1” → “%2”</source>
        <translation>Beschreibung: „%1“ → „%2“</translation>
    </message>
    <message>
        <source>Permissions added:
%1</source>
        <translation>Hinzugefügte Berechtigungen:
%1</translation>
    </message>
    <message>
        <source>Permissions removed:
%1</source>
        <translation>Entfernte Berechtigungen:
%1</translation>
    </message>
    <message>
        <source>The token will have no permissions left: it will not be able to read or write anything.</source>
        <translation>Das Token wird keine Berechtigungen mehr haben: Es kann nichts mehr lesen oder schreiben.</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The server refused the changes as invalid. Check the description and the database names, then try again.</source>
        <translation>Der Server hat die Änderungen als ungültig abgelehnt. Prüfen Sie die Beschreibung und die Datenbanknamen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This token no longer exists on the server, so nothing was changed.</source>
        <translation>Dieses Token existiert auf dem Server nicht mehr; es wurde also nichts geändert.</translation>
    </message>
    <message>
        <source>The server reports a conflict: the token may have been revoked or changed meanwhile. Refresh the list to see its current state.</source>
        <translation>Der Server meldet einen Konflikt: Das Token wurde inzwischen möglicherweise widerrufen oder geändert. Aktualisieren Sie die Liste, um seinen aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>The server did not confirm, so the changes may or may not have been saved. The list is being refreshed.</source>
        <translation>Der Server hat nicht bestätigt; die Änderungen wurden also möglicherweise gespeichert, möglicherweise nicht. Die Liste wird aktualisiert.</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>Die Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>This token no longer exists on the server: it was removed (or revoked, on a server that hides revoked tokens) after this dialog opened. Nothing was changed.</source>
        <translation>Dieses Token existiert auf dem Server nicht mehr: Es wurde entfernt (oder widerrufen, auf einem Server, der widerrufene Token ausblendet), nachdem dieser Dialog geöffnet wurde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The token could not be read from the server, so the changes cannot be compared with its current version. Nothing was changed. %1</source>
        <translation>Das Token konnte nicht vom Server gelesen werden; die Änderungen können daher nicht mit seiner aktuellen Version verglichen werden. Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>The token could not be read again before saving, so nothing was saved. %1</source>
        <translation>Das Token konnte vor dem Speichern nicht erneut gelesen werden; es wurde also nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>This token was revoked after this dialog opened: it can no longer be edited. Nothing was changed.</source>
        <translation>Dieses Token wurde widerrufen, nachdem dieser Dialog geöffnet wurde: Es kann nicht mehr bearbeitet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This token was changed on the server after this dialog opened:
%1

Your changes have been applied to its current version: check them before saving.</source>
        <translation>Dieses Token wurde auf dem Server geändert, nachdem dieser Dialog geöffnet wurde:
%1

Ihre Änderungen wurden auf seine aktuelle Version angewendet: Prüfen Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <source>This token was changed on the server after you reviewed it, so nothing was saved:
%1

Your changes have been applied to its current version: check them again before saving.</source>
        <translation>Dieses Token wurde auf dem Server geändert, nachdem Sie es geprüft haben; es wurde also nichts gespeichert:
%1

Ihre Änderungen wurden auf seine aktuelle Version angewendet: Prüfen Sie sie vor dem Speichern erneut.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>The API URL is not a valid URL.</source>
        <translation>Die API-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>Die API-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1, ::1 or localhost): the management token would cross the network unencrypted. Use https://.</source>
        <translation>Einfaches http:// ist nur für diesen Computer erlaubt (127.0.0.1, ::1 oder localhost): Das Management-Token würde unverschlüsselt über das Netzwerk gehen. Verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Continue without history for this run</source>
        <translation>Für diese Sitzung ohne Verlauf fortfahren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Dismiss history message</source>
        <translation>Verlaufsmeldung schließen</translation>
    </message>
</context>
<context>
    <name>HistoryQueryModel</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>Rotate: new token</source>
        <translation>Rotieren: neues Token</translation>
    </message>
    <message>
        <source>Rotate: revoke old token</source>
        <translation>Rotieren: altes Token widerrufen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>permission: action, then database</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>Cluster-ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Permissions before</source>
        <translation>Berechtigungen vorher</translation>
    </message>
    <message>
        <source>Permissions after</source>
        <translation>Berechtigungen nachher</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Servermeldung</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>C&amp;lear History Older Than…</source>
        <translation>Verlauf &amp;löschen, der älter ist als…</translation>
    </message>
    <message>
        <source>History — Token Admin</source>
        <translation>Verlauf — Token Admin</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every change Token Admin asked a server for, recorded on this computer before it was sent. The Management API keeps no such record of its own.</source>
        <translation>Jede Änderung, die Token Admin bei einem Server angefordert hat, auf diesem Computer aufgezeichnet, bevor sie gesendet wurde. Die Management-API führt selbst keine solche Aufzeichnung.</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search description, token ID, user, message…</source>
        <translation>Beschreibung, Token-ID, Benutzer, Meldung durchsuchen…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Any token</source>
        <translation>Beliebiges Token</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Beliebiger Vorgang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Beliebiges Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>V&amp;organg:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Erge&amp;bnis:</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Clear history older than</source>
        <translation>Verlauf löschen, der älter ist als</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>Beliebige Verbindung</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>No history is being recorded in this run.</source>
        <translation>In dieser Sitzung wird kein Verlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 Einträge nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>InfluxctlConfig</name>
    <message>
        <source>expected a string</source>
        <translation>eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a string such as &quot;443&quot;</source>
        <translation>eine Zeichenkette wie &quot;443&quot; erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>ein Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected an array of strings such as [&quot;openid&quot;]</source>
        <translation>ein Array von Zeichenketten wie [&quot;openid&quot;] erwartet</translation>
    </message>
    <message>
        <source>a parameter&apos;s value must be a string</source>
        <translation>der Wert eines Parameters muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>expected a table such as { audience = &quot;…&quot; }</source>
        <translation>eine Tabelle wie { audience = &quot;…&quot; } erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full URL such as https://idp.example.com/token</source>
        <translation>„%1“ ist keine vollständige URL wie https://idp.example.com/token</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;, line %2: %3: %4</source>
        <translation>Profil „%1“, Zeile %2: %3: %4</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Profil „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;: %2 does not exist.</source>
        <translation>Es gibt kein Profil „%1“: %2 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>Es gibt kein Profil „%1“ in %2.</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>a line that follows a line-ending backslash must not start with a non-ASCII character (this TOML reader cannot take it)</source>
        <translation>eine Zeile nach einer Zeile, die mit einem Backslash endet, darf nicht mit einem Nicht-ASCII-Zeichen beginnen (dieser TOML-Leser kann das nicht verarbeiten)</translation>
    </message>
    <message>
        <source>a non-ASCII character may stand only in a comment or in a quoted value after &quot;=&quot;</source>
        <translation>ein Nicht-ASCII-Zeichen darf nur in einem Kommentar oder in einem Wert in Anführungszeichen nach &quot;=&quot; stehen</translation>
    </message>
    <message>
        <source>&quot;profile&quot; must be an array of tables, written [[profile]]</source>
        <translation>&quot;profile&quot; muss ein Array von Tabellen sein, geschrieben [[profile]]</translation>
    </message>
    <message>
        <source>line %1: a profile must be a table; skipped</source>
        <translation>Zeile %1: Ein Profil muss eine Tabelle sein; übersprungen</translation>
    </message>
    <message>
        <source>line %1: a profile without a name; skipped</source>
        <translation>Zeile %1: Ein Profil ohne Namen; übersprungen</translation>
    </message>
    <message>
        <source>line %1: a second profile named &quot;%2&quot;; the first one is used</source>
        <translation>Zeile %1: Ein zweites Profil namens „%2“; das erste wird verwendet</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>An anderer Stelle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Token Admin</source>
        <translation>Token Admin</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>View &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>&amp;Revoke token…</source>
        <translation>Token &amp;widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Create Database Token…</source>
        <translation>Datenbank-Token &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Edit token…</source>
        <translation>Token &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Token options</source>
        <translation>Token-Optionen</translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation>Shift+F10</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic information</source>
        <translation>&amp;Diagnoseinformationen kopieren</translation>
    </message>
    <message>
        <source>Copied diagnostic information: versions, platform, the kind of connection and the latest errors, without any token, secret or ID.</source>
        <translation>Diagnoseinformationen kopiert: Versionen, Plattform, die Art der Verbindung und die letzten Fehler, ohne Token, Geheimnis oder ID.</translation>
    </message>
    <message>
        <source>&amp;About Token Admin</source>
        <translation>Ü&amp;ber Token Admin</translation>
    </message>
    <message>
        <source>Sandbox — sample data on this computer; nothing here touches a real cluster</source>
        <translation>Sandbox — Beispieldaten auf diesem Computer; nichts hier berührt einen echten Cluster</translation>
    </message>
    <message>
        <source>Database Tokens</source>
        <translation>Datenbank-Token</translation>
    </message>
    <message>
        <source>Database tokens grant read and write permissions to one or more databases and allow for actions like writing and querying data.</source>
        <translation>Datenbank-Token gewähren Lese- und Schreibberechtigungen für eine oder mehrere Datenbanken und erlauben Aktionen wie das Schreiben und Abfragen von Daten.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Switch to another connection</source>
        <translation>Zu einer anderen Verbindung wechseln</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Token durchsuchen</translation>
    </message>
    <message>
        <source>Search by description or token ID</source>
        <translation>Nach Beschreibung oder Token-ID suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Show inactive tokens</source>
        <translation>Inaktive Token anzeigen</translation>
    </message>
    <message>
        <source>Also list revoked and expired tokens</source>
        <translation>Auch widerrufene und abgelaufene Token auflisten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the token list from the server (F5)</source>
        <translation>Die Token-Liste neu vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Create Database Token…</source>
        <translation>Datenbank-Token erstellen…</translation>
    </message>
    <message>
        <source>Create Database Token</source>
        <translation>Datenbank-Token erstellen</translation>
    </message>
    <message>
        <source>Create a database token (Ctrl+N)</source>
        <translation>Ein Datenbank-Token erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>influxctl profiles</source>
        <translation>influxctl-Profile</translation>
    </message>
    <message>
        <source>Changes in this run are sent without being recorded in the history.</source>
        <translation>Änderungen in dieser Sitzung werden gesendet, ohne im Verlauf aufgezeichnet zu werden.</translation>
    </message>
    <message>
        <source>Database tokens</source>
        <translation>Datenbank-Token</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (production) — Token Admin</source>
        <translation>%1 (Produktion) — Token Admin</translation>
    </message>
    <message>
        <source>%1 — Token Admin</source>
        <translation>%1 — Token Admin</translation>
    </message>
    <message>
        <source>PRODUCTION — %1</source>
        <translation>PRODUKTION — %1</translation>
    </message>
    <message>
        <source>Management API: %1</source>
        <translation>Management-API: %1</translation>
    </message>
    <message>
        <source>Cluster ID: %1
Account ID: %2
Management API: %3</source>
        <translation>Cluster-ID: %1
Konto-ID: %2
Management-API: %3</translation>
    </message>
    <message>
        <source>Certificate checks are OFF for %1 (tls.insecure in its influxctl profile): anyone between you and %2 could read the management token.</source>
        <translation>Die Zertifikatsprüfung ist für %1 AUS (tls.insecure in seinem influxctl-Profil): Jeder zwischen Ihnen und %2 könnte das Management-Token mitlesen.</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Copied token ID %1</source>
        <translation>Token-ID %1 kopiert</translation>
    </message>
    <message>
        <source>The token was not created. %1</source>
        <translation>Das Token wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>Created token “%1” (%2).</source>
        <translation>Token „%1“ erstellt (%2).</translation>
    </message>
    <message>
        <source>The changes to token %1 were not saved. %2</source>
        <translation>Die Änderungen an Token %1 wurden nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>Saved changes to token %1.</source>
        <translation>Änderungen an Token %1 gespeichert.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Revoked token %1.</source>
        <translation>Token %1 widerrufen.</translation>
    </message>
    <message>
        <source>Token %1 no longer exists on the server: nothing was revoked.</source>
        <translation>Token %1 existiert auf dem Server nicht mehr: Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>The revocation of token %1 was not confirmed; the list is being refreshed. %2</source>
        <translation>Der Widerruf von Token %1 wurde nicht bestätigt; die Liste wird aktualisiert. %2</translation>
    </message>
    <message>
        <source>Token %1 was not revoked. %2</source>
        <translation>Token %1 wurde nicht widerrufen. %2</translation>
    </message>
    <message>
        <source>The server refused the management token for %1 (HTTP 401): it is wrong, expired or revoked. Enter a new one to go on.</source>
        <translation>Der Server hat das Management-Token für %1 abgelehnt (HTTP 401): Es ist falsch, abgelaufen oder widerrufen. Geben Sie ein neues ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>The management token for %1 does not have the permission to list database tokens (HTTP 403). Use a management token of an Admin of this account, or ask one for it. %2</source>
        <translation>Das Management-Token für %1 hat keine Berechtigung, Datenbank-Token aufzulisten (HTTP 403). Verwenden Sie ein Management-Token eines Admins dieses Kontos oder bitten Sie einen darum. %2</translation>
    </message>
    <message>
        <source>Could not load the tokens. %1</source>
        <translation>Die Token konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the tokens shown, as filtered and sorted, to a CSV or JSON file</source>
        <translation>Die angezeigten Token, gefiltert und sortiert wie dargestellt, in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>E&amp;xpiring soon means within</source>
        <translation>„Läuft bald ab“ &amp;heißt innerhalb von</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Databases: who can reach each</source>
        <translation>Da&amp;tenbanken: wer welche erreicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message numerus="yes">
        <source>%L1 active · %L2 expiring within %n day(s) · %L3 expired · %L4 revoked</source>
        <translation>
            <numerusform>Aktiv: %L1 · Läuft binnen %n Tag ab: %L2 · Abgelaufen: %L3 · Widerrufen: %L4</numerusform>
            <numerusform>Aktiv: %L1 · Läuft binnen %n Tagen ab: %L2 · Abgelaufen: %L3 · Widerrufen: %L4</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster&apos;s databases could not be loaded, so tokens naming a database it lacks are not flagged: %1</source>
        <translation>Die Datenbanken des Clusters konnten nicht geladen werden; Token, die eine fehlende Datenbank nennen, werden daher nicht markiert: %1</translation>
    </message>
    <message>
        <source>Export the tokens shown</source>
        <translation>Die angezeigten Token exportieren</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON, the API&apos;s token objects (*.json)</source>
        <translation>JSON, die Token-Objekte der API (*.json)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Token werden geladen…</translation>
    </message>
    <message>
        <source>This cluster has no database tokens yet</source>
        <translation>Dieser Cluster hat noch keine Datenbank-Token</translation>
    </message>
    <message>
        <source>C&amp;reate one…</source>
        <translation>Eines e&amp;rstellen…</translation>
    </message>
    <message>
        <source>No tokens match “%1”</source>
        <translation>Keine Token passen zu „%1“</translation>
    </message>
    <message>
        <source>C&amp;lear the search</source>
        <translation>Suche &amp;leeren</translation>
    </message>
    <message>
        <source>S&amp;how it</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>S&amp;how them</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>The only token is revoked or expired, and hidden</source>
        <translation>Das einzige Token ist widerrufen oder abgelaufen und ausgeblendet</translation>
    </message>
    <message>
        <source>All %1 tokens are revoked or expired, and hidden</source>
        <translation>Alle %1 Token sind widerrufen oder abgelaufen und ausgeblendet</translation>
    </message>
    <message>
        <source>The history database was damaged. It was kept as %1, and a new history was started.</source>
        <translation>Die Verlaufsdatenbank war beschädigt. Sie wurde als %1 aufbewahrt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Changes cannot be recorded in the history. %1 Token Admin makes no change it cannot record: choose Continue without history for this run to make them anyway.</source>
        <translation>Änderungen können nicht im Verlauf aufgezeichnet werden. %1 Token Admin nimmt keine Änderung vor, die es nicht aufzeichnen kann: Wählen Sie „Für diese Sitzung ohne Verlauf fortfahren“, um sie trotzdem vorzunehmen.</translation>
    </message>
    <message>
        <source>Show details &amp;panel</source>
        <translation>Detail&amp;bereich anzeigen</translation>
    </message>
    <message>
        <source>Copy token &amp;ID</source>
        <translation>Token-ID &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln tokens shown</source>
        <translation>
            <numerusform>%L1 von %Ln Token angezeigt</numerusform>
            <numerusform>%L1 von %Ln Token angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) written to %1</source>
        <translation>
            <numerusform>%Ln Token in %1 geschrieben</numerusform>
            <numerusform>%Ln Token in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No tokens match “%1” — %Ln inactive token(s) hidden</source>
        <translation>
            <numerusform>Keine Token passen zu „%1“ — %Ln inaktives Token ist ausgeblendet</numerusform>
            <numerusform>Keine Token passen zu „%1“ — %Ln inaktive Token sind ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;otate token…</source>
        <translation>Token &amp;rotieren…</translation>
    </message>
    <message>
        <source>Create a token to replace this one, then revoke this one</source>
        <translation>Ein Token erstellen, das dieses ersetzt, und dann dieses widerrufen</translation>
    </message>
    <message>
        <source>Re-ena&amp;ble token…</source>
        <translation>Token wieder akt&amp;ivieren…</translation>
    </message>
    <message>
        <source>Replaced by %1 on %2; revoke pending</source>
        <translation>Ersetzt durch %1 am %2; Widerruf ausstehend</translation>
    </message>
    <message>
        <source>Disabled token %1.</source>
        <translation>Token %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Re-enabled token %1.</source>
        <translation>Token %1 wieder aktiviert.</translation>
    </message>
    <message>
        <source>Disabling token %1 was not confirmed; the list is being refreshed. %2</source>
        <translation>Das Deaktivieren von Token %1 wurde nicht bestätigt; die Liste wird aktualisiert. %2</translation>
    </message>
    <message>
        <source>Re-enabling token %1 was not confirmed; the list is being refreshed. %2</source>
        <translation>Das Wiederaktivieren von Token %1 wurde nicht bestätigt; die Liste wird aktualisiert. %2</translation>
    </message>
    <message>
        <source>Token %1 was not disabled. %2</source>
        <translation>Token %1 wurde nicht deaktiviert. %2</translation>
    </message>
    <message>
        <source>Token %1 was not re-enabled. %2</source>
        <translation>Token %1 wurde nicht wieder aktiviert. %2</translation>
    </message>
    <message>
        <source>Di&amp;sable token…</source>
        <translation>Token de&amp;aktivieren…</translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message>
        <source>%1 (certificate subject “%2”, issuer “%3”)</source>
        <translation>%1 (Zertifikatsinhaber „%2“, Aussteller „%3“)</translation>
    </message>
    <message>
        <source>the account or cluster ID is empty, &quot;.&quot; or &quot;..&quot;</source>
        <translation>die Konto- oder Cluster-ID ist leer, &quot;.&quot; oder &quot;..&quot;</translation>
    </message>
    <message>
        <source>the body is larger than %1 MiB</source>
        <translation>der Inhalt ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>a redirect to %1 was not followed: Token Admin follows redirects only within the same server</source>
        <translation>einer Weiterleitung nach %1 wurde nicht gefolgt: Token Admin folgt Weiterleitungen nur innerhalb desselben Servers</translation>
    </message>
    <message>
        <source>the connection closed before any answer came; the request was not sent again</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam; die Anfrage wurde nicht erneut gesendet</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>keine Daten seit %n Sekunde</numerusform>
            <numerusform>keine Daten seit %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable token ID</source>
        <translation>„%1“ ist keine verwendbare Token-ID</translation>
    </message>
    <message>
        <source>expected 204 No Content</source>
        <translation>204 No Content erwartet</translation>
    </message>
    <message>
        <source>there is nothing to change</source>
        <translation>es gibt nichts zu ändern</translation>
    </message>
    <message>
        <source>expected an array of databases</source>
        <translation>ein Array von Datenbanken erwartet</translation>
    </message>
    <message>
        <source>item %1: name: expected a non-empty string</source>
        <translation>Element %1: name: eine nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>accessToken: missing or shorter than 64 characters</source>
        <translation>accessToken: fehlt oder ist kürzer als 64 Zeichen</translation>
    </message>
    <message>
        <source>%L1 of %L2 items are not valid tokens (%3)</source>
        <translation>%L1 von %L2 Elementen sind keine gültigen Token (%3)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OAuth2Settings</name>
    <message>
        <source>The profile&apos;s [profile.auth.oauth2] needs %1, the identity provider&apos;s full URL.</source>
        <translation>[profile.auth.oauth2] des Profils braucht %1, die vollständige URL des Identitätsanbieters.</translation>
    </message>
    <message>
        <source>The profile&apos;s %1 (%2) must start with https:// (plain http:// only to this computer: 127.0.0.1, ::1 or localhost).</source>
        <translation>%1 des Profils (%2) muss mit https:// beginnen (einfaches http:// nur zu diesem Computer: 127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>The profile&apos;s [profile.auth.oauth2] needs a client_id.</source>
        <translation>[profile.auth.oauth2] des Profils braucht eine client_id.</translation>
    </message>
</context>
<context>
    <name>PermissionEditor</name>
    <message>
        <source>+ Add permission</source>
        <translation>+ Berechtigung hinzufügen</translation>
    </message>
    <message>
        <source>Add permission</source>
        <translation>Berechtigung hinzufügen</translation>
    </message>
    <message>
        <source>This token has no permissions: it can neither read nor write any database until permissions are added.</source>
        <translation>Dieses Token hat keine Berechtigungen: Es kann keine Datenbank lesen oder schreiben, bis Berechtigungen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The list of databases could not be loaded (%1). You can still type a database name.</source>
        <translation>Die Liste der Datenbanken konnte nicht geladen werden (%1). Sie können trotzdem einen Datenbanknamen eingeben.</translation>
    </message>
    <message>
        <source>Also on this token, kept as they are (Token Admin edits only Read and Write):
%1</source>
        <translation>Ebenfalls auf diesem Token, unverändert beibehalten (Token Admin bearbeitet nur Lesen und Schreiben):
%1</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Datenbank auswählen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Remove this permission</source>
        <translation>Diese Berechtigung entfernen</translation>
    </message>
    <message>
        <source>A database name has at most %1 characters.</source>
        <translation>Ein Datenbankname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose Read, Write or both.</source>
        <translation>Wählen Sie Lesen, Schreiben oder beides.</translation>
    </message>
    <message>
        <source>%1 already has a row above: combine them.</source>
        <translation>%1 hat bereits eine Zeile weiter oben: Fassen Sie sie zusammen.</translation>
    </message>
    <message>
        <source>Database of permission %1</source>
        <translation>Datenbank der Berechtigung %1</translation>
    </message>
    <message>
        <source>Read permission %1</source>
        <translation>Leseberechtigung %1</translation>
    </message>
    <message>
        <source>Write permission %1</source>
        <translation>Schreibberechtigung %1</translation>
    </message>
    <message>
        <source>Remove permission %1</source>
        <translation>Berechtigung %1 entfernen</translation>
    </message>
    <message>
        <source>Permission %1: %2</source>
        <translation>Berechtigung %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Only tokens that can reach this database, &quot;*&quot; permissions included</source>
        <translation>Nur Token, die diese Datenbank erreichen, einschließlich „*“-Berechtigungen</translation>
    </message>
    <message>
        <source>Any database</source>
        <translation>Beliebige Datenbank</translation>
    </message>
    <message>
        <source>Clear database filter</source>
        <translation>Datenbankfilter leeren</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Any access</source>
        <translation>Jeder Zugriff</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>Kann lesen</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>Kann schreiben</translation>
    </message>
    <message>
        <source>%1  %L2</source>
        <translation>%1  %L2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n token(s)</source>
        <translation>
            <numerusform>%1: %n Token</numerusform>
            <numerusform>%1: %n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>Show tokens with this status (other status chips add theirs)</source>
        <translation>Token mit diesem Status anzeigen (weitere Statusfilter fügen ihre hinzu)</translation>
    </message>
    <message>
        <source>Show only tokens with this flag (with other flag chips: only tokens with all of them)</source>
        <translation>Nur Token mit dieser Markierung anzeigen (mit weiteren Markierungsfiltern: nur Token, die alle haben)</translation>
    </message>
</context>
<context>
    <name>ReenableTokenDialog</name>
    <message>
        <source>Re-enable Token</source>
        <translation>Token wieder aktivieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Re-enable Database Token</source>
        <translation>Datenbank-Token wieder aktivieren</translation>
    </message>
    <message>
        <source>Re-enabling “%1” gives it back the permissions it had when it was disabled.</source>
        <translation>Das Wiederaktivieren gibt „%1“ die Berechtigungen zurück, die es beim Deaktivieren hatte.</translation>
    </message>
    <message>
        <source>Permissions it will have:</source>
        <translation>Berechtigungen, die es haben wird:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Reading the token from the server…</source>
        <translation>Das Token wird vom Server gelesen…</translation>
    </message>
    <message>
        <source>The token could not be read from the server.</source>
        <translation>Das Token konnte nicht vom Server gelesen werden.</translation>
    </message>
    <message>
        <source>This token no longer exists on the server: there is nothing to re-enable.</source>
        <translation>Dieses Token existiert auf dem Server nicht mehr: Es gibt nichts wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>What re-enabling would change cannot be shown without the server&apos;s copy of the token. %1</source>
        <translation>Was das Wiederaktivieren ändern würde, lässt sich ohne die Kopie des Tokens auf dem Server nicht zeigen. %1</translation>
    </message>
    <message>
        <source>Compared with the token as the server has it now.</source>
        <translation>Verglichen mit dem Token, wie es jetzt auf dem Server ist.</translation>
    </message>
    <message>
        <source>This token has been revoked: it cannot be re-enabled.</source>
        <translation>Dieses Token wurde widerrufen: Es kann nicht wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>This token was changed on the server after it was disabled: it now has these permissions, which are kept:
%1</source>
        <translation>Dieses Token wurde auf dem Server geändert, nachdem es deaktiviert wurde: Es hat jetzt diese Berechtigungen, die beibehalten werden:
%1</translation>
    </message>
    <message>
        <source>This token was changed on the server after it was disabled: it already has every permission it had, so there is nothing to restore.</source>
        <translation>Dieses Token wurde auf dem Server geändert, nachdem es deaktiviert wurde: Es hat bereits jede Berechtigung, die es hatte; es gibt also nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>This token no longer exists on the server (HTTP 404), so nothing was re-enabled. The list is being refreshed.</source>
        <translation>Dieses Token existiert auf dem Server nicht mehr (HTTP 404); es wurde also nichts wieder aktiviert. Die Liste wird aktualisiert.</translation>
    </message>
    <message>
        <source>The server did not confirm that the token was re-enabled, so it may or may not have been. The list is being refreshed to show its real permissions. %1</source>
        <translation>Der Server hat nicht bestätigt, dass das Token wieder aktiviert wurde; es wurde also möglicherweise wieder aktiviert, möglicherweise nicht. Die Liste wird aktualisiert, um seine tatsächlichen Berechtigungen zu zeigen. %1</translation>
    </message>
    <message>
        <source>The token was not re-enabled. %1</source>
        <translation>Das Token wurde nicht wieder aktiviert. %1</translation>
    </message>
</context>
<context>
    <name>RevokeTokenDialog</name>
    <message>
        <source>Revoke Database Token</source>
        <translation>Datenbank-Token widerrufen</translation>
    </message>
    <message>
        <source>You are about to revoke a token</source>
        <translation>Sie sind dabei, ein Token zu widerrufen</translation>
    </message>
    <message>
        <source>Are you sure you want to revoke this token?</source>
        <translation>Möchten Sie dieses Token wirklich widerrufen?</translation>
    </message>
    <message>
        <source>Anything that references this token will no longer function. This cannot be undone.</source>
        <translation>Alles, was auf dieses Token verweist, funktioniert nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This action will revoke:</source>
        <translation>Diese Aktion widerruft:</translation>
    </message>
    <message>
        <source>Token Description</source>
        <translation>Beschreibung des Tokens</translation>
    </message>
    <message>
        <source>Expiration Date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>See more details</source>
        <translation>Weitere Details anzeigen</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Databases and actions</source>
        <translation>Datenbanken und Aktionen</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>I understand the risk of this action</source>
        <translation>Ich verstehe das Risiko dieser Aktion</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Widerruf läuft</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <source>Revokes the token with ID %1.</source>
        <translation>Widerruft das Token mit der ID %1.</translation>
    </message>
    <message>
        <source>Revokes the token “%1”, ID %2.</source>
        <translation>Widerruft das Token „%1“, ID %2.</translation>
    </message>
    <message>
        <source>Type the token&apos;s description to confirm</source>
        <translation>Geben Sie zur Bestätigung die Beschreibung des Tokens ein</translation>
    </message>
    <message>
        <source>This token no longer exists on the server (HTTP 404), so nothing was revoked. The list is being refreshed.</source>
        <translation>Dieses Token existiert auf dem Server nicht mehr (HTTP 404); es wurde also nichts widerrufen. Die Liste wird aktualisiert.</translation>
    </message>
    <message>
        <source>The server did not confirm the revocation, so it may or may not have happened. The list is being refreshed to show the token&apos;s real status. %1</source>
        <translation>Der Server hat den Widerruf nicht bestätigt; er ist also möglicherweise erfolgt, möglicherweise nicht. Die Liste wird aktualisiert, um den tatsächlichen Status des Tokens zu zeigen. %1</translation>
    </message>
    <message>
        <source>The token was not revoked. %1</source>
        <translation>Das Token wurde nicht widerrufen. %1</translation>
    </message>
    <message>
        <source>%1 is a production connection. To confirm, type the token&apos;s ID: %2</source>
        <translation>%1 ist eine Produktionsverbindung. Geben Sie zur Bestätigung die ID des Tokens ein: %2</translation>
    </message>
    <message>
        <source>%1 is a production connection. To confirm, type the token&apos;s description: %2</source>
        <translation>%1 ist eine Produktionsverbindung. Geben Sie zur Bestätigung die Beschreibung des Tokens ein: %2</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate Database Token</source>
        <translation>Datenbank-Token rotieren</translation>
    </message>
    <message>
        <source>%1 (rotated %2)</source>
        <comment>the old token&apos;s description, today&apos;s date</comment>
        <translation>%1 (rotiert am %2)</translation>
    </message>
    <message>
        <source>Step 1 of 3: the new token</source>
        <translation>Schritt 1 von 3: das neue Token</translation>
    </message>
    <message>
        <source>A new token replaces “%1” (ID %2). It starts with the same permissions; change them here if the new one needs others.</source>
        <translation>Ein neues Token ersetzt „%1“ (ID %2). Es beginnt mit denselben Berechtigungen; ändern Sie sie hier, wenn das neue andere braucht.</translation>
    </message>
    <message>
        <source>New token description</source>
        <translation>Beschreibung des neuen Tokens</translation>
    </message>
    <message>
        <source>The new token expires at the chosen time</source>
        <translation>Das neue Token läuft zum gewählten Zeitpunkt ab</translation>
    </message>
    <message>
        <source>New token expires</source>
        <translation>Neues Token läuft ab</translation>
    </message>
    <message>
        <source>Expiration date and time, local time</source>
        <translation>Ablaufdatum und -uhrzeit, Ortszeit</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from now: as long as the old token&apos;s lifetime.</source>
        <translation>
            <numerusform>In %n Tag: so lange, wie das alte Token gültig war.</numerusform>
            <numerusform>In %n Tagen: so lange, wie das alte Token gültig war.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old token never expires, so the new one does not either.</source>
        <translation>Das alte Token läuft nie ab, also auch das neue nicht.</translation>
    </message>
    <message>
        <source>Token &amp;description*</source>
        <translation>&amp;Beschreibung des Tokens*</translation>
    </message>
    <message>
        <source>&amp;Expiration</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Creating the new token</source>
        <translation>Das neue Token wird erstellt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create New Token</source>
        <translation>Neues Token erstellen</translation>
    </message>
    <message>
        <source>Step 2 of 3: the new token&apos;s secret</source>
        <translation>Schritt 2 von 3: das Geheimnis des neuen Tokens</translation>
    </message>
    <message>
        <source>Step 3 of 3: replace the old token</source>
        <translation>Schritt 3 von 3: das alte Token ersetzen</translation>
    </message>
    <message>
        <source>Put the new token wherever the old one is used. The old token keeps working until you revoke it.</source>
        <translation>Setzen Sie das neue Token überall dort ein, wo das alte verwendet wird. Das alte Token funktioniert weiter, bis Sie es widerrufen.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Revoke the old token later</source>
        <translation>Das alte Token später widerrufen</translation>
    </message>
    <message>
        <source>The old token is shown as replaced, with its revoke pending, until you revoke it.</source>
        <translation>Das alte Token wird als ersetzt, mit ausstehendem Widerruf, angezeigt, bis Sie es widerrufen.</translation>
    </message>
    <message>
        <source>Revoke the Old Token Now…</source>
        <translation>Altes Token jetzt widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the old token now</source>
        <translation>Das alte Token jetzt widerrufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A token description is required.</source>
        <translation>Eine Beschreibung des Tokens ist erforderlich.</translation>
    </message>
    <message>
        <source>The expiration must be in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Another token is being created; wait for it.</source>
        <translation>Ein anderes Token wird gerade erstellt; warten Sie, bis es fertig ist.</translation>
    </message>
    <message>
        <source>The server did not confirm, so the new token may or may not have been created. The list is being refreshed: check it before trying again. %1</source>
        <translation>Der Server hat nicht bestätigt; das neue Token wurde also möglicherweise erstellt, möglicherweise nicht. Die Liste wird aktualisiert: Prüfen Sie sie, bevor Sie es erneut versuchen. %1</translation>
    </message>
    <message>
        <source>The new token was not created. %1</source>
        <translation>Das neue Token wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>The new token “%1” (ID %2) was created. Its secret is shown once, in its own window: copy it and store it somewhere safe.</source>
        <translation>Das neue Token „%1“ (ID %2) wurde erstellt. Sein Geheimnis wird einmalig in einem eigenen Fenster angezeigt: Kopieren Sie es und bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>Old token: “%1” (ID %2)
New token: “%3” (ID %4)</source>
        <translation>Altes Token: „%1“ (ID %2)
Neues Token: „%3“ (ID %4)</translation>
    </message>
    <message>
        <source>The old token “%1” (ID %2) is revoked. The new token (ID %3) replaces it.</source>
        <translation>Das alte Token „%1“ (ID %2) ist widerrufen. Das neue Token (ID %3) ersetzt es.</translation>
    </message>
</context>
<context>
    <name>SandboxFaultInjector</name>
    <message>
        <source>injected fault: HTTP %1</source>
        <translation>eingeschleuster Fehler: HTTP %1</translation>
    </message>
    <message>
        <source>slow down</source>
        <translation>bitte langsamer</translation>
    </message>
    <message>
        <source>not found: no such path</source>
        <translation>nicht gefunden: kein solcher Pfad</translation>
    </message>
    <message>
        <source>not found: no token %1</source>
        <translation>nicht gefunden: kein Token %1</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>the sandbox is already listening on port %1</source>
        <translation>die Sandbox lauscht bereits auf Port %1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>payload too large: the body exceeds %1 bytes</source>
        <translation>Inhalt zu groß: Der Inhalt überschreitet %1 Bytes</translation>
    </message>
    <message>
        <source>not found: no such path</source>
        <translation>nicht gefunden: kein solcher Pfad</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>method not allowed: %1 is not supported here</source>
        <translation>Methode nicht erlaubt: %1 wird hier nicht unterstützt</translation>
    </message>
    <message>
        <source>bad request: %1 in the path is not a UUID: %2</source>
        <translation>ungültige Anfrage: %1 im Pfad ist keine UUID: %2</translation>
    </message>
    <message>
        <source>not found: no account %1</source>
        <translation>nicht gefunden: kein Konto %1</translation>
    </message>
    <message>
        <source>not found: no cluster %1</source>
        <translation>nicht gefunden: kein Cluster %1</translation>
    </message>
    <message>
        <source>not found: no token %1</source>
        <translation>nicht gefunden: kein Token %1</translation>
    </message>
    <message>
        <source>internal server error: %1</source>
        <translation>interner Serverfehler: %1</translation>
    </message>
    <message>
        <source>conflict: token %1 is revoked and cannot be changed</source>
        <translation>Konflikt: Token %1 ist widerrufen und kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>SandboxThread</name>
    <message>
        <source>the sandbox is already running</source>
        <translation>die Sandbox läuft bereits</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1 signs in through %2. Open its page in your browser, enter the code below and approve the sign-in; this window follows by itself.</source>
        <translation>%1 meldet sich über %2 an. Öffnen Sie dessen Seite in Ihrem Browser, geben Sie den Code unten ein und bestätigen Sie die Anmeldung; dieses Fenster folgt von selbst.</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Einzugebender Code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation>Browser öffnen</translation>
    </message>
    <message>
        <source>Co&amp;de to enter at the provider&apos;s page:</source>
        <translation>Auf der Seite des Anbieters einzugebender Co&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Asking %1 for a code…</source>
        <translation>%1 wird um einen Code gebeten…</translation>
    </message>
    <message>
        <source>Waiting for you to approve the sign-in at %1…</source>
        <translation>Warten, bis Sie die Anmeldung bei %1 bestätigen…</translation>
    </message>
    <message>
        <source>Enter it at %1</source>
        <translation>Geben Sie ihn bei %1 ein</translation>
    </message>
    <message>
        <source>or %1</source>
        <translation>oder %1</translation>
    </message>
    <message>
        <source>open the page with the code filled in</source>
        <translation>die Seite mit bereits eingetragenem Code öffnen</translation>
    </message>
    <message>
        <source>Open the page with the code filled in</source>
        <translation>Die Seite mit bereits eingetragenem Code öffnen</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Der Code läuft in %1:%2 ab.</translation>
    </message>
</context>
<context>
    <name>StartRequest</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Start a local sandbox server with sample tokens and connect to it.</source>
        <translation>Einen lokalen Sandbox-Server mit Beispiel-Token starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>With --sandbox: generate &lt;count&gt; tokens instead of the sample set.</source>
        <translation>Mit --sandbox: &lt;count&gt; Token statt des Beispielsatzes erzeugen.</translation>
    </message>
    <message>
        <source>With --sandbox: the server leaves revoked tokens out of its list.</source>
        <translation>Mit --sandbox: Der Server lässt widerrufene Token aus seiner Liste weg.</translation>
    </message>
    <message>
        <source>Management API URL, e.g. %1.</source>
        <translation>URL der Management-API, z. B. %1.</translation>
    </message>
    <message>
        <source>Account ID (Dedicated); replaces the profile&apos;s account_id.</source>
        <translation>Konto-ID (Dedicated); ersetzt die account_id des Profils.</translation>
    </message>
    <message>
        <source>Cluster ID (Dedicated); replaces the profile&apos;s cluster_id.</source>
        <translation>Cluster-ID (Dedicated); ersetzt die cluster_id des Profils.</translation>
    </message>
    <message>
        <source>With --api-url: dedicated (default) or clustered.</source>
        <translation>Mit --api-url: dedicated (Standard) oder clustered.</translation>
    </message>
    <message>
        <source>influxctl&apos;s config.toml to read profiles from (default %1).</source>
        <translation>config.toml von influxctl, aus der Profile gelesen werden (Standard %1).</translation>
    </message>
    <message>
        <source>Open this influxctl profile (else $INFLUXCTL_PROFILE; without either: the last connection used, else the profile named default).</source>
        <translation>Dieses influxctl-Profil öffnen (sonst $INFLUXCTL_PROFILE; ohne beides: die zuletzt verwendete Verbindung, sonst das Profil namens default).</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 60).</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage fehlschlägt (Standard 60).</translation>
    </message>
    <message>
        <source>--tokens needs a positive whole number.</source>
        <translation>--tokens braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout braucht eine positive Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>--product must be dedicated or clustered.</source>
        <translation>--product muss dedicated oder clustered sein.</translation>
    </message>
    <message>
        <source>%1: ignored without --sandbox.</source>
        <translation>%1: ohne --sandbox ignoriert.</translation>
    </message>
    <message>
        <source>%1: ignored, --sandbox opens the sandbox.</source>
        <translation>%1: ignoriert, --sandbox öffnet die Sandbox.</translation>
    </message>
    <message>
        <source>--product: ignored without --api-url; a profile or saved connection says which product it is.</source>
        <translation>--product: ohne --api-url ignoriert; ein Profil oder eine gespeicherte Verbindung gibt selbst an, welches Produkt es ist.</translation>
    </message>
    <message>
        <source>--account must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>--account muss eine UUID sein (8-4-4-4-12 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>--cluster must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>--cluster muss eine UUID sein (8-4-4-4-12 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>--profile: ignored, --api-url gives the connection to open.</source>
        <translation>--profile: ignoriert, --api-url gibt die zu öffnende Verbindung an.</translation>
    </message>
    <message>
        <source>%1: ignored, a Clustered connection has no account or cluster ID.</source>
        <translation>%1: ignoriert, eine Clustered-Verbindung hat keine Konto- oder Cluster-ID.</translation>
    </message>
    <message>
        <source>--account and --cluster must both be given as UUIDs for Cloud Dedicated.</source>
        <translation>--account und --cluster müssen für Cloud Dedicated beide als UUIDs angegeben werden.</translation>
    </message>
    <message>
        <source>The language of the program: %1 (default: the system&apos;s language).</source>
        <translation>Die Sprache des Programms: %1 (Standard: die Sprache des Systems).</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang muss eines von %1 sein, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPanel</name>
    <message>
        <source>Select a token to see its details.</source>
        <translation>Wählen Sie ein Token aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Copy token ID</source>
        <translation>Token-ID kopieren</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>Nicht widerrufen</translation>
    </message>
    <message>
        <source>Show the tokens that can reach %1</source>
        <translation>Die Token anzeigen, die %1 erreichen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Revoke the old token…</source>
        <translation>Das alte Token widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the old token to finish the rotation</source>
        <translation>Das alte Token widerrufen, um die Rotation abzuschließen</translation>
    </message>
    <message>
        <source>It was disabled: it has no permissions now, and Re-enable gives back the ones it had.</source>
        <translation>Es wurde deaktiviert: Es hat jetzt keine Berechtigungen, und „Wieder aktivieren“ gibt ihm die zurück, die es hatte.</translation>
    </message>
</context>
<context>
    <name>TokenExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TokenFlags</name>
    <message>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Ohne Berechtigung</translation>
    </message>
    <message>
        <source>Unknown database</source>
        <translation>Datenbank fehlt</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>Kann schreiben</translation>
    </message>
    <message>
        <source>It reaches every database of the cluster, including any created later.</source>
        <translation>Es erreicht jede Datenbank des Clusters, auch später angelegte.</translation>
    </message>
    <message>
        <source>It never expires: it works until someone revokes it.</source>
        <translation>Es läuft nie ab: Es funktioniert, bis jemand es widerruft.</translation>
    </message>
    <message>
        <source>It has no permissions: it can read or write nothing.</source>
        <translation>Es hat keine Berechtigungen: Es kann nichts lesen oder schreiben.</translation>
    </message>
    <message>
        <source>It names a database the cluster does not have: a new database with that name would become reachable with it.</source>
        <translation>Es nennt eine Datenbank, die der Cluster nicht hat: Eine neue Datenbank mit diesem Namen wäre damit erreichbar.</translation>
    </message>
    <message>
        <source>It can write data.</source>
        <translation>Es kann Daten schreiben.</translation>
    </message>
</context>
<context>
    <name>TokenHistoryList</name>
    <message>
        <source>No changes to this token were recorded here.</source>
        <translation>Zu diesem Token wurden hier keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of this token</source>
        <translation>Verlauf dieses Tokens</translation>
    </message>
</context>
<context>
    <name>TokenJson</name>
    <message>
        <source>null</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>No value at all, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1: Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>%1: expected a string, got %2</source>
        <translation>%1: Zeichenkette erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1: must not be null</source>
        <translation>%1: darf nicht null sein</translation>
    </message>
    <message>
        <source>%1: expected an RFC 3339 date-time string, got %2</source>
        <translation>%1: Datum/Uhrzeit-Zeichenkette nach RFC 3339 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an RFC 3339 date-time</source>
        <translation>%1: „%2“ ist kein Datum/Uhrzeit nach RFC 3339</translation>
    </message>
    <message>
        <source>permissions: required field is missing</source>
        <translation>permissions: Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>permissions: expected an array, got %1</source>
        <translation>permissions: Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: Objekt erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected a token object, got %1</source>
        <translation>Token-Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>id: must not be empty</source>
        <translation>id: darf nicht leer sein</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a token object</source>
        <translation>Token-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array of tokens, got an object</source>
        <translation>Array von Token erwartet, ein Objekt erhalten</translation>
    </message>
    <message>
        <source>expected an array of tokens</source>
        <translation>Array von Token erwartet</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I have stored this token somewhere safe</source>
        <translation>Ich habe dieses Token sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <source>Database token created</source>
        <translation>Datenbank-Token erstellt</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Copy the token secret now and store it in a safe place, such as a password manager or your system&apos;s secret store. It will not be shown again.</source>
        <translation>Kopieren Sie das Token-Geheimnis jetzt und bewahren Sie es an einem sicheren Ort auf, etwa in einem Passwortmanager oder dem Geheimnisspeicher Ihres Systems. Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token-Geheimnis</translation>
    </message>
    <message>
        <source>Show the token secret</source>
        <translation>Token-Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy the token secret</source>
        <translation>Token-Geheimnis kopieren</translation>
    </message>
    <message>
        <source>A new token can take a few seconds to a few minutes before it works. Until then, writes and queries with it are refused with 401 Unauthorized: wait, then try again.</source>
        <translation>Ein neues Token kann einige Sekunden bis einige Minuten brauchen, bis es funktioniert. Bis dahin werden Schreibvorgänge und Abfragen damit mit 401 Unauthorized abgelehnt: Warten Sie und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A copied secret is removed from the clipboard after 30 seconds, or when Token Admin quits.</source>
        <translation>Ein kopiertes Geheimnis wird nach 30 Sekunden aus der Zwischenablage entfernt, oder wenn Token Admin beendet wird.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the token secret</source>
        <translation>Token-Geheimnis verbergen</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>it could not be recorded in the change history first (%1) — choose Continue without history for this run to make changes anyway</source>
        <translation>sie konnte nicht zuerst im Änderungsverlauf aufgezeichnet werden (%1) — wählen Sie „Für diese Sitzung ohne Verlauf fortfahren“, um trotzdem Änderungen vorzunehmen</translation>
    </message>
    <message>
        <source>another change of this token is on its way</source>
        <translation>eine andere Änderung dieses Tokens ist bereits unterwegs</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%1, + %n more</source>
        <translation>
            <numerusform>%1, + %n weitere</numerusform>
            <numerusform>%1, + %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <translation>%1 Ortszeit
%2 UTC</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>Options for %1</source>
        <translation>Optionen für %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Expires At</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the database tokens of an InfluxDB 3 Cloud Dedicated or Clustered cluster.
With --api-url, the management token is read from the INFLUX_MANAGEMENT_TOKEN environment variable, or asked for.</source>
        <translation>Verwaltet die Datenbank-Token eines InfluxDB 3 Cloud Dedicated- oder Clustered-Clusters.
Mit --api-url wird das Management-Token aus der Umgebungsvariable INFLUX_MANAGEMENT_TOKEN gelesen oder abgefragt.</translation>
    </message>
</context>
</TS>
