<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Token Admin</source>
        <translation>À propos de Token Admin</translation>
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
        <translation>Gère les jetons de base de données des clusters InfluxDB 3 Cloud Dedicated et Clustered par leur API de gestion.</translation>
    </message>
    <message>
        <source>Uses Qt %1 (built with Qt %2).</source>
        <translation>Utilise Qt %1 (compilé avec Qt %2).</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0 (Apache-2.0). You may obtain a copy of the License at https://www.apache.org/licenses/LICENSE-2.0; this program is distributed on an “as is” basis, without warranties or conditions of any kind.</source>
        <translation>Distribué sous la licence Apache, version 2.0 (Apache-2.0). Vous pouvez obtenir une copie de la licence à l’adresse https://www.apache.org/licenses/LICENSE-2.0&#xa0;; ce programme est distribué «&#xa0;tel quel&#xa0;», sans garantie ni condition d’aucune sorte.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Bad Request: the server did not accept the request.</source>
        <translation>Bad Request&#xa0;: le serveur n’a pas accepté la requête.</translation>
    </message>
    <message>
        <source>Unauthorized: the management token was refused; it may be wrong, revoked or expired.</source>
        <translation>Unauthorized&#xa0;: le jeton de gestion a été refusé&#xa0;; il est peut-être erroné, révoqué ou expiré.</translation>
    </message>
    <message>
        <source>Forbidden: the management token lacks the permission for this action.</source>
        <translation>Forbidden&#xa0;: le jeton de gestion n’a pas l’autorisation requise pour cette action.</translation>
    </message>
    <message>
        <source>Not Found: the account, cluster or token does not exist.</source>
        <translation>Not Found&#xa0;: le compte, le cluster ou le jeton n’existe pas.</translation>
    </message>
    <message>
        <source>Method Not Allowed.</source>
        <translation>Method Not Allowed.</translation>
    </message>
    <message>
        <source>Conflict: the request conflicts with the token&apos;s current state.</source>
        <translation>Conflict&#xa0;: la requête est en conflit avec l’état actuel du jeton.</translation>
    </message>
    <message>
        <source>Payload Too Large.</source>
        <translation>Payload Too Large.</translation>
    </message>
    <message>
        <source>Too Many Requests: the server asks to slow down; try again shortly.</source>
        <translation>Too Many Requests&#xa0;: le serveur demande de ralentir&#xa0;; réessayez dans un instant.</translation>
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
        <translation>Service Unavailable&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Gateway Timeout.</source>
        <translation>Gateway Timeout.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the API URL and that the server is running.</source>
        <translation>%1&#xa0;: la connexion a été refusée. Vérifiez l’URL de l’API et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the API URL and your network connection.</source>
        <translation>%1 est introuvable (nom d’hôte inconnu). Vérifiez l’URL de l’API et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Token Admin does not talk to a server whose certificate it cannot trust.</source>
        <translation>%1&#xa0;: la connexion sécurisée a échoué&#xa0;: %2. Token Admin ne communique pas avec un serveur dont il ne peut pas approuver le certificat.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). The request may or may not have reached it.</source>
        <translation>%1 n’a pas répondu à temps (%2). La requête lui est peut-être parvenue, ou peut-être pas.</translation>
    </message>
    <message>
        <source>Network error while talking to %1: %2.</source>
        <translation>%1&#xa0;: erreur réseau&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Token Admin did not send the request: %1.</source>
        <translation>Token Admin n’a pas envoyé la requête&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP %1) could not be read: %2.</source>
        <translation>La réponse du serveur (HTTP %1) n’a pas pu être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2</source>
        <extracomment>%2 is the status&apos;s meaning, a whole sentence such as &quot;Not Found: …&quot;.</extracomment>
        <translation>Le serveur a répondu HTTP %1 – %2</translation>
    </message>
    <message>
        <source>%1 Server message: &quot;%2&quot;.</source>
        <extracomment>%1 is the sentence about the HTTP status.</extracomment>
        <translation>%1 Message du serveur&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BulkRevokeDialog</name>
    <message>
        <source>I understand the risk of this action</source>
        <translation>Je comprends le risque de cette action</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens</source>
        <translation>
            <numerusform>Révoquer %n jeton</numerusform>
            <numerusform>Révoquer %n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are about to revoke %n tokens</source>
        <translation>
            <numerusform>Vous êtes sur le point de révoquer %n jeton</numerusform>
            <numerusform>Vous êtes sur le point de révoquer %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything that references these tokens will no longer function. This cannot be undone.</source>
        <translation>Tout ce qui fait référence à ces jetons cessera de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Tokens to revoke</source>
        <translation>Jetons à révoquer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 is a production connection. To confirm, type the number of tokens to revoke: %2</source>
        <translation>%1 est une connexion de production. Pour confirmer, tapez le nombre de jetons à révoquer&#xa0;: %2</translation>
    </message>
    <message>
        <source>Type the number of tokens to confirm</source>
        <translation>Tapez le nombre de jetons pour confirmer</translation>
    </message>
    <message>
        <source>Revoke progress</source>
        <translation>Progression de la révocation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Revoked: %1. Already gone: %2. Failed: %3. Unknown: %4. Not sent: %5.</source>
        <translation>Révoqués&#xa0;: %1. Introuvables&#xa0;: %2. Échecs&#xa0;: %3. Inconnus&#xa0;: %4. Non envoyés&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Already gone (HTTP 404)</source>
        <translation>Introuvable (HTTP 404)</translation>
    </message>
    <message>
        <source>Failed: HTTP %1, %2</source>
        <translation>Échec&#xa0;: HTTP %1, %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Unknown: no answer; reading the token again…</source>
        <translation>Inconnu&#xa0;: pas de réponse&#xa0;; relecture du jeton…</translation>
    </message>
    <message>
        <source>Unknown: no answer; the server now shows it revoked</source>
        <translation>Inconnu&#xa0;: pas de réponse&#xa0;; le serveur l’indique maintenant comme révoqué</translation>
    </message>
    <message>
        <source>Unknown: no answer; the server still shows it active</source>
        <translation>Inconnu&#xa0;: pas de réponse&#xa0;; le serveur l’indique toujours comme actif</translation>
    </message>
    <message>
        <source>Unknown: no answer; the server no longer has it</source>
        <translation>Inconnu&#xa0;: pas de réponse&#xa0;; le serveur ne l’a plus</translation>
    </message>
    <message>
        <source>Unknown: no answer, and it could not be read again: %1</source>
        <translation>Inconnu&#xa0;: pas de réponse, et il n’a pas pu être relu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be opened: %2.</source>
        <translation>La base de données de l’historique %1 ne peut pas être ouverte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be read: %2.</source>
        <translation>La base de données de l’historique %1 ne peut pas être lue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>elle est endommagée</translation>
    </message>
    <message>
        <source>The history database %1 cannot be written: %2.</source>
        <translation>La base de données de l’historique %1 ne peut pas être écrite&#xa0;: %2.</translation>
    </message>
    <message>
        <source>its folder does not allow it</source>
        <translation>son dossier ne le permet pas</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer version of Token Admin.</source>
        <translation>La base de données de l’historique %1 a été écrite par une version plus récente de Token Admin.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be brought up to date: %2.</source>
        <translation>La base de données de l’historique %1 ne peut pas être mise à jour&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The history database %1 is damaged and cannot be moved aside.</source>
        <translation>La base de données de l’historique %1 est endommagée et ne peut pas être mise de côté.</translation>
    </message>
</context>
<context>
    <name>ClearHistoryDialog</name>
    <message>
        <source>Clear History</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Clear history older than…</source>
        <translation>Effacer l’historique antérieur au…</translation>
    </message>
    <message>
        <source>Delete entries recorded before</source>
        <translation>Supprimer les entrées enregistrées avant le</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete entries recorded &amp;before:</source>
        <translation>Supprimer les entrées enregistrées &amp;avant le&#xa0;:</translation>
    </message>
    <message>
        <source>No entries were recorded before %1.</source>
        <translation>Aucune entrée n’a été enregistrée avant le %1.</translation>
    </message>
    <message>
        <source>This deletes 1 entry recorded before %1. It cannot be restored.</source>
        <translation>Cette action supprime 1 entrée enregistrée avant le %1. Elle ne pourra pas être restaurée.</translation>
    </message>
    <message>
        <source>This deletes %1 entries recorded before %2. They cannot be restored.</source>
        <translation>Cette action supprime %1 entrées enregistrées avant le %2. Elles ne pourront pas être restaurées.</translation>
    </message>
    <message>
        <source>Delete 1 Entry</source>
        <translation>Supprimer 1 entrée</translation>
    </message>
    <message>
        <source>Delete %1 Entries</source>
        <translation>Supprimer %1 entrées</translation>
    </message>
    <message>
        <source>The history is closed.</source>
        <translation>L’historique est fermé.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>The account ID must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>L’ID de compte doit être un UUID (8-4-4-4-12 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The cluster ID must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>L’ID de cluster doit être un UUID (8-4-4-4-12 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The profile has no product; influxctl needs &quot;dedicated&quot; or &quot;clustered&quot;.</source>
        <translation>Le profil n’indique aucun produit&#xa0;; influxctl attend «&#xa0;dedicated&#xa0;» ou «&#xa0;clustered&#xa0;».</translation>
    </message>
    <message>
        <source>The profile&apos;s product &quot;%1&quot; is neither &quot;dedicated&quot; nor &quot;clustered&quot;.</source>
        <translation>Le produit «&#xa0;%1&#xa0;» du profil n’est ni «&#xa0;dedicated&#xa0;» ni «&#xa0;clustered&#xa0;».</translation>
    </message>
    <message>
        <source>A Clustered profile needs a host.</source>
        <translation>Un profil Clustered nécessite un hôte.</translation>
    </message>
    <message>
        <source>The profile&apos;s host &quot;%1&quot; must be a host name only, without a scheme or path.</source>
        <translation>L’hôte «&#xa0;%1&#xa0;» du profil doit être un simple nom d’hôte, sans schéma ni chemin.</translation>
    </message>
    <message>
        <source>The profile&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>Le port «&#xa0;%1&#xa0;» du profil n’est pas un numéro de port.</translation>
    </message>
    <message>
        <source>tls.disable is set, but %1</source>
        <translation>tls.disable est défini, mais %1</translation>
    </message>
    <message>
        <source>Enter a management token.</source>
        <translation>Saisissez un jeton de gestion.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 (tls.ca) could not be read: %2</source>
        <translation>Le fichier d’autorité de certification %1 (tls.ca) n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate authority file %1 could not be read: %2</source>
        <translation>Le fichier d’autorité de certification %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>no certificate in it</source>
        <translation>il ne contient aucun certificat</translation>
    </message>
    <message>
        <source>A client certificate needs both tls.cert and tls.key.</source>
        <translation>Un certificat client nécessite à la fois tls.cert et tls.key.</translation>
    </message>
    <message>
        <source>The client certificate %1 (tls.cert) could not be read: %2</source>
        <translation>Le certificat client %1 (tls.cert) n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The client key %1 (tls.key) could not be read: %2</source>
        <translation>La clé client %1 (tls.key) n’a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>not an unencrypted PEM key</source>
        <translation>ce n’est pas une clé PEM non chiffrée</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>The server refused the management token for %1 (HTTP 401), the mgmt_token of its influxctl profile. Enter a new one: it is used instead for as long as Token Admin runs, kept in memory only; the profile is not changed.</source>
        <translation>Le serveur a refusé le jeton de gestion de %1 (HTTP 401), le mgmt_token de son profil influxctl. Saisissez-en un nouveau&#xa0;: il sera utilisé à la place tant que Token Admin fonctionne, gardé en mémoire uniquement&#xa0;; le profil n’est pas modifié.</translation>
    </message>
    <message>
        <source>The server refused the management token for %1 (HTTP 401): it is wrong, expired or revoked. Enter a new one: it replaces the one in the keychain.</source>
        <translation>Le serveur a refusé le jeton de gestion de %1 (HTTP 401)&#xa0;: il est erroné, expiré ou révoqué. Saisissez-en un nouveau&#xa0;: il remplacera celui du trousseau.</translation>
    </message>
    <message>
        <source>The server refused the management token for %1 (HTTP 401): it is wrong, expired or revoked. Enter a new one.</source>
        <translation>Le serveur a refusé le jeton de gestion de %1 (HTTP 401)&#xa0;: il est erroné, expiré ou révoqué. Saisissez-en un nouveau.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the management token for %1. It is kept in memory until Token Admin quits.</source>
        <translation>Saisissez le jeton de gestion de %1. Il est gardé en mémoire jusqu’à la fermeture de Token Admin.</translation>
    </message>
    <message>
        <source>The keychain holds no management token for %1: enter it.</source>
        <translation>Le trousseau ne contient aucun jeton de gestion pour %1&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <source>The server refused the sign-in for %1 (HTTP 401). Sign in again through %2.</source>
        <translation>Le serveur a refusé la session de %1 (HTTP 401). Ouvrez une nouvelle session via %2.</translation>
    </message>
    <message>
        <source>The sign-in was not kept in the keychain: the next start asks to sign in again. %1</source>
        <translation>La session n’a pas été conservée dans le trousseau&#xa0;: au prochain démarrage, il faudra ouvrir une nouvelle session. %1</translation>
    </message>
    <message>
        <source>The management token was not saved in the keychain. %1</source>
        <translation>Le jeton de gestion n’a pas été enregistré dans le trousseau. %1</translation>
    </message>
</context>
<context>
    <name>ConnectionCoordinator</name>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>influxctl&apos;s profiles could not be read: %1</source>
        <translation>Les profils d’influxctl n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>--account and --cluster</source>
        <translation>--account et --cluster</translation>
    </message>
    <message>
        <source>%1: ignored, no connection opens on start.</source>
        <translation>%1&#xa0;: ignoré, aucune connexion n’est ouverte au démarrage.</translation>
    </message>
    <message>
        <source>%1: ignored, %2 is a Clustered connection, without account or cluster ID.</source>
        <translation>%1&#xa0;: ignoré, %2 est une connexion Clustered, sans ID de compte ni de cluster.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>The server refused the management token for %1 (HTTP 401): it is wrong, expired or revoked. Enter a new one to connect again.</source>
        <translation>Le serveur a refusé le jeton de gestion de %1 (HTTP 401)&#xa0;: il est erroné, expiré ou révoqué. Saisissez-en un nouveau pour vous reconnecter.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>This is a &amp;production cluster</source>
        <translation>Ceci est un cluster de p&amp;roduction</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Ouvrir une session</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <source>Remember in &amp;keychain</source>
        <translation>Mémoriser dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>influxctl&apos;s profiles could not be read: %1</source>
        <translation>Les profils d’influxctl n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No influxctl profiles: %1 does not exist.</source>
        <translation>Aucun profil influxctl&#xa0;: %1 n’existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n influxctl profile(s) from %1, read-only: change them with influxctl or an editor.</source>
        <translation>
            <numerusform>%n profil influxctl de %1, en lecture seule&#xa0;: modifiez-le avec influxctl ou un éditeur.</numerusform>
            <numerusform>%n profils influxctl de %1, en lecture seule&#xa0;: modifiez-les avec influxctl ou un éditeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>Dupliquer la connexion</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
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
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>ID de cluster</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier d’autorité de certification</translation>
    </message>
    <message>
        <source>A PEM file of the certificate authority that signed the server&apos;s certificate, trusted for this connection only (tls.ca in an influxctl profile). Leave empty to trust the system&apos;s.</source>
        <translation>Un fichier PEM de l’autorité de certification qui a signé le certificat du serveur, approuvée pour cette connexion uniquement (tls.ca dans un profil influxctl). Laissez vide pour faire confiance à celles du système.</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier d’autorité de certification</translation>
    </message>
    <message>
        <source>Production cluster</source>
        <translation>Cluster de production</translation>
    </message>
    <message>
        <source>Shows a red band while connected, and revoking asks you to type the token&apos;s description</source>
        <translation>Affiche un bandeau rouge pendant la connexion, et la révocation vous demande de taper la description du jeton</translation>
    </message>
    <message>
        <source>Management token</source>
        <translation>Jeton de gestion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Fermer la session</translation>
    </message>
    <message>
        <source>Forget this sign-in, and the refresh token in the keychain</source>
        <translation>Oublier cette session, ainsi que le jeton d’actualisation du trousseau</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Keep the management token in the desktop&apos;s keychain. Without it, the token is kept in memory until Token Admin quits.</source>
        <translation>Conserver le jeton de gestion dans le trousseau du bureau. Sinon, le jeton est gardé en mémoire jusqu’à la fermeture de Token Admin.</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>Prod&amp;uit</translation>
    </message>
    <message>
        <source>API &amp;URL</source>
        <translation>URL de l’&amp;API</translation>
    </message>
    <message>
        <source>A&amp;ccount ID</source>
        <translation>ID de &amp;compte</translation>
    </message>
    <message>
        <source>C&amp;luster ID</source>
        <translation>ID de c&amp;luster</translation>
    </message>
    <message>
        <source>Certificate au&amp;thority</source>
        <translation>Autorité de c&amp;ertification</translation>
    </message>
    <message>
        <source>&amp;Management token</source>
        <translation>&amp;Jeton de gestion</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>Start a local practice server with sample tokens</source>
        <translation>Démarrer un serveur d’essai local avec des jetons d’exemple</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save connections</source>
        <translation>Enregistrer les connexions</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Clustered · %1</source>
        <translation>Clustered · %1</translation>
    </message>
    <message>
        <source>Dedicated · cluster %1</source>
        <translation>Dedicated · cluster %1</translation>
    </message>
    <message>
        <source>influxctl profile · %1</source>
        <translation>Profil influxctl · %1</translation>
    </message>
    <message>
        <source>%1 · signs in through %2</source>
        <translation>%1 · session via %2</translation>
    </message>
    <message>
        <source>%1  — PRODUCTION</source>
        <translation>%1  — PRODUCTION</translation>
    </message>
    <message>
        <source>%1  (cannot be used)</source>
        <translation>%1  (inutilisable)</translation>
    </message>
    <message>
        <source>%1
Running on this computer · sample data</source>
        <translation>%1
Fonctionne sur cet ordinateur · données d’exemple</translation>
    </message>
    <message>
        <source>From the profile&apos;s mgmt_token</source>
        <translation>Tiré du mgmt_token du profil</translation>
    </message>
    <message>
        <source>Known until Token Admin quits; type to replace it</source>
        <translation>Connu jusqu’à la fermeture de Token Admin&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>From the keychain; type to replace it</source>
        <translation>Tiré du trousseau&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>Refused by the server: type a new one</source>
        <translation>Refusé par le serveur&#xa0;: tapez-en un nouveau</translation>
    </message>
    <message>
        <source>Kept in memory until Token Admin quits</source>
        <translation>Gardé en mémoire jusqu’à la fermeture de Token Admin</translation>
    </message>
    <message>
        <source>Signed in through %1</source>
        <translation>Session ouverte via %1</translation>
    </message>
    <message>
        <source>Not signed in · %1</source>
        <translation>Aucune session ouverte · %1</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Stay &amp;signed in</source>
        <translation>Garder la session ou&amp;verte</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Garder la session ouverte</translation>
    </message>
    <message>
        <source>Keep the sign-in&apos;s refresh token in the desktop&apos;s keychain, so the next start needs no browser. Off: the sign-in lasts until Token Admin quits.</source>
        <translation>Conserver le jeton d’actualisation de la session dans le trousseau du bureau, pour que le prochain démarrage se passe de navigateur. Désactivé&#xa0;: la session dure jusqu’à la fermeture de Token Admin.</translation>
    </message>
    <message>
        <source>influxctl profile “%1” from %2. Token Admin reads it and never changes the file; only the production mark and the keychain choice are kept here.</source>
        <translation>Profil influxctl «&#xa0;%1&#xa0;» de %2. Token Admin le lit sans jamais modifier le fichier&#xa0;; seuls la marque de production et le choix du trousseau sont conservés ici.</translation>
    </message>
    <message>
        <source>tls.insecure is set: certificates are not checked.</source>
        <translation>tls.insecure est défini&#xa0;: les certificats ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>Signs in through the identity provider %1 ([profile.auth.oauth2]), as influxctl does: no management token to type.</source>
        <translation>Ouvre une session via le fournisseur d’identité %1 ([profile.auth.oauth2]), comme influxctl&#xa0;: aucun jeton de gestion à saisir.</translation>
    </message>
    <message>
        <source>The sandbox: sample data on this computer; nothing here touches a real cluster. It runs until Token Admin quits.</source>
        <translation>Le bac à sable&#xa0;: des données d’exemple sur cet ordinateur&#xa0;; rien ici ne touche un vrai cluster. Il fonctionne jusqu’à la fermeture de Token Admin.</translation>
    </message>
    <message>
        <source>Saved in Token Admin&apos;s settings (never the token).</source>
        <translation>Enregistré dans les réglages de Token Admin (jamais le jeton).</translation>
    </message>
    <message>
        <source>No connections yet: add one with New, or try the sandbox.</source>
        <translation>Aucune connexion pour l’instant&#xa0;: ajoutez-en une avec «&#xa0;Nouveau&#xa0;», ou essayez le bac à sable.</translation>
    </message>
    <message>
        <source>account %1 (--account)</source>
        <translation>compte %1 (--account)</translation>
    </message>
    <message>
        <source>cluster %1 (--cluster)</source>
        <translation>cluster %1 (--cluster)</translation>
    </message>
    <message>
        <source>Until Token Admin quits, the command line&apos;s IDs are used instead: %1.</source>
        <translation>Jusqu’à la fermeture de Token Admin, les ID de la ligne de commande sont utilisés à la place&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enter a management token.</source>
        <translation>Saisissez un jeton de gestion.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
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
        <translation>Ce jeton de base de données expire au moment choisi</translation>
    </message>
    <message>
        <source>Create Token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create Database Token</source>
        <translation>Créer un jeton de base de données</translation>
    </message>
    <message>
        <source>Token description</source>
        <translation>Description du jeton</translation>
    </message>
    <message>
        <source>What uses this token, e.g. &quot;Telegraf on edge-01&quot;</source>
        <translation>Ce qui utilise ce jeton, par ex. «&#xa0;Telegraf sur edge-01&#xa0;»</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>%1 days from now</source>
        <translation>Dans %1 jours</translation>
    </message>
    <message>
        <source>A chosen date</source>
        <translation>Une date choisie</translation>
    </message>
    <message>
        <source>Token &amp;description*</source>
        <translation>&amp;Description du jeton*</translation>
    </message>
    <message>
        <source>&amp;Expiration</source>
        <translation>&amp;Expiration</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>A token description is required.</source>
        <translation>Une description du jeton est obligatoire.</translation>
    </message>
    <message>
        <source>The expiration must be in the future.</source>
        <translation>L’expiration doit se situer dans le futur.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expiration date and time (%1)</source>
        <translation>Date et heure d’expiration (%1)</translation>
    </message>
    <message>
        <source>The server did not confirm, so the token may or may not have been created. The list is being refreshed: check it before trying again. %1</source>
        <translation>Le serveur n’a pas confirmé&#xa0;: le jeton a donc peut-être été créé, ou peut-être pas. La liste est en cours d’actualisation&#xa0;: vérifiez-la avant de réessayer. %1</translation>
    </message>
    <message>
        <source>The token was not created. %1</source>
        <translation>Le jeton n’a pas été créé. %1</translation>
    </message>
    <message>
        <source>Create a token without permissions (it can do nothing until permissions are added)</source>
        <translation>Créer un jeton sans autorisation (inutilisable tant qu’aucune n’est ajoutée)</translation>
    </message>
    <message>
        <source>Create a token without permissions</source>
        <translation>Créer un jeton sans autorisation</translation>
    </message>
    <message>
        <source>Choose a database for the permission, or tick “Create a token without permissions”.</source>
        <translation>Choisissez une base de données pour l’autorisation, ou cochez «&#xa0;Créer un jeton sans autorisation&#xa0;».</translation>
    </message>
    <message>
        <source>Create Token Without Permissions</source>
        <translation>Créer le jeton sans autorisation</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain holds no management token for this connection.</source>
        <translation>Le trousseau ne contient aucun jeton de gestion pour cette connexion.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop (%1). The management token is kept in memory until Token Admin quits.</source>
        <translation>Aucun trousseau n’est disponible sur ce bureau (%1). Le jeton de gestion est gardé en mémoire jusqu’à la fermeture de Token Admin.</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). The management token is kept in memory until Token Admin quits.</source>
        <translation>Le trousseau n’a pas pu être utilisé (%1). Le jeton de gestion est gardé en mémoire jusqu’à la fermeture de Token Admin.</translation>
    </message>
</context>
<context>
    <name>DatabaseAccessModel</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnue)</translation>
    </message>
    <message>
        <source>The cluster has no database of this name, yet a token names it: a new database with this name would become reachable with that token.</source>
        <translation>Le cluster n’a aucune base de données de ce nom, pourtant un jeton la nomme&#xa0;: une nouvelle base de données de ce nom deviendrait accessible avec ce jeton.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>Peut lire</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>Peut écrire</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active token(s) can read %1</source>
        <translation>
            <numerusform>%Ln jeton actif peut lire %1</numerusform>
            <numerusform>%Ln jetons actifs peuvent lire %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active token(s) can write %1</source>
        <translation>
            <numerusform>%Ln jeton actif peut écrire dans %1</numerusform>
            <numerusform>%Ln jetons actifs peuvent écrire dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabasesPanel</name>
    <message>
        <source>Databases and the active tokens that can reach them</source>
        <translation>Les bases de données et les jetons actifs qui y accèdent</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>Peut écrire</translation>
    </message>
</context>
<context>
    <name>DeviceAuthorization</name>
    <message>
        <source>The code %1 expired before the sign-in was approved. Sign in again for a new code.</source>
        <translation>Le code %1 a expiré avant que la session ne soit approuvée. Ouvrez une nouvelle session pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>Token Admin does not send the sign-in to %1: the identity provider must be reached over https:// (plain http:// only on this computer).</source>
        <translation>Token Admin n’envoie pas l’ouverture de session à %1&#xa0;: le fournisseur d’identité doit être joint en https:// (http:// simple uniquement sur cet ordinateur).</translation>
    </message>
    <message>
        <source>the answer is larger than %1 KiB</source>
        <translation>la réponse dépasse %1 Kio</translation>
    </message>
    <message numerus="yes">
        <source>no answer for %n second(s)</source>
        <translation>
            <numerusform>aucune réponse depuis %n seconde</numerusform>
            <numerusform>aucune réponse depuis %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity provider %1 could not be reached safely: its certificate is not trusted (%2). If the organisation uses its own certificate authority, name it in tls.ca.</source>
        <translation>Le fournisseur d’identité %1 n’a pas pu être joint de façon sûre&#xa0;: son certificat n’est pas approuvé (%2). Si l’organisation utilise sa propre autorité de certification, indiquez-la dans tls.ca.</translation>
    </message>
    <message>
        <source>The identity provider %1 could not be reached: %2.</source>
        <translation>Le fournisseur d’identité %1 n’a pas pu être joint&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The identity provider %1 answered with a redirect (HTTP %2), which is not followed for a sign-in request. Check token_url and device_url.</source>
        <translation>Le fournisseur d’identité %1 a répondu par une redirection (HTTP %2), qui n’est pas suivie pour une demande d’ouverture de session. Vérifiez token_url et device_url.</translation>
    </message>
    <message>
        <source>The identity provider %1 answered HTTP %2 without an OAuth error.</source>
        <translation>Le fournisseur d’identité %1 a répondu HTTP %2 sans erreur OAuth.</translation>
    </message>
    <message>
        <source>The provider said: %1.</source>
        <translation>Le fournisseur a répondu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The provider said: %1 (%2).</source>
        <translation>Le fournisseur a répondu&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in was declined at %1. %2</source>
        <translation>L’ouverture de session a été déclinée chez %1. %2</translation>
    </message>
    <message>
        <source>The identity provider %1 does not accept the client ID &quot;%2&quot;. Check client_id in the profile&apos;s [profile.auth.oauth2]. %3</source>
        <translation>Le fournisseur d’identité %1 n’accepte pas l’ID client «&#xa0;%2&#xa0;». Vérifiez client_id dans la section [profile.auth.oauth2] du profil. %3</translation>
    </message>
    <message>
        <source>The identity provider %1 no longer accepts this sign-in. %2</source>
        <translation>Le fournisseur d’identité %1 n’accepte plus cette session. %2</translation>
    </message>
    <message>
        <source>The identity provider %1 refused the sign-in (HTTP %2). %3</source>
        <translation>Le fournisseur d’identité %1 a refusé l’ouverture de session (HTTP %2). %3</translation>
    </message>
    <message>
        <source>The identity provider %1 answered the device request without a usable device_code, user_code, verification_uri (http or https) and expires_in.</source>
        <translation>Le fournisseur d’identité %1 a répondu à la demande d’appareil sans device_code, user_code, verification_uri (http ou https) et expires_in utilisables.</translation>
    </message>
    <message>
        <source>The identity provider %1 answered without a Bearer access token.</source>
        <translation>Le fournisseur d’identité %1 a répondu sans jeton d’accès Bearer.</translation>
    </message>
    <message>
        <source>The sign-in has ended. Sign in again.</source>
        <translation>La session a pris fin. Ouvrez une nouvelle session.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed: %1 Sign in again.</source>
        <translation>La session n’a pas pu être renouvelée&#xa0;: %1 Ouvrez une nouvelle session.</translation>
    </message>
</context>
<context>
    <name>DisableTokenDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Disable Database Token</source>
        <translation>Désactiver le jeton de base de données</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n Database Tokens</source>
        <translation>
            <numerusform>Désactiver %n jeton de base de données</numerusform>
            <numerusform>Désactiver %n jetons de base de données</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabling “%1” removes all its permissions: it can then read or write nothing. It still exists, and Re-enable gives it these permissions back.</source>
        <translation>Désactiver «&#xa0;%1&#xa0;» lui retire toutes ses autorisations&#xa0;: il ne peut alors plus rien lire ni écrire. Il existe toujours, et «&#xa0;Réactiver&#xa0;» lui rend ces autorisations.</translation>
    </message>
    <message numerus="yes">
        <source>Disabling removes all permissions of these %n tokens: they can then read or write nothing. They still exist, and Re-enable gives each its permissions back.</source>
        <translation>
            <numerusform>Désactiver ce jeton lui retire toutes ses autorisations&#xa0;: il ne peut alors plus rien lire ni écrire. Il existe toujours, et «&#xa0;Réactiver&#xa0;» lui rend ses autorisations.</numerusform>
            <numerusform>Désactiver ces %n jetons leur retire toutes leurs autorisations&#xa0;: ils ne peuvent alors plus rien lire ni écrire. Ils existent toujours, et «&#xa0;Réactiver&#xa0;» rend à chacun ses autorisations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions that will be removed:</source>
        <translation>Autorisations qui seront retirées&#xa0;:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Disable Token</source>
        <translation>Désactiver le jeton</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n Tokens</source>
        <translation>
            <numerusform>Désactiver %n jeton</numerusform>
            <numerusform>Désactiver %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the permissions from the server…</source>
        <translation>Lecture des autorisations sur le serveur…</translation>
    </message>
    <message>
        <source>Token %1 no longer exists on the server.</source>
        <translation>Le jeton %1 n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>Token %1 could not be read from the server, so it is left out. %2</source>
        <translation>Le jeton %1 n’a pas pu être lu sur le serveur&#xa0;: il est donc laissé de côté. %2</translation>
    </message>
    <message>
        <source>Token %1 has been revoked.</source>
        <translation>Le jeton %1 a été révoqué.</translation>
    </message>
    <message>
        <source>Token %1 has no permissions on the server now: there is nothing to remove.</source>
        <translation>Le jeton %1 n’a plus aucune autorisation sur le serveur&#xa0;: il n’y a rien à retirer.</translation>
    </message>
    <message>
        <source>Read from the server just now.</source>
        <translation>Lu sur le serveur à l’instant.</translation>
    </message>
    <message>
        <source>“%1” (%2):</source>
        <translation>«&#xa0;%1&#xa0;» (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>  • none</source>
        <translation>  • aucune</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Token %1 no longer exists on the server: nothing was disabled.</source>
        <translation>Le jeton %1 n’existe plus sur le serveur&#xa0;: rien n’a été désactivé.</translation>
    </message>
    <message>
        <source>The server did not confirm that token %1 was disabled, so it may or may not have been. The list is being refreshed to show its real permissions. %2</source>
        <translation>Le serveur n’a pas confirmé que le jeton %1 a été désactivé&#xa0;: il l’a donc peut-être été, ou peut-être pas. La liste est en cours d’actualisation pour montrer ses autorisations réelles. %2</translation>
    </message>
    <message>
        <source>Token %1 was not disabled. %2</source>
        <translation>Le jeton %1 n’a pas été désactivé. %2</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Save Changes…</source>
        <translation>Enregistrer les modifications…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Edit Database Token</source>
        <translation>Modifier le jeton de base de données</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A description is required.</source>
        <translation>Une description est obligatoire.</translation>
    </message>
    <message>
        <source>Expiration date (cannot be changed)</source>
        <translation>Date d’expiration (non modifiable)</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>N’expire pas</translation>
    </message>
    <message>
        <source>The Management API cannot change a token&apos;s expiry.</source>
        <translation>L’API de gestion ne peut pas modifier l’expiration d’un jeton.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>&amp;Description*</source>
        <translation>&amp;Description*</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Permissions (saving replaces the whole set)</source>
        <translation>Autorisations (l’enregistrement remplace l’ensemble)</translation>
    </message>
    <message>
        <source>Review the changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Modifications à enregistrer</translation>
    </message>
    <message>
        <source>Confirm and save changes</source>
        <translation>Confirmer et enregistrer les modifications</translation>
    </message>
    <message>
        <source>Description: “%1” → “%2”</source>
        <translation>Description&#xa0;: «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Permissions added:
%1</source>
        <translation>Autorisations ajoutées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Permissions removed:
%1</source>
        <translation>Autorisations retirées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The token will have no permissions left: it will not be able to read or write anything.</source>
        <translation>Le jeton n’aura plus aucune autorisation&#xa0;: il ne pourra plus rien lire ni écrire.</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Rien n’a encore été modifié.</translation>
    </message>
    <message>
        <source>The server refused the changes as invalid. Check the description and the database names, then try again.</source>
        <translation>Le serveur a refusé les modifications comme non valides. Vérifiez la description et les noms des bases de données, puis réessayez.</translation>
    </message>
    <message>
        <source>This token no longer exists on the server, so nothing was changed.</source>
        <translation>Ce jeton n’existe plus sur le serveur&#xa0;: rien n’a donc été modifié.</translation>
    </message>
    <message>
        <source>The server reports a conflict: the token may have been revoked or changed meanwhile. Refresh the list to see its current state.</source>
        <translation>Le serveur signale un conflit&#xa0;: le jeton a peut-être été révoqué ou modifié entre-temps. Actualisez la liste pour voir son état actuel.</translation>
    </message>
    <message>
        <source>The server did not confirm, so the changes may or may not have been saved. The list is being refreshed.</source>
        <translation>Le serveur n’a pas confirmé&#xa0;: les modifications ont donc peut-être été enregistrées, ou peut-être pas. La liste est en cours d’actualisation.</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>Les modifications n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>This token no longer exists on the server: it was removed (or revoked, on a server that hides revoked tokens) after this dialog opened. Nothing was changed.</source>
        <translation>Ce jeton n’existe plus sur le serveur&#xa0;: il a été supprimé (ou révoqué, sur un serveur qui masque les jetons révoqués) après l’ouverture de cette boîte de dialogue. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The token could not be read from the server, so the changes cannot be compared with its current version. Nothing was changed. %1</source>
        <translation>Le jeton n’a pas pu être lu sur le serveur&#xa0;: les modifications ne peuvent donc pas être comparées à sa version actuelle. Rien n’a été modifié. %1</translation>
    </message>
    <message>
        <source>The token could not be read again before saving, so nothing was saved. %1</source>
        <translation>Le jeton n’a pas pu être relu avant l’enregistrement&#xa0;: rien n’a donc été enregistré. %1</translation>
    </message>
    <message>
        <source>This token was revoked after this dialog opened: it can no longer be edited. Nothing was changed.</source>
        <translation>Ce jeton a été révoqué après l’ouverture de cette boîte de dialogue&#xa0;: il ne peut plus être modifié. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This token was changed on the server after this dialog opened:
%1

Your changes have been applied to its current version: check them before saving.</source>
        <translation>Ce jeton a été modifié sur le serveur après l’ouverture de cette boîte de dialogue&#xa0;:
%1

Vos modifications ont été appliquées à sa version actuelle&#xa0;: vérifiez-les avant d’enregistrer.</translation>
    </message>
    <message>
        <source>This token was changed on the server after you reviewed it, so nothing was saved:
%1

Your changes have been applied to its current version: check them again before saving.</source>
        <translation>Ce jeton a été modifié sur le serveur après que vous l’avez vérifié, donc rien n’a été enregistré&#xa0;:
%1

Vos modifications ont été appliquées à sa version actuelle&#xa0;: vérifiez-les à nouveau avant d’enregistrer.</translation>
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
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>The API URL is not a valid URL.</source>
        <translation>L’URL de l’API n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>L’URL de l’API doit commencer par https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1, ::1 or localhost): the management token would cross the network unencrypted. Use https://.</source>
        <translation>Le http:// simple n’est permis que pour cet ordinateur (127.0.0.1, ::1 ou localhost)&#xa0;: le jeton de gestion traverserait le réseau en clair. Utilisez https://.</translation>
    </message>
</context>
<context>
    <name>HistoryBar</name>
    <message>
        <source>Continue without history for this run</source>
        <translation>Continuer sans historique pour cette exécution</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Dismiss history message</source>
        <translation>Fermer le message de l’historique</translation>
    </message>
</context>
<context>
    <name>HistoryQueryModel</name>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>Rotate: new token</source>
        <translation>Rotation&#xa0;: nouveau jeton</translation>
    </message>
    <message>
        <source>Rotate: revoke old token</source>
        <translation>Rotation&#xa0;: révocation de l’ancien jeton</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Aucune autorisation</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>permission: action, then database</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de compte</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>ID de cluster</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Permissions before</source>
        <translation>Autorisations avant</translation>
    </message>
    <message>
        <source>Permissions after</source>
        <translation>Autorisations après</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Message du serveur</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>C&amp;lear History Older Than…</source>
        <translation>Effacer l’historique &amp;antérieur au…</translation>
    </message>
    <message>
        <source>History — Token Admin</source>
        <translation>Historique — Token Admin</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every change Token Admin asked a server for, recorded on this computer before it was sent. The Management API keeps no such record of its own.</source>
        <translation>Chaque modification que Token Admin a demandée à un serveur, enregistrée sur cet ordinateur avant son envoi. L’API de gestion ne tient elle-même aucun registre de ce genre.</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Search description, token ID, user, message…</source>
        <translation>Rechercher dans la description, l’ID du jeton, l’utilisateur, le message…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Any token</source>
        <translation>Tout jeton</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Toute opération</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>O&amp;pération&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>jus&amp;qu’au</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Clear history older than</source>
        <translation>Effacer l’historique antérieur au</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>Toute connexion</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No history is being recorded in this run.</source>
        <translation>Aucun historique n’est enregistré pendant cette exécution.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 entrées sur %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 entrées exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>InfluxctlConfig</name>
    <message>
        <source>expected a string</source>
        <translation>une chaîne de caractères est attendue</translation>
    </message>
    <message>
        <source>expected a string such as &quot;443&quot;</source>
        <translation>une chaîne de caractères comme &quot;443&quot; est attendue</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>un tableau de chaînes de caractères est attendu</translation>
    </message>
    <message>
        <source>expected an array of strings such as [&quot;openid&quot;]</source>
        <translation>un tableau de chaînes de caractères comme [&quot;openid&quot;] est attendu</translation>
    </message>
    <message>
        <source>a parameter&apos;s value must be a string</source>
        <translation>la valeur d’un paramètre doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>expected a table such as { audience = &quot;…&quot; }</source>
        <translation>une table comme { audience = &quot;…&quot; } est attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full URL such as https://idp.example.com/token</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL complète comme https://idp.example.com/token</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;, line %2: %3: %4</source>
        <translation>profil «&#xa0;%1&#xa0;», ligne %2&#xa0;: %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;: %2 does not exist.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;»&#xa0;: %2 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>Il n’y a pas de profil «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>a line that follows a line-ending backslash must not start with a non-ASCII character (this TOML reader cannot take it)</source>
        <translation>une ligne qui suit une ligne terminée par une barre oblique inverse ne doit pas commencer par un caractère non ASCII (ce lecteur TOML ne sait pas le traiter)</translation>
    </message>
    <message>
        <source>a non-ASCII character may stand only in a comment or in a quoted value after &quot;=&quot;</source>
        <translation>un caractère non ASCII ne peut figurer que dans un commentaire ou dans une valeur entre guillemets après &quot;=&quot;</translation>
    </message>
    <message>
        <source>&quot;profile&quot; must be an array of tables, written [[profile]]</source>
        <translation>&quot;profile&quot; doit être un tableau de tables, écrit [[profile]]</translation>
    </message>
    <message>
        <source>line %1: a profile must be a table; skipped</source>
        <translation>ligne %1&#xa0;: un profil doit être une table&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>line %1: a profile without a name; skipped</source>
        <translation>ligne %1&#xa0;: un profil sans nom&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>line %1: a second profile named &quot;%2&quot;; the first one is used</source>
        <translation>ligne %1&#xa0;: un deuxième profil nommé «&#xa0;%2&#xa0;»&#xa0;; le premier est utilisé</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>View &amp;details</source>
        <translation>Voir les &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Revoke token…</source>
        <translation>&amp;Révoquer le jeton…</translation>
    </message>
    <message>
        <source>&amp;Create Database Token…</source>
        <translation>&amp;Créer un jeton de base de données…</translation>
    </message>
    <message>
        <source>&amp;Edit token…</source>
        <translation>&amp;Modifier le jeton…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Token options</source>
        <translation>Options du jeton</translation>
    </message>
    <message>
        <source>Shift+F10</source>
        <translation>Shift+F10</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic information</source>
        <translation>Copier les informations de &amp;diagnostic</translation>
    </message>
    <message>
        <source>Copied diagnostic information: versions, platform, the kind of connection and the latest errors, without any token, secret or ID.</source>
        <translation>Informations de diagnostic copiées&#xa0;: versions, plateforme, type de connexion et dernières erreurs, sans aucun jeton, secret ni ID.</translation>
    </message>
    <message>
        <source>&amp;About Token Admin</source>
        <translation>À &amp;propos de Token Admin</translation>
    </message>
    <message>
        <source>Sandbox — sample data on this computer; nothing here touches a real cluster</source>
        <translation>Bac à sable — données d’exemple sur cet ordinateur&#xa0;; rien ici ne touche un vrai cluster</translation>
    </message>
    <message>
        <source>Database Tokens</source>
        <translation>Jetons de base de données</translation>
    </message>
    <message>
        <source>Database tokens grant read and write permissions to one or more databases and allow for actions like writing and querying data.</source>
        <translation>Les jetons de base de données accordent des autorisations de lecture et d’écriture sur une ou plusieurs bases de données et permettent des actions comme l’écriture et l’interrogation de données.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Switch to another connection</source>
        <translation>Passer à une autre connexion</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>Co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Rechercher des jetons</translation>
    </message>
    <message>
        <source>Search by description or token ID</source>
        <translation>Rechercher par description ou ID du jeton</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Show inactive tokens</source>
        <translation>Afficher les jetons inactifs</translation>
    </message>
    <message>
        <source>Also list revoked and expired tokens</source>
        <translation>Lister aussi les jetons révoqués et expirés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the token list from the server (F5)</source>
        <translation>Recharger la liste des jetons depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Create Database Token…</source>
        <translation>Créer un jeton de base de données…</translation>
    </message>
    <message>
        <source>Create Database Token</source>
        <translation>Créer un jeton de base de données</translation>
    </message>
    <message>
        <source>Create a database token (Ctrl+N)</source>
        <translation>Créer un jeton de base de données (Ctrl+N)</translation>
    </message>
    <message>
        <source>influxctl profiles</source>
        <translation>Profils influxctl</translation>
    </message>
    <message>
        <source>Changes in this run are sent without being recorded in the history.</source>
        <translation>Les modifications de cette exécution sont envoyées sans être enregistrées dans l’historique.</translation>
    </message>
    <message>
        <source>Database tokens</source>
        <translation>Jetons de base de données</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (production) — Token Admin</source>
        <translation>%1 (production) — Token Admin</translation>
    </message>
    <message>
        <source>%1 — Token Admin</source>
        <translation>%1 — Token Admin</translation>
    </message>
    <message>
        <source>PRODUCTION — %1</source>
        <translation>PRODUCTION — %1</translation>
    </message>
    <message>
        <source>Management API: %1</source>
        <translation>API de gestion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cluster ID: %1
Account ID: %2
Management API: %3</source>
        <translation>ID de cluster&#xa0;: %1
ID de compte&#xa0;: %2
API de gestion&#xa0;: %3</translation>
    </message>
    <message>
        <source>Certificate checks are OFF for %1 (tls.insecure in its influxctl profile): anyone between you and %2 could read the management token.</source>
        <translation>La vérification des certificats est DÉSACTIVÉE pour %1 (tls.insecure dans son profil influxctl)&#xa0;: quiconque se trouve entre vous et %2 pourrait lire le jeton de gestion.</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Gérer les connexions…</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message>
        <source>Copied token ID %1</source>
        <translation>ID du jeton %1 copié</translation>
    </message>
    <message>
        <source>The token was not created. %1</source>
        <translation>Le jeton n’a pas été créé. %1</translation>
    </message>
    <message>
        <source>Created token “%1” (%2).</source>
        <translation>Jeton «&#xa0;%1&#xa0;» créé (%2).</translation>
    </message>
    <message>
        <source>The changes to token %1 were not saved. %2</source>
        <translation>Les modifications du jeton %1 n’ont pas été enregistrées. %2</translation>
    </message>
    <message>
        <source>Saved changes to token %1.</source>
        <translation>Modifications du jeton %1 enregistrées.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Revoked token %1.</source>
        <translation>Jeton %1 révoqué.</translation>
    </message>
    <message>
        <source>Token %1 no longer exists on the server: nothing was revoked.</source>
        <translation>Le jeton %1 n’existe plus sur le serveur&#xa0;: rien n’a été révoqué.</translation>
    </message>
    <message>
        <source>The revocation of token %1 was not confirmed; the list is being refreshed. %2</source>
        <translation>La révocation du jeton %1 n’a pas été confirmée&#xa0;; la liste est en cours d’actualisation. %2</translation>
    </message>
    <message>
        <source>Token %1 was not revoked. %2</source>
        <translation>Le jeton %1 n’a pas été révoqué. %2</translation>
    </message>
    <message>
        <source>The server refused the management token for %1 (HTTP 401): it is wrong, expired or revoked. Enter a new one to go on.</source>
        <translation>Le serveur a refusé le jeton de gestion de %1 (HTTP 401)&#xa0;: il est erroné, expiré ou révoqué. Saisissez-en un nouveau pour continuer.</translation>
    </message>
    <message>
        <source>The management token for %1 does not have the permission to list database tokens (HTTP 403). Use a management token of an Admin of this account, or ask one for it. %2</source>
        <translation>Le jeton de gestion de %1 n’a pas l’autorisation de lister les jetons de base de données (HTTP 403). Utilisez un jeton de gestion d’un administrateur de ce compte, ou demandez-en un. %2</translation>
    </message>
    <message>
        <source>Could not load the tokens. %1</source>
        <translation>Les jetons n’ont pas pu être chargés. %1</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>&amp;Exporter la vue…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the tokens shown, as filtered and sorted, to a CSV or JSON file</source>
        <translation>Écrire les jetons affichés, filtrés et triés comme à l’écran, dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>E&amp;xpiring soon means within</source>
        <translation>«&#xa0;E&amp;xpire bientôt&#xa0;» signifie d’ici</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>&amp;Databases: who can reach each</source>
        <translation>&amp;Bases de données&#xa0;: qui accède à chacune</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message numerus="yes">
        <source>%L1 active · %L2 expiring within %n day(s) · %L3 expired · %L4 revoked</source>
        <translation>
            <numerusform>Actifs&#xa0;: %L1 · Expirent d’ici %n jour&#xa0;: %L2 · Expirés&#xa0;: %L3 · Révoqués&#xa0;: %L4</numerusform>
            <numerusform>Actifs&#xa0;: %L1 · Expirent d’ici %n jours&#xa0;: %L2 · Expirés&#xa0;: %L3 · Révoqués&#xa0;: %L4</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster&apos;s databases could not be loaded, so tokens naming a database it lacks are not flagged: %1</source>
        <translation>Les bases de données du cluster n’ont pas pu être chargées&#xa0;: les jetons qui nomment une base de données absente ne sont donc pas signalés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the tokens shown</source>
        <translation>Exporter les jetons affichés</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, pour les tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON, the API&apos;s token objects (*.json)</source>
        <translation>JSON, les objets jeton de l’API (*.json)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <source>This cluster has no database tokens yet</source>
        <translation>Ce cluster n’a encore aucun jeton de base de données</translation>
    </message>
    <message>
        <source>C&amp;reate one…</source>
        <translation>En c&amp;réer un…</translation>
    </message>
    <message>
        <source>No tokens match “%1”</source>
        <translation>Aucun jeton ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>C&amp;lear the search</source>
        <translation>Effacer &amp;la recherche</translation>
    </message>
    <message>
        <source>S&amp;how it</source>
        <translation>Le &amp;montrer</translation>
    </message>
    <message>
        <source>S&amp;how them</source>
        <translation>Les &amp;montrer</translation>
    </message>
    <message>
        <source>The only token is revoked or expired, and hidden</source>
        <translation>Le seul jeton est révoqué ou expiré, et masqué</translation>
    </message>
    <message>
        <source>All %1 tokens are revoked or expired, and hidden</source>
        <translation>Les %1 jetons sont tous révoqués ou expirés, et masqués</translation>
    </message>
    <message>
        <source>The history database was damaged. It was kept as %1, and a new history was started.</source>
        <translation>La base de données de l’historique était endommagée. Elle a été conservée sous %1, et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>Changes cannot be recorded in the history. %1 Token Admin makes no change it cannot record: choose Continue without history for this run to make them anyway.</source>
        <translation>Les modifications ne peuvent pas être enregistrées dans l’historique. %1 Token Admin n’effectue aucune modification qu’il ne peut pas enregistrer&#xa0;: choisissez «&#xa0;Continuer sans historique pour cette exécution&#xa0;» pour les effectuer malgré tout.</translation>
    </message>
    <message>
        <source>Show details &amp;panel</source>
        <translation>Afficher le &amp;panneau de détails</translation>
    </message>
    <message>
        <source>Copy token &amp;ID</source>
        <translation>Copier l’&amp;ID du jeton</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln tokens shown</source>
        <translation>
            <numerusform>Jetons affichés&#xa0;: %L1 sur %Ln</numerusform>
            <numerusform>Jetons affichés&#xa0;: %L1 sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) written to %1</source>
        <translation>
            <numerusform>%Ln jeton écrit dans %1</numerusform>
            <numerusform>%Ln jetons écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No tokens match “%1” — %Ln inactive token(s) hidden</source>
        <translation>
            <numerusform>Aucun jeton ne correspond à «&#xa0;%1&#xa0;» — %Ln jeton inactif est masqué</numerusform>
            <numerusform>Aucun jeton ne correspond à «&#xa0;%1&#xa0;» — %Ln jetons inactifs sont masqués</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;otate token…</source>
        <translation>Re&amp;nouveler le jeton…</translation>
    </message>
    <message>
        <source>Create a token to replace this one, then revoke this one</source>
        <translation>Créer un jeton qui remplace celui-ci, puis révoquer celui-ci</translation>
    </message>
    <message>
        <source>Re-ena&amp;ble token…</source>
        <translation>Ré&amp;activer le jeton…</translation>
    </message>
    <message>
        <source>Replaced by %1 on %2; revoke pending</source>
        <translation>Remplacé par %1 le %2&#xa0;; révocation en attente</translation>
    </message>
    <message>
        <source>Disabled token %1.</source>
        <translation>Jeton %1 désactivé.</translation>
    </message>
    <message>
        <source>Re-enabled token %1.</source>
        <translation>Jeton %1 réactivé.</translation>
    </message>
    <message>
        <source>Disabling token %1 was not confirmed; the list is being refreshed. %2</source>
        <translation>La désactivation du jeton %1 n’a pas été confirmée&#xa0;; la liste est en cours d’actualisation. %2</translation>
    </message>
    <message>
        <source>Re-enabling token %1 was not confirmed; the list is being refreshed. %2</source>
        <translation>La réactivation du jeton %1 n’a pas été confirmée&#xa0;; la liste est en cours d’actualisation. %2</translation>
    </message>
    <message>
        <source>Token %1 was not disabled. %2</source>
        <translation>Le jeton %1 n’a pas été désactivé. %2</translation>
    </message>
    <message>
        <source>Token %1 was not re-enabled. %2</source>
        <translation>Le jeton %1 n’a pas été réactivé. %2</translation>
    </message>
    <message>
        <source>Di&amp;sable token…</source>
        <translation>Dé&amp;sactiver le jeton…</translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message>
        <source>%1 (certificate subject “%2”, issuer “%3”)</source>
        <translation>%1 (sujet du certificat «&#xa0;%2&#xa0;», émetteur «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>the account or cluster ID is empty, &quot;.&quot; or &quot;..&quot;</source>
        <translation>l’ID de compte ou de cluster est vide, &quot;.&quot; ou &quot;..&quot;</translation>
    </message>
    <message>
        <source>the body is larger than %1 MiB</source>
        <translation>le corps dépasse %1 Mio</translation>
    </message>
    <message>
        <source>a redirect to %1 was not followed: Token Admin follows redirects only within the same server</source>
        <translation>une redirection vers %1 n’a pas été suivie&#xa0;: Token Admin ne suit les redirections qu’au sein du même serveur</translation>
    </message>
    <message>
        <source>the connection closed before any answer came; the request was not sent again</source>
        <translation>la connexion s’est fermée avant toute réponse&#xa0;; la requête n’a pas été renvoyée</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>aucune donnée depuis %n seconde</numerusform>
            <numerusform>aucune donnée depuis %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>aucun statut HTTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable token ID</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID de jeton utilisable</translation>
    </message>
    <message>
        <source>expected 204 No Content</source>
        <translation>204 No Content attendu</translation>
    </message>
    <message>
        <source>there is nothing to change</source>
        <translation>il n’y a rien à modifier</translation>
    </message>
    <message>
        <source>expected an array of databases</source>
        <translation>un tableau de bases de données est attendu</translation>
    </message>
    <message>
        <source>item %1: name: expected a non-empty string</source>
        <translation>élément %1&#xa0;: name&#xa0;: une chaîne non vide est attendue</translation>
    </message>
    <message>
        <source>accessToken: missing or shorter than 64 characters</source>
        <translation>accessToken&#xa0;: absent ou plus court que 64 caractères</translation>
    </message>
    <message>
        <source>%L1 of %L2 items are not valid tokens (%3)</source>
        <translation>%L1 éléments sur %L2 ne sont pas des jetons valides (%3)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>OAuth2Settings</name>
    <message>
        <source>The profile&apos;s [profile.auth.oauth2] needs %1, the identity provider&apos;s full URL.</source>
        <translation>La section [profile.auth.oauth2] du profil nécessite %1, l’URL complète du fournisseur d’identité.</translation>
    </message>
    <message>
        <source>The profile&apos;s %1 (%2) must start with https:// (plain http:// only to this computer: 127.0.0.1, ::1 or localhost).</source>
        <translation>%1 du profil (%2) doit commencer par https:// (http:// simple uniquement vers cet ordinateur&#xa0;: 127.0.0.1, ::1 ou localhost).</translation>
    </message>
    <message>
        <source>The profile&apos;s [profile.auth.oauth2] needs a client_id.</source>
        <translation>La section [profile.auth.oauth2] du profil nécessite un client_id.</translation>
    </message>
</context>
<context>
    <name>PermissionEditor</name>
    <message>
        <source>+ Add permission</source>
        <translation>+ Ajouter une autorisation</translation>
    </message>
    <message>
        <source>Add permission</source>
        <translation>Ajouter une autorisation</translation>
    </message>
    <message>
        <source>This token has no permissions: it can neither read nor write any database until permissions are added.</source>
        <translation>Ce jeton n’a aucune autorisation&#xa0;: il ne peut ni lire ni écrire aucune base de données tant que des autorisations ne sont pas ajoutées.</translation>
    </message>
    <message>
        <source>The list of databases could not be loaded (%1). You can still type a database name.</source>
        <translation>La liste des bases de données n’a pas pu être chargée (%1). Vous pouvez quand même taper un nom de base de données.</translation>
    </message>
    <message>
        <source>Also on this token, kept as they are (Token Admin edits only Read and Write):
%1</source>
        <translation>Également sur ce jeton, conservées telles quelles (Token Admin ne modifie que Lecture et Écriture)&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Choisir une base de données</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Remove this permission</source>
        <translation>Retirer cette autorisation</translation>
    </message>
    <message>
        <source>A database name has at most %1 characters.</source>
        <translation>Un nom de base de données compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Choose Read, Write or both.</source>
        <translation>Choisissez Lecture, Écriture ou les deux.</translation>
    </message>
    <message>
        <source>%1 already has a row above: combine them.</source>
        <translation>%1 a déjà une ligne plus haut&#xa0;: regroupez-les.</translation>
    </message>
    <message>
        <source>Database of permission %1</source>
        <translation>Base de données de l’autorisation %1</translation>
    </message>
    <message>
        <source>Read permission %1</source>
        <translation>Autorisation de lecture %1</translation>
    </message>
    <message>
        <source>Write permission %1</source>
        <translation>Autorisation d’écriture %1</translation>
    </message>
    <message>
        <source>Remove permission %1</source>
        <translation>Retirer l’autorisation %1</translation>
    </message>
    <message>
        <source>Permission %1: %2</source>
        <translation>Autorisation %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Only tokens that can reach this database, &quot;*&quot; permissions included</source>
        <translation>Seulement les jetons qui accèdent à cette base de données, autorisations «&#xa0;*&#xa0;» comprises</translation>
    </message>
    <message>
        <source>Any database</source>
        <translation>Toute base</translation>
    </message>
    <message>
        <source>Clear database filter</source>
        <translation>Effacer le filtre de base de données</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Any access</source>
        <translation>Tout accès</translation>
    </message>
    <message>
        <source>Can read</source>
        <translation>Peut lire</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>Peut écrire</translation>
    </message>
    <message>
        <source>%1  %L2</source>
        <translation>%1  %L2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n token(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n jeton</numerusform>
            <numerusform>%1&#xa0;: %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Show tokens with this status (other status chips add theirs)</source>
        <translation>Afficher les jetons ayant ce statut (les autres filtres de statut ajoutent les leurs)</translation>
    </message>
    <message>
        <source>Show only tokens with this flag (with other flag chips: only tokens with all of them)</source>
        <translation>Afficher seulement les jetons ayant cet indicateur (avec d’autres filtres d’indicateur&#xa0;: seulement les jetons qui les ont tous)</translation>
    </message>
</context>
<context>
    <name>ReenableTokenDialog</name>
    <message>
        <source>Re-enable Token</source>
        <translation>Réactiver le jeton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-enable Database Token</source>
        <translation>Réactiver le jeton de base de données</translation>
    </message>
    <message>
        <source>Re-enabling “%1” gives it back the permissions it had when it was disabled.</source>
        <translation>Réactiver «&#xa0;%1&#xa0;» lui rend les autorisations qu’il avait quand il a été désactivé.</translation>
    </message>
    <message>
        <source>Permissions it will have:</source>
        <translation>Autorisations qu’il aura&#xa0;:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Reading the token from the server…</source>
        <translation>Lecture du jeton sur le serveur…</translation>
    </message>
    <message>
        <source>The token could not be read from the server.</source>
        <translation>Le jeton n’a pas pu être lu sur le serveur.</translation>
    </message>
    <message>
        <source>This token no longer exists on the server: there is nothing to re-enable.</source>
        <translation>Ce jeton n’existe plus sur le serveur&#xa0;: il n’y a rien à réactiver.</translation>
    </message>
    <message>
        <source>What re-enabling would change cannot be shown without the server&apos;s copy of the token. %1</source>
        <translation>Ce que la réactivation changerait ne peut pas être montré sans la copie du jeton sur le serveur. %1</translation>
    </message>
    <message>
        <source>Compared with the token as the server has it now.</source>
        <translation>Comparé au jeton tel que le serveur l’a maintenant.</translation>
    </message>
    <message>
        <source>This token has been revoked: it cannot be re-enabled.</source>
        <translation>Ce jeton a été révoqué&#xa0;: il ne peut pas être réactivé.</translation>
    </message>
    <message>
        <source>This token was changed on the server after it was disabled: it now has these permissions, which are kept:
%1</source>
        <translation>Ce jeton a été modifié sur le serveur après sa désactivation&#xa0;: il a maintenant ces autorisations, qui sont conservées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>This token was changed on the server after it was disabled: it already has every permission it had, so there is nothing to restore.</source>
        <translation>Ce jeton a été modifié sur le serveur après sa désactivation&#xa0;: il a déjà toutes les autorisations qu’il avait, il n’y a donc rien à rétablir.</translation>
    </message>
    <message>
        <source>This token no longer exists on the server (HTTP 404), so nothing was re-enabled. The list is being refreshed.</source>
        <translation>Ce jeton n’existe plus sur le serveur (HTTP 404)&#xa0;: rien n’a donc été réactivé. La liste est en cours d’actualisation.</translation>
    </message>
    <message>
        <source>The server did not confirm that the token was re-enabled, so it may or may not have been. The list is being refreshed to show its real permissions. %1</source>
        <translation>Le serveur n’a pas confirmé que le jeton a été réactivé&#xa0;: il l’a donc peut-être été, ou peut-être pas. La liste est en cours d’actualisation pour montrer ses autorisations réelles. %1</translation>
    </message>
    <message>
        <source>The token was not re-enabled. %1</source>
        <translation>Le jeton n’a pas été réactivé. %1</translation>
    </message>
</context>
<context>
    <name>RevokeTokenDialog</name>
    <message>
        <source>Revoke Database Token</source>
        <translation>Révoquer le jeton de base de données</translation>
    </message>
    <message>
        <source>You are about to revoke a token</source>
        <translation>Vous êtes sur le point de révoquer un jeton</translation>
    </message>
    <message>
        <source>Are you sure you want to revoke this token?</source>
        <translation>Voulez-vous vraiment révoquer ce jeton&#xa0;?</translation>
    </message>
    <message>
        <source>Anything that references this token will no longer function. This cannot be undone.</source>
        <translation>Tout ce qui fait référence à ce jeton cessera de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This action will revoke:</source>
        <translation>Cette action révoquera&#xa0;:</translation>
    </message>
    <message>
        <source>Token Description</source>
        <translation>Description du jeton</translation>
    </message>
    <message>
        <source>Expiration Date</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>See more details</source>
        <translation>Voir plus de détails</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Databases and actions</source>
        <translation>Bases de données et actions</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>I understand the risk of this action</source>
        <translation>Je comprends le risque de cette action</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Révocation en cours</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>N’expire pas</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Aucune autorisation</translation>
    </message>
    <message>
        <source>Revokes the token with ID %1.</source>
        <translation>Révoque le jeton d’ID %1.</translation>
    </message>
    <message>
        <source>Revokes the token “%1”, ID %2.</source>
        <translation>Révoque le jeton «&#xa0;%1&#xa0;», ID %2.</translation>
    </message>
    <message>
        <source>Type the token&apos;s description to confirm</source>
        <translation>Tapez la description du jeton pour confirmer</translation>
    </message>
    <message>
        <source>This token no longer exists on the server (HTTP 404), so nothing was revoked. The list is being refreshed.</source>
        <translation>Ce jeton n’existe plus sur le serveur (HTTP 404)&#xa0;: rien n’a donc été révoqué. La liste est en cours d’actualisation.</translation>
    </message>
    <message>
        <source>The server did not confirm the revocation, so it may or may not have happened. The list is being refreshed to show the token&apos;s real status. %1</source>
        <translation>Le serveur n’a pas confirmé la révocation&#xa0;: elle a donc peut-être eu lieu, ou peut-être pas. La liste est en cours d’actualisation pour montrer le statut réel du jeton. %1</translation>
    </message>
    <message>
        <source>The token was not revoked. %1</source>
        <translation>Le jeton n’a pas été révoqué. %1</translation>
    </message>
    <message>
        <source>%1 is a production connection. To confirm, type the token&apos;s ID: %2</source>
        <translation>%1 est une connexion de production. Pour confirmer, tapez l’ID du jeton&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a production connection. To confirm, type the token&apos;s description: %2</source>
        <translation>%1 est une connexion de production. Pour confirmer, tapez la description du jeton&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message>
        <source>Rotate Database Token</source>
        <translation>Renouveler le jeton de base de données</translation>
    </message>
    <message>
        <source>%1 (rotated %2)</source>
        <comment>the old token&apos;s description, today&apos;s date</comment>
        <translation>%1 (renouvelé le %2)</translation>
    </message>
    <message>
        <source>Step 1 of 3: the new token</source>
        <translation>Étape 1 sur 3&#xa0;: le nouveau jeton</translation>
    </message>
    <message>
        <source>A new token replaces “%1” (ID %2). It starts with the same permissions; change them here if the new one needs others.</source>
        <translation>Un nouveau jeton remplace «&#xa0;%1&#xa0;» (ID %2). Il reçoit d’abord les mêmes autorisations&#xa0;; modifiez-les ici si le nouveau en demande d’autres.</translation>
    </message>
    <message>
        <source>New token description</source>
        <translation>Description du nouveau jeton</translation>
    </message>
    <message>
        <source>The new token expires at the chosen time</source>
        <translation>Le nouveau jeton expire au moment choisi</translation>
    </message>
    <message>
        <source>New token expires</source>
        <translation>Expiration du nouveau jeton</translation>
    </message>
    <message>
        <source>Expiration date and time, local time</source>
        <translation>Date et heure d’expiration, heure locale</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from now: as long as the old token&apos;s lifetime.</source>
        <translation>
            <numerusform>Dans %n jour&#xa0;: autant que la durée de vie de l’ancien jeton.</numerusform>
            <numerusform>Dans %n jours&#xa0;: autant que la durée de vie de l’ancien jeton.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old token never expires, so the new one does not either.</source>
        <translation>L’ancien jeton n’expire jamais, le nouveau non plus.</translation>
    </message>
    <message>
        <source>Token &amp;description*</source>
        <translation>&amp;Description du jeton*</translation>
    </message>
    <message>
        <source>&amp;Expiration</source>
        <translation>&amp;Expiration</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Creating the new token</source>
        <translation>Création du nouveau jeton</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create New Token</source>
        <translation>Créer le nouveau jeton</translation>
    </message>
    <message>
        <source>Step 2 of 3: the new token&apos;s secret</source>
        <translation>Étape 2 sur 3&#xa0;: le secret du nouveau jeton</translation>
    </message>
    <message>
        <source>Step 3 of 3: replace the old token</source>
        <translation>Étape 3 sur 3&#xa0;: remplacer l’ancien jeton</translation>
    </message>
    <message>
        <source>Put the new token wherever the old one is used. The old token keeps working until you revoke it.</source>
        <translation>Mettez le nouveau jeton partout où l’ancien est utilisé. L’ancien jeton continue de fonctionner jusqu’à ce que vous le révoquiez.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Revoke the old token later</source>
        <translation>Révoquer l’ancien jeton plus tard</translation>
    </message>
    <message>
        <source>The old token is shown as replaced, with its revoke pending, until you revoke it.</source>
        <translation>L’ancien jeton est affiché comme remplacé, avec sa révocation en attente, jusqu’à ce que vous le révoquiez.</translation>
    </message>
    <message>
        <source>Revoke the Old Token Now…</source>
        <translation>Révoquer l’ancien jeton maintenant…</translation>
    </message>
    <message>
        <source>Revoke the old token now</source>
        <translation>Révoquer l’ancien jeton maintenant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A token description is required.</source>
        <translation>Une description du jeton est obligatoire.</translation>
    </message>
    <message>
        <source>The expiration must be in the future.</source>
        <translation>L’expiration doit se situer dans le futur.</translation>
    </message>
    <message>
        <source>Another token is being created; wait for it.</source>
        <translation>Un autre jeton est en cours de création&#xa0;; attendez qu’il soit créé.</translation>
    </message>
    <message>
        <source>The server did not confirm, so the new token may or may not have been created. The list is being refreshed: check it before trying again. %1</source>
        <translation>Le serveur n’a pas confirmé&#xa0;: le nouveau jeton a donc peut-être été créé, ou peut-être pas. La liste est en cours d’actualisation&#xa0;: vérifiez-la avant de réessayer. %1</translation>
    </message>
    <message>
        <source>The new token was not created. %1</source>
        <translation>Le nouveau jeton n’a pas été créé. %1</translation>
    </message>
    <message>
        <source>The new token “%1” (ID %2) was created. Its secret is shown once, in its own window: copy it and store it somewhere safe.</source>
        <translation>Le nouveau jeton «&#xa0;%1&#xa0;» (ID %2) a été créé. Son secret n’est affiché qu’une fois, dans sa propre fenêtre&#xa0;: copiez-le et conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Old token: “%1” (ID %2)
New token: “%3” (ID %4)</source>
        <translation>Ancien jeton&#xa0;: «&#xa0;%1&#xa0;» (ID %2)
Nouveau jeton&#xa0;: «&#xa0;%3&#xa0;» (ID %4)</translation>
    </message>
    <message>
        <source>The old token “%1” (ID %2) is revoked. The new token (ID %3) replaces it.</source>
        <translation>L’ancien jeton «&#xa0;%1&#xa0;» (ID %2) est révoqué. Le nouveau jeton (ID %3) le remplace.</translation>
    </message>
</context>
<context>
    <name>SandboxFaultInjector</name>
    <message>
        <source>injected fault: HTTP %1</source>
        <translation>panne simulée&#xa0;: HTTP %1</translation>
    </message>
    <message>
        <source>slow down</source>
        <translation>ralentissez</translation>
    </message>
    <message>
        <source>not found: no such path</source>
        <translation>introuvable&#xa0;: aucun chemin de ce nom</translation>
    </message>
    <message>
        <source>not found: no token %1</source>
        <translation>introuvable&#xa0;: aucun jeton %1</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>the sandbox is already listening on port %1</source>
        <translation>le bac à sable écoute déjà sur le port %1</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>impossible d’écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>payload too large: the body exceeds %1 bytes</source>
        <translation>contenu trop volumineux&#xa0;: le corps dépasse %1 octets</translation>
    </message>
    <message>
        <source>not found: no such path</source>
        <translation>introuvable&#xa0;: aucun chemin de ce nom</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>method not allowed: %1 is not supported here</source>
        <translation>méthode non autorisée&#xa0;: %1 n’est pas prise en charge ici</translation>
    </message>
    <message>
        <source>bad request: %1 in the path is not a UUID: %2</source>
        <translation>requête invalide&#xa0;: %1 dans le chemin n’est pas un UUID&#xa0;: %2</translation>
    </message>
    <message>
        <source>not found: no account %1</source>
        <translation>introuvable&#xa0;: aucun compte %1</translation>
    </message>
    <message>
        <source>not found: no cluster %1</source>
        <translation>introuvable&#xa0;: aucun cluster %1</translation>
    </message>
    <message>
        <source>not found: no token %1</source>
        <translation>introuvable&#xa0;: aucun jeton %1</translation>
    </message>
    <message>
        <source>internal server error: %1</source>
        <translation>erreur interne du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>conflict: token %1 is revoked and cannot be changed</source>
        <translation>conflit&#xa0;: le jeton %1 est révoqué et ne peut pas être modifié</translation>
    </message>
</context>
<context>
    <name>SandboxThread</name>
    <message>
        <source>the sandbox is already running</source>
        <translation>le bac à sable fonctionne déjà</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Ouvrir une session sur %1</translation>
    </message>
    <message>
        <source>%1 signs in through %2. Open its page in your browser, enter the code below and approve the sign-in; this window follows by itself.</source>
        <translation>%1 ouvre sa session via %2. Ouvrez sa page dans votre navigateur, saisissez le code ci-dessous et approuvez l’ouverture de session&#xa0;; cette fenêtre suit d’elle-même.</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Code à saisir</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation>Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>Co&amp;de to enter at the provider&apos;s page:</source>
        <translation>Co&amp;de à saisir sur la page du fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler l’ouverture de session</translation>
    </message>
    <message>
        <source>Asking %1 for a code…</source>
        <translation>Demande d’un code à %1…</translation>
    </message>
    <message>
        <source>Waiting for you to approve the sign-in at %1…</source>
        <translation>En attente de votre approbation de l’ouverture de session chez %1…</translation>
    </message>
    <message>
        <source>Enter it at %1</source>
        <translation>Saisissez-le sur %1</translation>
    </message>
    <message>
        <source>or %1</source>
        <translation>ou %1</translation>
    </message>
    <message>
        <source>open the page with the code filled in</source>
        <translation>ouvrez la page avec le code déjà rempli</translation>
    </message>
    <message>
        <source>Open the page with the code filled in</source>
        <translation>Ouvrir la page avec le code déjà rempli</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Le code expire dans %1:%2.</translation>
    </message>
</context>
<context>
    <name>StartRequest</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Start a local sandbox server with sample tokens and connect to it.</source>
        <translation>Démarrer un serveur bac à sable local avec des jetons d’exemple et s’y connecter.</translation>
    </message>
    <message>
        <source>With --sandbox: generate &lt;count&gt; tokens instead of the sample set.</source>
        <translation>Avec --sandbox&#xa0;: générer &lt;count&gt; jetons au lieu du jeu d’exemple.</translation>
    </message>
    <message>
        <source>With --sandbox: the server leaves revoked tokens out of its list.</source>
        <translation>Avec --sandbox&#xa0;: le serveur omet les jetons révoqués de sa liste.</translation>
    </message>
    <message>
        <source>Management API URL, e.g. %1.</source>
        <translation>URL de l’API de gestion, par ex. %1.</translation>
    </message>
    <message>
        <source>Account ID (Dedicated); replaces the profile&apos;s account_id.</source>
        <translation>ID de compte (Dedicated)&#xa0;; remplace l’account_id du profil.</translation>
    </message>
    <message>
        <source>Cluster ID (Dedicated); replaces the profile&apos;s cluster_id.</source>
        <translation>ID de cluster (Dedicated)&#xa0;; remplace le cluster_id du profil.</translation>
    </message>
    <message>
        <source>With --api-url: dedicated (default) or clustered.</source>
        <translation>Avec --api-url&#xa0;: dedicated (par défaut) ou clustered.</translation>
    </message>
    <message>
        <source>influxctl&apos;s config.toml to read profiles from (default %1).</source>
        <translation>Le config.toml d’influxctl où lire les profils (par défaut %1).</translation>
    </message>
    <message>
        <source>Open this influxctl profile (else $INFLUXCTL_PROFILE; without either: the last connection used, else the profile named default).</source>
        <translation>Ouvrir ce profil influxctl (sinon $INFLUXCTL_PROFILE&#xa0;; sans l’un ni l’autre&#xa0;: la dernière connexion utilisée, sinon le profil nommé default).</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 60).</source>
        <translation>Secondes sans données avant qu’une requête n’échoue (par défaut 60).</translation>
    </message>
    <message>
        <source>--tokens needs a positive whole number.</source>
        <translation>--tokens attend un nombre entier positif.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout attend un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>--product must be dedicated or clustered.</source>
        <translation>--product doit valoir dedicated ou clustered.</translation>
    </message>
    <message>
        <source>%1: ignored without --sandbox.</source>
        <translation>%1&#xa0;: ignoré sans --sandbox.</translation>
    </message>
    <message>
        <source>%1: ignored, --sandbox opens the sandbox.</source>
        <translation>%1&#xa0;: ignoré, --sandbox ouvre le bac à sable.</translation>
    </message>
    <message>
        <source>--product: ignored without --api-url; a profile or saved connection says which product it is.</source>
        <translation>--product&#xa0;: ignoré sans --api-url&#xa0;; un profil ou une connexion enregistrée indique lui-même son produit.</translation>
    </message>
    <message>
        <source>--account must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>--account doit être un UUID (8-4-4-4-12 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>--cluster must be a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>--cluster doit être un UUID (8-4-4-4-12 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>--profile: ignored, --api-url gives the connection to open.</source>
        <translation>--profile&#xa0;: ignoré, --api-url indique la connexion à ouvrir.</translation>
    </message>
    <message>
        <source>%1: ignored, a Clustered connection has no account or cluster ID.</source>
        <translation>%1&#xa0;: ignoré, une connexion Clustered n’a pas d’ID de compte ni de cluster.</translation>
    </message>
    <message>
        <source>--account and --cluster must both be given as UUIDs for Cloud Dedicated.</source>
        <translation>--account et --cluster doivent tous deux être donnés sous forme d’UUID pour Cloud Dedicated.</translation>
    </message>
    <message>
        <source>The language of the program: %1 (default: the system&apos;s language).</source>
        <translation>La langue du programme&#xa0;: %1 (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;.</source>
        <translation>--lang doit valoir l’un de %1, et non «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPanel</name>
    <message>
        <source>Select a token to see its details.</source>
        <translation>Sélectionnez un jeton pour voir ses détails.</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Copy token ID</source>
        <translation>Copier l’ID du jeton</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>N’expire pas</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>Non révoqué</translation>
    </message>
    <message>
        <source>Show the tokens that can reach %1</source>
        <translation>Afficher les jetons qui accèdent à %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Revoke the old token…</source>
        <translation>Révoquer l’ancien jeton…</translation>
    </message>
    <message>
        <source>Revoke the old token to finish the rotation</source>
        <translation>Révoquer l’ancien jeton pour terminer le renouvellement</translation>
    </message>
    <message>
        <source>It was disabled: it has no permissions now, and Re-enable gives back the ones it had.</source>
        <translation>Il a été désactivé&#xa0;: il n’a plus aucune autorisation, et «&#xa0;Réactiver&#xa0;» lui rend celles qu’il avait.</translation>
    </message>
</context>
<context>
    <name>TokenExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TokenFlags</name>
    <message>
        <source>All databases</source>
        <translation>Toutes les bases</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N’expire jamais</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Aucune autorisation</translation>
    </message>
    <message>
        <source>Unknown database</source>
        <translation>Base inconnue</translation>
    </message>
    <message>
        <source>Can write</source>
        <translation>Peut écrire</translation>
    </message>
    <message>
        <source>It reaches every database of the cluster, including any created later.</source>
        <translation>Il accède à toutes les bases de données du cluster, y compris celles créées plus tard.</translation>
    </message>
    <message>
        <source>It never expires: it works until someone revokes it.</source>
        <translation>Il n’expire jamais&#xa0;: il fonctionne jusqu’à ce que quelqu’un le révoque.</translation>
    </message>
    <message>
        <source>It has no permissions: it can read or write nothing.</source>
        <translation>Il n’a aucune autorisation&#xa0;: il ne peut rien lire ni écrire.</translation>
    </message>
    <message>
        <source>It names a database the cluster does not have: a new database with that name would become reachable with it.</source>
        <translation>Il nomme une base de données que le cluster n’a pas&#xa0;: une nouvelle base de données de ce nom deviendrait accessible avec lui.</translation>
    </message>
    <message>
        <source>It can write data.</source>
        <translation>Il peut écrire des données.</translation>
    </message>
</context>
<context>
    <name>TokenHistoryList</name>
    <message>
        <source>No changes to this token were recorded here.</source>
        <translation>Aucune modification de ce jeton n’a été enregistrée ici.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of this token</source>
        <translation>Historique de ce jeton</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>A JSON type, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>No value at all, the object of &quot;…, got %1&quot; in a decode error.</extracomment>
        <translation>absente</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1&#xa0;: champ obligatoire absent</translation>
    </message>
    <message>
        <source>%1: expected a string, got %2</source>
        <translation>%1&#xa0;: une chaîne était attendue, la valeur est %2</translation>
    </message>
    <message>
        <source>%1: must not be null</source>
        <translation>%1&#xa0;: ne doit pas être null</translation>
    </message>
    <message>
        <source>%1: expected an RFC 3339 date-time string, got %2</source>
        <translation>%1&#xa0;: une chaîne date-heure RFC 3339 était attendue, la valeur est %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an RFC 3339 date-time</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date-heure RFC 3339</translation>
    </message>
    <message>
        <source>permissions: required field is missing</source>
        <translation>permissions&#xa0;: champ obligatoire absent</translation>
    </message>
    <message>
        <source>permissions: expected an array, got %1</source>
        <translation>permissions&#xa0;: un tableau était attendu, la valeur est %1</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1&#xa0;: un objet était attendu, la valeur est %2</translation>
    </message>
    <message>
        <source>expected a token object, got %1</source>
        <translation>un objet jeton était attendu, la valeur est %1</translation>
    </message>
    <message>
        <source>id: must not be empty</source>
        <translation>id&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>expected a token object</source>
        <translation>objet jeton attendu</translation>
    </message>
    <message>
        <source>expected an array of tokens, got an object</source>
        <translation>un tableau de jetons était attendu, la valeur est un objet</translation>
    </message>
    <message>
        <source>expected an array of tokens</source>
        <translation>tableau de jetons attendu</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>élément %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have stored this token somewhere safe</source>
        <translation>J’ai conservé ce jeton en lieu sûr</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Token created</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <source>Database token created</source>
        <translation>Jeton de base de données créé</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy the token secret now and store it in a safe place, such as a password manager or your system&apos;s secret store. It will not be shown again.</source>
        <translation>Copiez maintenant le secret du jeton et conservez-le en lieu sûr, par exemple dans un gestionnaire de mots de passe ou le magasin de secrets de votre système. Il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Secret du jeton</translation>
    </message>
    <message>
        <source>Show the token secret</source>
        <translation>Afficher le secret du jeton</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy the token secret</source>
        <translation>Copier le secret du jeton</translation>
    </message>
    <message>
        <source>A new token can take a few seconds to a few minutes before it works. Until then, writes and queries with it are refused with 401 Unauthorized: wait, then try again.</source>
        <translation>Un nouveau jeton peut mettre de quelques secondes à quelques minutes avant de fonctionner. D’ici là, les écritures et les requêtes qui l’utilisent sont refusées avec 401 Unauthorized&#xa0;: patientez, puis réessayez.</translation>
    </message>
    <message>
        <source>A copied secret is removed from the clipboard after 30 seconds, or when Token Admin quits.</source>
        <translation>Un secret copié est retiré du presse-papiers au bout de 30 secondes, ou à la fermeture de Token Admin.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the token secret</source>
        <translation>Masquer le secret du jeton</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>it could not be recorded in the change history first (%1) — choose Continue without history for this run to make changes anyway</source>
        <translation>elle n’a pas pu être enregistrée d’abord dans l’historique des modifications (%1) — choisissez «&#xa0;Continuer sans historique pour cette exécution&#xa0;» pour effectuer des modifications malgré tout</translation>
    </message>
    <message>
        <source>another change of this token is on its way</source>
        <translation>une autre modification de ce jeton est déjà en cours</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>dans moins d’une minute</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>Toutes les bases</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>%1, + %n more</source>
        <translation>
            <numerusform>%1, + %n autre</numerusform>
            <numerusform>%1, + %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 local time
%2 UTC</source>
        <translation>%1 heure locale
%2 UTC</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>N’expire pas</translation>
    </message>
    <message>
        <source>Options for %1</source>
        <translation>Options de %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Expires At</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the database tokens of an InfluxDB 3 Cloud Dedicated or Clustered cluster.
With --api-url, the management token is read from the INFLUX_MANAGEMENT_TOKEN environment variable, or asked for.</source>
        <translation>Gère les jetons de base de données d’un cluster InfluxDB 3 Cloud Dedicated ou Clustered.
Avec --api-url, le jeton de gestion est lu dans la variable d’environnement INFLUX_MANAGEMENT_TOKEN, ou demandé.</translation>
    </message>
</context>
</TS>
