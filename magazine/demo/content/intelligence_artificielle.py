"""Demo articles of the "Intelligence artificielle" category, newest first."""

from .base import (
    DemoArticle,
    DemoCategory,
    DemoNote,
    a,
    conclusion,
    figure,
    h2,
    h3,
    p,
    points,
    quote,
    ul,
)

LOCAL_MODEL = DemoArticle(
    slug="faire-tourner-un-modele-de-langage-chez-soi",
    title="Faire tourner un modèle de langage chez soi : le guide pour débuter",
    standfirst=(
        "Plus besoin d'un centre de données pour discuter avec une IA : des modèles ouverts et "
        "compacts tournent désormais sur un ordinateur de bureau, voire sur un portable récent. "
        "Voici ce qu'il faut savoir avant de se lancer, du matériel nécessaire aux logiciels "
        "qui simplifient tout."
    ),
    authors=("camille-lefevre", "karim-delaunay"),
    tags=("IA générative", "Open source", "GPU", "Vie privée", "Linux"),
    related=("modeles-ouverts-contre-modeles-fermes", "choisir-sa-carte-graphique-sans-se-ruiner"),
    body=(
        h2("Pourquoi faire tourner une IA en local ?"),
        p(
            "Les assistants conversationnels en ligne sont pratiques, mais chaque question que "
            "vous leur posez part sur les serveurs d'un tiers. Pour un courrier personnel, un "
            "document de travail ou des notes médicales, ce n'est pas anodin. Faire tourner un "
            "modèle <b>sur sa propre machine</b> règle la question : les données ne quittent "
            "jamais l'ordinateur, et l'outil fonctionne même sans connexion.",
            "Il y a aussi une part de curiosité. Installer un modèle chez soi, c'est voir de "
            "près ce qu'est réellement une IA générative : un gros fichier de paramètres, un "
            "programme qui les charge en mémoire, et beaucoup de calcul. Le mystère se dissipe "
            "vite, et l'on comprend mieux les limites de ces systèmes.",
        ),
        h2("Le matériel : la mémoire avant tout"),
        p(
            "Contrairement à une idée reçue, la puissance brute du processeur graphique compte "
            "moins que la <b>quantité de mémoire</b> disponible. Un modèle doit tenir entièrement "
            "en mémoire pour répondre à une vitesse confortable. Or un modèle de huit milliards "
            "de paramètres occupe près de 16 Go dans sa forme d'origine, ce qui dépasse la "
            "plupart des cartes graphiques grand public."
        ),
        p(
            "La parade s'appelle la <i>quantification</i> : on stocke chaque paramètre sur 4 ou "
            "5 bits au lieu de 16, au prix d'une légère perte de précision. Le même modèle "
            "descend alors autour de 5 Go et se contente d'une carte graphique de milieu de "
            "gamme, voire du processeur seul, plus lentement. Les ordinateurs dont la mémoire est "
            "partagée entre processeur et puce graphique, comme les Mac à puce Apple, s'en "
            "sortent d'ailleurs très bien dans cet exercice."
        ),
        h3("Quelle configuration viser ?"),
        ul(
            "Pour un premier essai, voici des repères raisonnables :",
            "<b>8 Go de mémoire graphique</b> : des modèles de sept à huit milliards de "
            "paramètres quantifiés, fluides pour la conversation ;",
            "<b>16 Go et plus</b> : des modèles plus grands, meilleurs en raisonnement et en "
            "rédaction ;",
            "<b>sans carte graphique</b> : c'est possible avec 16 Go de mémoire vive, mais "
            "comptez quelques mots par seconde.",
        ),
        h2("Installer son premier modèle en quatre étapes"),
        points(
            (
                "Choisir un logiciel d'exécution",
                f"Des outils comme {a('https://ollama.com', 'Ollama')} ou "
                f"{a('https://github.com/ggml-org/llama.cpp', 'llama.cpp')} se chargent de "
                "télécharger les modèles, de les charger en mémoire et d'exposer une interface. "
                "Ils fonctionnent sous Linux, macOS et Windows.",
            ),
            (
                "Choisir un modèle adapté",
                "Partez d'un modèle ouvert de taille modeste, publié avec une licence claire. "
                "Les catalogues indiquent la taille de chaque variante : prenez-en une qui "
                "laisse de la marge dans votre mémoire.",
            ),
            (
                "Tester en ligne de commande",
                "Une première conversation dans le terminal permet de vérifier la vitesse de "
                "génération. En dessous de cinq mots par seconde, l'expérience devient pénible : "
                "descendez d'une taille de modèle.",
            ),
            (
                "Ajouter une interface",
                "Plusieurs interfaces web libres se branchent sur ces logiciels et offrent un "
                "historique des conversations, l'analyse de documents et le choix du modèle à "
                "la volée.",
            ),
        ),
        quote(
            "Un modèle local ne remplace pas les plus gros assistants en ligne, mais pour "
            "résumer, reformuler ou classer ses propres documents, il fait largement l'affaire.",
            "Un développeur bénévole, lors d'un atelier consacré aux logiciels libres",
        ),
        h2("Des limites à connaître"),
        p(
            "Un modèle de quelques milliards de paramètres n'a pas la culture générale des plus "
            "grands systèmes. Il se trompe plus souvent sur les faits précis, invente volontiers "
            "des références et peine sur les raisonnements longs. Il faut le considérer comme un "
            "assistant de rédaction ou de tri, pas comme une encyclopédie.",
            "La consommation électrique n'est pas nulle non plus : une carte graphique sollicitée "
            "à fond peut tirer plus de 200 watts. Pour quelques requêtes par jour, l'impact reste "
            "modeste ; pour un usage intensif, il mérite d'être mesuré.",
        ),
        conclusion(
            "Faire tourner une IA chez soi n'est plus réservé aux passionnés équipés de machines "
            "hors de prix. Avec un peu de mémoire, un modèle bien choisi et un logiciel adapté, "
            "on obtient en une soirée un assistant privé, hors ligne et gratuit. Ses réponses "
            "seront moins brillantes que celles des services en ligne, mais elles resteront "
            "<b>chez vous</b>."
        ),
    ),
)

AI_ACT = DemoArticle(
    slug="l-ai-act-europeen-explique-en-cinq-points",
    title="L'AI Act européen expliqué en cinq points",
    standfirst=(
        "Adopté en 2024, le règlement européen sur l'intelligence artificielle entre en "
        "application par étapes. Interdictions, obligations pour les systèmes à haut risque, "
        "transparence des IA génératives : voici l'essentiel d'un texte qui concerne autant les "
        "entreprises que les citoyens."
    ),
    authors=("camille-lefevre",),
    tags=("Réglementation", "Europe", "IA générative", "Vie privée"),
    notes=(
        DemoNote(
            4,
            "update",
            "Ajout du calendrier d'application des obligations pour les modèles d'usage général.",
        ),
    ),
    body=(
        h2("Un texte fondé sur le niveau de risque"),
        p(
            "Le règlement européen sur l'intelligence artificielle, souvent désigné par son nom "
            "anglais <i>AI Act</i>, ne réglemente pas une technologie en bloc. Il part d'une idée "
            "simple : une IA qui recommande des chansons ne pose pas les mêmes questions qu'une "
            "IA qui trie des candidatures ou aide à poser un diagnostic. Les obligations sont "
            "donc proportionnées aux risques que chaque usage fait peser sur les personnes."
        ),
        p(
            "Le texte a été publié au Journal officiel de l'Union européenne en juillet 2024. "
            "Ses dispositions s'appliquent progressivement, sur plusieurs années, pour laisser "
            "aux entreprises le temps de s'adapter. Sa version intégrale est consultable sur "
            f"{a('https://eur-lex.europa.eu', 'EUR-Lex')}."
        ),
        h2("Ce qu'il faut retenir"),
        points(
            (
                "Certains usages sont interdits",
                "La notation sociale des citoyens, la manipulation qui exploite la vulnérabilité "
                "de certaines personnes ou la reconnaissance des émotions au travail et à l'école "
                "font partie des pratiques proscrites. Ces interdictions ont été les premières à "
                "s'appliquer.",
            ),
            (
                "Les systèmes à haut risque sont encadrés",
                "Recrutement, éducation, accès au crédit, infrastructures critiques : dans ces "
                "domaines, les fournisseurs doivent documenter leurs systèmes, évaluer les "
                "risques, garantir une supervision humaine et veiller à la qualité des données "
                "d'entraînement.",
            ),
            (
                "La transparence devient la règle",
                "Une personne qui discute avec un agent conversationnel doit savoir qu'elle "
                "s'adresse à une machine. Les contenus générés ou manipulés par une IA, comme "
                "les <i>deepfakes</i>, doivent être signalés comme tels.",
            ),
            (
                "Les modèles à usage général ont leurs propres règles",
                "Les fournisseurs des grands modèles qui servent de base à de nombreuses "
                "applications doivent publier une documentation technique, respecter le droit "
                "d'auteur et résumer les données utilisées pour l'entraînement. Les modèles les "
                "plus puissants sont soumis à des évaluations supplémentaires.",
            ),
            (
                "Les sanctions sont dissuasives",
                "Comme pour le RGPD, les amendes peuvent être calculées en pourcentage du "
                "chiffre d'affaires mondial. Les montants les plus élevés visent le recours aux "
                "pratiques interdites.",
            ),
        ),
        h2("Qui est concerné ?"),
        p(
            "Le règlement s'applique aux entreprises qui développent des systèmes d'IA, mais "
            "aussi à celles qui les déploient dans leurs activités, dès lors que ces systèmes "
            "sont utilisés dans l'Union européenne. Une start-up américaine qui vend un logiciel "
            "de recrutement à une entreprise française y est soumise, au même titre qu'un éditeur "
            "européen.",
            "Pour les particuliers, les effets seront surtout indirects : davantage "
            "d'informations sur les systèmes auxquels ils ont affaire, et des recours lorsqu'une "
            "décision les concernant a été prise avec l'aide d'une IA à haut risque.",
        ),
        quote(
            "La vraie difficulté ne sera pas de comprendre le texte, mais de savoir, outil par "
            "outil, dans quelle catégorie on se trouve.",
            "Une juriste spécialisée dans le droit du numérique",
        ),
        h2("Les critiques du texte"),
        p(
            "Certains acteurs de la tech jugent le règlement trop lourd et craignent qu'il ne "
            "freine l'innovation européenne face aux géants américains et chinois. À l'inverse, "
            "des associations de défense des libertés regrettent des exceptions jugées trop "
            "larges, notamment pour l'identification biométrique par les forces de l'ordre. "
            "Entre ces deux critiques, le texte devra faire ses preuves à l'usage, à mesure que "
            "les autorités de contrôle publieront leurs lignes directrices."
        ),
        conclusion(
            "L'AI Act ne dit pas ce que l'IA doit être : il dit ce qu'on ne peut pas lui faire "
            "faire, et à quelles conditions on peut l'utiliser dans les domaines sensibles. Son "
            "application progressive laisse le temps de l'apprentissage, pour les entreprises "
            "comme pour les régulateurs. Nous mettrons cet article à jour à chaque nouvelle "
            "étape du calendrier.",
            title="En résumé",
        ),
    ),
)

NPU = DemoArticle(
    slug="npu-pourquoi-nos-portables-embarquent-une-puce-ia",
    title="NPU : pourquoi nos ordinateurs portables embarquent une puce dédiée à l'IA",
    standfirst=(
        "Après les smartphones, les ordinateurs portables intègrent à leur tour un processeur "
        "neuronal, ou NPU. Derrière l'argument marketing, cette unité de calcul spécialisée "
        "promet surtout d'exécuter des tâches d'IA sans vider la batterie. Encore faut-il que "
        "les logiciels suivent."
    ),
    authors=("helene-marchand", "camille-lefevre"),
    tags=("Processeurs", "IA générative", "Vie privée", "Énergie"),
    body=(
        h2("Un troisième processeur dans la machine"),
        p(
            "Un ordinateur moderne dispose déjà de deux grands moteurs de calcul : le processeur "
            "central, polyvalent, et le processeur graphique, taillé pour les calculs massivement "
            "parallèles. Le <b>NPU</b>, pour <i>Neural Processing Unit</i>, vient s'ajouter aux "
            "deux. Il est conçu pour une seule famille d'opérations, les multiplications de "
            "matrices qui constituent l'essentiel du travail d'un réseau de neurones, et il les "
            "exécute avec une grande efficacité énergétique.",
            "L'idée n'est pas nouvelle. Les smartphones embarquent de tels circuits depuis "
            "plusieurs années pour améliorer les photos, reconnaître la voix ou déverrouiller "
            "l'appareil avec le visage. Ce qui change, c'est leur arrivée généralisée dans les "
            "PC portables, chez tous les grands fabricants de processeurs.",
        ),
        h2("À quoi sert-il concrètement ?"),
        ul(
            "Aujourd'hui, les usages les plus courants sont discrets mais quotidiens :",
            "le <b>floutage ou le remplacement de l'arrière-plan</b> en visioconférence ;",
            "la <b>suppression du bruit</b> autour du micro ;",
            "la <b>transcription</b> et le sous-titrage en direct ;",
            "la recherche dans ses photos par leur contenu, sans envoyer les images dans le cloud.",
        ),
        p(
            "Toutes ces tâches pourraient être confiées au processeur graphique. Mais celui-ci "
            "consomme bien davantage : déporter un effet vidéo permanent vers le NPU allonge "
            "sensiblement l'autonomie lors d'une longue réunion, et garde la machine plus "
            "fraîche et plus silencieuse."
        ),
        h2("Les TOPS, un chiffre à relativiser"),
        p(
            "Les fabricants comparent leurs NPU en <b>TOPS</b>, des milliers de milliards "
            "d'opérations par seconde. Le chiffre a pris une importance commerciale depuis que "
            "Microsoft a fixé un seuil minimal pour ses PC « Copilot+ ». Mais, comme les "
            "mégahertz autrefois, il ne dit pas tout : la bande passante mémoire, la précision "
            "des calculs et surtout la qualité des pilotes comptent autant."
        ),
        points(
            (
                "Les logiciels que j'utilise s'en servent-ils ?",
                "Un NPU inexploité ne sert à rien. Vérifiez si vos outils de visioconférence, de "
                "retouche photo ou de montage annoncent une accélération sur ce type de puce.",
            ),
            (
                "Ai-je besoin d'IA hors ligne ?",
                "Si vos usages d'IA passent par des services en ligne, le NPU de votre machine ne "
                "sera pas sollicité : le calcul se fait sur les serveurs du fournisseur.",
            ),
            (
                "L'autonomie est-elle ma priorité ?",
                "C'est là que le NPU apporte le plus. Pour les grands modèles de langage locaux, "
                "en revanche, une carte graphique dotée de beaucoup de mémoire reste nettement "
                "plus efficace.",
            ),
        ),
        figure(
            "Le NPU se spécialise dans les multiplications de matrices, au cœur du calcul des "
            "réseaux de neurones."
        ),
        h2("Un pari sur l'avenir"),
        p(
            "Pour l'instant, le NPU ressemble à une voie rapide encore peu empruntée. Les outils "
            "de développement progressent, et les grands éditeurs adaptent peu à peu leurs "
            "applications. À mesure que des fonctions d'IA s'installeront dans le système "
            "d'exploitation lui-même, cette puce discrète devrait devenir aussi banale que la "
            "puce graphique intégrée."
        ),
        conclusion(
            "Le NPU n'est pas une révolution visible, mais une optimisation de fond : faire "
            "mieux avec moins d'énergie. Il ne justifie pas à lui seul de changer d'ordinateur "
            "aujourd'hui. En revanche, si vous devez renouveler votre portable, autant choisir "
            "une machine qui en est équipée : les logiciels finiront par en tirer parti."
        ),
    ),
)

OPEN_MODELS = DemoArticle(
    slug="modeles-ouverts-contre-modeles-fermes",
    title="Modèles ouverts, modèles fermés : ce que l'ouverture change vraiment",
    standfirst=(
        "Les modèles d'IA dont les paramètres sont librement téléchargeables se multiplient, "
        "face aux services accessibles uniquement en ligne. Mais « ouvert » ne veut pas toujours "
        "dire open source. Décryptage d'un débat qui engage la recherche, l'économie et la "
        "souveraineté numérique."
    ),
    authors=("camille-lefevre",),
    tags=("IA générative", "Open source", "Europe"),
    body=(
        h2("Deux façons de distribuer une IA"),
        p(
            "Un modèle dit <b>fermé</b> ne s'utilise qu'à travers l'interface ou l'API de son "
            "éditeur. On lui envoie une question, on reçoit une réponse, sans jamais voir ses "
            "paramètres ni savoir précisément sur quelles données il a été entraîné. À "
            "l'inverse, un modèle dit <b>ouvert</b> est publié sous forme de fichiers que chacun "
            "peut télécharger, exécuter sur ses propres serveurs et adapter à ses besoins.",
            "Entre ces deux pôles, la réalité est nuancée. Beaucoup de modèles présentés comme "
            "ouverts ne publient que leurs poids, c'est-à-dire le résultat de l'entraînement, "
            "sans le code ni les données qui ont permis de l'obtenir. Certaines licences "
            "interdisent aussi des usages commerciaux ou imposent des conditions aux plus "
            "grandes entreprises.",
        ),
        h2("Poids ouverts ou open source ?"),
        p(
            f"L'{a('https://opensource.org', 'Open Source Initiative')} a publié en 2024 une "
            "définition de l'IA open source. Elle exige que l'on puisse utiliser, étudier, "
            "modifier et partager le système, et donc que l'on dispose d'informations "
            "suffisantes sur les données d'entraînement pour reproduire un système équivalent. "
            "Peu de modèles populaires remplissent toutes ces conditions : on parle plus "
            "justement de modèles à <i>poids ouverts</i>."
        ),
        h2("Ce que l'ouverture permet"),
        points(
            (
                "Garder ses données chez soi",
                "Une entreprise ou une administration peut faire tourner le modèle sur son "
                "infrastructure, sans envoyer de documents sensibles à un prestataire étranger.",
            ),
            (
                "Adapter le modèle à son métier",
                "Un modèle ouvert peut être affiné sur un vocabulaire juridique, médical ou "
                "technique, ce que les modèles fermés ne permettent qu'à travers les options "
                "proposées par leur éditeur.",
            ),
            (
                "Vérifier et comprendre",
                "Les chercheurs peuvent étudier le comportement interne du modèle, mesurer ses "
                "biais et publier des résultats reproductibles.",
            ),
            (
                "Ne pas dépendre d'un seul fournisseur",
                "Si un éditeur change ses tarifs ou retire un modèle, les fichiers déjà "
                "téléchargés continuent de fonctionner.",
            ),
        ),
        quote(
            "Publier les poids d'un modèle, c'est un peu comme publier un logiciel compilé : "
            "c'est utile, mais on ne peut pas tout à fait le reconstruire soi-même.",
            "Un chercheur en apprentissage automatique",
        ),
        h2("Les arguments des partisans de la fermeture"),
        p(
            "Les éditeurs de modèles fermés avancent deux raisons principales. La première est "
            "économique : entraîner un grand modèle coûte des sommes considérables, que la vente "
            "d'accès permet de rentabiliser. La seconde touche à la sécurité : un modèle diffusé "
            "librement ne peut plus être retiré, et ses garde-fous peuvent être contournés par un "
            "nouvel entraînement.",
            "Les défenseurs de l'ouverture répondent que la sécurité par l'obscurité a rarement "
            "fait ses preuves en informatique, et que les risques se gèrent mieux lorsque des "
            "milliers de chercheurs peuvent examiner les systèmes. En Europe, plusieurs acteurs "
            "voient aussi dans les modèles ouverts un moyen de réduire la dépendance aux "
            "grandes plateformes américaines.",
        ),
        conclusion(
            "La frontière entre ouvert et fermé structure désormais le marché de l'IA, comme "
            "elle a structuré celui du logiciel. Pour l'utilisateur, la question pratique est "
            "simple : a-t-il besoin de contrôler l'outil, ou seulement de s'en servir ? Pour la "
            "société, elle est plus vaste, et touche à la façon dont le savoir produit par ces "
            "systèmes sera partagé."
        ),
    ),
)

TOKENS = DemoArticle(
    slug="comment-un-modele-de-langage-choisit-ses-mots",
    title="Comment un modèle de langage choisit-il ses mots ?",
    standfirst=(
        "Derrière les réponses fluides des assistants conversationnels se cache un mécanisme "
        "étonnamment simple : prédire le morceau de texte suivant, encore et encore. Comprendre "
        "ce principe aide à mieux utiliser ces outils, et à se méfier de leurs erreurs."
    ),
    authors=("camille-lefevre",),
    tags=("IA générative", "Développement"),
    body=(
        h2("Tout commence par des jetons"),
        p(
            "Un modèle de langage ne lit pas des mots, mais des <b>jetons</b> (<i>tokens</i> en "
            "anglais). Un jeton peut être un mot entier, un fragment de mot ou un signe de "
            "ponctuation. Un mot courant tient souvent en un seul jeton, tandis qu'un terme rare "
            "ou très long est découpé en plusieurs morceaux. Ce découpage explique certaines "
            "bizarreries, comme la difficulté de ces modèles à compter les lettres d'un mot.",
            "Chaque jeton est ensuite converti en une longue liste de nombres, qui situe sa "
            "signification dans un espace mathématique. Des mots de sens proche s'y retrouvent "
            "voisins : c'est ce qui permet au modèle de généraliser.",
        ),
        h2("Prédire la suite, un jeton à la fois"),
        p(
            "Le cœur du fonctionnement tient en une phrase : à partir de tout le texte qui "
            "précède, le modèle calcule la probabilité de chaque jeton possible pour la position "
            "suivante. Il en choisit un, l'ajoute au texte, puis recommence. Une réponse de trois "
            "paragraphes résulte ainsi de plusieurs centaines de prédictions successives."
        ),
        p(
            "Pour calculer ces probabilités, le modèle s'appuie sur un mécanisme appelé "
            "<b>attention</b>, qui lui permet de pondérer l'importance de chaque mot du contexte. "
            "Dans la phrase « le chat que le chien a poursuivi s'est réfugié sur le toit », "
            "c'est ce mécanisme qui relie « s'est réfugié » au chat, et non au chien."
        ),
        h3("Le rôle de la température"),
        p(
            "Le modèle ne choisit pas toujours le jeton le plus probable. Un réglage appelé "
            "<b>température</b> dose la part de hasard : basse, elle rend les réponses "
            "prévisibles et répétitives ; élevée, elle favorise la variété, au risque de "
            "l'incohérence. Les assistants grand public utilisent en général une valeur "
            "intermédiaire."
        ),
        h2("Ce que ce mécanisme implique"),
        points(
            (
                "Le modèle ne consulte pas une base de faits",
                "Il produit un texte plausible, pas une information vérifiée. Une date ou une "
                "citation peut être inventée avec le même aplomb qu'un fait exact.",
            ),
            (
                "Le contexte est limité",
                "Le modèle ne « voit » qu'un nombre fini de jetons à la fois. Au-delà, le début "
                "d'une longue conversation est oublié ou résumé.",
            ),
            (
                "La formulation compte",
                "Une question précise, accompagnée d'exemples et de contraintes claires, oriente "
                "les probabilités vers de meilleures réponses.",
            ),
            (
                "L'entraînement fixe les connaissances",
                "Ce que le modèle sait s'arrête à la date de collecte de ses données, sauf s'il "
                "est relié à un moteur de recherche ou à des documents fournis.",
            ),
        ),
        figure(
            "Chaque mot d'une réponse est choisi parmi des milliers de candidats, selon leur "
            "probabilité."
        ),
        h2("D'un prédicteur à un assistant"),
        p(
            "Un modèle qui se contente de prédire la suite d'un texte n'est pas encore un "
            "assistant. Après ce premier entraînement sur d'immenses corpus, les éditeurs "
            "l'affinent avec des exemples de dialogues et des évaluations humaines, pour qu'il "
            "suive des consignes, refuse certaines demandes et adopte un ton serviable. C'est "
            "cette seconde étape qui transforme un générateur de texte en interlocuteur."
        ),
        conclusion(
            "Savoir qu'un modèle de langage prédit des jetons plutôt qu'il ne « pense » n'enlève "
            "rien à ses prouesses. Cela aide surtout à l'utiliser à bon escient : lui demander "
            "de reformuler, de résumer ou de proposer des pistes, et <b>toujours vérifier</b> ce "
            "qu'il affirme sur les faits."
        ),
    ),
)

CATEGORY = DemoCategory(
    slug="intelligence-artificielle",
    title="Intelligence artificielle",
    description=(
        "Modèles de langage, IA générative, réglementation : comprendre ce que les machines "
        "savent faire, et ce qu'elles ne savent pas."
    ),
    articles=(LOCAL_MODEL, AI_ACT, NPU, OPEN_MODELS, TOKENS),
    featured=AI_ACT.slug,
)
