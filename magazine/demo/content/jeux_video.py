"""Demo articles of the "Jeux vidéo" category, newest first."""

from .base import DemoArticle, DemoCategory, a, conclusion, figure, h2, p, points, quote, ul
from .reviews import GAME_TESTS

HANDHELDS = DemoArticle(
    slug="consoles-portables-pc-le-retour-du-jeu-nomade",
    title="Consoles portables PC : le grand retour du jeu nomade",
    standfirst=(
        "Portées par des puces toujours plus efficaces, les consoles portables capables de "
        "faire tourner une ludothèque PC se sont imposées en quelques années. Tour d'horizon "
        "d'une catégorie qui a réconcilié le jeu sur ordinateur et le canapé."
    ),
    authors=("thomas-garnier", "helene-marchand"),
    tags=("Linux", "Processeurs", "GPU", "Jeu indépendant"),
    related=(
        "nintendo-l-art-de-ne-pas-suivre-la-course-a-la-puissance",
        "faut-il-installer-linux-sur-un-vieux-pc",
    ),
    body=(
        h2("Un PC de jeu dans les mains"),
        p(
            "Pendant longtemps, jouer sur PC signifiait s'installer devant un bureau. L'arrivée "
            "du <b>Steam Deck</b> de Valve, en 2022, a changé la donne : une machine tenue à deux "
            "mains, dotée d'un écran intégré et de commandes de manette, capable de lancer une "
            "grande partie des jeux d'une bibliothèque Steam. D'autres constructeurs ont suivi, "
            "avec des modèles fonctionnant sous Windows.",
            "Ce succès repose sur les progrès des <b>processeurs à graphismes intégrés</b>. Les "
            "puces qui équipent ces machines réunissent cœurs de calcul et cœurs graphiques sur "
            "une même puce, avec une consommation contenue à une quinzaine de watts. De quoi "
            "faire tourner des jeux récents en définition modérée, à condition d'accepter "
            "quelques compromis.",
        ),
        h2("Linux aux commandes"),
        p(
            "L'autre surprise vient du système. Le Steam Deck fonctionne sous <b>SteamOS</b>, une "
            "distribution Linux, alors que l'immense majorité des jeux PC sont conçus pour "
            "Windows. Le pont s'appelle "
            f"{a('https://github.com/ValveSoftware/Proton', 'Proton')}, une couche de "
            "compatibilité dérivée du projet libre Wine, qui traduit à la volée les appels des "
            "jeux vers Linux.",
            "Le résultat est bluffant : la plupart des jeux se lancent sans réglage particulier. "
            "Les exceptions concernent surtout certains titres en ligne dont le système "
            "anti-triche refuse de fonctionner hors de Windows.",
        ),
        h2("Bien choisir sa console portable"),
        points(
            (
                "L'écran",
                "Une dalle OLED offre des noirs profonds et une meilleure autonomie dans les "
                "scènes sombres. La définition compte moins qu'on ne le croit sur une diagonale "
                "de sept à huit pouces : mieux vaut un écran fluide qu'un écran très défini que "
                "la puce peine à alimenter.",
            ),
            (
                "Le système",
                "SteamOS privilégie la simplicité et l'intégration à Steam. Windows ouvre "
                "l'accès à toutes les boutiques, mais son interface reste pensée pour la souris.",
            ),
            (
                "L'autonomie",
                "Comptez entre une heure et demie et plusieurs heures selon les jeux. Limiter la "
                "fréquence d'images à 40 ou 30 images par seconde prolonge nettement les "
                "sessions.",
            ),
            (
                "La prise en main",
                "Le poids, souvent supérieur à 600 grammes, et la disposition des commandes font "
                "une vraie différence lors de longues parties.",
            ),
        ),
        quote(
            "On a longtemps cru que la console portable était un marché réservé à Nintendo. Les "
            "joueurs PC ont prouvé qu'ils voulaient, eux aussi, jouer dans leur lit.",
            "Un développeur de jeux indépendants",
        ),
        h2("Des limites bien réelles"),
        p(
            "Ces machines restent des appareils de compromis. Les jeux les plus exigeants doivent "
            "être réglés au minimum, les ventilateurs se font entendre et la batterie fond vite. "
            "Les prix, enfin, se rapprochent de ceux d'une console de salon. Mais pour rattraper "
            "son retard sur une ludothèque accumulée au fil des soldes, elles n'ont pas "
            "d'équivalent."
        ),
        conclusion(
            "La console portable PC a trouvé son public en mariant deux envies : emporter ses "
            "jeux partout et ne pas racheter sa collection. Elle doit beaucoup aux puces sobres "
            "et à un travail de fond sur Linux, deux tendances qui devraient la rendre plus "
            "capable à chaque génération."
        ),
    ),
)

SUBSCRIPTIONS = DemoArticle(
    slug="abonnements-de-jeux-video-la-fin-de-la-collection",
    title="Abonnements de jeux vidéo : la fin de la collection ?",
    standfirst=(
        "Comme la musique et le cinéma avant lui, le jeu vidéo se consomme de plus en plus par "
        "abonnement. Catalogues à volonté, jeu en streaming, sorties disponibles dès le premier "
        "jour : le modèle séduit, mais il interroge sur ce que possèdent vraiment les joueurs."
    ),
    authors=("thomas-garnier",),
    tags=("Cloud", "Microsoft", "Sony"),
    body=(
        h2("Un catalogue plutôt qu'une étagère"),
        p(
            "Le principe est connu : contre un paiement mensuel, le joueur accède à plusieurs "
            "centaines de titres, qu'il télécharge ou lance en streaming. Microsoft a fait du "
            "<b>Game Pass</b> un pilier de sa stratégie, allant jusqu'à y proposer ses propres "
            "productions le jour de leur sortie. Sony a regroupé ses offres sous la bannière "
            "<b>PlayStation Plus</b>, avec plusieurs niveaux de catalogue.",
            "Pour le joueur curieux, l'intérêt est évident. Tester un genre inconnu ne coûte "
            "plus rien, et un jeu abandonné au bout d'une heure n'est plus un achat regretté. "
            "Des studios indépendants témoignent aussi d'une visibilité nouvelle lorsque leur "
            "jeu entre dans un catalogue.",
        ),
        h2("Le jeu en streaming, un complément plutôt qu'un remplaçant"),
        p(
            "Certains abonnements incluent le <b>jeu dans le cloud</b> : le jeu tourne sur un "
            "serveur distant et l'image est transmise en vidéo, comme un film. Un téléviseur, "
            "une tablette ou un smartphone suffisent alors pour jouer à des titres exigeants. La "
            "technique a fait de grands progrès, mais elle reste sensible à la qualité de la "
            "connexion : une latence de quelques dizaines de millisecondes se ressent dans un "
            "jeu de combat ou de tir."
        ),
        h2("Ce qu'on gagne, ce qu'on perd"),
        points(
            (
                "On gagne en découverte",
                "La variété du catalogue pousse à essayer des jeux qu'on n'aurait jamais "
                "achetés, notamment des productions modestes.",
            ),
            (
                "On perd la propriété",
                "Un jeu peut quitter le catalogue du jour au lendemain. Sans achat, la partie en "
                "cours s'arrête, même si les sauvegardes sont parfois conservées.",
            ),
            (
                "On gagne un budget prévisible",
                "Pour qui joue beaucoup, l'abonnement coûte souvent moins cher que l'achat de "
                "plusieurs nouveautés par an.",
            ),
            (
                "On perd la transmission",
                "Un catalogue ne se prête pas, ne se revend pas et ne se garde pas pour les "
                "enfants, contrairement à une boîte posée sur une étagère.",
            ),
        ),
        quote(
            "Le jour où un service ferme, une partie de l'histoire du jeu vidéo disparaît avec "
            "lui, sauf si quelqu'un a pensé à la conserver.",
            "Une archiviste spécialisée dans le jeu vidéo",
        ),
        h2("Et pour les créateurs ?"),
        p(
            "Pour les studios, l'abonnement est à double tranchant. Un accord avec un service "
            "garantit un revenu avant même la sortie, ce qui sécurise le développement. Mais il "
            "pèse aussi sur les ventes classiques et pousse à concevoir des jeux qui retiennent "
            "le joueur longtemps, pour justifier leur place dans le catalogue. Le risque est de "
            "favoriser les jeux sans fin au détriment des expériences courtes et ciselées."
        ),
        conclusion(
            "L'abonnement ne tue pas la collection, il la rend facultative. Beaucoup de joueurs "
            "combinent désormais les deux : un catalogue pour découvrir, des achats pour les jeux "
            "qui comptent. C'est sans doute l'usage le plus sain, à condition de garder à "
            "l'esprit qu'un catalogue se loue et ne s'hérite pas."
        ),
    ),
)

PIXEL_ART = DemoArticle(
    slug="pourquoi-le-pixel-art-n-a-jamais-ete-aussi-vivant",
    title="Pourquoi le pixel art n'a jamais été aussi vivant",
    standfirst=(
        "Longtemps dicté par les limites techniques des premières consoles, le pixel art est "
        "devenu un choix esthétique assumé. Des jeux indépendants aux productions plus "
        "ambitieuses, il s'est réinventé grâce à des outils modernes et à une nouvelle "
        "génération d'artistes."
    ),
    authors=("thomas-garnier",),
    tags=("Jeu indépendant", "Développement", "Nintendo"),
    body=(
        h2("D'une contrainte à un style"),
        p(
            "Dans les années 1980 et 1990, dessiner en gros pixels n'était pas un choix. Les "
            "consoles affichaient quelques centaines de pixels de large et une palette réduite "
            "de couleurs. Les graphistes devaient suggérer un visage en une dizaine de points, "
            "une forêt en trois teintes de vert. De cette économie de moyens est née une "
            "grammaire visuelle précise, faite de lisibilité et d'évocation.",
            "Quand la 3D s'est imposée, le pixel art a semblé condamné. Il est revenu par la "
            "porte des créations indépendantes, au tournant des années 2010, porté par des "
            "équipes réduites pour qui il offrait un style fort à un coût maîtrisé. Des jeux "
            "comme <i>Celeste</i>, <i>Stardew Valley</i> ou <i>Dead Cells</i> ont montré qu'il "
            "pouvait toucher un large public.",
        ),
        h2("Ce qui a changé depuis les années 1990"),
        points(
            (
                "La lumière",
                "Les moteurs modernes ajoutent éclairages dynamiques, ombres et reflets à des "
                "décors en pixels. Certains jeux mêlent même personnages en deux dimensions et "
                "environnements en trois dimensions.",
            ),
            (
                "L'animation",
                "Libérés des limites de mémoire, les artistes peuvent dessiner des dizaines "
                "d'images pour un seul mouvement, là où une console d'époque en tolérait trois "
                "ou quatre.",
            ),
            (
                "Les outils",
                "Des logiciels spécialisés, dont des éditeurs libres comme "
                f"{a('https://libresprite.github.io', 'LibreSprite')}, facilitent la gestion des "
                "palettes, des calques et des animations image par image.",
            ),
            (
                "Les écrans",
                "Les téléviseurs cathodiques adoucissaient les pixels. Sur les écrans plats, les "
                "artistes composent avec des contours nets, ou recréent le grain d'époque avec "
                "des filtres.",
            ),
        ),
        figure(
            "Quelques blocs bien placés suffisent à suggérer un paysage : tout l'art de "
            "l'économie de moyens."
        ),
        h2("Un art plus difficile qu'il n'y paraît"),
        p(
            "Le pixel art a la réputation d'être une solution de facilité. Les artistes assurent "
            "le contraire : à si petite échelle, chaque point compte, et un pixel mal placé "
            "suffit à rendre une expression ambiguë. Il faut maîtriser le lissage des contours à "
            "la main, le choix d'une palette cohérente et le rythme des animations."
        ),
        quote(
            "En pixel art, on ne peut pas cacher une erreur dans le détail. Tout se voit, alors "
            "on recommence jusqu'à ce que ce soit juste.",
            "Une graphiste de jeu indépendant",
        ),
        p(
            "Cette exigence explique qu'une part croissante des créateurs se revendique d'un "
            "pixel art « haute définition », avec des personnages plus grands et des palettes "
            "riches, loin des contraintes d'origine mais fidèle à leur esprit."
        ),
        conclusion(
            "Le pixel art n'est plus un souvenir d'enfance ni un cache-misère. C'est un langage "
            "à part entière, qui vieillit souvent mieux que le réalisme d'une époque donnée. "
            "Tant que des artistes choisiront de dire beaucoup avec peu, il aura sa place sur "
            "nos écrans."
        ),
    ),
)

NINTENDO = DemoArticle(
    slug="nintendo-l-art-de-ne-pas-suivre-la-course-a-la-puissance",
    title="Nintendo, l'art de ne pas suivre la course à la puissance",
    standfirst=(
        "Depuis des décennies, Nintendo préfère l'idée neuve à la fiche technique la plus "
        "impressionnante. Cette stratégie lui a valu des échecs retentissants et des triomphes "
        "historiques. Retour sur une philosophie qui continue de diviser et de fasciner."
    ),
    authors=("thomas-garnier",),
    tags=("Nintendo", "Sony", "Microsoft"),
    body=(
        h2("La « pensée latérale » comme méthode"),
        p(
            "Gunpei Yokoi, le créateur du Game Boy, résumait sa démarche par une idée devenue "
            "célèbre : utiliser des technologies éprouvées, bon marché et bien maîtrisées, pour "
            "en inventer des usages nouveaux. Le Game Boy de 1989 en est l'illustration : un "
            "écran monochrome, moins impressionnant que celui de ses concurrents, mais une "
            "autonomie et une robustesse qui en ont fait un immense succès.",
            "Cette idée irrigue encore la stratégie de la firme de Kyoto. Plutôt que de rivaliser "
            "avec Sony et Microsoft sur la puissance brute, Nintendo cherche la manière de jouer "
            "que personne n'a encore proposée.",
        ),
        h2("Des paris qui ont marqué l'histoire"),
        points(
            (
                "La Nintendo DS et ses deux écrans",
                "Sortie en 2004, elle ajoute un écran tactile et un stylet à la console "
                "portable. Le pari paraît étrange ; il ouvre la voie à des jeux d'un genre "
                "nouveau et à un public bien plus large.",
            ),
            (
                "La Wii et ses manettes sensibles au mouvement",
                "En 2006, Nintendo propose de jouer au tennis ou au bowling en mimant les gestes. "
                "La console, moins puissante que ses rivales, s'invite dans des foyers qui "
                "n'avaient jamais eu de console.",
            ),
            (
                "La Wii U, le pari manqué",
                "Sa manette à écran n'a jamais trouvé d'usage évident, et un nom mal compris a "
                "semé la confusion. L'échec commercial a pesé lourd dans les comptes de "
                "l'entreprise.",
            ),
            (
                "La Switch, la console hybride",
                "Lancée en 2017, elle se joue aussi bien sur le téléviseur qu'en mobilité. "
                "L'idée, tirée en partie des leçons de la Wii U, en a fait l'une des consoles "
                "les plus vendues de l'histoire.",
            ),
        ),
        h2("La force des licences maison"),
        p(
            "Cette liberté a un socle : des personnages que Nintendo est seul à exploiter. "
            "<i>Mario</i>, <i>Zelda</i> ou <i>Animal Crossing</i> font vendre les consoles à eux "
            "seuls. Un joueur qui veut ces jeux n'a pas d'autre choix que la machine de "
            "Nintendo, ce qui la protège de la comparaison directe des fiches techniques."
        ),
        quote(
            "Nintendo ne vend pas une console puissante, il vend la seule façon de jouer à ses "
            "jeux.",
            "Un analyste du marché du jeu vidéo",
        ),
        h2("Les limites de la méthode"),
        p(
            "La stratégie a ses revers. Les adaptations de jeux conçus pour des machines plus "
            "puissantes sont souvent moins belles ou moins fluides sur les consoles de Nintendo, "
            "et certains éditeurs renoncent à les proposer. Les joueurs attachés aux graphismes "
            "de pointe s'équipent donc souvent d'une seconde machine. Pour beaucoup, la console "
            "de Nintendo est justement celle-là : la deuxième, celle des jeux que l'on ne trouve "
            "nulle part ailleurs."
        ),
        conclusion(
            "Nintendo prouve depuis plus de trente ans qu'on peut réussir sans gagner la course "
            "à la puissance, à condition d'avoir une idée et les jeux pour la défendre. La "
            "méthode n'est pas infaillible, la Wii U l'a rappelé. Mais elle fait de chaque "
            "nouvelle console de la marque une surprise, ce qui n'est pas le moindre de ses "
            "atouts."
        ),
    ),
)

PRESERVATION = DemoArticle(
    slug="preserver-les-jeux-video-une-course-contre-l-oubli",
    title="Préserver les jeux vidéo : une course contre l'oubli",
    standfirst=(
        "Cartouches qui s'effacent, serveurs qui ferment, boutiques en ligne qui disparaissent : "
        "une grande partie de l'histoire du jeu vidéo est menacée. Archivistes, bibliothèques et "
        "passionnés s'organisent pour la sauver, dans un cadre juridique encore flou."
    ),
    authors=("thomas-garnier", "karim-delaunay"),
    tags=("Nintendo", "Open source", "Jeu indépendant"),
    body=(
        h2("Un patrimoine fragile"),
        p(
            "On imagine volontiers le numérique éternel. C'est l'inverse : les supports "
            "vieillissent mal. Les piles qui conservent les sauvegardes de certaines cartouches "
            "s'épuisent, les disques optiques peuvent se dégrader, et les consoles elles-mêmes "
            "finissent par tomber en panne faute de pièces. Sans intervention, des jeux entiers "
            "deviennent impossibles à lancer.",
            "Le jeu dématérialisé ajoute une fragilité nouvelle. Quand une boutique en ligne "
            "ferme, les titres qui n'étaient vendus que par ce canal disparaissent du commerce, "
            "parfois définitivement. Les jeux en ligne, eux, cessent simplement d'exister "
            "lorsque leurs serveurs s'éteignent.",
        ),
        h2("Qui s'en occupe ?"),
        p(
            "En France, la "
            f"{a('https://www.bnf.fr', 'Bibliothèque nationale de France')} reçoit les jeux "
            "vidéo au titre du dépôt légal depuis 1992 et conserve des milliers de titres, avec "
            "les machines pour les faire fonctionner. Ailleurs, des associations et des "
            "fondations spécialisées archivent documents de conception, magazines et prototypes."
        ),
        ul(
            "Le travail de préservation recouvre plusieurs métiers :",
            "la <b>copie</b> des supports d'origine avant qu'ils ne se dégradent ;",
            "la <b>documentation</b> : manuels, boîtes, articles de presse, entretiens avec les "
            "créateurs ;",
            "l'<b>émulation</b>, qui permet de rejouer sur un ordinateur moderne ;",
            "la conservation du <b>matériel</b> d'origine, pour mesurer ce que l'émulation ne "
            "reproduit pas.",
        ),
        h2("L'émulation, indispensable et contestée"),
        p(
            "Un émulateur reproduit en logiciel le fonctionnement d'une console. Des projets "
            "libres, développés pendant des années par des bénévoles, atteignent une précision "
            "remarquable, jusqu'aux défauts d'affichage d'époque. Pour les archivistes, c'est "
            "l'outil qui rendra les jeux accessibles quand les dernières machines auront cessé "
            "de fonctionner.",
            "Mais l'émulation se heurte au droit d'auteur. Copier un jeu pour le conserver, le "
            "diffuser pour le faire connaître ou contourner ses protections sont des gestes que "
            "la loi encadre strictement. Certains éditeurs, Nintendo en tête, défendent "
            "vigoureusement leurs droits sur leurs anciens titres, tout en republiant une partie "
            "de leur catalogue sur leurs consoles actuelles.",
        ),
        h2("Ce que chaque joueur peut faire"),
        points(
            (
                "Conserver ses jeux et ses consoles",
                "Au sec, à l'abri de la chaleur, et en les faisant fonctionner de temps en temps.",
            ),
            (
                "Garder la documentation",
                "Boîtes, notices et magazines sont des sources précieuses pour les historiens.",
            ),
            (
                "Soutenir les rééditions",
                "Acheter les versions rééditées montre aux éditeurs que le patrimoine a un public.",
            ),
        ),
        quote(
            "Un jeu qu'on ne peut plus lancer, c'est un film dont il ne resterait que l'affiche.",
            "Un conservateur de musée consacré au jeu vidéo",
        ),
        conclusion(
            "La préservation du jeu vidéo a pris du retard sur celle du cinéma ou de la musique, "
            "mais elle s'organise. Son avenir dépendra d'un équilibre à trouver entre les droits "
            "des éditeurs et l'intérêt du public à garder la mémoire d'un art devenu majeur. En "
            "attendant, chaque cartouche conservée et chaque notice numérisée comptent."
        ),
    ),
)

CATEGORY = DemoCategory(
    slug="jeux-video",
    title="Jeux vidéo",
    description=(
        "Consoles, tendances et coulisses du jeu vidéo, des grands studios aux créations "
        "indépendantes."
    ),
    articles=(HANDHELDS, SUBSCRIPTIONS, PIXEL_ART, NINTENDO, PRESERVATION, *GAME_TESTS),
    featured=PIXEL_ART.slug,
)
