<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Portrait::AboutDialog</name>
    <message>
        <source>About Portrait</source>
        <translation>À propos de Portrait</translation>
    </message>
    <message>
        <source>Portrait icon</source>
        <translation>Icône de Portrait</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Portrait %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Portrait %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Browse, audit and export the profile photos of a Microsoft 365 / Entra ID directory through Microsoft Graph.</source>
        <translation>Parcourir, auditer et exporter les photos de profil d’un annuaire Microsoft 365 / Entra ID via Microsoft Graph.</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>Détails de la version</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Page d’accueil</translation>
    </message>
    <message>
        <source>&amp;Copy version details</source>
        <translation>&amp;Copier les détails de la version</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Portrait %1
Qt %2 (built with %3)
%4 %5</source>
        <translation>Portrait %1
Qt %2 (compilé avec %3)
%4 %5</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Licence: %1 (GNU General Public License, version 3 or later)</source>
        <translation>Licence : %1 (GNU General Public License, version 3 ou ultérieure)</translation>
    </message>
</context>
<context>
    <name>Portrait::AccountController</name>
    <message>
        <source>Could not open the demo tenant: %1</source>
        <translation>Impossible d&apos;ouvrir le locataire de démonstration : %1</translation>
    </message>
    <message>
        <source>Could not open the account %1: %2</source>
        <translation>Impossible d&apos;ouvrir le compte %1 : %2</translation>
    </message>
    <message>
        <source>Cannot delete the keychain entries of %1: %2</source>
        <translation>Impossible de supprimer les entrées du trousseau de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Portrait::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Locataire de démonstration</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
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
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign &amp;out of %1</source>
        <translation>Se &amp;déconnecter de %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Switch account, sign in or sign out</source>
        <translation>Changer de compte, se connecter ou se déconnecter</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>Portrait::AccountTokenProviders</name>
    <message>
        <source>unknown sign-in mode</source>
        <translation>mode de connexion inconnu</translation>
    </message>
</context>
<context>
    <name>Portrait::AccountsCommand</name>
    <message>
        <source>&apos;accounts&apos; takes no arguments</source>
        <translation>&apos;accounts&apos; n&apos;accepte aucun argument</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts.</source>
        <translation>
            <numerusform>%n compte.</numerusform>
            <numerusform>%n comptes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::AuditCommand</name>
    <message>
        <source>audit: write a report; the extension picks CSV, JSON or an HTML contact sheet.</source>
        <translation>audit : écrire un rapport ; l&apos;extension choisit CSV, JSON ou une planche contact HTML.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>audit: also download every photo to report bytes and sha256.</source>
        <translation>audit : télécharger aussi chaque photo pour indiquer les octets et le SHA-256.</translation>
    </message>
    <message>
        <source>audit: save the run as a snapshot for &apos;diff&apos;.</source>
        <translation>audit : enregistrer l&apos;exécution comme instantané pour &apos;diff&apos;.</translation>
    </message>
    <message>
        <source>audit: an image that counts as a placeholder (exact or resized/re-encoded copies).</source>
        <translation>audit : une image considérée comme image par défaut (copies exactes ou redimensionnées/réencodées).</translation>
    </message>
    <message>
        <source>audit: dHash bits (of 128) within which a photo matches a placeholder (default %1).</source>
        <translation>audit : nombre de bits dHash (sur 128) en deçà duquel une photo correspond à une image par défaut (%1 par défaut).</translation>
    </message>
    <message>
        <source>BITS</source>
        <translation>BITS</translation>
    </message>
    <message>
        <source>audit: photos with a smaller edge count as placeholders.</source>
        <translation>audit : les photos dont un côté est plus petit sont considérées comme images par défaut.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>audit: photos whose bytes are shared by more than N principals count as placeholders.</source>
        <translation>audit : les photos dont les octets sont partagés par plus de N objets sont considérées comme images par défaut.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>audit: include the members of nested groups.</source>
        <translation>audit : inclure les membres des groupes imbriqués.</translation>
    </message>
    <message>
        <source>audit: start CSV reports with a UTF-8 byte order mark.</source>
        <translation>audit : commencer les rapports CSV par une marque d&apos;ordre des octets (BOM) UTF-8.</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes at least one SCOPE, e.g. users</source>
        <translation>&apos;audit&apos; attend au moins une PORTÉE (SCOPE), p. ex. users</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3</source>
        <translation>--%1 attend un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--placeholder &apos;%1&apos;: %2</source>
        <translation>--placeholder &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>--report &apos;%1&apos;: use a .csv, .json or .html file</source>
        <translation>--report &apos;%1&apos; : indiquez un fichier .csv, .json ou .html</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n principals audited…</source>
        <translation>
            <numerusform>%1 sur %n objet audité…</numerusform>
            <numerusform>%1 sur %n objets audités…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audited %n principals in %1 s: %2.</source>
        <translation>
            <numerusform>%n objet audité en %1 s : %2.</numerusform>
            <numerusform>%n objets audités en %1 s : %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::AuditModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a reason and the placeholder&apos;s name</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
</context>
<context>
    <name>Portrait::AuditSnapshot</name>
    <message>
        <source>not a Portrait audit snapshot (made by &apos;audit --snapshot&apos; or &apos;--report FILE.json&apos;)</source>
        <translation>ce n&apos;est pas un instantané d&apos;audit Portrait (créé par &apos;audit --snapshot&apos; ou &apos;--report FICHIER.json&apos;)</translation>
    </message>
</context>
<context>
    <name>Portrait::AuditView</name>
    <message>
        <source>SCOPEs separated by spaces: users, groups, groups/{id}/members, me/contacts, me/contactfolders, or single principals.</source>
        <translation>Portées séparées par des espaces : users, groups, groups/{id}/members, me/contacts, me/contactfolders, ou des objets individuels.</translation>
    </message>
    <message>
        <source>Download photos</source>
        <translation>Télécharger les photos</translation>
    </message>
    <message>
        <source>Also fetch the bytes: sha256, thumbnails for the HTML report.</source>
        <translation>Récupérer aussi les octets : SHA-256, miniatures pour le rapport HTML.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Photos with a smaller edge count as placeholders.</source>
        <translation>Les photos dont un côté est plus petit sont considérées comme images par défaut.</translation>
    </message>
    <message>
        <source>Photos shared by more than this many principals count as placeholders.</source>
        <translation>Les photos partagées par plus d&apos;objets que ce nombre sont considérées comme images par défaut.</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>Lancer l&apos;audit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Vérifications :</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Add photo to placeholders</source>
        <translation>Ajouter la photo aux images par défaut</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Compare snapshots…</source>
        <translation>Comparer des instantanés…</translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder image(s)</source>
        <translation>
            <numerusform>%n image par défaut</numerusform>
            <numerusform>%n images par défaut</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a scope and run the audit.</source>
        <translation>Choisissez une portée et lancez l&apos;audit.</translation>
    </message>
    <message>
        <source>Cannot audit &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;auditer &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Choose a scope first.</source>
        <translation>Choisissez d&apos;abord une portée.</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>Audit de %1…</translation>
    </message>
    <message>
        <source>The audit stopped: %1</source>
        <translation>L&apos;audit s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>Fetching the photo of %1…</source>
        <translation>Récupération de la photo de %1…</translation>
    </message>
    <message>
        <source>%1 has no photo to use as a placeholder (%2).</source>
        <translation>%1 n&apos;a pas de photo utilisable comme image par défaut (%2).</translation>
    </message>
    <message>
        <source>The photo of %1 is already a placeholder, or cannot be decoded.</source>
        <translation>La photo de %1 est déjà une image par défaut, ou ne peut pas être décodée.</translation>
    </message>
    <message>
        <source>Added the photo of %1 to the placeholders; the next run uses it.</source>
        <translation>La photo de %1 a été ajoutée aux images par défaut ; la prochaine exécution l&apos;utilisera.</translation>
    </message>
    <message>
        <source>use a .csv, .json or .html file</source>
        <translation>indiquez un fichier .csv, .json ou .html</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>Enregistrer le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>HTML contact sheet (*.html)</source>
        <translation>Planche contact HTML (*.html)</translation>
    </message>
    <message>
        <source>Snapshot / JSON (*.json)</source>
        <translation>Instantané / JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <source>Changes between snapshots</source>
        <translation>Modifications entre instantanés</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n modification.</numerusform>
            <numerusform>%n modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) between the snapshots.</source>
        <translation>
            <numerusform>%n modification entre les instantanés.</numerusform>
            <numerusform>%n modifications entre les instantanés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Older snapshot</source>
        <translation>Instantané le plus ancien</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Instantanés (*.json)</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>Instantané le plus récent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo status and its count</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %Ln principals.</source>
        <translation>
            <numerusform>Annulé après %1 sur %Ln objet.</numerusform>
            <numerusform>Annulé après %1 sur %Ln objets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audited %Ln principals: %1.</source>
        <translation>
            <numerusform>%Ln objet audité : %1.</numerusform>
            <numerusform>%Ln objets audités : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>Min &amp;edge:</source>
        <translation>Côté &amp;minimal :</translation>
    </message>
    <message>
        <source>D&amp;uplicates over:</source>
        <translation>D&amp;oublons au-delà de :</translation>
    </message>
    <message>
        <source>Photo statuses</source>
        <translation>États des photos</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Type affiché</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>État affiché</translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation>Résultats de l&apos;audit</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Progression de l&apos;audit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>principals audited of principals found</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>CSV for Excel, with a byte order mark (*.csv)</source>
        <translation>CSV pour Excel, avec indicateur d&apos;ordre des octets (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Import photos from a folder for the people shown without a real photo (no photo, or a placeholder)</source>
        <translation>Importer depuis un dossier les photos des personnes affichées sans vraie photo (aucune photo, ou une image par défaut)</translation>
    </message>
    <message>
        <source>Everyone shown has a real photo (or cannot take one): nothing to fix.</source>
        <translation>Toutes les personnes affichées ont une vraie photo (ou ne peuvent pas en avoir) : rien à corriger.</translation>
    </message>
</context>
<context>
    <name>Portrait::AuditWindow</name>
    <message>
        <source>Photo audit</source>
        <translation>Audit des photos</translation>
    </message>
    <message>
        <source>Close the audit</source>
        <translation>Fermer l&apos;audit</translation>
    </message>
</context>
<context>
    <name>Portrait::AuthEndpoints</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>the login URL is an origin only (scheme, host, port): &apos;%1&apos;</source>
        <translation>l&apos;URL de connexion doit être une origine seule (schéma, hôte, port) : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>http:// is accepted only for a loopback address (127.0.0.1, [::1]): &apos;%1&apos;</source>
        <translation>http:// n&apos;est accepté que pour une adresse de bouclage (127.0.0.1, [::1]) : &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Portrait::BrowseView</name>
    <message>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <source>%1 is no longer in the list (a filter, a search or a refresh): nothing is selected.</source>
        <translation>%1 n&apos;est plus dans la liste (un filtre, une recherche ou une actualisation) : rien n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
</context>
<context>
    <name>Portrait::BrowserFlow</name>
    <message>
        <source>No answer from the browser: sign-in timed out.</source>
        <translation>Pas de réponse du navigateur : le délai de connexion est dépassé.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation>Seule la redirection de connexion est servie ici.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>This sign-in is already complete. You can close this tab.</source>
        <translation>Cette connexion est déjà terminée. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You can close this tab.</source>
        <translation>Échec de la connexion : %1. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>No authorization code was received.</source>
        <translation>Aucun code d&apos;autorisation n&apos;a été reçu.</translation>
    </message>
    <message>
        <source>The browser returned no authorization code.</source>
        <translation>Le navigateur n&apos;a renvoyé aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Portrait is signed in. You can close this tab.</source>
        <translation>Portrait est connecté. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation>Le service de connexion n&apos;a envoyé aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Cannot listen for the browser on localhost: %1</source>
        <translation>Impossible d&apos;attendre le navigateur sur localhost : %1</translation>
    </message>
    <message>
        <source>every port tried was taken on ::1</source>
        <translation>chaque port essayé était pris sur ::1</translation>
    </message>
</context>
<context>
    <name>Portrait::CacheFolder</name>
    <message>
        <source>The cache folder must be an absolute path.</source>
        <translation>Le dossier de cache doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1 already holds other files. Choose an empty folder: Portrait deletes what is in its cache folder when the cache is cleared.</source>
        <translation>%1 contient déjà d&apos;autres fichiers. Choisissez un dossier vide : Portrait supprime le contenu de son dossier de cache quand le cache est vidé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not marked as Portrait&apos;s cache (no CACHEDIR.TAG): nothing was deleted.</source>
        <translation>%1 n&apos;est pas marqué comme cache de Portrait (pas de CACHEDIR.TAG) : rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>Portrait::CachingTokenProvider</name>
    <message>
        <source>the sign-in service sent no access token</source>
        <translation>le service de connexion n&apos;a envoyé aucun jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>Portrait::CertificateCredential</name>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>erreur OpenSSL inconnue</translation>
    </message>
    <message>
        <source>the PEM data holds no certificate</source>
        <translation>les données PEM ne contiennent aucun certificat</translation>
    </message>
    <message>
        <source>the PEM data holds no private key, or the password is wrong (%1)</source>
        <translation>les données PEM ne contiennent aucune clé privée, ou le mot de passe est incorrect (%1)</translation>
    </message>
    <message>
        <source>not a PEM file or a PKCS#12 bundle</source>
        <translation>ni un fichier PEM ni un paquet PKCS#12</translation>
    </message>
    <message>
        <source>cannot open the PKCS#12 bundle: wrong password or no key and certificate (%1)</source>
        <translation>impossible d&apos;ouvrir le paquet PKCS#12 : mot de passe incorrect ou ni clé ni certificat (%1)</translation>
    </message>
    <message>
        <source>the private key is not an RSA key</source>
        <translation>la clé privée n&apos;est pas une clé RSA</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate</source>
        <translation>la clé privée n&apos;appartient pas au certificat</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>signing the client assertion failed: %1</source>
        <translation>échec de la signature de l&apos;assertion client : %1</translation>
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
        <translation>Parcourir et récupérer les photos de profil Microsoft 365 / Entra ID via Microsoft Graph.

Commandes :
%1
ITEM : me, users/{id|upn}, groups/{id}, me/contacts/{id}, users/{id|upn}/contacts/{id},
      me/contactfolders/{folderId}/contacts/{id}, users/{id|upn}/contactfolders/{folderId}/contacts/{id}
COLLECTION : users, groups, groups/{id}/members, me/contacts, me/contactfolders,
      me/contactfolders/{folderId}/contacts, et de même sous users/{id|upn}/

Codes de sortie : 0 terminé, 1 certains objets en erreur, 2 erreur d&apos;utilisation,
3 échec de l&apos;authentification, 4 service injoignable ou exécution interrompue.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Use the built-in demo tenant (no sign-in).</source>
        <translation>Utiliser le locataire de démonstration intégré (sans connexion).</translation>
    </message>
    <message>
        <source>A signed-in account from the keychain.</source>
        <translation>Un compte connecté, tiré du trousseau.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the bearer token from environment variable VAR.</source>
        <translation>Lire le jeton du porteur dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Read the bearer token from the first line of FILE.</source>
        <translation>Lire le jeton du porteur dans la première ligne de FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Graph root with its version, default https://graph.microsoft.com/v1.0 (http:// only for loopback).</source>
        <translation>Racine Graph avec sa version, par défaut https://graph.microsoft.com/v1.0 (http:// seulement en bouclage).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>National cloud: global, usgov, usgov-dod or china.</source>
        <translation>Cloud national : global, usgov, usgov-dod ou china.</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>CLOUD</translation>
    </message>
    <message>
        <source>One JSON object per line on stdout.</source>
        <translation>Un objet JSON par ligne sur stdout.</translation>
    </message>
    <message>
        <source>Photo requests in flight at most (default 4).</source>
        <translation>Nombre maximal de requêtes de photo simultanées (4 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds without progress before a request fails (default 60).</source>
        <translation>Secondes sans progression avant l&apos;échec d&apos;une requête (60 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Log every request.</source>
        <translation>Journaliser chaque requête.</translation>
    </message>
    <message>
        <source>Print only records and errors.</source>
        <translation>N&apos;afficher que les enregistrements et les erreurs.</translation>
    </message>
    <message>
        <source>the command and its address</source>
        <translation>la commande et son adresse</translation>
    </message>
    <message>
        <source>COMMAND [ARGS...]</source>
        <translation>COMMANDE [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;: use global, usgov, usgov-dod or china</source>
        <translation>cloud inconnu &apos;%1&apos; : indiquez global, usgov, usgov-dod ou china</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation>--timeout attend un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64</source>
        <translation>--concurrency attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;%2&apos;</source>
        <translation>--%1 n&apos;est pas une option de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Using the %1.</source>
        <translation>Utilisation : %1.</translation>
    </message>
    <message>
        <source>Also trust the certificate authority (or self-signed certificate) in FILE (PEM) for https.</source>
        <translation>Faire aussi confiance à l&apos;autorité de certification (ou au certificat auto-signé) de FILE (PEM) pour https.</translation>
    </message>
</context>
<context>
    <name>Portrait::CliContext</name>
    <message>
        <source>Try &apos;portrait-cli --help&apos;.</source>
        <translation>Essayez &apos;portrait-cli --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user, group or contact</source>
        <translation>&apos;%1&apos; n&apos;est ni un utilisateur, ni un groupe, ni un contact</translation>
    </message>
</context>
<context>
    <name>Portrait::ClientCredentialsProvider</name>
    <message>
        <source>the client secret is not in the keychain: sign in again</source>
        <translation>le secret client n&apos;est pas dans le trousseau : reconnectez-vous</translation>
    </message>
    <message>
        <source>no client secret or certificate is configured</source>
        <translation>aucun secret client ni certificat n&apos;est configuré</translation>
    </message>
</context>
<context>
    <name>Portrait::DetailFacts</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>User principal name:</source>
        <translation>Nom d&apos;utilisateur principal :</translation>
    </message>
    <message>
        <source>Mail:</source>
        <translation>Adresse e-mail :</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <source>Graph path:</source>
        <translation>Chemin Graph :</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Taille en pixels :</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Octets :</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>Type de média :</translation>
    </message>
    <message>
        <source>ETag:</source>
        <translation>ETag :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Code d&apos;erreur :</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>Message d&apos;erreur :</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>ID de requête :</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 octets (%2)</translation>
    </message>
</context>
<context>
    <name>Portrait::DetailPane</name>
    <message>
        <source>Save photo as…</source>
        <translation>Enregistrer la photo sous…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select a user, group or contact to see its photo.</source>
        <translation>Sélectionnez un utilisateur, un groupe ou un contact pour voir sa photo.</translation>
    </message>
    <message>
        <source>%1 · guest</source>
        <translation>%1 · invité</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Could not load this list: %1</source>
        <translation>Impossible de charger cette liste : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries loaded. Expand the list and select someone to see the photo.</source>
        <translation>
            <numerusform>%Ln entrée chargée. Développez la liste et sélectionnez quelqu&apos;un pour voir la photo.</numerusform>
            <numerusform>%Ln entrées chargées. Développez la liste et sélectionnez quelqu&apos;un pour voir la photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>Décodage…</translation>
    </message>
    <message>
        <source>The bytes could not be decoded as an image.</source>
        <translation>Les octets n&apos;ont pas pu être décodés en image.</translation>
    </message>
    <message>
        <source>Graph sent %1 bytes that are not a readable image.</source>
        <translation>Graph a envoyé %1 octets qui ne forment pas une image lisible.</translation>
    </message>
    <message>
        <source>Could not load the photo: %1</source>
        <translation>Impossible de charger la photo : %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the photo, the id, the user principal name or the mail</source>
        <translation>Copier la photo, l&apos;ID, le nom d&apos;utilisateur principal ou l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <source>Open the photo in the desktop&apos;s image viewer</source>
        <translation>Ouvrir la photo dans la visionneuse d&apos;images du bureau</translation>
    </message>
    <message>
        <source>Copied the photo (%1 × %2)</source>
        <translation>Photo copiée (%1 × %2)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>Copier l&apos;&amp;image</translation>
    </message>
    <message>
        <source>Copy i&amp;d</source>
        <translation>Copier l&apos;I&amp;D</translation>
    </message>
    <message>
        <source>Copy user principal &amp;name</source>
        <translation>Copier le &amp;nom d&apos;utilisateur principal</translation>
    </message>
    <message>
        <source>Copy &amp;mail</source>
        <translation>Copier l&apos;adresse e-&amp;mail</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries loaded match the filters. Select someone to see the photo.</source>
        <translation>
            <numerusform>%1 sur %Ln entrée chargée correspond aux filtres. Sélectionnez quelqu&apos;un pour voir la photo.</numerusform>
            <numerusform>%1 sur %Ln entrées chargées correspondent aux filtres. Sélectionnez quelqu&apos;un pour voir la photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a photo status and its reason, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Replace photo…</source>
        <translation>Remplacer la photo…</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Supprimer la photo…</translation>
    </message>
    <message>
        <source>There is no photo to remove.</source>
        <translation>Il n’y a pas de photo à supprimer.</translation>
    </message>
    <message>
        <source>Choose an image to become this photo</source>
        <translation>Choisir une image qui devient cette photo</translation>
    </message>
    <message>
        <source>Remove this photo from the directory</source>
        <translation>Supprimer cette photo de l’annuaire</translation>
    </message>
</context>
<context>
    <name>Portrait::DeviceCodeFlow</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in service sent no device code.</source>
        <translation>Le service de connexion n&apos;a envoyé aucun code d&apos;appareil.</translation>
    </message>
    <message>
        <source>The code expired before sign-in was completed.</source>
        <translation>Le code a expiré avant la fin de la connexion.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation>Le service de connexion n&apos;a envoyé aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
</context>
<context>
    <name>Portrait::DiffCommand</name>
    <message>
        <source>&apos;diff&apos; takes two snapshot files: OLD NEW</source>
        <translation>&apos;diff&apos; attend deux fichiers d&apos;instantané : ANCIEN NOUVEAU</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Only one snapshot is --deep: photos are compared by etag.</source>
        <translation>Un seul instantané est --deep : les photos sont comparées par ETag.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes: %1.</source>
        <translation>
            <numerusform>%n modification : %1.</numerusform>
            <numerusform>%n modifications : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::DirectoryFilterModel</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>a list: shown of all</comment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 loaded so far)</source>
        <translation>%1 (%2 sur %3 chargés jusqu&apos;ici)</translation>
    </message>
</context>
<context>
    <name>Portrait::DirectoryModel</name>
    <message>
        <source>the signed-in user</source>
        <translation>l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>users</source>
        <translation>les utilisateurs</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>les groupes</translation>
    </message>
    <message>
        <source>contact folders</source>
        <translation>les dossiers de contacts</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>les contacts</translation>
    </message>
    <message>
        <source>members of %1</source>
        <translation>les membres de %1</translation>
    </message>
    <message>
        <source>contacts in %1</source>
        <translation>les contacts de %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Me — %1</source>
        <translation>Moi — %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <source>%1 (%2) — loading…</source>
        <translation>%1 (%2) — chargement…</translation>
    </message>
    <message>
        <source>%1 — loading…</source>
        <translation>%1 — chargement…</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — échec</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
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
        <translation>Impossible de charger %1 : %2
Développez ou actualisez pour réessayer.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries loaded</source>
        <translation>
            <numerusform>%n entrée chargée</numerusform>
            <numerusform>%n entrées chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest (shown in italics)</source>
        <translation>Invité (affiché en italique)</translation>
    </message>
    <message>
        <source>Account disabled (shown in grey)</source>
        <translation>Compte désactivé (affiché en gris)</translation>
    </message>
</context>
<context>
    <name>Portrait::DirectoryObject</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact folder</source>
        <translation>Dossier de contacts</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Portrait::ExportCommand</name>
    <message>
        <source>export: the output folder.</source>
        <translation>export : le dossier de destination.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>photo, export: one of Graph&apos;s sizes, e.g. 96x96.</source>
        <translation>photo, export : l&apos;une des tailles de Graph, p. ex. 96x96.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>export: file name template, default %1; tokens {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}.</source>
        <translation>export : modèle de nom de fichier, %1 par défaut ; jetons {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>export: original (default), jpeg or png.</source>
        <translation>export : original (par défaut), jpeg ou png.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: JPEG quality 1-100 (default 90).</source>
        <translation>export : qualité JPEG de 1 à 100 (90 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>export: scale down so no edge exceeds PX.</source>
        <translation>export : réduire pour qu&apos;aucun côté ne dépasse PX.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>export: fetch and write only what changed since the last run (the manifest).</source>
        <translation>export : ne récupérer et n&apos;écrire que ce qui a changé depuis la dernière exécution (le manifeste).</translation>
    </message>
    <message>
        <source>export: delete manifest-listed files of principals no longer in scope.</source>
        <translation>export : supprimer les fichiers du manifeste dont les objets ne sont plus dans la portée.</translation>
    </message>
    <message>
        <source>export: say what would be written; write nothing.</source>
        <translation>export : indiquer ce qui serait écrit ; ne rien écrire.</translation>
    </message>
    <message>
        <source>export: include nested groups&apos; members.</source>
        <translation>export : inclure les membres des groupes imbriqués.</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes at least one scope, e.g. users</source>
        <translation>&apos;export&apos; attend au moins une portée, p. ex. users</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --out DIR</source>
        <translation>&apos;export&apos; nécessite --out DIR</translation>
    </message>
    <message>
        <source>--size takes WxH, e.g. 96x96</source>
        <translation>--size attend LxH, p. ex. 96x96</translation>
    </message>
    <message>
        <source>--format takes original, jpeg or png</source>
        <translation>--format attend original, jpeg ou png</translation>
    </message>
    <message>
        <source>--quality takes a number from 1 to 100</source>
        <translation>--quality attend un nombre de 1 à 100</translation>
    </message>
    <message>
        <source>--max-edge takes a number of pixels from 1 to 10000</source>
        <translation>--max-edge attend un nombre de pixels de 1 à 10000</translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n écrit</numerusform>
            <numerusform>%n écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no photo)</source>
        <translation>
            <numerusform>%n ignoré (sans photo)</numerusform>
            <numerusform>%n ignorés (sans photo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would export %n principals in %1 s: %2; %3 bytes written to %4.</source>
        <translation>
            <numerusform>Exporterait %n objet en %1 s : %2 ; %3 octets écrits dans %4.</numerusform>
            <numerusform>Exporterait %n objets en %1 s : %2 ; %3 octets écrits dans %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n principals in %1 s: %2; %3 bytes written to %4.</source>
        <translation>
            <numerusform>%n objet exporté en %1 s : %2 ; %3 octets écrits dans %4.</numerusform>
            <numerusform>%n objets exportés en %1 s : %2 ; %3 octets écrits dans %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the counts of the export summary (&quot;2 written, 0 unchanged, …&quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>export: write into an existing --out folder that another user owns.</source>
        <translation>export : écrire dans un dossier --out existant qui appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Cancelling: finishing the photos being written (Ctrl+C again stops at once).</source>
        <translation>Annulation : les photos en cours d&apos;écriture sont terminées (Ctrl+C à nouveau arrête immédiatement).</translation>
    </message>
</context>
<context>
    <name>Portrait::ExportDialog</name>
    <message>
        <source>Export photos</source>
        <translation>Exporter les photos</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Éléments à exporter</translation>
    </message>
    <message>
        <source>Include members of nested groups</source>
        <translation>Inclure les membres des groupes imbriqués</translation>
    </message>
    <message numerus="yes">
        <source>The selection (%Ln items)</source>
        <translation>
            <numerusform>La sélection (%Ln élément)</numerusform>
            <numerusform>La sélection (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>My contacts and contact folders</source>
        <translation>Mes contacts et dossiers de contacts</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Portrait export</source>
        <translation>Export Portrait</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Tokens: {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}. A / makes a subfolder.</source>
        <translation>Jetons : {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}. Un / crée un sous-dossier.</translation>
    </message>
    <message>
        <source>Largest available</source>
        <translation>La plus grande disponible</translation>
    </message>
    <message>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <source>When a photo lacks this size, the nearest smaller one is written.</source>
        <translation>Si une photo n&apos;existe pas dans cette taille, la taille inférieure la plus proche est écrite.</translation>
    </message>
    <message>
        <source>Original bytes</source>
        <translation>Octets d&apos;origine</translation>
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
        <translation>Sans mise à l&apos;échelle</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Only what changed since the last export (incremental)</source>
        <translation>Uniquement ce qui a changé depuis le dernier export (incrémentiel)</translation>
    </message>
    <message>
        <source>Delete earlier exported files of principals no longer in scope</source>
        <translation>Supprimer les fichiers exportés auparavant dont les objets ne sont plus dans la portée</translation>
    </message>
    <message>
        <source>Dry run: only show what would be written</source>
        <translation>Simulation : afficher seulement ce qui serait écrit</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Énumération…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>Annulé après %1 s.</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>L&apos;export s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>Dry run done in %1 s.</source>
        <translation>Simulation terminée en %1 s.</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Preview of the file names</source>
        <translation>Aperçu des noms de fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualité :</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Noms de fichier :</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;Longest edge:</source>
        <translation>Côté le plus &amp;long :</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>%p%</source>
        <extracomment>The progress bar&apos;s text: %p is the percentage done (the typography of &quot;50%&quot; or &quot;50 %&quot; is the language&apos;s).</extracomment>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 found so far</source>
        <translation>%1 sur %2 trouvés jusqu&apos;ici</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <translation>
            <numerusform>%Ln écrit</numerusform>
            <numerusform>%Ln écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln ignoré</numerusform>
            <numerusform>%Ln ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln échec</numerusform>
            <numerusform>%Ln échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>photos exported a second</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (no photo)</source>
        <translation>
            <numerusform>%Ln ignoré (sans photo)</numerusform>
            <numerusform>%Ln ignorés (sans photo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln supprimé</numerusform>
            <numerusform>%Ln supprimés</numerusform>
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
        <translation>aucun dossier de destination</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>&apos;%1&apos; n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read %1 in &apos;%2&apos;: %3 (move it away to start afresh)</source>
        <translation>impossible de lire %1 dans &apos;%2&apos; : %3 (déplacez-le pour repartir de zéro)</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;export a été annulé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to another user, who could redirect what is written there: choose a folder of your own</source>
        <translation>&apos;%1&apos; appartient à un autre utilisateur, qui pourrait détourner ce qui y est écrit : choisissez un dossier à vous</translation>
    </message>
</context>
<context>
    <name>Portrait::FilterSortMenus</name>
    <message>
        <source>Fi&amp;lter</source>
        <translation>&amp;Filtre</translation>
    </message>
    <message>
        <source>Show only some photo statuses, kinds, user types or accounts</source>
        <translation>N&apos;afficher que certains états de photo, types, types d&apos;utilisateur ou comptes</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Image par défaut</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>User type</source>
        <translation>Type d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Members and guests</source>
        <translation>Membres et invités</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Membres uniquement</translation>
    </message>
    <message>
        <source>Guests only</source>
        <translation>Invités uniquement</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Activés et désactivés</translation>
    </message>
    <message>
        <source>Enabled only</source>
        <translation>Activés uniquement</translation>
    </message>
    <message>
        <source>Disabled only</source>
        <translation>Désactivés uniquement</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <source>Sort by name, photo status, pixel size or bytes</source>
        <translation>Trier par nom, état de la photo, taille en pixels ou octets</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <source>Directory order</source>
        <translation>Ordre de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Photo status</source>
        <translation>État de la photo</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Taille en pixels</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>Portrait::GraphError</name>
    <message>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>réponse inattendue</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (request-id %2)</source>
        <translation>%1 (ID de requête %2)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilisable</translation>
    </message>
</context>
<context>
    <name>Portrait::GraphRoot</name>
    <message>
        <source>&apos;%1&apos; is not an absolute URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos;: use https://</source>
        <translation>schéma &apos;%1&apos; non pris en charge : utilisez https://</translation>
    </message>
    <message>
        <source>the Graph URL must not carry a query, fragment or user info</source>
        <translation>l&apos;URL Graph ne doit contenir ni requête, ni fragment, ni informations d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the Graph URL needs its version segment, e.g. %1/v1.0</source>
        <translation>l&apos;URL Graph doit contenir son segment de version, p. ex. %1/v1.0</translation>
    </message>
    <message>
        <source>refusing http:// for &apos;%1&apos;: only a loopback address (127.0.0.1, [::1]) may use plain HTTP; use https://</source>
        <translation>http:// refusé pour &apos;%1&apos; : seule une adresse de bouclage (127.0.0.1, [::1]) peut utiliser HTTP non chiffré ; utilisez https://</translation>
    </message>
</context>
<context>
    <name>Portrait::HtmlReportWriter</name>
    <message>
        <source>Portrait photo audit</source>
        <translation>Audit des photos Portrait</translation>
    </message>
    <message>
        <source> (deep)</source>
        <translation> (approfondi, avec octets)</translation>
    </message>
    <message>
        <source> (incomplete: the run stopped early)</source>
        <translation> (incomplet : l&apos;exécution s&apos;est arrêtée prématurément)</translation>
    </message>
    <message>
        <source>Real photo</source>
        <translation>Vraie photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Image par défaut</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this report, for the HTML lang attribute</comment>
        <translation>fr</translation>
    </message>
    <message numerus="yes">
        <source>%n principals in %1, audited %2%3%4</source>
        <translation>
            <numerusform>%n objet dans %1, audité le %2%3%4</numerusform>
            <numerusform>%n objets dans %1, audités le %2%3%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::ImportCommand</name>
    <message>
        <source>import: match file names by auto, upn, mail, id, employeeId or displayName.</source>
        <translation>import : associer les noms de fichiers par auto, upn, mail, id, employeeId ou displayName.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>import: a CSV of file,principal rows that names the files.</source>
        <translation>import : un CSV de lignes file,principal qui nomme les fichiers.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>import: where the principals are (default users; repeat).</source>
        <translation>import : où se trouvent les objets (par défaut users ; répétable).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>import: leave principals that have a photo alone.</source>
        <translation>import : ne pas toucher aux objets qui ont déjà une photo.</translation>
    </message>
    <message>
        <source>set, remove, import: the journal folder (default: a new one here).</source>
        <translation>set, remove, import : le dossier du journal (par défaut : un nouveau ici).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>import, undo: carry the plan out (else: plan only).</source>
        <translation>import, undo : exécuter le plan (sinon : planifier seulement).</translation>
    </message>
    <message>
        <source>set, import: center (a centred square) or none.</source>
        <translation>set, import : center (un carré centré) ou none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>export: scale down so no edge exceeds PX.</source>
        <translation>export : réduire pour qu&apos;aucun côté ne dépasse PX.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>set, import: images with a shorter edge are invalid.</source>
        <translation>set, import : les images dont un côté est plus court sont invalides.</translation>
    </message>
    <message>
        <source>&apos;import&apos; takes one folder of images</source>
        <translation>&apos;import&apos; attend un dossier d&apos;images</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>&apos;%1&apos; n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>--match takes auto, upn, mail, id, employeeId or displayName</source>
        <translation>--match attend auto, upn, mail, id, employeeId ou displayName</translation>
    </message>
    <message>
        <source>--scope &apos;%1&apos;: %2</source>
        <translation>--scope &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>import: with --only-missing, a photo like this image counts as missing (repeat).</source>
        <translation>import : avec --only-missing, une photo semblable à cette image compte comme manquante (répétable).</translation>
    </message>
    <message>
        <source>--replace-placeholders &apos;%1&apos;: %2</source>
        <translation>--replace-placeholders &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Ignored (not pictures): %1</source>
        <translation>Ignorés (pas des images) : %1</translation>
    </message>
</context>
<context>
    <name>Portrait::ImportController</name>
    <message>
        <source>&amp;Import photos…</source>
        <translation>&amp;Importer des photos…</translation>
    </message>
    <message>
        <source>Set many people&apos;s photos from a folder of images, with a plan first and undo after (Ctrl+Shift+I)</source>
        <translation>Définir les photos de nombreuses personnes depuis un dossier d’images, avec d’abord un plan et ensuite une annulation possible (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Recent &amp;journals</source>
        <translation>&amp;Journaux récents</translation>
    </message>
    <message>
        <source>%1 — %2 written, %3 failed</source>
        <translation>%1 — %2 écrites, %3 en échec</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — illisible</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>&amp;Ouvrir un journal…</translation>
    </message>
    <message>
        <source>Open a journal folder</source>
        <translation>Ouvrir un dossier de journal</translation>
    </message>
    <message>
        <source> (another tenant: %1)</source>
        <translation> (autre locataire : %1)</translation>
    </message>
</context>
<context>
    <name>Portrait::ImportPlanModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <source>Several people</source>
        <translation>Plusieurs personnes</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Photo now</source>
        <translation>Photo actuelle</translation>
    </message>
    <message>
        <source>New photo</source>
        <translation>Nouvelle photo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 × %2 pixels are sent</source>
        <translation>%1 × %2 pixels sont envoyés</translation>
    </message>
    <message>
        <source>The file as it is: it is not sent</source>
        <translation>Le fichier tel quel : il n&apos;est pas envoyé</translation>
    </message>
</context>
<context>
    <name>Portrait::ImportWindow</name>
    <message>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Dossier d’images</translation>
    </message>
    <message>
        <source>A folder of photos named after the people</source>
        <translation>Un dossier de photos nommées d’après les personnes</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Match file names by</source>
        <translation>Associer les noms de fichiers par</translation>
    </message>
    <message>
        <source>Sign-in name, then mail, id, employee ID</source>
        <translation>Nom de connexion, puis e-mail, id, matricule</translation>
    </message>
    <message>
        <source>Sign-in name (UPN)</source>
        <translation>Nom de connexion (UPN)</translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Id d’objet</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>A file&apos;s name without its extension is compared with this, ignoring case.</source>
        <translation>Le nom d’un fichier sans son extension est comparé à ceci, sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>CSV map</source>
        <translation>Correspondance CSV</translation>
    </message>
    <message>
        <source>Optional: a CSV of file,principal rows</source>
        <translation>Facultatif : un CSV de lignes file,principal</translation>
    </message>
    <message>
        <source>A CSV file with the header file,principal: each row names the person of one file (a UPN, mail, id or address such as users/…). Files it does not name are matched by their names.</source>
        <translation>Un fichier CSV d’en-tête file,principal : chaque ligne nomme la personne d’un fichier (UPN, e-mail, id ou adresse comme users/…). Les fichiers qu’il ne nomme pas sont associés par leur nom.</translation>
    </message>
    <message>
        <source>Choos&amp;e map…</source>
        <translation>Choisir la corr&amp;espondance…</translation>
    </message>
    <message>
        <source>Choose a CSV map</source>
        <translation>Choisir une correspondance CSV</translation>
    </message>
    <message>
        <source>or a C&amp;SV map:</source>
        <translation>ou une correspondance C&amp;SV :</translation>
    </message>
    <message>
        <source>Whose photos</source>
        <translation>Les photos de qui</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Users and groups</source>
        <translation>Utilisateurs et groupes</translation>
    </message>
    <message>
        <source>Only people &amp;without a photo</source>
        <translation>Seulement les personnes sans ph&amp;oto</translation>
    </message>
    <message>
        <source>Leave everyone who has a photo as they are.</source>
        <translation>Laisser telles quelles toutes les personnes qui ont une photo.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Match the files and say what would change; nothing is written.</source>
        <translation>Associer les fichiers et dire ce qui changerait ; rien n’est écrit.</translation>
    </message>
    <message>
        <source>Ever&amp;yone</source>
        <translation>&amp;Tout le monde</translation>
    </message>
    <message>
        <source>Import for everyone</source>
        <translation>Importer pour tout le monde</translation>
    </message>
    <message>
        <source>Plan for everyone, not only the people chosen in the audit.</source>
        <translation>Planifier pour tout le monde, pas seulement pour les personnes choisies dans l’audit.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Match by:</source>
        <translation>Associer pa&amp;r :</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Chercher dans :</translation>
    </message>
    <message>
        <source>Show action</source>
        <translation>Afficher l’action</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan d’import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Appliquer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Annuler cet &amp;import…</translation>
    </message>
    <message>
        <source>Say what undoing would put back, then put it back when you confirm.</source>
        <translation>Dire ce que l’annulation remettrait, puis le remettre après votre confirmation.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open &amp;journal folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>The journal holds a backup of every photo this import changed.</source>
        <translation>Le journal contient une sauvegarde de chaque photo que cet import a changée.</translation>
    </message>
    <message>
        <source>Choose a folder of photos named after the people (e.g. adele@contoso.com.jpg), then Plan: nothing is written until you apply the plan.</source>
        <translation>Choisissez un dossier de photos nommées d’après les personnes (par ex. adele@contoso.com.jpg), puis Planifier : rien n’est écrit avant que vous appliquiez le plan.</translation>
    </message>
    <message>
        <source>Only the people chosen in the audit (%1): files for anyone else are left out.</source>
        <translation>Seulement les personnes choisies dans l’audit (%1) : les fichiers des autres sont laissés de côté.</translation>
    </message>
    <message>
        <source>&amp;Apply the undo…</source>
        <translation>&amp;Appliquer l’annulation…</translation>
    </message>
    <message>
        <source>Folder of photos</source>
        <translation>Dossier de photos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a folder of photos first.</source>
        <translation>Choisissez d’abord un dossier de photos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder.</source>
        <translation>« %1 » n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The CSV map &apos;%1&apos; is not a file.</source>
        <translation>La correspondance CSV « %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Reading the folder and the directory… nothing is written.</source>
        <translation>Lecture du dossier et de l’annuaire… rien n’est écrit.</translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation>Impossible de planifier : %1</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Planning cancelled; nothing was written.</source>
        <translation>Planification annulée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Not written: cancelled</source>
        <translation>Non écrit : annulé</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Change photos</source>
        <translation>Changer des photos</translation>
    </message>
    <message>
        <source>Put the photos back as they were?</source>
        <translation>Remettre les photos comme elles étaient ?</translation>
    </message>
    <message>
        <source>Change the photos?</source>
        <translation>Changer les photos ?</translation>
    </message>
    <message>
        <source>Photos that will be put back: %1 (%2).</source>
        <translation>Photos qui seront remises : %1 (%2).</translation>
    </message>
    <message>
        <source>Photos that will change: %1 (%2).</source>
        <translation>Photos qui vont changer : %1 (%2).</translation>
    </message>
    <message>
        <source>A photo that was changed again since the import is left alone.</source>
        <translation>Une photo changée à nouveau depuis l’import est laissée telle quelle.</translation>
    </message>
    <message>
        <source>Before each change, the photo there now is saved in a journal, so you can undo the import. Teams and SharePoint may show the old photos for a while.</source>
        <translation>Avant chaque changement, la photo actuelle est sauvegardée dans un journal, pour que vous puissiez annuler l’import. Teams et SharePoint peuvent montrer les anciennes photos encore un moment.</translation>
    </message>
    <message>
        <source>Put the photos back</source>
        <translation>Remettre les photos</translation>
    </message>
    <message>
        <source>Change the photos</source>
        <translation>Changer les photos</translation>
    </message>
    <message>
        <source>Nothing was written: the journal cannot be made (%1).</source>
        <translation>Rien n’a été écrit : le journal ne peut pas être créé (%1).</translation>
    </message>
    <message>
        <source>Putting the photos back…</source>
        <translation>Remise des photos…</translation>
    </message>
    <message>
        <source>Writing the photos…</source>
        <translation>Écriture des photos…</translation>
    </message>
    <message>
        <source>Cancelling: the writes already sent finish, nothing else is written…</source>
        <translation>Annulation : les écritures déjà envoyées se terminent, rien d’autre n’est écrit…</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Le journal ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Reading the photos to see what undoing would put back… nothing is written.</source>
        <translation>Lecture des photos pour voir ce que l’annulation remettrait… rien n’est écrit.</translation>
    </message>
    <message>
        <source>Undone: removed again</source>
        <translation>Annulé : retirée à nouveau</translation>
    </message>
    <message>
        <source>Undone: the photo from before is back</source>
        <translation>Annulé : la photo d’avant est revenue</translation>
    </message>
    <message>
        <source>Interrupted during the write: Undo settles it</source>
        <translation>Interrompu pendant l’écriture : l’annulation le règle</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Toutes les lignes (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Changements (%1)</translation>
    </message>
    <message>
        <source>Photos that would change: %1. Nothing has been written yet.</source>
        <translation>Photos qui changeraient : %1. Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>Photos that undo would put back: %1. Nothing has been changed yet.</source>
        <translation>Photos que l’annulation remettrait : %1. Rien n’a encore été changé.</translation>
    </message>
    <message>
        <source>%1 written (%2 verified), %3 failed.</source>
        <translation>%1 écrites (%2 vérifiées), %3 en échec.</translation>
    </message>
    <message>
        <source>Not written (cancelled): %1.</source>
        <translation>Non écrites (annulées) : %1.</translation>
    </message>
    <message>
        <source>Teams and SharePoint may show the old photos for a while (Teams up to 60 days, SharePoint up to 72 hours).</source>
        <translation>Teams et SharePoint peuvent montrer les anciennes photos encore un moment (Teams jusqu’à 60 jours, SharePoint jusqu’à 72 heures).</translation>
    </message>
    <message>
        <source>Journal of %1: %2 written, %3 failed, %4 undone.</source>
        <translation>Journal du %1 : %2 écrites, %3 en échec, %4 annulées.</translation>
    </message>
    <message>
        <source>%1 put back (%2 verified), %3 failed.</source>
        <translation>%1 remises (%2 vérifiées), %3 en échec.</translation>
    </message>
    <message>
        <source>This journal belongs to another tenant (%1), not to the one you are connected to (%2). Its photos can only be put back there: connect to that tenant to undo it.</source>
        <translation>Ce journal appartient à un autre locataire (%1), pas à celui auquel vous êtes connecté (%2). Ses photos ne peuvent être remises que là-bas : connectez-vous à ce locataire pour l&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>Portrait::ItemPath</name>
    <message>
        <source>empty address</source>
        <translation>adresse vide</translation>
    </message>
    <message>
        <source>empty segment in &apos;%1&apos;</source>
        <translation>segment vide dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown group address &apos;%1&apos; (use groups/{id} or groups/{id}/members)</source>
        <translation>adresse de groupe inconnue &apos;%1&apos; (utilisez groups/{id} ou groups/{id}/members)</translation>
    </message>
    <message>
        <source>unknown address &apos;%1&apos;: it must start with me, users, or groups</source>
        <translation>adresse inconnue &apos;%1&apos; : elle doit commencer par me, users ou groups</translation>
    </message>
    <message>
        <source>unknown address &apos;%1&apos;</source>
        <translation>adresse inconnue &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Portrait::JournalTenant</name>
    <message>
        <source>the demo tenant</source>
        <translation>le locataire de démonstration</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
    <message>
        <source>tenant %1 (account %2)</source>
        <translation>locataire %1 (compte %2)</translation>
    </message>
    <message>
        <source>account %1 at %2</source>
        <translation>compte %1 sur %2</translation>
    </message>
    <message>
        <source>an unknown tenant</source>
        <translation>un locataire inconnu</translation>
    </message>
    <message>
        <source>a token for %1</source>
        <translation>un jeton pour %1</translation>
    </message>
</context>
<context>
    <name>Portrait::KeychainTokenStore</name>
    <message>
        <source>no keychain is reachable (is a Secret Service such as gnome-keyring running?): %1</source>
        <translation>aucun trousseau n&apos;est joignable (un Secret Service tel que gnome-keyring est-il lancé ?) : %1</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>le trousseau a refusé : %1</translation>
    </message>
    <message>
        <source>a keychain entry is incomplete (chunk %1 is missing)</source>
        <translation>une entrée du trousseau est incomplète (le fragment %1 manque)</translation>
    </message>
    <message>
        <source>the secret is too large for the keychain</source>
        <translation>le secret est trop grand pour le trousseau</translation>
    </message>
</context>
<context>
    <name>Portrait::ListCommand</name>
    <message>
        <source>list: match display names.</source>
        <translation>list : rechercher dans les noms d&apos;affichage.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list: an OData $filter.</source>
        <translation>list : un $filter OData.</translation>
    </message>
    <message>
        <source>ODATA</source>
        <translation>ODATA</translation>
    </message>
    <message>
        <source>list: at most N entries.</source>
        <translation>list : au plus N entrées.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&apos;list&apos; takes one collection, e.g. users</source>
        <translation>&apos;list&apos; attend une collection, p. ex. users</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a collection (e.g. users, groups, groups/{id}/members, me/contacts)</source>
        <translation>&apos;%1&apos; n&apos;est pas une collection (p. ex. users, groups, groups/{id}/members, me/contacts)</translation>
    </message>
    <message>
        <source>--top takes a positive number</source>
        <translation>--top attend un nombre positif</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portrait::LoginCommand</name>
    <message>
        <source>login: sign in with a code entered on another device (default).</source>
        <translation>login : se connecter avec un code saisi sur un autre appareil (par défaut).</translation>
    </message>
    <message>
        <source>login: sign in in the system browser (PKCE, loopback redirect).</source>
        <translation>login : se connecter dans le navigateur du système (PKCE, redirection de bouclage).</translation>
    </message>
    <message>
        <source>login: app-only, client secret read from environment variable VAR.</source>
        <translation>login : application seule, secret client lu dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>login: app-only, certificate and key in FILE (PEM or PKCS#12).</source>
        <translation>login : application seule, certificat et clé dans FILE (PEM ou PKCS#12).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>login: the certificate&apos;s password, from environment VAR.</source>
        <translation>login : le mot de passe du certificat, lu dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <source>login: tenant ID or domain (or &apos;organizations&apos;).</source>
        <translation>login : ID ou domaine du locataire (ou &apos;organizations&apos;).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>login: your app registration&apos;s client ID (or PORTRAIT_CLIENT_ID).</source>
        <translation>login : l&apos;ID client de votre inscription d&apos;application (ou PORTRAIT_CLIENT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>login: the account&apos;s name for --account (default: the tenant).</source>
        <translation>login : le nom du compte pour --account (par défaut : le locataire).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>login: login origin override (http:// only for loopback).</source>
        <translation>login : origine de connexion personnalisée (http:// seulement en bouclage).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>login: also ask for ProfilePhoto.Read.All.</source>
        <translation>login : demander aussi ProfilePhoto.Read.All.</translation>
    </message>
    <message>
        <source>login: borrow Microsoft Graph Command Line Tools&apos; client ID (unsupported, fragile).</source>
        <translation>login : emprunter l&apos;ID client de Microsoft Graph Command Line Tools (non pris en charge, fragile).</translation>
    </message>
    <message>
        <source>login: sign the certificate assertion with RS256 + x5t (older tenants).</source>
        <translation>login : signer l&apos;assertion de certificat avec RS256 + x5t (anciens locataires).</translation>
    </message>
    <message>
        <source>&apos;login&apos; takes options only</source>
        <translation>&apos;login&apos; n&apos;accepte que des options</translation>
    </message>
    <message>
        <source>choose one of --device-code, --browser, --client-secret-env and --certificate</source>
        <translation>choisissez une seule option parmi --device-code, --browser, --client-secret-env et --certificate</translation>
    </message>
    <message>
        <source>--tenant takes a tenant ID or domain</source>
        <translation>--tenant attend un ID ou un domaine de locataire</translation>
    </message>
    <message>
        <source>app-only sign-in needs a specific tenant, not &apos;%1&apos;</source>
        <translation>la connexion application seule nécessite un locataire précis, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--use-graph-cli-client is for delegated sign-in without --client-id</source>
        <translation>--use-graph-cli-client sert à la connexion déléguée sans --client-id</translation>
    </message>
    <message>
        <source>warning: borrowing Microsoft&apos;s &apos;Microsoft Graph Command Line Tools&apos; client ID. It is not Portrait&apos;s: its permissions are pre-authorised by Microsoft and may change without notice, tenants may block it by Conditional Access, and sign-ins appear under its name. Register your own app instead (README, &apos;Connect to your tenant&apos;).</source>
        <translation>avertissement : emprunt de l&apos;ID client &apos;Microsoft Graph Command Line Tools&apos; de Microsoft. Il n&apos;appartient pas à Portrait : ses autorisations sont préapprouvées par Microsoft et peuvent changer sans préavis, les locataires peuvent le bloquer par accès conditionnel, et les connexions apparaissent sous son nom. Inscrivez plutôt votre propre application (README, &apos;Connect to your tenant&apos;).</translation>
    </message>
    <message>
        <source>no client ID: register an app in your tenant (README, &apos;Connect to your tenant&apos;) and pass --client-id ID or set PORTRAIT_CLIENT_ID</source>
        <translation>aucun ID client : inscrivez une application dans votre locataire (README, &apos;Connect to your tenant&apos;) et passez --client-id ID ou définissez PORTRAIT_CLIENT_ID</translation>
    </message>
    <message>
        <source>--name takes 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;</source>
        <translation>--name attend 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; ou &apos;@&apos;</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;</source>
        <translation>cloud inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad --graph-url: %1</source>
        <translation>--graph-url incorrecte : %1</translation>
    </message>
    <message>
        <source>bad --login-url: %1</source>
        <translation>--login-url incorrecte : %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty</source>
        <translation>la variable d&apos;environnement %1 n&apos;est pas définie ou est vide</translation>
    </message>
    <message>
        <source>--certificate-password-env and --rs256 go with --certificate</source>
        <translation>--certificate-password-env et --rs256 s&apos;utilisent avec --certificate</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Pour vous connecter, ouvrez %1 et saisissez le code %2</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Signed in as account &apos;%1&apos;. Use --account %1.</source>
        <translation>Connecté avec le compte &apos;%1&apos;. Utilisez --account %1.</translation>
    </message>
    <message>
        <source>Signed in %1 as account &apos;%2&apos;. Use --account %2.</source>
        <translation>%1 connecté avec le compte &apos;%2&apos;. Utilisez --account %2.</translation>
    </message>
    <message>
        <source>login: also ask for the permissions that change photos (User.ReadWrite.All, Group.ReadWrite.All, Contacts.ReadWrite).</source>
        <translation>login : demander aussi les autorisations qui modifient les photos (User.ReadWrite.All, Group.ReadWrite.All, Contacts.ReadWrite).</translation>
    </message>
    <message>
        <source>--write: an app signs in with the application permissions granted to it; grant User.ReadWrite.All (and Contacts.ReadWrite) to the app registration to change photos.</source>
        <translation>--write : une application se connecte avec les autorisations d&apos;application qui lui sont accordées ; accordez User.ReadWrite.All (et Contacts.ReadWrite) à l&apos;inscription de l&apos;application pour modifier des photos.</translation>
    </message>
    <message>
        <source>Started the browser to sign in. If no browser window appears, open:
%1</source>
        <translation>Le navigateur a été lancé pour la connexion. Si aucune fenêtre de navigateur n&apos;apparaît, ouvrez :
%1</translation>
    </message>
    <message>
        <source>Could not start a browser (set BROWSER, or install xdg-utils). Open this address in a browser to sign in:
%1</source>
        <translation>Impossible de lancer un navigateur (définissez BROWSER ou installez xdg-utils). Ouvrez cette adresse dans un navigateur pour vous connecter :
%1</translation>
    </message>
</context>
<context>
    <name>Portrait::LogoutCommand</name>
    <message>
        <source>&apos;logout&apos; takes one account name</source>
        <translation>&apos;logout&apos; attend un nom de compte</translation>
    </message>
    <message>
        <source>no account named &apos;%1&apos;</source>
        <translation>aucun compte nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot delete the keychain entries of &apos;%1&apos;: %2</source>
        <translation>Impossible de supprimer les entrées du trousseau de &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;.</source>
        <translation>Déconnecté de &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Portrait::MainMenus</name>
    <message>
        <source>Open the &amp;demo tenant</source>
        <translation>Ouvrir le locataire de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Forget what was loaded and load it again (F5)</source>
        <translation>Oublier ce qui a été chargé et le recharger (F5)</translation>
    </message>
    <message>
        <source>&amp;Save photo as…</source>
        <translation>&amp;Enregistrer la photo sous…</translation>
    </message>
    <message>
        <source>Save the selected photo&apos;s exact bytes to a file (Ctrl+S)</source>
        <translation>Enregistrer les octets exacts de la photo sélectionnée dans un fichier (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the photos of the selection, a group, or the whole directory (Ctrl+E)</source>
        <translation>Exporter les photos de la sélection, d&apos;un groupe ou de tout l&apos;annuaire (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Grid of faces</source>
        <translation>&amp;Grille de visages</translation>
    </message>
    <message>
        <source>Show the faces of the chosen list beside the tree (Ctrl+G)</source>
        <translation>Afficher les visages de la liste choisie à côté de l&apos;arborescence (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Portrait</source>
        <translation>À &amp;propos de Portrait</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected people&apos;s names and addresses, and the photo shown (Ctrl+C)</source>
        <translation>Copier les noms et adresses des personnes sélectionnées, et la photo affichée (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Audit…</source>
        <translation>Au&amp;dit…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>Portrait::MainStatusBar</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1 and %n more…</source>
        <translation>
            <numerusform>Chargement de %1 et de %n autre…</numerusform>
            <numerusform>Chargement de %1 et de %n autres…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
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
        <translation>Locataire de démonstration</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisé</translation>
    </message>
    <message>
        <source>Open a directory first: there is nothing to export yet.</source>
        <translation>Ouvrez d&apos;abord un annuaire : il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s).</source>
        <translation>
            <numerusform>%n élément copié.</numerusform>
            <numerusform>%n éléments copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thumbnails are kept in memory only: %1</source>
        <translation>Les miniatures restent en mémoire seulement : %1</translation>
    </message>
    <message>
        <source>Preferences saved. The next connection, export and audit use them.</source>
        <translation>Préférences enregistrées. La prochaine connexion, le prochain export et le prochain audit les utiliseront.</translation>
    </message>
</context>
<context>
    <name>Portrait::MemoryTokenStore</name>
    <message>
        <source>no keychain is available</source>
        <translation>aucun trousseau n&apos;est disponible</translation>
    </message>
</context>
<context>
    <name>Portrait::NameTemplate</name>
    <message>
        <source>&apos;}&apos; without &apos;{&apos; in the name template</source>
        <translation>&apos;}&apos; sans &apos;{&apos; dans le modèle de nom</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; in the name template</source>
        <translation>&apos;{&apos; non fermée dans le modèle de nom</translation>
    </message>
    <message>
        <source>unknown token {%1} in the name template (known: %2)</source>
        <translation>jeton inconnu {%1} dans le modèle de nom (connus : %2)</translation>
    </message>
    <message>
        <source>the name template uses no token: every file would have the same name</source>
        <translation>le modèle de nom n&apos;utilise aucun jeton : tous les fichiers auraient le même nom</translation>
    </message>
</context>
<context>
    <name>Portrait::NodeKind</name>
    <message>
        <source>User (signed in)</source>
        <translation>Utilisateur (connecté)</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
</context>
<context>
    <name>Portrait::OAuthReply</name>
    <message>
        <source>the sign-in service could not be reached: %1</source>
        <translation>le service de connexion est injoignable : %1</translation>
    </message>
    <message>
        <source>the sign-in service answered HTTP %1 without the expected JSON</source>
        <translation>le service de connexion a répondu HTTP %1 sans le JSON attendu</translation>
    </message>
    <message>
        <source>The client secret is wrong: use the secret&apos;s value, not its ID.</source>
        <translation>Le secret client est erroné : utilisez sa valeur, pas son ID.</translation>
    </message>
    <message>
        <source>The client secret has expired: add a new one to the app registration.</source>
        <translation>Le secret client a expiré : ajoutez-en un nouveau à l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>No application with this client ID is known in this tenant.</source>
        <translation>Aucune application avec cet ID client n&apos;est connue dans ce locataire.</translation>
    </message>
    <message>
        <source>The tenant was not found: check its ID or domain.</source>
        <translation>Le locataire est introuvable : vérifiez son ID ou son domaine.</translation>
    </message>
    <message>
        <source>The tenant asks for multi-factor authentication: sign in again.</source>
        <translation>Le locataire exige une authentification multifacteur : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The application lacks consent for its permissions: an administrator must grant it.</source>
        <translation>L&apos;application n&apos;a pas le consentement pour ses autorisations : un administrateur doit l&apos;accorder.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked: sign in again.</source>
        <translation>La connexion a expiré ou a été révoquée : reconnectez-vous.</translation>
    </message>
    <message>
        <source>A conditional access policy of the tenant blocks it.</source>
        <translation>Une stratégie d&apos;accès conditionnel du locataire le bloque.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid: sign in again.</source>
        <translation>La connexion n&apos;est plus valide : reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoChangeActions</name>
    <message>
        <source>Re&amp;place photo…</source>
        <translation>&amp;Remplacer la photo…</translation>
    </message>
    <message>
        <source>Re&amp;move photo…</source>
        <translation>&amp;Supprimer la photo…</translation>
    </message>
    <message>
        <source>Open a directory first.</source>
        <translation>Ouvrez d’abord un annuaire.</translation>
    </message>
    <message>
        <source>There is no photo to remove.</source>
        <translation>Il n’y a pas de photo à supprimer.</translation>
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
        <translation>Remplacer la photo</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <source>New photo for %1</source>
        <translation>Nouvelle photo pour %1</translation>
    </message>
    <message>
        <source>Remove the photo of %1</source>
        <translation>Supprimer la photo de %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After (what will be uploaded)</source>
        <translation>Après (ce qui sera envoyé)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Photo now</source>
        <translation>Photo actuelle</translation>
    </message>
    <message>
        <source>Photo after the change</source>
        <translation>Photo après la modification</translation>
    </message>
    <message>
        <source>becomes</source>
        <translation>devient</translation>
    </message>
    <message>
        <source>&amp;Crop:</source>
        <translation>Re&amp;cadrage :</translation>
    </message>
    <message>
        <source>Centred square</source>
        <translation>Carré centré</translation>
    </message>
    <message>
        <source>Whole image, as framed</source>
        <translation>Image entière, telle quelle</translation>
    </message>
    <message>
        <source>Microsoft 365 shows photos in a circle or a square: a centred square keeps what you see here. The whole image is sent as it is framed.</source>
        <translation>Microsoft 365 affiche les photos dans un cercle ou un carré : un carré centré garde ce que vous voyez ici. L’image entière est envoyée telle quelle.</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Choisir un autre &amp;fichier…</translation>
    </message>
    <message>
        <source>The current photo is backed up in a journal first, so the change can be undone.</source>
        <translation>La photo actuelle est d’abord sauvegardée dans un journal, pour que la modification puisse être annulée.</translation>
    </message>
    <message>
        <source>&amp;Replace photo</source>
        <translation>&amp;Remplacer la photo</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Supprimer la photo</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Choisissez un fichier image</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>No photo: Microsoft 365 shows %1&apos;s initials instead.</source>
        <translation>Pas de photo : Microsoft 365 affiche à la place les initiales de %1.</translation>
    </message>
    <message>
        <source>Graph cannot remove a contact&apos;s photo; replace it instead.</source>
        <translation>Graph ne peut pas supprimer la photo d’un contact ; remplacez-la plutôt.</translation>
    </message>
    <message>
        <source>Group photos can only be changed by a signed-in user, not by an app&apos;s own sign-in.</source>
        <translation>Seul un utilisateur connecté peut modifier la photo d’un groupe, pas une application connectée en son propre nom.</translation>
    </message>
    <message>
        <source>Select a user, group or contact first.</source>
        <translation>Sélectionnez d’abord un utilisateur, un groupe ou un contact.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Choose the new photo of %1</source>
        <translation>Choisir la nouvelle photo de %1</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>Inutilisable</translation>
    </message>
    <message>
        <source>turned upright</source>
        <translation>redressée</translation>
    </message>
    <message>
        <source>cropped to the centred square</source>
        <translation>recadrée au carré centré</translation>
    </message>
    <message>
        <source>scaled down to %1 px</source>
        <translation>réduite à %1 px</translation>
    </message>
    <message>
        <source>saved as JPEG</source>
        <translation>enregistrée en JPEG</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fichier : %1 (%2)</translation>
    </message>
    <message>
        <source>%1, sent as it is.</source>
        <translation>%1, envoyé tel quel.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1 ; %2.</translation>
    </message>
    <message>
        <source>Nothing was changed: the journal cannot be created (%1).</source>
        <translation>Rien n’a été modifié : le journal ne peut pas être créé (%1).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Backing up the current photo, writing and checking…</source>
        <translation>Sauvegarde de la photo actuelle, écriture et vérification…</translation>
    </message>
    <message>
        <source>Preparing the image…</source>
        <translation>Préparation de l’image…</translation>
    </message>
    <message>
        <source>it is not an image Portrait can read</source>
        <translation>ce n’est pas une image que Portrait sait lire</translation>
    </message>
    <message>
        <source>%1 × %2 px is too small: Microsoft 365 needs at least %3 px on each side</source>
        <translation>%1 × %2 px est trop petit : Microsoft 365 exige au moins %3 px de chaque côté</translation>
    </message>
    <message>
        <source>it has more pixels than Portrait decodes</source>
        <translation>elle a plus de pixels que Portrait n’en décode</translation>
    </message>
    <message>
        <source>it is too large to send (Graph takes at most 4 MB)</source>
        <translation>elle est trop grande pour être envoyée (Graph accepte au plus 4 Mo)</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>elle ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>This file cannot be used: %1. Nothing was changed; choose another file.</source>
        <translation>Ce fichier est inutilisable : %1. Rien n’a été modifié ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 has no photo to remove.</source>
        <translation>%1 n’a pas de photo à supprimer.</translation>
    </message>
    <message>
        <source>Choose the image file of the new photo.</source>
        <translation>Choisissez le fichier image de la nouvelle photo.</translation>
    </message>
    <message>
        <source>Reading the current photo…</source>
        <translation>Lecture de la photo actuelle…</translation>
    </message>
    <message>
        <source>Check the new photo, then replace.</source>
        <translation>Vérifiez la nouvelle photo, puis remplacez.</translation>
    </message>
    <message>
        <source>Check, then remove.</source>
        <translation>Vérifiez, puis supprimez.</translation>
    </message>
    <message>
        <source>Done: the new photo is in place (verified).</source>
        <translation>Terminé : la nouvelle photo est en place (vérifiée).</translation>
    </message>
    <message>
        <source>Done: the photo is removed (verified).</source>
        <translation>Terminé : la photo est supprimée (vérifiée).</translation>
    </message>
    <message>
        <source>Written: Graph took the new photo but does not show it yet; it usually does within minutes.</source>
        <translation>Écrit : Graph a accepté la nouvelle photo mais ne l’affiche pas encore ; c’est en général le cas en quelques minutes.</translation>
    </message>
    <message>
        <source>Written: Graph removed the photo but still shows it; it usually catches up within minutes.</source>
        <translation>Écrit : Graph a supprimé la photo mais l’affiche encore ; il rattrape en général en quelques minutes.</translation>
    </message>
    <message>
        <source>Teams and SharePoint may show the old photo for a while (Teams up to 60 days, SharePoint up to 72 hours).</source>
        <translation>Teams et SharePoint peuvent afficher l’ancienne photo pendant un certain temps (Teams jusqu’à 60 jours, SharePoint jusqu’à 72 heures).</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>The old photo is kept in the journal: %1</source>
        <translation>L’ancienne photo est conservée dans le journal : %1</translation>
    </message>
    <message>
        <source>Nothing was changed: Microsoft 365 does not take a photo here (%1). %2</source>
        <translation>Rien n’a été modifié : Microsoft 365 n’accepte pas de photo ici (%1). %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 has no photo to remove.</source>
        <translation>Rien n’a été modifié : %1 n’a pas de photo à supprimer.</translation>
    </message>
    <message>
        <source>The photo was not changed.</source>
        <translation>La photo n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Changing photos needs the permission named above. Sign in again (Account ▸ Sign in…) with &quot;Allow changing photos&quot; ticked; an administrator role may be needed as well. The demo tenant allows changes as it is.</source>
        <translation>Modifier des photos exige l’autorisation nommée ci-dessus. Reconnectez-vous (Compte ▸ Se connecter…) en cochant « Autoriser la modification des photos » ; un rôle d’administrateur peut aussi être nécessaire. Le locataire de démonstration autorise les modifications tel quel.</translation>
    </message>
    <message>
        <source>Nothing was written, because the old photo could not be kept safe first. Check that there is space and try again.</source>
        <translation>Rien n’a été écrit, car l’ancienne photo n’a pas pu être mise à l’abri d’abord. Vérifiez qu’il reste de la place et réessayez.</translation>
    </message>
    <message>
        <source>The current photo could not be read, so it could not be backed up: nothing was written. Try again.</source>
        <translation>La photo actuelle n’a pas pu être lue, donc pas sauvegardée : rien n’a été écrit. Réessayez.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, the error above says why.</source>
        <translation>Réessayez ; si l’échec persiste, l’erreur ci-dessus en donne la raison.</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoCommand</name>
    <message>
        <source>photo: one of Graph&apos;s sizes, e.g. 96x96.</source>
        <translation>photo : l&apos;une des tailles de Graph, p. ex. 96x96.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>photo: print the photo&apos;s record.</source>
        <translation>photo : afficher l&apos;enregistrement de la photo.</translation>
    </message>
    <message>
        <source>photo: write the bytes to FILE (- for stdout).</source>
        <translation>photo : écrire les octets dans FILE (- pour stdout).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>&apos;photo&apos; takes one address, e.g. users/adele@contoso.com</source>
        <translation>&apos;photo&apos; attend une adresse, p. ex. users/adele@contoso.com</translation>
    </message>
    <message>
        <source>--size takes WxH, e.g. 96x96</source>
        <translation>--size attend LxH, p. ex. 96x96</translation>
    </message>
    <message>
        <source>contacts have a single photo size: drop --size</source>
        <translation>les contacts n&apos;ont qu&apos;une taille de photo : retirez --size</translation>
    </message>
    <message>
        <source>%1 has no photo (%2): nothing written.</source>
        <translation>%1 n&apos;a pas de photo (%2) : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, %3).</source>
        <translation>%1 écrit (%2 octets, %3).</translation>
    </message>
    <message>
        <source>%1 (%2)
  status: %3</source>
        <comment>human form of a photo record; the status stays a wire name</comment>
        <translation>%1 (%2)
  état : %3</translation>
    </message>
    <message>
        <source>
  size: %1 x %2
  media type: %3
  etag: %4</source>
        <translation>
  taille : %1 x %2
  type de média : %3
  ETag : %4</translation>
    </message>
    <message>
        <source>
  bytes: %1
  sha256: %2</source>
        <translation>
  octets : %1
  SHA-256 : %2</translation>
    </message>
    <message>
        <source>
  graph: %1</source>
        <translation>
  Graph : %1</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoExplanation</name>
    <message>
        <source>%1: %2</source>
        <comment>a photo status and its reason</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Upload the person&apos;s photo (Microsoft 365 admin center, Entra ID, or Outlook).</source>
        <translation>Téléversez la photo de la personne (centre d&apos;administration Microsoft 365, Entra ID ou Outlook).</translation>
    </message>
    <message>
        <source>none uploaded</source>
        <translation>aucune téléversée</translation>
    </message>
    <message>
        <source>Graph&apos;s empty 1×1 image</source>
        <translation>image vide 1×1 de Graph</translation>
    </message>
    <message>
        <source>smaller than the audit&apos;s minimum edge</source>
        <translation>plus petite que le côté minimal de l&apos;audit</translation>
    </message>
    <message>
        <source>Upload a larger photo, or lower the minimum edge of the audit.</source>
        <translation>Téléversez une photo plus grande, ou abaissez le côté minimal de l&apos;audit.</translation>
    </message>
    <message>
        <source>the same image as one of the placeholders</source>
        <translation>la même image qu&apos;un des espaces réservés</translation>
    </message>
    <message>
        <source>Replace it with a real photo of the person.</source>
        <translation>Remplacez-la par une vraie photo de la personne.</translation>
    </message>
    <message>
        <source>looks like one of the placeholders</source>
        <translation>ressemble à un des espaces réservés</translation>
    </message>
    <message>
        <source>Replace it with a real photo; if it is one, remove the look-alike from the placeholders.</source>
        <translation>Remplacez-la par une vraie photo ; si c&apos;en est une, retirez l&apos;image semblable des espaces réservés.</translation>
    </message>
    <message>
        <source>the same image as other people&apos;s</source>
        <translation>la même image que d&apos;autres personnes</translation>
    </message>
    <message>
        <source>Replace it with the person&apos;s own photo.</source>
        <translation>Remplacez-la par la propre photo de la personne.</translation>
    </message>
    <message>
        <source>not stored in the size asked for</source>
        <translation>absente dans la taille demandée</translation>
    </message>
    <message>
        <source>Export the largest photo, or a size that exists.</source>
        <translation>Exportez la plus grande photo, ou une taille qui existe.</translation>
    </message>
    <message>
        <source>Graph described the photo without a size</source>
        <translation>Graph a décrit la photo sans taille</translation>
    </message>
    <message>
        <source>Try again later; if it stays, upload the photo again.</source>
        <translation>Réessayez plus tard ; si cela persiste, téléversez de nouveau la photo.</translation>
    </message>
    <message>
        <source>no Exchange Online mailbox</source>
        <translation>pas de boîte aux lettres Exchange Online</translation>
    </message>
    <message>
        <source>Nothing to fix if the user needs no mailbox; else give them an Exchange Online licence.</source>
        <translation>Rien à corriger si l&apos;utilisateur n&apos;a pas besoin de boîte aux lettres ; sinon attribuez-lui une licence Exchange Online.</translation>
    </message>
    <message>
        <source>mailbox on an on-premises Exchange server</source>
        <translation>boîte aux lettres sur un serveur Exchange local</translation>
    </message>
    <message>
        <source>Manage this photo in the on-premises Exchange; Graph cannot read it.</source>
        <translation>Gérez cette photo dans l&apos;Exchange local ; Graph ne peut pas la lire.</translation>
    </message>
    <message>
        <source>mailbox not reachable through Graph</source>
        <translation>boîte aux lettres inaccessible par Graph</translation>
    </message>
    <message>
        <source>Check that the mailbox is in Exchange Online and active (not inactive or soft-deleted).</source>
        <translation>Vérifiez que la boîte aux lettres est dans Exchange Online et active (ni inactive ni supprimée de façon réversible).</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>Sign in with an account (or app) allowed to read photos: ProfilePhoto.Read.All or User.Read.All; group photos need delegated sign-in.</source>
        <translation>Connectez-vous avec un compte (ou une application) autorisé à lire les photos : ProfilePhoto.Read.All ou User.Read.All ; les photos de groupe exigent une connexion déléguée.</translation>
    </message>
    <message>
        <source>a personal Microsoft account</source>
        <translation>un compte Microsoft personnel</translation>
    </message>
    <message>
        <source>Graph serves no photos of personal accounts here; nothing to fix.</source>
        <translation>Graph ne fournit pas ici de photos de comptes personnels ; rien à corriger.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>Check the network connection and refresh (F5).</source>
        <translation>Vérifiez la connexion réseau et actualisez (F5).</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>Refresh (F5) later; Graph may be busy.</source>
        <translation>Actualisez plus tard (F5) ; Graph est peut-être surchargé.</translation>
    </message>
    <message>
        <source>the connection was refused as unsafe</source>
        <translation>la connexion a été refusée comme non sûre</translation>
    </message>
    <message>
        <source>Check the proxy and certificate settings in Preferences.</source>
        <translation>Vérifiez les réglages du proxy et des certificats dans les Préférences.</translation>
    </message>
    <message>
        <source>the sign-in is no longer valid</source>
        <translation>la connexion n&apos;est plus valide</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Run it again.</source>
        <translation>Relancez-le.</translation>
    </message>
    <message>
        <source>Graph is busy</source>
        <translation>Graph est surchargé</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Graph cannot serve this photo to this account; the code says why.</source>
        <translation>Graph ne peut pas fournir cette photo à ce compte ; le code dit pourquoi.</translation>
    </message>
    <message>
        <source>Refresh (F5) to try again; if it stays, the error&apos;s code and request id say why.</source>
        <translation>Actualisez (F5) pour réessayer ; si cela persiste, le code de l&apos;erreur et l&apos;identifiant de requête disent pourquoi.</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoFileActions</name>
    <message>
        <source>There is no photo to open.</source>
        <translation>Il n&apos;y a aucune photo à ouvrir.</translation>
    </message>
    <message>
        <source>There is no cache folder to write to.</source>
        <translation>Il n&apos;y a aucun dossier de cache où écrire.</translation>
    </message>
    <message>
        <source>Could not open the photo: %1</source>
        <translation>Impossible d&apos;ouvrir la photo : %1</translation>
    </message>
    <message>
        <source>No image viewer could open %1</source>
        <translation>Aucune visionneuse d&apos;images n&apos;a pu ouvrir %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save photo as</source>
        <translation>Enregistrer la photo sous</translation>
    </message>
    <message>
        <source>%1 image (*.%2);;All files (*)</source>
        <translation>Image %1 (*.%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not save the photo to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la photo dans %1 : %2</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Enregistrer la photo</translation>
    </message>
    <message>
        <source>Saved %1 bytes to %2</source>
        <translation>%1 octets enregistrés dans %2</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoSizesBox</name>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1 : disponible</translation>
    </message>
    <message>
        <source>%1: not available</source>
        <translation>%1 : non disponible</translation>
    </message>
    <message>
        <source>Contacts have a single photo size: Graph has no /photos for them.</source>
        <translation>Les contacts n&apos;ont qu&apos;une taille de photo : Graph n&apos;offre pas /photos pour eux.</translation>
    </message>
    <message>
        <source>Listing the sizes…</source>
        <translation>Liste des tailles…</translation>
    </message>
    <message>
        <source>Could not list the sizes: %1</source>
        <translation>Impossible de lister les tailles : %1</translation>
    </message>
    <message>
        <source>No sizes: there is no photo to list.</source>
        <translation>Aucune taille : il n&apos;y a pas de photo.</translation>
    </message>
    <message numerus="yes">
        <source>%n of Graph&apos;s 9 sizes available.</source>
        <translation>
            <numerusform>%n des 9 tailles de Graph disponible.</numerusform>
            <numerusform>%n des 9 tailles de Graph disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sizes available, also %1 (stored in Entra ID).</source>
        <translation>
            <numerusform>%n taille disponible, plus %1 (stockée dans Entra ID).</numerusform>
            <numerusform>%n tailles disponibles, plus %1 (stockée dans Entra ID).</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest (/photo)</source>
        <translation>La plus grande (/photo)</translation>
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
        <translation>Photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Image par défaut</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoView</name>
    <message>
        <source>Drag the photo out to save it as %1</source>
        <translation>Faites glisser la photo pour l&apos;enregistrer sous %1</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoWriteJob</name>
    <message>
        <source>&apos;%1&apos; is not a user, group or contact</source>
        <translation>&apos;%1&apos; n&apos;est ni un utilisateur, ni un groupe, ni un contact</translation>
    </message>
    <message>
        <source>a contact&apos;s photo cannot be removed, only replaced</source>
        <translation>la photo d&apos;un contact ne peut pas être supprimée, seulement remplacée</translation>
    </message>
    <message>
        <source>only a JPEG image is sent as a photo</source>
        <translation>seule une image JPEG est envoyée comme photo</translation>
    </message>
    <message>
        <source>the photo is %1 bytes; Graph takes at most %2</source>
        <translation>la photo fait %1 octets ; Graph en accepte au plus %2</translation>
    </message>
</context>
<context>
    <name>Portrait::PhotoWriteRun</name>
    <message>
        <source>the journal cannot be saved: %1</source>
        <translation>le journal ne peut pas être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Portrait::PlaceholderSet</name>
    <message>
        <source>not an image Portrait can decode</source>
        <translation>ce n&apos;est pas une image que Portrait sait décoder</translation>
    </message>
</context>
<context>
    <name>Portrait::PrincipalPhoto</name>
    <message>
        <source>There is no photo to save.</source>
        <translation>Il n&apos;y a aucune photo à enregistrer.</translation>
    </message>
</context>
<context>
    <name>Portrait::RefreshingTokenProvider</name>
    <message>
        <source>account &apos;%1&apos; is not signed in: sign in again</source>
        <translation>le compte &apos;%1&apos; n&apos;est pas connecté : reconnectez-vous</translation>
    </message>
    <message>
        <source>the sign-in of account &apos;%1&apos; has expired or was revoked (%2): sign in again</source>
        <translation>la connexion du compte &apos;%1&apos; a expiré ou a été révoquée (%2) : reconnectez-vous</translation>
    </message>
</context>
<context>
    <name>Portrait::RemoveCommand</name>
    <message>
        <source>set, remove, import: the journal folder (default: a new one here).</source>
        <translation>set, remove, import : le dossier du journal (par défaut : un nouveau ici).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>export: say what would be written; write nothing.</source>
        <translation>export : dire ce qui serait écrit ; ne rien écrire.</translation>
    </message>
    <message>
        <source>&apos;remove&apos; takes one address, e.g. users/adele@contoso.com</source>
        <translation>&apos;remove&apos; attend une adresse, p. ex. users/adele@contoso.com</translation>
    </message>
</context>
<context>
    <name>Portrait::RequestScheduler</name>
    <message>
        <source>the batch answer left this request out</source>
        <translation>la réponse du lot ne contient pas cette requête</translation>
    </message>
    <message>
        <source>photo metadata is not a JSON object</source>
        <translation>les métadonnées de la photo ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>the photo in the batch answer does not decode</source>
        <translation>la photo de la réponse du lot ne peut pas être décodée</translation>
    </message>
    <message>
        <source>the photo is %1 x %2 pixels, more than Portrait decodes (%3 megapixels)</source>
        <translation>la photo fait %1 x %2 pixels, plus que ce que Portrait décode (%3 mégapixels)</translation>
    </message>
</context>
<context>
    <name>Portrait::ScopeWalker</name>
    <message>
        <source>&apos;%1&apos; is not a scope</source>
        <translation>&apos;%1&apos; n&apos;est pas une portée</translation>
    </message>
</context>
<context>
    <name>Portrait::SearchBox</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people and groups by name or address (Ctrl+F)</source>
        <translation>Rechercher des personnes et des groupes par nom ou adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>Portrait::Session</name>
    <message>
        <source>demo tenant at %1</source>
        <translation>locataire de démonstration sur %1</translation>
    </message>
    <message>
        <source>account %1 at %2</source>
        <translation>compte %1 sur %2</translation>
    </message>
    <message>
        <source>choose one of --demo, --account, --access-token-env and --access-token-file</source>
        <translation>choisissez une seule option parmi --demo, --account, --access-token-env et --access-token-file</translation>
    </message>
    <message>
        <source>--demo runs its own tenant: it takes no --graph-url or --cloud</source>
        <translation>--demo exécute son propre locataire : il n&apos;accepte ni --graph-url ni --cloud</translation>
    </message>
    <message>
        <source>the demo tenant could not start on 127.0.0.1</source>
        <translation>le locataire de démonstration n&apos;a pas pu démarrer sur 127.0.0.1</translation>
    </message>
    <message>
        <source>bad --graph-url: %1</source>
        <translation>--graph-url incorrecte : %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty</source>
        <translation>la variable d&apos;environnement %1 n&apos;est pas définie ou est vide</translation>
    </message>
    <message>
        <source>no account or token: use --demo, --access-token-env VAR or --access-token-file FILE</source>
        <translation>aucun compte ni jeton : utilisez --demo, --access-token-env VAR ou --access-token-file FILE</translation>
    </message>
    <message>
        <source>no signed-in account named &apos;%1&apos; (see &apos;portrait-cli accounts&apos;, or sign in with &apos;portrait-cli login&apos;)</source>
        <translation>aucun compte connecté nommé &apos;%1&apos; (voir &apos;portrait-cli accounts&apos;, ou connectez-vous avec &apos;portrait-cli login&apos;)</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; belongs to the %2 cloud, not %3</source>
        <translation>le compte &apos;%1&apos; appartient au cloud %2, pas à %3</translation>
    </message>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation>impossible de lire le fichier de certificat d&apos;autorité %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate</source>
        <translation>%1 ne contient aucun certificat PEM ou DER</translation>
    </message>
</context>
<context>
    <name>Portrait::SetCommand</name>
    <message>
        <source>set, remove, import: the journal folder (default: a new one here).</source>
        <translation>set, remove, import : le dossier du journal (par défaut : un nouveau ici).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>set, import: center (a centred square) or none.</source>
        <translation>set, import : center (un carré centré) ou none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>export: scale down so no edge exceeds PX.</source>
        <translation>export : réduire pour qu&apos;aucun côté ne dépasse PX.</translation>
    </message>
    <message>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>export: say what would be written; write nothing.</source>
        <translation>export : dire ce qui serait écrit ; ne rien écrire.</translation>
    </message>
    <message>
        <source>set, import: images with a shorter edge are invalid.</source>
        <translation>set, import : les images dont un côté est plus court sont invalides.</translation>
    </message>
    <message>
        <source>&apos;set&apos; takes an address and an image file, e.g. users/adele@contoso.com adele.jpg</source>
        <translation>&apos;set&apos; attend une adresse et un fichier image, p. ex. users/adele@contoso.com adele.jpg</translation>
    </message>
    <message>
        <source>&apos;set&apos; takes an address and an image file</source>
        <translation>&apos;set&apos; attend une adresse et un fichier image</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used: %2 (%3)</source>
        <translation>&apos;%1&apos; ne peut pas être utilisé : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Portrait::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages de préférences</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>C&amp;ache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportation</translation>
    </message>
    <message>
        <source>&amp;Placeholders</source>
        <translation>&amp;Images par défaut</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Photo requests at a time</source>
        <translation>Requêtes de photo simultanées</translation>
    </message>
    <message>
        <source>Photo &amp;requests at a time:</source>
        <translation>&amp;Requêtes de photo simultanées :</translation>
    </message>
    <message>
        <source>Microsoft Graph serves at most 4 photo requests at a time per app; more only brings throttling. Takes effect for the next connection and export.</source>
        <translation>Microsoft Graph sert au plus 4 requêtes de photo simultanées par application ; davantage n&apos;entraîne que de la limitation. Pris en compte à la prochaine connexion et au prochain export.</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Direct connection, no proxy</source>
        <translation>Connexion &amp;directe, sans proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manuel :</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy :</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Dossier de cache</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>Choisir le dossier de cache</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Largest cache size</source>
        <translation>Taille maximale du cache</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>&amp;Largest size:</source>
        <translation>Taille &amp;maximale :</translation>
    </message>
    <message>
        <source>Cache use</source>
        <translation>Occupation du cache</translation>
    </message>
    <message>
        <source>C&amp;lear cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Clear the cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Occupé :</translation>
    </message>
    <message>
        <source>Thumbnails and photos already seen, so that browsing again is fast. Clearing it loses nothing: what is needed is downloaded again.</source>
        <translation>Miniatures et photos déjà vues, pour que la navigation suivante soit rapide. Le vider ne fait rien perdre : ce qui est nécessaire est téléchargé à nouveau.</translation>
    </message>
    <message>
        <source>Default file names</source>
        <translation>Noms de fichier par défaut</translation>
    </message>
    <message>
        <source>Default &amp;file names:</source>
        <translation>Noms de &amp;fichier par défaut :</translation>
    </message>
    <message>
        <source>Tokens: %1. A / makes a subfolder. The export dialog starts with this template and remembers the one last used.</source>
        <translation>Jetons : %1. Un / crée un sous-dossier. La boîte d&apos;export part de ce modèle et retient le dernier utilisé.</translation>
    </message>
    <message>
        <source>Template error</source>
        <translation>Erreur de modèle</translation>
    </message>
    <message>
        <source>&amp;Reset to the default</source>
        <translation>&amp;Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Reset the file names to the default</source>
        <translation>Rétablir les noms de fichier par défaut</translation>
    </message>
    <message>
        <source>Images your organisation uses instead of a real photo (a silhouette, a logo). The audit counts photos that look like them as placeholders, also when they were resized or re-encoded.</source>
        <translation>Images que votre organisation utilise à la place d&apos;une vraie photo (une silhouette, un logo). L&apos;audit considère comme images par défaut les photos qui leur ressemblent, même redimensionnées ou réencodées.</translation>
    </message>
    <message>
        <source>Placeholder images</source>
        <translation>Images par défaut</translation>
    </message>
    <message>
        <source>A&amp;dd images…</source>
        <translation>&amp;Ajouter des images…</translation>
    </message>
    <message>
        <source>Add placeholder images</source>
        <translation>Ajouter des images par défaut</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected placeholder images</source>
        <translation>Retirer les images par défaut sélectionnées</translation>
    </message>
    <message>
        <source>Choose placeholder images</source>
        <translation>Choisir des images par défaut</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an image Portrait can read.</source>
        <translation>%1 n&apos;est pas une image que Portrait sait lire.</translation>
    </message>
    <message>
        <source>%1 is already a placeholder.</source>
        <translation>%1 est déjà une image par défaut.</translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Le cache est vide.</translation>
    </message>
    <message>
        <source>The default file names are not a valid template: %1</source>
        <translation>Les noms de fichier par défaut ne forment pas un modèle valide : %1</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address, such as proxy.example.com.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du proxy, par exemple proxy.example.com.</translation>
    </message>
    <message>
        <source>Still reading placeholder images; try again in a moment.</source>
        <translation>Lecture des images par défaut en cours ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
</context>
<context>
    <name>Portrait::SignIn</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>the sign-in service sent no refresh token (is offline_access allowed?)</source>
        <translation>le service de connexion n&apos;a envoyé aucun jeton d&apos;actualisation (offline_access est-il autorisé ?)</translation>
    </message>
    <message>
        <source>signed in, but the keychain could not keep the secret: %1</source>
        <translation>connecté, mais le trousseau n&apos;a pas pu conserver le secret : %1</translation>
    </message>
</context>
<context>
    <name>Portrait::SignInDialog</name>
    <message>
        <source>Sign in to a tenant</source>
        <translation>Se connecter à un locataire</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Portrait uses an app registration of your own: it ships no client ID. An administrator registers one once in the Microsoft Entra admin center: a public client with the redirect URI &lt;tt&gt;http://localhost&lt;/tt&gt;, &quot;Allow public client flows&quot; on for device code, and the delegated permissions User.ReadBasic.All, GroupMember.Read.All and Contacts.Read. App-only sign-in needs the application permissions and a client secret or certificate instead. See &quot;Connect to your tenant&quot; in the README.</source>
        <translation>Portrait utilise votre propre inscription d&apos;application : il n&apos;est fourni avec aucun ID client. Un administrateur en inscrit une, une seule fois, dans le Centre d&apos;administration Microsoft Entra : un client public avec l&apos;URI de redirection &lt;tt&gt;http://localhost&lt;/tt&gt;, « Autoriser les flux de clients publics » activé pour le code d&apos;appareil, et les autorisations déléguées User.ReadBasic.All, GroupMember.Read.All et Contacts.Read. La connexion application seule nécessite à la place les autorisations d&apos;application et un secret client ou un certificat. Voir « Connect to your tenant » dans le README.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com, a tenant ID, or organizations</source>
        <translation>contoso.onmicrosoft.com, un ID de locataire ou organizations</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Application (client) ID of your app registration</source>
        <translation>ID d&apos;application (client) de votre inscription d&apos;application</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Global (Microsoft 365)</source>
        <translation>Mondial (Microsoft 365)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>Gouvernement des États-Unis (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>Gouvernement des États-Unis (DoD)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>Chine (exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>Cl&amp;oud :</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Device code: enter a code in any browser</source>
        <translation>Code d&apos;appareil : saisir un code dans n&apos;importe quel navigateur</translation>
    </message>
    <message>
        <source>Browser on this computer (PKCE)</source>
        <translation>Navigateur de cet ordinateur (PKCE)</translation>
    </message>
    <message>
        <source>App-only with a client secret</source>
        <translation>Application seule avec un secret client</translation>
    </message>
    <message>
        <source>App-only with a certificate</source>
        <translation>Application seule avec un certificat</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>Also ask for ProfilePhoto.Read.All</source>
        <translation>Demander aussi ProfilePhoto.Read.All</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>PEM or PKCS#12 file with the private key</source>
        <translation>Fichier PEM ou PKCS#12 contenant la clé privée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>Cer&amp;tificate:</source>
        <translation>Cer&amp;tificat :</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <source>only if the key is encrypted</source>
        <translation>seulement si la clé est chiffrée</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. work; default: the tenant</source>
        <translation>p. ex. travail ; par défaut : le locataire</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <source>Custom endpoints (an emulator or a proxy)</source>
        <translation>Points de terminaison personnalisés (un émulateur ou un proxy)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Points de terminaison personnalisés</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>default: the cloud&apos;s login host</source>
        <translation>par défaut : l&apos;hôte de connexion du cloud</translation>
    </message>
    <message>
        <source>Login &amp;URL:</source>
        <translation>&amp;URL de connexion :</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>URL Graph</translation>
    </message>
    <message>
        <source>default: the cloud&apos;s Graph root</source>
        <translation>par défaut : la racine Graph du cloud</translation>
    </message>
    <message>
        <source>&amp;Graph URL:</source>
        <translation>URL &amp;Graph :</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Code copied. Waiting for you to enter it…</source>
        <translation>Code copié. En attente de votre saisie…</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Ouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; Portrait continues by itself. If no browser opened, copy this address into one:</source>
        <translation>Terminez la connexion dans votre navigateur ; Portrait continue tout seul. Si aucun navigateur ne s&apos;est ouvert, copiez cette adresse dans un navigateur :</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copier l&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copier l&apos;adresse de connexion</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Choose the app registration&apos;s certificate</source>
        <translation>Choisir le certificat de l&apos;inscription d&apos;application</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.p12 *.pfx)</source>
        <translation>Certificats (*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the tenant: its ID, a domain such as contoso.onmicrosoft.com, or organizations.</source>
        <translation>Saisissez le locataire : son ID, un domaine tel que contoso.onmicrosoft.com, ou organizations.</translation>
    </message>
    <message>
        <source>App-only sign-in needs a specific tenant, not &apos;%1&apos;.</source>
        <translation>La connexion application seule nécessite un locataire précis, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Enter the client ID of your app registration (see the note above).</source>
        <translation>Saisissez l&apos;ID client de votre inscription d&apos;application (voir la remarque ci-dessus).</translation>
    </message>
    <message>
        <source>The account name takes 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>Le nom du compte comporte 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; ou &apos;@&apos;.</translation>
    </message>
    <message>
        <source>Bad Graph URL: %1</source>
        <translation>URL Graph incorrecte : %1</translation>
    </message>
    <message>
        <source>Bad login URL: %1</source>
        <translation>URL de connexion incorrecte : %1</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PKCS#12).</source>
        <translation>Choisissez le fichier de certificat (PEM ou PKCS#12).</translation>
    </message>
    <message>
        <source>Asking %1 for a code…</source>
        <translation>Demande d&apos;un code à %1…</translation>
    </message>
    <message>
        <source>Contacting the sign-in service…</source>
        <translation>Connexion au service de connexion…</translation>
    </message>
    <message>
        <source>Signing in to %1 in your browser</source>
        <translation>Connexion à %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Ouverture du navigateur…</translation>
    </message>
    <message>
        <source>Checking the app&apos;s credentials with %1…</source>
        <translation>Vérification des informations d&apos;identification de l&apos;application auprès de %1…</translation>
    </message>
    <message>
        <source>Asking for a first token…</source>
        <translation>Demande d&apos;un premier jeton…</translation>
    </message>
    <message>
        <source>Enter this code to sign in</source>
        <translation>Saisissez ce code pour vous connecter</translation>
    </message>
    <message>
        <source>Open %1 in a browser, on this or any other device, and enter the code:</source>
        <translation>Ouvrez %1 dans un navigateur, sur cet appareil ou un autre, et saisissez le code :</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code (pending; it expires at %1)…</source>
        <translation>En attente de la saisie du code (en attente ; il expire à %1)…</translation>
    </message>
    <message>
        <source>Waiting for the browser. Cancel stops waiting.</source>
        <translation>En attente du navigateur. « Annuler » arrête l&apos;attente.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled. Nothing was saved.</source>
        <translation>La connexion a été annulée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Nothing was saved. (%1)</source>
        <translation>La connexion a été refusée. Rien n&apos;a été enregistré. (%1)</translation>
    </message>
    <message>
        <source>The code expired before it was entered. Nothing was saved; sign in again for a new code.</source>
        <translation>Le code a expiré avant d&apos;être saisi. Rien n&apos;a été enregistré ; reconnectez-vous pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>Nobody finished signing in in the browser in time. Nothing was saved.</source>
        <translation>La connexion dans le navigateur n&apos;a pas été terminée à temps. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>No browser could be opened: open %1 by hand.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert : ouvrez %1 manuellement.</translation>
    </message>
    <message>
        <source>Borrow the “Microsoft Graph Command Line Tools” client ID</source>
        <translation>Emprunter l&apos;ID client « Microsoft Graph Command Line Tools »</translation>
    </message>
    <message>
        <source>Borrow the Microsoft Graph Command Line Tools client ID</source>
        <translation>Emprunter l&apos;ID client de Microsoft Graph Command Line Tools</translation>
    </message>
    <message>
        <source>Not recommended. This client ID is not Portrait&apos;s: Microsoft pre-authorises its permissions and may change them without notice, your tenant may block it with Conditional Access, and sign-ins are logged under its name. Register your own app when you can.</source>
        <translation>Déconseillé. Cet ID client n&apos;appartient pas à Portrait : Microsoft préapprouve ses autorisations et peut les modifier sans préavis, votre locataire peut le bloquer par accès conditionnel, et les connexions sont journalisées sous son nom. Inscrivez votre propre application dès que possible.</translation>
    </message>
    <message>
        <source>Warning about the borrowed client ID</source>
        <translation>Avertissement sur l&apos;ID client emprunté</translation>
    </message>
    <message>
        <source>Allow changing photos</source>
        <translation>Autoriser la modification des photos</translation>
    </message>
    <message>
        <source>Also asks for User.ReadWrite.All, Group.ReadWrite.All and Contacts.ReadWrite, so that Portrait can set, replace and remove photos. Changing other people&apos;s photos takes a User Administrator or Global Administrator.</source>
        <translation>Demande aussi User.ReadWrite.All, Group.ReadWrite.All et Contacts.ReadWrite, pour que Portrait puisse définir, remplacer et supprimer des photos. Modifier les photos d&apos;autres personnes demande un rôle d&apos;administrateur des utilisateurs ou d&apos;administrateur général.</translation>
    </message>
</context>
<context>
    <name>Portrait::SizesCommand</name>
    <message>
        <source>&apos;sizes&apos; takes one address, e.g. me</source>
        <translation>&apos;sizes&apos; attend une adresse, p. ex. me</translation>
    </message>
    <message numerus="yes">
        <source>%n sizes.</source>
        <translation>
            <numerusform>%n taille.</numerusform>
            <numerusform>%n tailles.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sizes: %1.</source>
        <translation>Aucune taille : %1.</translation>
    </message>
</context>
<context>
    <name>Portrait::Task</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Portrait::TokenProvider</name>
    <message>
        <source>no access token was given</source>
        <translation>aucun jeton d&apos;accès n&apos;a été fourni</translation>
    </message>
    <message>
        <source>the access token was refused and cannot be renewed</source>
        <translation>le jeton d&apos;accès a été refusé et ne peut pas être renouvelé</translation>
    </message>
    <message>
        <source>cannot read token file &apos;%1&apos;: %2</source>
        <translation>impossible de lire le fichier de jeton &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>token file &apos;%1&apos; is empty</source>
        <translation>le fichier de jeton &apos;%1&apos; est vide</translation>
    </message>
</context>
<context>
    <name>Portrait::TreeLegend</name>
    <message>
        <source>Italic: guest</source>
        <translation>Italique : invité</translation>
    </message>
    <message>
        <source>Grey: disabled account</source>
        <translation>Gris : compte désactivé</translation>
    </message>
    <message>
        <source>At the right: the photo status when it is not a photo. Point at someone to read what it means and what to do.</source>
        <translation>À droite : l&apos;état de la photo quand ce n&apos;est pas une photo. Pointez sur quelqu&apos;un pour lire ce qu&apos;il signifie et que faire.</translation>
    </message>
</context>
<context>
    <name>Portrait::UndoCommand</name>
    <message>
        <source>import, undo: carry the plan out (else: plan only).</source>
        <translation>import, undo : exécuter le plan (sinon : planifier seulement).</translation>
    </message>
    <message>
        <source>&apos;undo&apos; takes one journal folder</source>
        <translation>&apos;undo&apos; attend un dossier de journal</translation>
    </message>
</context>
<context>
    <name>Portrait::UploadImage</name>
    <message>
        <source>the file is larger than 256 MB</source>
        <translation>le fichier dépasse 256 Mo</translation>
    </message>
    <message>
        <source>not an image Portrait can read</source>
        <translation>pas une image que Portrait sait lire</translation>
    </message>
    <message>
        <source>%1 x %2 pixels is more than Portrait decodes</source>
        <translation>%1 × %2 pixels, c&apos;est plus que Portrait ne décode</translation>
    </message>
    <message>
        <source>%1 x %2 pixels: under the %3 pixels asked (--min-edge)</source>
        <translation>%1 × %2 pixels : moins que les %3 pixels demandés (--min-edge)</translation>
    </message>
    <message>
        <source>no JPEG of this image fits Graph&apos;s 4 MB limit; lower --max-edge</source>
        <translation>aucun JPEG de cette image ne tient dans la limite de 4 Mo de Graph ; réduisez --max-edge</translation>
    </message>
</context>
<context>
    <name>Portrait::WelcomePage</name>
    <message>
        <source>Welcome to Portrait</source>
        <translation>Bienvenue dans Portrait</translation>
    </message>
    <message>
        <source>Open the demo tenant</source>
        <translation>Ouvrir le locataire de démonstration</translation>
    </message>
    <message>
        <source>A made-up company of 250 people, served by Portrait&apos;s built-in Graph emulator. Works offline; nothing leaves this computer.</source>
        <translation>Une entreprise fictive de 250 personnes, servie par l&apos;émulateur Graph intégré de Portrait. Fonctionne hors ligne ; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in to your tenant</source>
        <translation>Se connecter à votre locataire</translation>
    </message>
    <message>
        <source>Sign in to a Microsoft 365 tenant with your own app registration.</source>
        <translation>Connectez-vous à un locataire Microsoft 365 avec votre propre inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Device code, browser, or app-only with a secret or certificate. You need the client ID of an app registered in your tenant.</source>
        <translation>Code d&apos;appareil, navigateur, ou application seule avec un secret ou un certificat. Il vous faut l&apos;ID client d&apos;une application inscrite dans votre locataire.</translation>
    </message>
    <message>
        <source>Browse the users, groups and contacts of a Microsoft 365 directory with their profile photos: see each photo&apos;s size, media type and etag, and save it to disk. Fix them too: import a folder of photos, replace or remove one, with a plan before and undo after.</source>
        <translation>Parcourez les utilisateurs, groupes et contacts d&apos;un annuaire Microsoft 365 avec leurs photos de profil : consultez la taille, le type de média et l&apos;ETag de chaque photo, et enregistrez-la sur disque. Corrigez-les aussi : importez un dossier de photos, remplacez-en ou supprimez-en une, avec un plan avant et une annulation après.</translation>
    </message>
</context>
<context>
    <name>Portrait::WriteCommand</name>
    <message>
        <source>--crop takes center or none</source>
        <translation>--crop attend center ou none</translation>
    </message>
    <message>
        <source>--%1 takes a number of pixels from 1 to 10000</source>
        <translation>--%1 attend un nombre de pixels de 1 à 10000</translation>
    </message>
    <message>
        <source>--min-edge is larger than --max-edge</source>
        <translation>--min-edge est plus grand que --max-edge</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>impossible d&apos;ouvrir le journal : %1</translation>
    </message>
    <message>
        <source>no principal</source>
        <translation>aucun objet</translation>
    </message>
    <message>
        <source>: written, verified</source>
        <translation> : écrit, vérifié</translation>
    </message>
    <message>
        <source>: written, not visible yet</source>
        <translation> : écrit, pas encore visible</translation>
    </message>
    <message>
        <source>: failed</source>
        <translation> : échec</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %n write(s); nothing was changed. Add --apply (set and remove: drop --dry-run) to carry it out.</source>
        <translation>
            <numerusform>Plan : %n écriture ; rien n&apos;a été modifié. Ajoutez --apply (set et remove : retirez --dry-run) pour l&apos;exécuter.</numerusform>
            <numerusform>Plan : %n écritures ; rien n&apos;a été modifié. Ajoutez --apply (set et remove : retirez --dry-run) pour l&apos;exécuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written (%2 verified), %3 failed.</source>
        <translation>%1 écrite(s) (%2 vérifiée(s)), %3 en échec.</translation>
    </message>
    <message>
        <source>Other Microsoft 365 apps may show the old photo for a while: Teams caches photos for up to 60 days, SharePoint for up to 72 hours.</source>
        <translation>D&apos;autres applications Microsoft 365 peuvent afficher l&apos;ancienne photo un certain temps : Teams garde les photos en cache jusqu&apos;à 60 jours, SharePoint jusqu&apos;à 72 heures.</translation>
    </message>
    <message>
        <source>Journal: %1 (to put everything back: portrait-cli undo %1 --apply)</source>
        <translation>Journal : %1 (pour tout remettre en l&apos;état : portrait-cli undo %1 --apply)</translation>
    </message>
    <message>
        <source>the journal %1 belongs to another tenant (%2; this connection: %3): nothing was read or written. Connect to the journal&apos;s tenant to undo or continue it.</source>
        <translation>le journal %1 appartient à un autre locataire (%2 ; cette connexion : %3) : rien n&apos;a été lu ni écrit. Connectez-vous au locataire du journal pour l&apos;annuler ou le poursuivre.</translation>
    </message>
</context>
<context>
    <name>Portrait::WriteText</name>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguë</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>Already written by an earlier run that was interrupted: recorded, not written again.</source>
        <translation>Déjà écrite par une exécution précédente interrompue : enregistrée, pas écrite à nouveau.</translation>
    </message>
    <message>
        <source>No photo yet: this image becomes the photo.</source>
        <translation>Pas encore de photo : cette image devient la photo.</translation>
    </message>
    <message>
        <source>The photo from before is put back.</source>
        <translation>La photo d’avant est remise.</translation>
    </message>
    <message>
        <source>The current photo is a placeholder: this image replaces it.</source>
        <translation>La photo actuelle est une image par défaut : cette image la remplace.</translation>
    </message>
    <message>
        <source>This image replaces the current photo.</source>
        <translation>Cette image remplace la photo actuelle.</translation>
    </message>
    <message>
        <source>There was no photo before: the photo that was added is removed.</source>
        <translation>Il n’y avait pas de photo avant : la photo ajoutée est retirée.</translation>
    </message>
    <message>
        <source>The photo is removed.</source>
        <translation>La photo est retirée.</translation>
    </message>
    <message>
        <source>This image is already the photo (set by this journal).</source>
        <translation>Cette image est déjà la photo (définie par ce journal).</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Déjà annulé.</translation>
    </message>
    <message>
        <source>Has a photo already, and only people without one were asked for.</source>
        <translation>A déjà une photo, et seules les personnes sans photo étaient demandées.</translation>
    </message>
    <message>
        <source>Has no photo to remove.</source>
        <translation>N’a pas de photo à retirer.</translation>
    </message>
    <message>
        <source>The photo was changed again since this journal wrote it: left alone.</source>
        <translation>La photo a été changée depuis que ce journal l’a écrite : laissée telle quelle.</translation>
    </message>
    <message>
        <source>The current photo could not be read: %1</source>
        <translation>La photo actuelle n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The current photo could not be read.</source>
        <translation>La photo actuelle n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Not in the journal: nothing to undo.</source>
        <translation>Absent du journal : rien à annuler.</translation>
    </message>
    <message>
        <source>Nothing was written here: nothing to undo.</source>
        <translation>Rien n’a été écrit ici : rien à annuler.</translation>
    </message>
    <message>
        <source>The backup of the photo from before cannot be read: left alone.</source>
        <translation>La sauvegarde de la photo d’avant est illisible : laissée telle quelle.</translation>
    </message>
    <message>
        <source>Cancelled before it was written.</source>
        <translation>Annulé avant d’être écrit.</translation>
    </message>
    <message>
        <source>Matches someone who is not among the people chosen: left out.</source>
        <translation>Correspond à quelqu’un qui n’est pas parmi les personnes choisies : laissé de côté.</translation>
    </message>
    <message>
        <source>Nobody in the directory matches this file name.</source>
        <translation>Personne dans l’annuaire ne correspond à ce nom de fichier.</translation>
    </message>
    <message>
        <source>The CSV map names someone who is not in the directory.</source>
        <translation>La correspondance CSV nomme quelqu’un qui n’est pas dans l’annuaire.</translation>
    </message>
    <message>
        <source>Several people match this file name: rename the file or use a CSV map.</source>
        <translation>Plusieurs personnes correspondent à ce nom de fichier : renommez le fichier ou utilisez une correspondance CSV.</translation>
    </message>
    <message>
        <source>Several files are for this person: keep one and plan again.</source>
        <translation>Plusieurs fichiers sont pour cette personne : gardez-en un et planifiez à nouveau.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Not an image Portrait can read (JPEG, PNG, GIF or BMP).</source>
        <translation>Pas une image que Portrait sait lire (JPEG, PNG, GIF ou BMP).</translation>
    </message>
    <message>
        <source>The image has too many pixels to be read safely.</source>
        <translation>L’image a trop de pixels pour être lue sans risque.</translation>
    </message>
    <message>
        <source>Too small (%1 × %2 pixels): use a larger picture.</source>
        <translation>Trop petite (%1 × %2 pixels) : utilisez une image plus grande.</translation>
    </message>
    <message>
        <source>Too large: no JPEG of it fits the 4 MB Microsoft 365 accepts.</source>
        <translation>Trop grande : aucun JPEG de cette image ne tient dans les 4 Mo qu’accepte Microsoft 365.</translation>
    </message>
    <message>
        <source>A contact&apos;s photo cannot be removed, only replaced.</source>
        <translation>La photo d’un contact ne peut pas être retirée, seulement remplacée.</translation>
    </message>
    <message>
        <source>Group photos can only be changed by a signed-in person, not by an app on its own.</source>
        <translation>Les photos de groupe ne peuvent être changées que par une personne connectée, pas par une application seule.</translation>
    </message>
    <message>
        <source>This tenant manages user photos on-premises: change them there.</source>
        <translation>Ce locataire gère les photos des utilisateurs sur site : changez-les là-bas.</translation>
    </message>
    <message>
        <source>Not possible here: %1.</source>
        <translation>Impossible ici : %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Written and verified</source>
        <translation>Écrite et vérifiée</translation>
    </message>
    <message>
        <source>Written; not visible yet</source>
        <translation>Écrite ; pas encore visible</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the built-in demo tenant (served in-process on 127.0.0.1; works offline).</source>
        <translation>Ouvrir le locataire de démonstration intégré (servi dans le processus sur 127.0.0.1 ; fonctionne hors ligne).</translation>
    </message>
    <message>
        <source>The Graph root, e.g. https://graph.microsoft.com/v1.0.</source>
        <translation>La racine Graph, p. ex. https://graph.microsoft.com/v1.0.</translation>
    </message>
    <message>
        <source>Read a bearer token from the environment variable VAR.</source>
        <translation>Lire un jeton du porteur dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <source>Read a bearer token from the first line of FILE.</source>
        <translation>Lire un jeton du porteur dans la première ligne de FILE.</translation>
    </message>
    <message>
        <source>Browse, audit and export Microsoft 365 / Entra ID profile photos</source>
        <translation>Parcourir, auditer et exporter les photos de profil Microsoft 365 / Entra ID</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>Log debug messages of every portrait.* category (QT_LOGGING_RULES takes precedence).</source>
        <translation>Journaliser les messages de débogage de toutes les catégories portrait.* (QT_LOGGING_RULES est prioritaire).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad --graph-url: %1</source>
        <translation>--graph-url invalide : %1</translation>
    </message>
</context>
</TS>
