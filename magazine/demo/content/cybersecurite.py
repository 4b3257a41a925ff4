"""Demo articles of the "Cybersécurité" category, newest first."""

from .base import (
    DemoArticle,
    DemoCategory,
    DemoNote,
    a,
    conclusion,
    figure,
    h2,
    p,
    points,
    quote,
    ul,
)

PASSKEYS = DemoArticle(
    slug="passkeys-la-fin-annoncee-des-mots-de-passe",
    series="securite-a-la-maison",
    episode=3,
    title="Passkeys : la fin annoncée des mots de passe ?",
    standfirst=(
        "Poussées par les géants du numérique, les clés d'accès, ou passkeys, promettent de "
        "remplacer les mots de passe par un simple déverrouillage du téléphone. Plus sûres et "
        "plus pratiques, elles bousculent pourtant nos habitudes. Comment fonctionnent-elles, et "
        "faut-il les adopter ?"
    ),
    authors=("ines-benali",),
    tags=("Mots de passe", "Smartphones", "Apple", "Google", "Microsoft"),
    related=(
        "hameconnage-a-l-ere-de-l-ia-des-arnaques-plus-credibles",
        "rancongiciels-anatomie-d-une-attaque",
    ),
    body=(
        h2("Le problème des mots de passe"),
        p(
            "Les mots de passe ont deux défauts majeurs. Ils sont <b>réutilisés</b> : faute de "
            "pouvoir en retenir des dizaines, beaucoup de gens recyclent les mêmes d'un site à "
            "l'autre, si bien qu'une fuite sur un site expose tous les autres. Et ils sont "
            "<b>hameçonnables</b> : une fausse page de connexion bien imitée suffit à les "
            "dérober.",
            "Les gestionnaires de mots de passe et la double authentification ont amélioré la "
            "situation, sans la régler. Les clés d'accès s'attaquent au problème à la racine : "
            "il n'y a plus de secret à taper, donc plus rien à voler en le tapant.",
        ),
        h2("Comment fonctionne une clé d'accès"),
        p(
            "Une clé d'accès repose sur la <b>cryptographie à clé publique</b>, à travers les "
            f"standards {a('https://fidoalliance.org/passkeys/', 'FIDO2 et WebAuthn')}. Lors "
            "de l'inscription sur un site, votre appareil crée une paire de clés. La clé "
            "publique est confiée au site ; la clé privée reste sur votre appareil ou dans votre "
            "gestionnaire, protégée par votre empreinte, votre visage ou un code.",
            "À la connexion, le site envoie un défi que seule votre clé privée peut signer. Le "
            "secret ne transite jamais sur le réseau, et la clé est liée au domaine du site : "
            "elle ne fonctionnera tout simplement pas sur une imitation, aussi convaincante "
            "soit-elle.",
        ),
        h2("Les avantages, point par point"),
        points(
            (
                "La résistance à l'hameçonnage",
                "Une clé d'accès ne peut pas être utilisée sur un faux site, puisqu'elle est "
                "associée au vrai domaine.",
            ),
            (
                "Rien à retenir",
                "Le déverrouillage de l'appareil remplace la saisie. Plus de mot de passe oublié "
                "ni de règles de complexité absurdes.",
            ),
            (
                "Des fuites sans conséquence",
                "Si un site se fait dérober sa base de données, les attaquants n'y trouvent que "
                "des clés publiques, inutilisables pour se connecter.",
            ),
            (
                "La synchronisation entre appareils",
                "Les gestionnaires intégrés aux systèmes d'Apple, de Google et de Microsoft, "
                "ainsi que plusieurs gestionnaires indépendants, synchronisent les clés d'un "
                "appareil à l'autre.",
            ),
        ),
        quote(
            "Avec les clés d'accès, l'utilisateur n'a plus besoin d'être un expert pour ne pas "
            "se faire piéger. C'est la technique qui fait le travail.",
            "La responsable de la sécurité d'une banque en ligne",
        ),
        h2("Les questions qui restent"),
        p(
            "Tout n'est pas encore parfait. Passer d'un écosystème à l'autre, par exemple d'un "
            "iPhone à un téléphone Android, a longtemps été laborieux ; des standards "
            "d'échange des clés entre gestionnaires sont en cours de déploiement. La perte de "
            "tous ses appareils pose aussi la question de la récupération du compte, qui repose "
            "souvent… sur un bon vieux mot de passe ou une adresse e-mail.",
            "Enfin, de nombreux sites ne proposent pas encore de clé d'accès, ou la proposent en "
            "complément d'un mot de passe qui reste actif. Tant que ce mot de passe existe, il "
            "demeure une porte d'entrée possible.",
        ),
        conclusion(
            "Les clés d'accès sont la meilleure nouvelle de ces dernières années pour la "
            "sécurité des comptes en ligne. Elles ne feront pas disparaître les mots de passe du "
            "jour au lendemain, mais il est temps de les activer sur vos services les plus "
            "importants, messagerie en tête. Et de conserver, pour les autres, un gestionnaire "
            "de mots de passe."
        ),
    ),
)

PHISHING = DemoArticle(
    slug="hameconnage-a-l-ere-de-l-ia-des-arnaques-plus-credibles",
    title="Hameçonnage à l'ère de l'IA : des arnaques plus crédibles que jamais",
    standfirst=(
        "Fautes d'orthographe, tournures maladroites, logos approximatifs : les indices qui "
        "trahissaient les courriels frauduleux disparaissent. L'IA générative permet aux "
        "escrocs de produire des messages soignés, personnalisés et en toutes langues. Voici "
        "comment continuer à les repérer."
    ),
    authors=("ines-benali",),
    tags=("IA générative", "Mots de passe", "Vie privée"),
    body=(
        h2("La fin des indices faciles"),
        p(
            "Pendant des années, on a appris à repérer l'hameçonnage à sa forme : un français "
            "approximatif, une formule de politesse étrange, une mise en page bancale. Ces "
            "conseils perdent de leur valeur. Les outils d'IA générative rédigent en quelques "
            "secondes un message sans faute, dans le ton exact d'une banque, d'un transporteur "
            "ou d'une administration.",
            "Plus inquiétant, ils permettent de <b>personnaliser</b> les messages à grande "
            "échelle. En puisant dans des informations publiques, comme un profil professionnel "
            "ou des publications sur les réseaux sociaux, un escroc peut mentionner votre "
            "employeur, un collègue ou un projet en cours. Ce harponnage, autrefois réservé aux "
            "attaques ciblées, est désormais à la portée de tous.",
        ),
        h2("Voix et vidéos truquées"),
        p(
            "La menace ne se limite plus à l'écrit. Quelques secondes d'enregistrement suffisent "
            "à certains outils pour imiter une voix de manière convaincante. Des entreprises ont "
            "déjà été victimes d'appels où un faux dirigeant réclamait un virement urgent. Dans "
            "la sphère privée, l'arnaque au proche en détresse, qui demande de l'argent au "
            "téléphone, gagne en crédibilité."
        ),
        h2("Les bons réflexes"),
        points(
            (
                "Se méfier de l'urgence",
                "Presque toutes les arnaques jouent sur la précipitation : compte bloqué, colis "
                "en attente, amende à régler avant ce soir. L'urgence est le premier signal "
                "d'alerte.",
            ),
            (
                "Vérifier par un autre canal",
                "Un message de votre banque ? Appelez le numéro inscrit sur votre carte. Un "
                "collègue qui demande un virement ? Rappelez-le sur son numéro habituel.",
            ),
            (
                "Examiner l'adresse, pas l'apparence",
                "Le nom affiché de l'expéditeur se falsifie facilement. L'adresse réelle et le "
                "domaine des liens sont plus révélateurs, même s'ils peuvent aussi tromper.",
            ),
            (
                "Convenir d'un mot de passe familial",
                "Pour déjouer les imitations vocales, certaines familles conviennent d'un mot "
                "secret à demander en cas d'appel suspect.",
            ),
            (
                "Utiliser des clés d'accès",
                "Une clé d'accès ne fonctionne que sur le vrai site : même piégé par un message "
                "parfait, vous ne pourrez pas livrer vos identifiants.",
            ),
        ),
        quote(
            "On ne peut plus demander aux gens de repérer les fautes. Il faut leur apprendre à "
            "se méfier des situations, pas des messages.",
            "Un formateur en sensibilisation à la cybersécurité",
        ),
        figure(
            "Derrière un message parfaitement rédigé peut se cacher une arnaque fabriquée en "
            "quelques secondes."
        ),
        h2("Signaler pour protéger les autres"),
        p(
            "Signaler un message frauduleux aide à bloquer les campagnes en cours. En France, "
            f"la plateforme {a('https://www.signal-spam.fr', 'Signal Spam')} recueille les "
            "courriels suspects, et le site "
            f"{a('https://www.cybermalveillance.gouv.fr', 'Cybermalveillance.gouv.fr')} "
            "accompagne les victimes et publie des alertes sur les arnaques du moment. Les SMS "
            "frauduleux peuvent être transférés gratuitement au 33700."
        ),
        conclusion(
            "L'IA générative n'invente pas l'hameçonnage, elle le professionnalise. Face à des "
            "messages impeccables, la vigilance doit se déplacer de la forme vers le contexte : "
            "qui me demande quoi, et pourquoi maintenant ? Prendre le temps de vérifier reste la "
            "défense la plus efficace, et elle ne coûte rien."
        ),
    ),
)

RANSOMWARE = DemoArticle(
    slug="rancongiciels-anatomie-d-une-attaque",
    title="Rançongiciels : anatomie d'une attaque et réflexes à adopter",
    standfirst=(
        "Hôpitaux, collectivités, PME : aucune organisation n'est à l'abri des rançongiciels. "
        "Ces attaques suivent pourtant un schéma assez régulier, qu'il est possible de briser à "
        "chaque étape. Décryptage, de l'intrusion à la demande de rançon."
    ),
    authors=("ines-benali", "karim-delaunay"),
    tags=("Ransomware", "Mots de passe", "Cloud"),
    notes=(
        DemoNote(
            3,
            "correction",
            "Une version précédente donnait un délai de notification à la CNIL erroné : "
            "il est de 72 heures après la découverte de la fuite de données.",
        ),
    ),
    body=(
        h2("Un crime devenu industriel"),
        p(
            "Un rançongiciel, ou <i>ransomware</i>, chiffre les fichiers d'une victime et exige "
            "une rançon en échange de la clé de déchiffrement. Le principe est ancien ; son "
            "organisation a changé. Des groupes criminels développent désormais les outils et "
            "les louent à des « affiliés » qui mènent les attaques, en échange d'un pourcentage "
            "des rançons. Ce modèle a fait exploser le nombre d'attaques.",
            "La plupart des groupes pratiquent aussi la <b>double extorsion</b> : avant de "
            "chiffrer, ils copient les données, puis menacent de les publier si la victime "
            "refuse de payer. Une bonne sauvegarde ne suffit donc plus à neutraliser "
            "entièrement la menace.",
        ),
        h2("Les étapes d'une attaque"),
        points(
            (
                "L'intrusion",
                "Le point d'entrée est souvent banal : un courriel piégé, un mot de passe "
                "réutilisé, un accès à distance mal protégé ou une faille non corrigée sur un "
                "équipement exposé à internet.",
            ),
            (
                "L'installation",
                "Une fois à l'intérieur, les attaquants s'installent discrètement, parfois "
                "pendant des jours ou des semaines. Ils cartographient le réseau et cherchent "
                "les comptes à privilèges.",
            ),
            (
                "L'élévation de privilèges",
                "En récupérant les identifiants d'un administrateur, ils obtiennent les clés du "
                "système d'information et peuvent désactiver les protections.",
            ),
            (
                "L'exfiltration",
                "Les données sensibles sont copiées vers l'extérieur pour préparer le chantage.",
            ),
            (
                "Le chiffrement",
                "Souvent déclenché la nuit ou un week-end, il frappe tous les postes et serveurs "
                "à la fois, et vise en priorité les sauvegardes accessibles.",
            ),
        ),
        h2("Briser la chaîne"),
        ul(
            "Chaque étape offre une occasion d'arrêter l'attaque, et les mesures les plus "
            "efficaces ne sont pas les plus coûteuses :",
            "la <b>double authentification</b> sur tous les accès à distance et les comptes "
            "d'administration ;",
            "l'application rapide des <b>mises à jour de sécurité</b>, surtout sur les "
            "équipements exposés ;",
            "des <b>sauvegardes hors ligne</b>, déconnectées du réseau et régulièrement testées ;",
            "la <b>séparation des comptes</b> : on n'administre pas le réseau avec le compte qui "
            "sert à lire ses courriels ;",
            "la surveillance des connexions inhabituelles.",
        ),
        quote(
            "Les attaquants n'entrent presque jamais par une faille extraordinaire. Ils entrent "
            "par la porte qu'on a oublié de fermer.",
            "Une analyste d'une équipe de réponse aux incidents",
        ),
        h2("Et si l'attaque a lieu ?"),
        p(
            "Les premières heures sont décisives. Il faut isoler les machines touchées en les "
            "déconnectant du réseau, sans les éteindre, pour préserver les traces utiles à "
            "l'enquête. Les autorités recommandent de ne pas payer la rançon : rien ne garantit "
            "la remise de la clé, ni la suppression des données volées, et le paiement finance "
            "les attaques suivantes. Il faut aussi déposer plainte et, lorsque des données "
            f"personnelles sont concernées, notifier la {a('https://www.cnil.fr', 'CNIL')} dans "
            "les 72 heures.",
            "Les particuliers et les petites structures trouveront de l'aide et des prestataires "
            "de proximité sur "
            f"{a('https://www.cybermalveillance.gouv.fr', 'Cybermalveillance.gouv.fr')}.",
        ),
        conclusion(
            "Un rançongiciel n'est pas une fatalité technique : c'est l'aboutissement d'une "
            "succession de portes restées ouvertes. En fermant les plus évidentes, en protégeant "
            "ses sauvegardes et en se préparant à réagir, une organisation réduit fortement le "
            "risque, et surtout les dégâts. La préparation coûte toujours moins cher que la "
            "crise."
        ),
    ),
)

WIFI = DemoArticle(
    slug="securiser-son-reseau-wi-fi-domestique-en-six-etapes",
    series="securite-a-la-maison",
    episode=1,
    title="Sécuriser son réseau Wi-Fi domestique en six étapes",
    standfirst=(
        "Le Wi-Fi de la maison relie ordinateurs, téléphones, téléviseur, caméras et parfois la "
        "porte d'entrée. Pourtant, beaucoup de box tournent encore avec leurs réglages d'usine. "
        "Six étapes simples suffisent pour fermer les portes les plus évidentes."
    ),
    authors=("ines-benali",),
    tags=("Réseaux", "Vie privée", "Mots de passe"),
    body=(
        h2("Pourquoi s'en préoccuper ?"),
        p(
            "Un réseau domestique mal protégé peut servir à espionner les échanges, à accéder "
            "aux appareils partagés ou à commettre des méfaits en utilisant votre connexion. Les "
            "objets connectés aggravent le risque : une caméra ou une ampoule rarement mise à "
            "jour peut devenir le maillon faible de toute la maison.",
            "Rassurez-vous, nul besoin d'être ingénieur réseau. Tout se règle depuis l'interface "
            "d'administration de votre box ou de votre routeur, accessible depuis un navigateur.",
        ),
        h2("Les six étapes"),
        points(
            (
                "Changer le mot de passe d'administration",
                "L'interface de la box est protégée par un mot de passe, souvent imprimé sous "
                "l'appareil, voire identique sur de nombreux modèles. Remplacez-le par un mot de "
                "passe unique, enregistré dans votre gestionnaire.",
            ),
            (
                "Choisir le bon chiffrement",
                "Activez le WPA3, ou le mode mixte WPA2/WPA3 si certains appareils anciens ne "
                "suivent pas. Bannissez le WEP et les réseaux ouverts, qui n'offrent aucune "
                "protection réelle.",
            ),
            (
                "Définir une phrase de passe solide",
                "La clé du Wi-Fi doit être longue : une phrase de plusieurs mots sans lien entre "
                "eux est à la fois robuste et facile à dicter à un invité.",
            ),
            (
                "Désactiver le WPS",
                "Cette fonction d'appairage par bouton ou par code PIN simplifie la connexion, "
                "mais ses mises en œuvre ont connu de sérieuses failles. Mieux vaut s'en passer.",
            ),
            (
                "Isoler les invités et les objets connectés",
                "Créez un réseau invité pour les visiteurs et, si votre box le permet, placez "
                "les objets connectés sur un réseau séparé de vos ordinateurs.",
            ),
            (
                "Mettre à jour la box et les appareils",
                "Vérifiez que les mises à jour automatiques sont activées, y compris sur les "
                "objets connectés. Un appareil qui n'en reçoit plus mérite d'être remplacé.",
            ),
        ),
        quote(
            "La plupart des réseaux domestiques ne sont pas piratés par des génies, mais parce "
            "que personne n'a jamais changé les réglages d'origine.",
            "Un technicien réseau chez un fournisseur d'accès",
        ),
        h2("Et hors de chez soi ?"),
        p(
            "Les réseaux Wi-Fi publics, dans les gares, les cafés ou les hôtels, méritent une "
            "prudence particulière. La généralisation du HTTPS protège le contenu de la plupart "
            "des échanges, mais un faux point d'accès portant un nom crédible peut rediriger "
            "vers des pages piégées. Pour un usage sensible, le partage de connexion de votre "
            "téléphone reste souvent l'option la plus sûre."
        ),
        conclusion(
            "Sécuriser son Wi-Fi prend moins d'une heure et protège l'ensemble des appareils de "
            "la maison. L'essentiel tient en quelques principes : des mots de passe uniques, un "
            "chiffrement récent, des réseaux séparés et des mises à jour régulières. Un petit "
            "effort, une fois, pour une tranquillité durable."
        ),
    ),
)

UPDATES = DemoArticle(
    slug="mises-a-jour-pourquoi-il-ne-faut-plus-les-repousser",
    series="securite-a-la-maison",
    episode=2,
    title="Mises à jour : pourquoi il ne faut plus les repousser",
    standfirst=(
        "« Redémarrer maintenant ou plus tard ? » Nous cliquons presque tous sur « plus tard ». "
        "Pourtant, les mises à jour de sécurité comptent parmi les protections les plus "
        "efficaces contre les attaques. Explications, et conseils pour qu'elles dérangent moins."
    ),
    authors=("ines-benali", "helene-marchand"),
    tags=("Smartphones", "Ransomware", "Linux", "Navigateurs"),
    body=(
        h2("Ce que contient une mise à jour"),
        p(
            "Une mise à jour n'apporte pas seulement de nouvelles fonctions ou un changement "
            "d'interface. Elle corrige surtout des <b>vulnérabilités</b> : des erreurs de "
            "programmation qui permettraient à un attaquant de prendre le contrôle d'un "
            "appareil, de voler des données ou de contourner une protection. Les éditeurs en "
            "publient régulièrement, souvent selon un calendrier fixe.",
            "Le paradoxe est cruel : la publication d'un correctif signale aussi l'existence "
            "d'une faille. Les attaquants analysent les mises à jour pour comprendre ce qu'elles "
            "réparent, puis visent les appareils qui ne les ont pas encore installées. Chaque "
            "jour de retard élargit la fenêtre de tir.",
        ),
        h2("Les idées reçues qui freinent"),
        points(
            (
                "« Mon appareil n'intéresse personne »",
                "Les attaques sont largement automatisées. Des programmes balaient internet à la "
                "recherche de n'importe quel appareil vulnérable, sans se soucier de son "
                "propriétaire.",
            ),
            (
                "« Les mises à jour ralentissent mon téléphone »",
                "Il arrive qu'une mise à jour majeure pèse sur un appareil ancien. Les "
                "correctifs de sécurité, eux, sont généralement légers et sans effet sur les "
                "performances.",
            ),
            (
                "« Je le ferai ce soir »",
                "Le soir venu, la notification est oubliée. Les mises à jour automatiques "
                "règlent la question une fois pour toutes.",
            ),
            (
                "« Mon antivirus me protège »",
                "Un antivirus détecte des programmes malveillants connus ; il ne bouche pas la "
                "faille par laquelle ils entrent. Les deux protections se complètent.",
            ),
        ),
        h2("Tous les appareils sont concernés"),
        ul(
            "On pense à l'ordinateur et au téléphone, mais la liste est plus longue :",
            "le <b>navigateur</b> et ses extensions, en première ligne face aux sites piégés ;",
            "la <b>box internet</b> et le routeur ;",
            "les <b>objets connectés</b> : caméras, enceintes, téléviseurs ;",
            "les applications installées, y compris celles qu'on n'utilise plus et qu'il vaut "
            "mieux désinstaller.",
        ),
        quote(
            "Dans la plupart des incidents que nous traitons, le correctif existait depuis des "
            "semaines. Il n'avait simplement pas été installé.",
            "Un expert d'un centre de réponse aux incidents de sécurité",
        ),
        h2("Rendre les mises à jour indolores"),
        p(
            "Activez les <b>mises à jour automatiques</b> partout où c'est possible et choisissez "
            "une plage horaire nocturne pour les redémarrages. Sous Linux, la plupart des "
            "distributions savent installer automatiquement les correctifs de sécurité. Enfin, "
            "renseignez-vous sur la durée de suivi logiciel avant d'acheter un smartphone : "
            "plusieurs fabricants s'engagent désormais sur de nombreuses années de mises à jour, "
            "un critère qui devrait peser autant que la qualité de l'appareil photo."
        ),
        figure("Chaque correctif referme une porte que des attaquants cherchent déjà à ouvrir."),
        conclusion(
            "Une mise à jour de sécurité est l'une des rares protections à la fois gratuites, "
            "efficaces et automatiques. La repousser, c'est laisser ouverte une porte dont les "
            "attaquants connaissent déjà l'emplacement. Le meilleur réglage est aussi le plus "
            "simple : tout en automatique, et un redémarrage de temps en temps.",
            title="À retenir",
        ),
    ),
)

CATEGORY = DemoCategory(
    slug="cybersecurite",
    title="Cybersécurité",
    description=(
        "Menaces, bonnes pratiques et coulisses de la sécurité informatique, pour se protéger "
        "sans être expert."
    ),
    articles=(PASSKEYS, PHISHING, RANSOMWARE, WIFI, UPDATES),
    featured=RANSOMWARE.slug,
)
