"""Demo articles of the "Logiciels" category, newest first."""

from .base import DemoArticle, DemoCategory, a, conclusion, figure, h2, p, points, quote, ul

LINUX = DemoArticle(
    slug="faut-il-installer-linux-sur-un-vieux-pc",
    title="Faut-il installer Linux sur un vieux PC ?",
    standfirst=(
        "Depuis la fin du support standard de Windows 10, des millions d'ordinateurs encore "
        "vaillants ne reçoivent plus de correctifs, et beaucoup ne peuvent pas passer à "
        "Windows 11. Installer une distribution Linux est une alternative sérieuse. Mode "
        "d'emploi et limites."
    ),
    authors=("karim-delaunay",),
    tags=("Linux", "Open source", "Microsoft", "Énergie"),
    related=(
        "sauvegarde-la-regle-du-3-2-1-expliquee-simplement",
        "le-nas-domestique-reprendre-la-main-sur-ses-donnees",
        "mises-a-jour-pourquoi-il-ne-faut-plus-les-repousser",
    ),
    body=(
        h2("Un ordinateur pas si vieux"),
        p(
            "Microsoft a mis fin au support standard de Windows 10 en octobre 2025. Or "
            "Windows 11 impose des exigences matérielles strictes, dont une puce de sécurité "
            "TPM 2.0 et un processeur relativement récent. Résultat : des ordinateurs "
            "parfaitement fonctionnels, achetés il y a six ou sept ans, se retrouvent sans "
            "chemin officiel de mise à jour.",
            "Continuer à utiliser un système qui ne reçoit plus de correctifs de sécurité expose "
            "à des risques croissants, surtout pour une machine connectée à internet. Jeter un "
            "ordinateur qui fonctionne serait un gâchis, économique et écologique. Entre les "
            "deux, il existe une troisième voie : <b>changer de système</b>.",
        ),
        h2("Linux, plus accessible qu'on ne le croit"),
        p(
            "Les distributions Linux destinées au grand public ont beaucoup progressé. Des "
            f"projets comme {a('https://linuxmint.com', 'Linux Mint')}, "
            f"{a('https://ubuntu.com', 'Ubuntu')} ou "
            f"{a('https://fedoraproject.org', 'Fedora')} s'installent en une vingtaine de "
            "minutes, reconnaissent la plupart des matériels et proposent une logithèque où l'on "
            "installe ses applications en un clic. Navigateur, suite bureautique, lecteur "
            "multimédia et retouche photo sont disponibles dès le départ ou presque.",
            "Sur une machine modeste, la différence se ressent souvent : un environnement de "
            "bureau léger redonne de la vivacité à un PC que Windows rendait poussif.",
        ),
        h2("Passer le cap en cinq étapes"),
        points(
            (
                "Sauvegarder ses données",
                "Avant toute chose, copiez vos documents, photos et mots de passe sur un disque "
                "externe. L'installation peut effacer le disque de l'ordinateur.",
            ),
            (
                "Tester sans installer",
                "La plupart des distributions se lancent depuis une clé USB en mode « live ». "
                "Vérifiez que le Wi-Fi, le son, l'imprimante et la mise en veille fonctionnent.",
            ),
            (
                "Faire l'inventaire de ses logiciels",
                "Listez les programmes indispensables et cherchez leurs équivalents. Beaucoup "
                "existent directement sous Linux ; d'autres s'utilisent dans le navigateur.",
            ),
            (
                "Installer",
                "L'assistant d'installation guide pas à pas. Il est possible de conserver "
                "Windows à côté, mais un système unique est plus simple à maintenir.",
            ),
            (
                "Prendre ses marques",
                "Accordez-vous quelques semaines d'adaptation. Les forums francophones des "
                "distributions sont une mine de réponses.",
            ),
        ),
        quote(
            "Le plus dur n'est pas d'installer Linux, c'est de renoncer à ses habitudes. Au bout "
            "d'un mois, la plupart des gens ont oublié qu'ils avaient changé de système.",
            "Une bénévole d'un repair café lyonnais",
        ),
        h2("Les cas où ce n'est pas une bonne idée"),
        ul(
            "Linux n'est pas une solution universelle. Mieux vaut y réfléchir à deux fois si :",
            "vous dépendez d'un <b>logiciel professionnel</b> disponible uniquement sous Windows ;",
            "vous jouez à des jeux en ligne dont l'<b>anti-triche</b> refuse Linux ;",
            "votre matériel, comme certaines imprimantes ou certains scanners anciens, n'a pas "
            "de pilote ;",
            "personne dans votre entourage ne peut vous dépanner en cas de besoin.",
        ),
        conclusion(
            "La fin du support de Windows 10 n'oblige pas à racheter un ordinateur. Pour un "
            "usage centré sur le web, la bureautique et le multimédia, une distribution Linux "
            "offre une seconde vie sûre et gratuite à une machine encore vaillante. Le plus "
            "simple est d'essayer : une clé USB et une heure suffisent pour se faire une idée."
        ),
    ),
)

CODE_ASSISTANTS = DemoArticle(
    slug="les-assistants-de-code-changent-ils-le-metier-de-developpeur",
    title="Les assistants de code changent-ils vraiment le métier de développeur ?",
    standfirst=(
        "Complétion de fonctions entières, génération de tests, explication de code inconnu : "
        "les assistants fondés sur l'IA générative se sont installés dans les éditeurs des "
        "développeurs. Gain de temps réel ou illusion de productivité ? Retour sur une "
        "adoption massive, ses bénéfices et ses angles morts."
    ),
    authors=("karim-delaunay", "camille-lefevre"),
    tags=("IA générative", "Développement", "Open source"),
    body=(
        h2("De la complétion à la conversation"),
        p(
            "Les éditeurs de code savent depuis longtemps compléter un nom de variable ou de "
            "fonction. Les assistants fondés sur les grands modèles de langage vont beaucoup "
            "plus loin : à partir d'un commentaire ou d'un début de fonction, ils proposent des "
            "blocs entiers, parfois plusieurs dizaines de lignes. Intégrés à l'éditeur, ils "
            "répondent aussi à des questions sur le code ouvert, proposent une correction ou "
            "rédigent la documentation.",
            "Leur adoption a été fulgurante. Dans de nombreuses entreprises, l'assistant fait "
            "désormais partie de l'outillage standard, au même titre que le gestionnaire de "
            "versions ou l'intégration continue.",
        ),
        h2("Là où ils brillent"),
        points(
            (
                "Le code répétitif",
                "Transformations de données, appels d'API, fichiers de configuration : pour ces "
                "tâches sans surprise, l'assistant fait gagner un temps considérable.",
            ),
            (
                "Les tests",
                "Proposer une série de cas de test à partir d'une fonction, y compris des cas "
                "limites auxquels on n'avait pas pensé, est l'un de leurs usages les plus "
                "appréciés.",
            ),
            (
                "La découverte d'un code inconnu",
                "Demander à l'assistant d'expliquer un module hérité ou une expression régulière "
                "obscure accélère la prise en main d'un projet.",
            ),
            (
                "L'apprentissage d'un nouveau langage",
                "L'assistant joue le rôle d'un tuteur patient, qui montre comment exprimer une "
                "idée familière dans une syntaxe nouvelle.",
            ),
        ),
        h2("Les pièges à éviter"),
        p(
            "Le code proposé a l'apparence de la justesse, ce qui le rend d'autant plus traître. "
            "Il peut appeler une fonction qui n'existe pas, ignorer un cas d'erreur ou reproduire "
            "une faille de sécurité courante dans les exemples dont il s'est nourri. <b>Relire "
            "chaque suggestion</b> reste indispensable, et cette relecture demande une "
            "expertise que l'assistant ne remplace pas.",
            "D'autres questions se posent en entreprise : où part le code envoyé à l'assistant ? "
            "Les suggestions peuvent-elles reprendre du code sous une licence incompatible ? "
            "Plusieurs organisations ont choisi des modèles hébergés en interne, parfois "
            "ouverts, pour garder la maîtrise de leur code source.",
        ),
        quote(
            "L'assistant écrit vite, mais c'est toujours moi qui signe le code. Je relis ses "
            "propositions comme celles d'un stagiaire brillant et un peu trop sûr de lui.",
            "Une développeuse dans une entreprise de logiciels de gestion",
        ),
        h2("Un métier qui se déplace"),
        p(
            "Plutôt qu'une disparition du métier, les équipes décrivent un déplacement : moins "
            "de temps passé à taper du code, davantage à formuler les problèmes, à relire, à "
            "tester et à concevoir l'architecture. Les développeurs débutants, eux, "
            "s'interrogent : comment acquérir l'expérience qui permet de juger une suggestion, "
            "si l'on n'écrit plus soi-même le code de base ?"
        ),
        conclusion(
            "Les assistants de code sont devenus des outils de travail à part entière, utiles "
            "surtout pour ce qui est répétitif et bien balisé. Ils ne dispensent ni de "
            "comprendre ni de relire, et leur meilleur usage reste celui d'un binôme qui "
            "propose pendant que le développeur décide. La formation des débutants, elle, reste "
            "une question largement ouverte."
        ),
    ),
)

BROWSERS = DemoArticle(
    slug="navigateurs-web-pourquoi-la-diversite-des-moteurs-compte",
    title="Navigateurs web : pourquoi la diversité des moteurs compte",
    standfirst=(
        "Chrome, Edge, Opera, Brave, Vivaldi : la plupart des navigateurs partagent le même "
        "moteur de rendu, issu du projet Chromium. Une concentration inédite qui inquiète les "
        "défenseurs d'un web ouvert. Explications."
    ),
    authors=("karim-delaunay",),
    tags=("Navigateurs", "Open source", "Google", "Apple", "Europe"),
    body=(
        h2("Des navigateurs nombreux, des moteurs rares"),
        p(
            "Un navigateur se compose de deux couches. L'interface, avec ses onglets, ses favoris "
            "et ses réglages, est ce que l'on voit. Le <b>moteur de rendu</b>, lui, interprète le "
            "code HTML, CSS et JavaScript des pages pour les afficher. C'est la partie la plus "
            "complexe, et celle qui décide de ce que le web peut faire.",
            "Trois moteurs principaux subsistent : <b>Blink</b>, développé au sein du projet "
            "Chromium piloté par Google, <b>Gecko</b>, celui de Firefox, maintenu par la "
            "fondation Mozilla, et <b>WebKit</b>, porté par Apple pour Safari. La grande majorité "
            "des navigateurs utilisés dans le monde reposent sur Blink.",
        ),
        h2("Pourquoi la concentration pose problème"),
        points(
            (
                "Les standards s'écrivent par l'usage",
                "Quand un moteur domine, les sites sont testés d'abord, voire uniquement, avec "
                "lui. Ses particularités deviennent des normes de fait, au détriment des "
                "standards discutés collectivement.",
            ),
            (
                "Un seul acteur pèse sur les décisions",
                "Les choix techniques du moteur dominant, en matière de publicité, de suivi ou "
                "d'extensions, s'imposent à tous les navigateurs qui l'utilisent.",
            ),
            (
                "Les failles se propagent",
                "Une vulnérabilité dans un moteur partagé touche simultanément tous les "
                "navigateurs qui en dépendent.",
            ),
            (
                "L'innovation ralentit",
                "La concurrence entre moteurs a longtemps stimulé les progrès du web. Sans elle, "
                "les priorités d'un seul projet dictent le rythme.",
            ),
        ),
        quote(
            "Le web est resté ouvert parce que personne ne pouvait le contrôler seul. La "
            "diversité des moteurs est une assurance, pas un luxe.",
            "Une ingénieure qui participe aux travaux de normalisation du web",
        ),
        h2("Le cas particulier de l'iPhone"),
        p(
            "Sur iOS, Apple a longtemps imposé WebKit à tous les navigateurs : Chrome ou Firefox "
            "pour iPhone n'étaient que des interfaces posées sur le moteur de Safari. Sous la "
            "pression du règlement européen sur les marchés numériques, Apple autorise "
            "désormais, dans l'Union européenne, des navigateurs dotés de leur propre moteur. "
            "Leur arrivée effective reste toutefois lente, les éditeurs jugeant les conditions "
            "imposées encore contraignantes."
        ),
        h2("Ce que chacun peut faire"),
        p(
            "Pour l'utilisateur, le geste le plus simple consiste à utiliser, au moins de temps "
            "en temps, un navigateur fondé sur un autre moteur que Blink. Pour les développeurs, "
            "il s'agit de <b>tester leurs sites sur les trois moteurs</b> et de s'en tenir aux "
            "standards documentés, par exemple sur "
            f"{a('https://developer.mozilla.org/fr/', 'MDN Web Docs')}, plutôt qu'aux fonctions "
            "propres à un seul navigateur."
        ),
        conclusion(
            "La diversité des moteurs de rendu ne se voit pas, mais elle protège le web d'une "
            "dépendance à un acteur unique. Elle tient aujourd'hui à quelques projets, dont un "
            "seul, Firefox, n'appartient à aucun grand groupe du numérique. Choisir son "
            "navigateur, c'est aussi, modestement, voter pour le web que l'on veut."
        ),
    ),
)

OFFICE = DemoArticle(
    slug="suites-bureautiques-libres-peut-on-se-passer-des-geants",
    title="Suites bureautiques libres : peut-on vraiment se passer des outils des géants ?",
    standfirst=(
        "Traitement de texte, tableur, présentations, collaboration en ligne : les suites "
        "bureautiques libres couvrent aujourd'hui l'essentiel des besoins. Administrations et "
        "entreprises européennes s'y intéressent de près, au nom de la souveraineté numérique. "
        "Mais la migration demande de la méthode."
    ),
    authors=("karim-delaunay",),
    tags=("Open source", "Cloud", "Europe", "Microsoft"),
    body=(
        h2("Une offre libre arrivée à maturité"),
        p(
            f"{a('https://fr.libreoffice.org', 'LibreOffice')}, héritier d'OpenOffice.org, est "
            "la suite bureautique libre la plus répandue sur ordinateur. Elle gère traitement de "
            "texte, tableur, présentations et dessin, ouvre et enregistre les formats de "
            "Microsoft Office et utilise par défaut le format ouvert ODF, normalisé à l'échelle "
            "internationale.",
            "Pour le travail collaboratif en ligne, des solutions libres comme Collabora Online "
            "ou OnlyOffice s'intègrent à des plateformes de partage de fichiers auto-hébergées, "
            f"par exemple {a('https://nextcloud.com', 'Nextcloud')}. On obtient ainsi un "
            "équivalent des suites en ligne des grands éditeurs, hébergé sur ses propres "
            "serveurs ou chez un prestataire de confiance.",
        ),
        h2("Pourquoi les organisations s'y intéressent"),
        points(
            (
                "La maîtrise des données",
                "Héberger ses documents chez soi ou chez un prestataire européen évite de les "
                "confier à des entreprises soumises à des législations étrangères.",
            ),
            (
                "Les coûts de licence",
                "L'absence de licences par poste allège la facture, même si la migration, la "
                "formation et le support ont un coût réel.",
            ),
            (
                "La pérennité des formats",
                "Un format ouvert et documenté garantit que les documents resteront lisibles "
                "dans vingt ans, indépendamment d'un éditeur.",
            ),
            (
                "L'indépendance vis-à-vis d'un fournisseur",
                "Changements de tarifs, fin de support, fonctions imposées : un logiciel libre "
                "laisse la possibilité de garder la main.",
            ),
        ),
        quote(
            "La technique n'a jamais été le vrai obstacle. Ce qui compte, c'est d'accompagner "
            "les agents, et de ne pas leur retirer un outil sans leur en donner un meilleur.",
            "Un responsable informatique d'une collectivité territoriale",
        ),
        h2("Les difficultés à anticiper"),
        p(
            "La compatibilité avec les documents reçus de l'extérieur reste le point sensible. "
            "Les fichiers simples passent sans encombre ; les tableaux complexes remplis de "
            "macros, les modèles à la mise en page millimétrée ou certaines polices "
            "propriétaires peuvent réserver des surprises. Une migration réussie commence donc "
            "par un inventaire des usages et des documents critiques.",
            "La formation compte tout autant. Une interface différente, même proche, déroute les "
            "utilisateurs pressés. Les organisations qui ont réussi leur transition ont souvent "
            "procédé par étapes : d'abord le format de fichier, puis les logiciels, en gardant "
            "quelques postes sous l'ancienne suite pour les cas particuliers.",
        ),
        figure(
            "Passer à une suite libre, c'est d'abord changer d'habitudes, bien plus que de "
            "logiciel."
        ),
        conclusion(
            "Les suites bureautiques libres sont prêtes pour la plupart des usages, du "
            "particulier à la grande organisation. Leur adoption relève moins de la technique "
            "que de la conduite du changement. Pour un particulier, l'essai ne coûte rien ; pour "
            "une organisation, il demande un vrai projet, mais il redonne la maîtrise de ce qui "
            "fait son quotidien : ses documents."
        ),
    ),
)

BACKUP = DemoArticle(
    slug="sauvegarde-la-regle-du-3-2-1-expliquee-simplement",
    title="Sauvegarde : la règle du 3-2-1 expliquée simplement",
    standfirst=(
        "Une panne de disque, un vol ou un rançongiciel suffisent à faire disparaître des années "
        "de photos et de documents. La règle du 3-2-1, bien connue des professionnels, "
        "s'applique aussi à la maison. Voici comment la mettre en place sans y passer ses "
        "week-ends."
    ),
    authors=("karim-delaunay", "ines-benali"),
    tags=("Cloud", "Ransomware", "Vie privée", "Linux"),
    body=(
        h2("Une règle en trois chiffres"),
        p(
            "La règle du 3-2-1 résume en trois chiffres ce qu'est une sauvegarde fiable. Elle "
            "est simple à retenir, et chacun de ses chiffres répond à un risque précis."
        ),
        points(
            (
                "Trois copies de vos données",
                "L'original et deux sauvegardes. Une seule copie de secours peut elle-même tomber "
                "en panne au moment où l'on en a besoin.",
            ),
            (
                "Sur deux supports différents",
                "Par exemple le disque de l'ordinateur et un disque externe, ou un NAS. Deux "
                "supports de nature différente ne vieillissent pas de la même façon.",
            ),
            (
                "Dont une hors de chez soi",
                "Un incendie, un dégât des eaux ou un cambriolage peuvent emporter à la fois "
                "l'ordinateur et le disque posé à côté. Une copie hors site, dans le cloud ou "
                "chez un proche, protège de ces sinistres.",
            ),
        ),
        h2("Pourquoi la synchronisation ne suffit pas"),
        p(
            "Beaucoup pensent être protégés parce que leurs fichiers sont synchronisés avec un "
            "service en ligne. C'est une erreur fréquente. La synchronisation reproduit "
            "fidèlement chaque changement, y compris une suppression accidentelle ou le "
            "chiffrement de vos fichiers par un <b>rançongiciel</b>. En quelques minutes, la "
            "copie en ligne peut devenir aussi inutilisable que l'original.",
            "Une vraie sauvegarde conserve des <b>versions</b> : l'état de vos fichiers hier, la "
            "semaine dernière, le mois dernier. C'est ce qui permet de revenir en arrière "
            "lorsqu'un problème n'est découvert qu'après coup.",
        ),
        h2("Mettre en place le 3-2-1 à la maison"),
        ul(
            "Une configuration simple et efficace peut ressembler à ceci :",
            "l'<b>outil de sauvegarde intégré</b> au système (Time Machine sur Mac, "
            "l'historique des fichiers sous Windows, Déjà Dup ou Borg sous Linux) vers un "
            "disque externe ;",
            "une <b>sauvegarde en ligne chiffrée</b> et automatique vers un service de stockage ;",
            "un <b>rappel mensuel</b> dans l'agenda pour vérifier que tout fonctionne.",
        ),
        quote(
            "Une sauvegarde qu'on n'a jamais essayé de restaurer n'est qu'un espoir.",
            "Un adage bien connu des administrateurs système",
        ),
        h2("Tester, encore et toujours"),
        p(
            "Le moment de vérité d'une sauvegarde, c'est la restauration. Prenez l'habitude, "
            "quelques fois par an, de récupérer un fichier au hasard depuis chacune de vos "
            "copies. Vous vérifierez ainsi que les sauvegardes se font bien, que vous savez les "
            "utiliser et que vos mots de passe de chiffrement sont toujours à portée de main.",
            "Pour les sauvegardes hors ligne, débranchez le disque externe une fois la copie "
            "terminée. Un disque qui n'est pas connecté ne peut pas être chiffré par un logiciel "
            "malveillant.",
        ),
        conclusion(
            "La règle du 3-2-1 n'a rien de sophistiqué : trois copies, deux supports, une à "
            "l'extérieur. Sa force tient à ce qu'elle couvre à la fois les pannes, les erreurs "
            "humaines et les sinistres. Mise en place une bonne fois pour toutes et vérifiée de "
            "temps en temps, elle transforme une catastrophe potentielle en simple contretemps."
        ),
    ),
)

CATEGORY = DemoCategory(
    slug="logiciels",
    title="Logiciels",
    description=(
        "Systèmes, applications, outils libres et métiers du développement : les logiciels qui "
        "font nos journées, testés et expliqués."
    ),
    articles=(LINUX, CODE_ASSISTANTS, BROWSERS, OFFICE, BACKUP),
)
