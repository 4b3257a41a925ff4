"""Demo articles of the "Matériel" category, newest first."""

from .base import (
    DemoArticle,
    DemoCategory,
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
from .reviews import HARDWARE_TESTS

REPAIR = DemoArticle(
    slug="reparer-plutot-que-remplacer-le-droit-a-la-reparation",
    title="Réparer plutôt que remplacer : où en est le droit à la réparation ?",
    standfirst=(
        "Batteries collées, pièces introuvables, logiciels qui refusent les composants "
        "d'occasion : réparer un smartphone ou un ordinateur a longtemps relevé du parcours du "
        "combattant. Sous la pression des consommateurs et des législateurs, les choses "
        "bougent enfin."
    ),
    authors=("helene-marchand",),
    tags=("Smartphones", "Europe", "Réglementation", "Énergie"),
    body=(
        h2("Pourquoi nos appareils sont si difficiles à réparer"),
        p(
            "La course à la finesse a eu un prix. Pour gagner quelques dixièmes de millimètre, "
            "les fabricants ont collé les batteries, soudé la mémoire sur la carte mère et "
            "multiplié les vis propriétaires. Ajoutez à cela des pièces détachées rares ou "
            "chères, et une réparation finit souvent par coûter presque autant qu'un appareil "
            "neuf.",
            "Certains constructeurs sont allés plus loin, en associant les composants au numéro "
            "de série de l'appareil. Un écran ou une batterie d'origine, transplanté d'un "
            "téléphone à l'autre, pouvait alors déclencher des messages d'avertissement ou "
            "perdre des fonctions. Cette pratique, appelée <i>appairage des pièces</i>, est au "
            "cœur des débats actuels.",
        ),
        h2("Ce que disent les règles"),
        points(
            (
                "L'indice de réparabilité en France",
                "Depuis 2021, smartphones, ordinateurs portables et plusieurs appareils "
                "électroménagers affichent une note sur dix qui évalue la disponibilité des "
                "pièces, leur prix et la facilité de démontage. Un indice de durabilité, plus "
                "complet, l'a déjà remplacé pour certaines catégories, comme les téléviseurs.",
            ),
            (
                "Le chargeur universel européen",
                "Depuis fin 2024, les téléphones et de nombreux petits appareils vendus dans "
                "l'Union européenne doivent accepter la recharge en USB-C. Une mesure modeste en "
                "apparence, qui limite pourtant les déchets et prolonge la vie des accessoires.",
            ),
            (
                "Les batteries remplaçables",
                "Le règlement européen sur les batteries prévoit qu'à partir de 2027, les "
                "batteries des appareils portables puissent être retirées et remplacées par "
                "l'utilisateur, avec des exceptions encadrées.",
            ),
            (
                "Des pièces disponibles plus longtemps",
                "Les règles d'écoconception européennes imposent aux fabricants de smartphones "
                "de fournir des pièces détachées pendant plusieurs années après la fin de "
                "commercialisation d'un modèle.",
            ),
        ),
        figure("Le jour où une pièce lâche, tout dépend de la façon dont l'appareil a été conçu."),
        h2("Les fabricants changent de discours"),
        p(
            "Face à cette pression, plusieurs grands constructeurs ont lancé des programmes de "
            "réparation en libre-service, qui fournissent pièces d'origine, outils et manuels aux "
            "particuliers. Des fabricants plus modestes ont fait de la réparabilité leur argument "
            "principal, avec des appareils conçus pour être démontés au tournevis. Ils restent "
            "minoritaires, mais ils ont prouvé qu'un smartphone réparable pouvait trouver son "
            "public."
        ),
        quote(
            "Un appareil qu'on ne peut pas ouvrir, on ne le possède pas vraiment : on l'utilise "
            "en attendant qu'il tombe en panne.",
            "Un réparateur indépendant installé à Nantes",
        ),
        h2("Réparer, est-ce vraiment plus écologique ?"),
        p(
            "La réponse est presque toujours oui. L'essentiel de l'empreinte environnementale "
            "d'un smartphone ou d'un ordinateur se concentre dans sa <b>fabrication</b>, et non "
            "dans son utilisation. Garder un appareil deux ou trois ans de plus, en changeant sa "
            "batterie ou son écran, évite l'extraction de métaux et la production de nouveaux "
            f"composants. L'{a('https://www.ademe.fr', 'Ademe')} rappelle régulièrement que "
            "prolonger la durée de vie des équipements est le levier le plus efficace pour "
            "réduire l'impact du numérique."
        ),
        conclusion(
            "Le droit à la réparation progresse par petites touches : un indice ici, un "
            "connecteur universel là, une batterie remplaçable demain. Pris ensemble, ces "
            "changements dessinent une autre relation à nos appareils, plus durable et moins "
            "dépendante des fabricants. Avant de remplacer un téléphone fatigué, le réflexe le "
            "plus utile reste de demander un devis de réparation."
        ),
    ),
)

GRAPHICS_CARD = DemoArticle(
    slug="choisir-sa-carte-graphique-sans-se-ruiner",
    title="Choisir sa carte graphique sans se ruiner : les critères qui comptent",
    standfirst=(
        "Entre les dénominations obscures, les chiffres de marketing et des prix qui varient du "
        "simple au quintuple, choisir une carte graphique a de quoi décourager. Voici les "
        "critères qui comptent vraiment, et ceux qu'on peut ignorer sans remords."
    ),
    authors=("helene-marchand",),
    tags=("GPU", "Énergie", "Écrans"),
    body=(
        h2("Partir de son usage, pas de la fiche technique"),
        p(
            "La première question n'est pas « quelle est la meilleure carte ? », mais « sur quel "
            "écran vais-je jouer ? ». Une carte qui affiche des jeux récents de manière fluide "
            "en 1080p peut s'effondrer en 4K, où elle doit calculer quatre fois plus de pixels. "
            "À l'inverse, acheter un modèle haut de gamme pour un écran Full HD à 60 Hz revient "
            "à payer une puissance que l'on n'utilisera jamais.",
            "Il faut aussi penser aux usages hors jeu. Le montage vidéo, la modélisation 3D ou "
            "l'exécution de modèles d'IA en local ont leurs propres exigences, où la quantité "
            "de mémoire pèse souvent plus lourd que la puissance de calcul.",
        ),
        h2("Les critères essentiels"),
        points(
            (
                "La mémoire vidéo",
                "Les jeux récents, avec leurs textures détaillées, consomment de plus en plus de "
                "mémoire. En dessous de 8 Go, certains titres imposent déjà des compromis ; "
                "12 Go ou plus offrent une marge confortable pour les années à venir.",
            ),
            (
                "Les performances mesurées",
                "Fiez-vous aux tests indépendants qui mesurent les images par seconde dans des "
                "jeux réels, à votre définition. Les chiffres théoriques de calcul se comparent "
                "mal d'une génération ou d'une marque à l'autre.",
            ),
            (
                "La consommation et l'alimentation",
                "Vérifiez la puissance recommandée pour l'alimentation et les connecteurs "
                "nécessaires. Une carte gourmande peut imposer de changer d'alimentation, ce qui "
                "alourdit la facture.",
            ),
            (
                "L'encombrement",
                "Les cartes récentes sont longues et épaisses. Mesurez l'espace disponible dans "
                "votre boîtier avant de commander.",
            ),
            (
                "Les techniques de mise à l'échelle",
                "Calculer l'image dans une définition réduite avant de l'agrandir intelligemment "
                "prolonge nettement la durée de vie d'une carte. La prise en charge de ces "
                "techniques varie selon les jeux et les fabricants.",
            ),
        ),
        h2("Le bon moment pour acheter"),
        p(
            "Le marché des cartes graphiques suit un cycle : les nouvelles générations sortent "
            "d'abord en haut de gamme, puis descendent progressivement vers les modèles plus "
            "abordables. Acheter juste avant une nouvelle génération expose à une décote rapide ; "
            "attendre quelques mois après un lancement permet souvent de profiter de prix "
            "stabilisés."
        ),
        h3("Et l'occasion ?"),
        p(
            "Le marché de l'occasion offre de bonnes affaires, à condition de prendre quelques "
            "précautions : demander une démonstration, vérifier la température en charge et "
            "éviter les cartes dont l'origine est incertaine. Une carte qui a servi des mois "
            "durant au minage de cryptomonnaies n'est pas forcément usée, mais ses ventilateurs "
            "méritent attention."
        ),
        quote(
            "La meilleure carte graphique est celle qui fait tourner vos jeux à vous, sur votre "
            "écran à vous. Le reste, c'est de la vitrine.",
            "Un vendeur d'une boutique informatique",
        ),
        conclusion(
            "Choisir une carte graphique, c'est d'abord connaître son écran, ses jeux et son "
            "budget. Avec une mémoire suffisante, des tests fiables et une alimentation adaptée, "
            "on évite l'essentiel des mauvaises surprises. Et l'on garde à l'esprit qu'un "
            "réglage graphique abaissé d'un cran se remarque bien moins qu'une facture gonflée "
            "de plusieurs centaines d'euros."
        ),
    ),
)

ARM_X86 = DemoArticle(
    slug="arm-contre-x86-la-bataille-des-processeurs-portables",
    title="ARM contre x86 : la bataille des processeurs d'ordinateurs portables",
    standfirst=(
        "Longtemps cantonnée aux smartphones, l'architecture ARM s'est imposée sur les "
        "ordinateurs d'Apple et gagne les PC sous Windows. Face à elle, Intel et AMD défendent "
        "l'architecture x86 avec des puces de plus en plus sobres. L'enjeu : l'autonomie de nos "
        "prochains portables."
    ),
    authors=("helene-marchand", "karim-delaunay"),
    tags=("Processeurs", "Apple", "Microsoft", "Énergie"),
    body=(
        h2("Deux familles de processeurs"),
        p(
            "Un processeur exécute des instructions définies par son <b>architecture</b>. Depuis "
            "les années 1980, les PC reposent sur l'architecture <b>x86</b>, conçue par Intel et "
            "partagée avec AMD. Les smartphones, eux, ont adopté l'architecture <b>ARM</b>, dont "
            "le concepteur vend des licences à des fabricants de puces comme Qualcomm, Apple ou "
            "MediaTek.",
            "Cette séparation a longtemps semblé naturelle : x86 pour la puissance, ARM pour la "
            "sobriété. En 2020, Apple l'a remise en cause en abandonnant Intel au profit de ses "
            "propres puces ARM sur le Mac, avec des résultats spectaculaires en autonomie comme "
            "en performances.",
        ),
        h2("Pourquoi ARM consomme moins"),
        p(
            "L'écart ne tient pas seulement au jeu d'instructions. Les puces ARM modernes ont "
            "été conçues dès l'origine pour des appareils sur batterie, avec des cœurs économes "
            "pour les tâches légères et une intégration poussée de la mémoire, du processeur "
            "graphique et des accélérateurs sur une même puce. Les fabricants x86 ont depuis "
            "adopté des approches similaires, et l'écart s'est nettement resserré."
        ),
        h2("Ce qui change pour l'utilisateur"),
        points(
            (
                "L'autonomie",
                "C'est l'argument principal des portables ARM : une journée de travail entière "
                "sans chargeur devient la norme plutôt que l'exception.",
            ),
            (
                "La compatibilité des logiciels",
                "Un programme compilé pour x86 doit être traduit pour tourner sur ARM. Les "
                "couches d'émulation de Windows et de macOS font un travail remarquable, mais "
                "certains logiciels anciens, pilotes de périphériques ou jeux protégés par un "
                "anti-triche peuvent résister.",
            ),
            (
                "Les jeux",
                "Le jeu sur PC reste le bastion du x86 : la majorité des titres sont optimisés "
                "pour cette architecture et pour des cartes graphiques dédiées.",
            ),
            (
                "Linux",
                "Les distributions Linux fonctionnent sur ARM depuis longtemps, mais la prise en "
                "charge complète des portables récents dépend de pilotes qui arrivent parfois "
                "avec retard.",
            ),
        ),
        quote(
            "Pour la bureautique et le web, l'architecture ne se voit plus. C'est en sortant des "
            "sentiers battus qu'on découvre ses différences.",
            "Un administrateur système dans une université",
        ),
        h2("Quel portable choisir aujourd'hui ?"),
        p(
            "Pour un usage nomade centré sur le navigateur, la bureautique et la "
            "visioconférence, un portable ARM offre une autonomie difficile à battre. Si vous "
            "dépendez d'un logiciel métier ancien, d'un périphérique exotique ou du jeu vidéo, "
            "un processeur x86 récent reste le choix le plus sûr. Dans tous les cas, vérifiez "
            "la liste de vos logiciels indispensables avant l'achat : c'est là que se cachent "
            "les mauvaises surprises."
        ),
        conclusion(
            "La bataille entre ARM et x86 n'aura probablement pas de vainqueur net. Elle a déjà "
            "produit un effet bénéfique : les deux camps se sont lancés dans une course à "
            "l'efficacité énergétique dont profitent tous les utilisateurs. Les portables qui "
            "tiennent une journée entière ne sont plus une promesse, mais un critère de base."
        ),
    ),
)

SCREENS = DemoArticle(
    slug="oled-ou-mini-led-bien-choisir-son-ecran",
    title="OLED ou mini-LED : bien choisir son prochain écran",
    standfirst=(
        "Les écrans d'ordinateur et les téléviseurs ont fait un bond en qualité grâce à deux "
        "technologies rivales, l'OLED et le mini-LED. Contraste, luminosité, durabilité, prix : "
        "chacune a ses points forts. Nos conseils pour s'y retrouver."
    ),
    authors=("helene-marchand",),
    tags=("Écrans", "Smartphones", "Énergie"),
    body=(
        h2("Deux façons de faire de la lumière"),
        p(
            "Un écran LCD classique filtre la lumière d'un rétroéclairage commun à toute la "
            "dalle. Le noir n'y est jamais tout à fait noir, puisque la lumière de fond passe "
            "toujours un peu. Le <b>mini-LED</b> améliore ce principe en découpant le "
            "rétroéclairage en centaines, voire en milliers de zones qui s'allument et "
            "s'éteignent indépendamment selon l'image.",
            "L'<b>OLED</b> procède autrement : chaque pixel produit sa propre lumière. Un pixel "
            "noir est simplement éteint, ce qui donne un contraste pratiquement infini et des "
            "noirs parfaits. C'est la technologie qui équipe la plupart des smartphones haut de "
            "gamme depuis des années.",
        ),
        h2("Les forces et faiblesses de chacun"),
        h3("L'OLED"),
        ul(
            "L'OLED séduit par son rendu, mais demande quelques précautions :",
            "un <b>contraste parfait</b> et un temps de réponse quasi instantané, idéal pour le "
            "jeu et le cinéma ;",
            "des <b>angles de vision</b> excellents ;",
            "une luminosité plein écran plus limitée, moins adaptée aux pièces très lumineuses ;",
            "un risque de <b>marquage</b> lorsque des éléments fixes, comme une barre des "
            "tâches, restent affichés des heures durant.",
        ),
        h3("Le mini-LED"),
        ul(
            "Le mini-LED mise sur la puissance lumineuse :",
            "une <b>luminosité très élevée</b>, appréciable en HDR et en plein jour ;",
            "aucun risque de marquage ;",
            "un léger <b>halo</b> autour des objets lumineux sur fond noir, car une zone de "
            "rétroéclairage couvre de nombreux pixels ;",
            "un contraste excellent, mais inférieur à celui de l'OLED dans les scènes sombres.",
        ),
        h2("Quatre questions pour trancher"),
        points(
            (
                "Où sera placé l'écran ?",
                "Dans un salon baigné de soleil, la luminosité du mini-LED fait la différence. "
                "Dans une pièce tamisée, l'OLED révèle tout son potentiel.",
            ),
            (
                "Qu'allez-vous afficher ?",
                "Pour la bureautique, avec des fenêtres fixes toute la journée, le mini-LED évite "
                "toute inquiétude de marquage. Pour les films et les jeux, l'OLED est difficile "
                "à battre.",
            ),
            (
                "Quelle importance accordez-vous à la réactivité ?",
                "Les joueurs compétitifs apprécieront le temps de réponse de l'OLED, souvent "
                "associé à des fréquences de rafraîchissement élevées.",
            ),
            (
                "Quel est votre budget ?",
                "Les deux technologies ont beaucoup baissé, mais à taille égale, l'OLED reste "
                "souvent un peu plus chère sur les moniteurs d'ordinateur.",
            ),
        ),
        figure(
            "Zones de rétroéclairage ou pixels autonomes : tout le contraste d'un écran se joue "
            "à cette échelle."
        ),
        h2("Le marquage, un risque à relativiser"),
        p(
            "La crainte du marquage freine de nombreux acheteurs. Les fabricants ont multiplié "
            "les parades : léger déplacement périodique de l'image, cycles d'entretien des "
            "pixels pendant la veille, détection des éléments statiques. Plusieurs marques "
            "proposent désormais des garanties qui couvrent explicitement ce défaut. Pour un "
            "usage varié, le risque est devenu faible ; il reste à prendre en compte pour un "
            "écran qui affiche la même interface dix heures par jour."
        ),
        conclusion(
            "Il n'y a pas de technologie gagnante dans l'absolu. L'OLED offre l'image la plus "
            "spectaculaire dans une pièce sombre ; le mini-LED brille, au sens propre, dans les "
            "environnements lumineux et les usages statiques. Le bon choix dépend moins des "
            "fiches techniques que de votre pièce et de ce que vous regardez."
        ),
    ),
)

NAS = DemoArticle(
    slug="le-nas-domestique-reprendre-la-main-sur-ses-donnees",
    title="Le NAS domestique, un petit serveur pour reprendre la main sur ses données",
    standfirst=(
        "Photos de famille, documents administratifs, sauvegardes : nos données s'éparpillent "
        "entre plusieurs services en ligne. Un NAS, ce boîtier de stockage relié au réseau de la "
        "maison, permet de les rassembler chez soi. À condition de bien le choisir et de bien le "
        "configurer."
    ),
    authors=("karim-delaunay", "helene-marchand"),
    tags=("Cloud", "Vie privée", "Linux", "Open source", "Réseaux"),
    body=(
        h2("Qu'est-ce qu'un NAS ?"),
        p(
            "Un NAS, pour <i>Network Attached Storage</i>, est un petit ordinateur dédié au "
            "stockage. Il accueille un ou plusieurs disques durs, se branche sur la box internet "
            "et rend ses fichiers accessibles à tous les appareils de la maison. Il tourne en "
            "permanence, sans écran ni clavier, et s'administre depuis un navigateur.",
            "Au-delà du simple partage de fichiers, les NAS modernes font office de <b>cloud "
            "personnel</b> : synchronisation des dossiers entre ordinateurs, sauvegarde "
            "automatique des photos du smartphone, serveur multimédia pour le téléviseur, voire "
            "hébergement d'applications.",
        ),
        h2("Acheter tout fait ou construire le sien"),
        p(
            "Deux voies s'offrent à vous. Les NAS du commerce, vendus avec un système maison, "
            "sont simples à installer et proposent des applications prêtes à l'emploi. L'autre "
            "voie consiste à recycler un vieux PC ou à assembler une petite machine, et à y "
            "installer un système dédié comme "
            f"{a('https://www.truenas.com', 'TrueNAS')} ou "
            f"{a('https://www.openmediavault.org', 'openmediavault')}, tous deux bâtis sur des "
            "briques open source.",
            "La seconde solution demande davantage de temps, mais offre plus de liberté et évite "
            "de dépendre des choix d'un fabricant. Un PC recyclé consomme cependant souvent plus "
            "qu'un NAS conçu pour cet usage, un critère à ne pas négliger pour une machine "
            "allumée jour et nuit.",
        ),
        h2("Les bons réglages dès le départ"),
        points(
            (
                "Utiliser au moins deux disques en miroir",
                "Avec une configuration en RAID 1, chaque fichier est écrit sur deux disques. Si "
                "l'un tombe en panne, l'autre prend le relais sans perte de données.",
            ),
            (
                "Ne pas confondre redondance et sauvegarde",
                "Le miroir protège contre la panne d'un disque, pas contre une suppression "
                "accidentelle, un rançongiciel ou un incendie. Une copie extérieure reste "
                "indispensable.",
            ),
            (
                "Choisir des disques adaptés",
                "Les disques conçus pour fonctionner en continu dans un NAS supportent mieux les "
                "vibrations et le fonctionnement permanent que les disques de bureau.",
            ),
            (
                "Limiter l'exposition sur internet",
                "Plutôt que d'ouvrir des ports sur la box, privilégiez un accès à distance par "
                "VPN. Les NAS exposés directement sont des cibles de choix pour les attaquants.",
            ),
            (
                "Activer les mises à jour",
                "Le système du NAS doit être tenu à jour comme celui d'un ordinateur, d'autant "
                "qu'il contient des données précieuses.",
            ),
        ),
        quote(
            "Le jour où l'on installe un NAS, on découvre combien de copies de la même photo "
            "dormaient sur nos différents appareils.",
            "Un lecteur qui a franchi le pas",
        ),
        h2("Combien ça coûte ?"),
        p(
            "Comptez quelques centaines d'euros pour un boîtier à deux baies, auxquels s'ajoute "
            "le prix des disques. Face à un abonnement de stockage en ligne, l'investissement se "
            "rentabilise en quelques années pour qui stocke beaucoup de données. Il faut y "
            "ajouter la consommation électrique, de l'ordre de quelques dizaines de watts pour "
            "un modèle domestique en activité, et un peu de temps pour l'entretien."
        ),
        conclusion(
            "Un NAS ne remplace pas entièrement le cloud, il le rend facultatif. Il rapatrie à "
            "la maison ce qui compte le plus, sans abonnement ni dépendance à un service tiers. "
            "Bien configuré, avec des disques en miroir et une sauvegarde extérieure, c'est l'un "
            "des investissements les plus rassurants qu'on puisse faire pour ses souvenirs "
            "numériques."
        ),
    ),
)

CATEGORY = DemoCategory(
    slug="materiel",
    title="Matériel",
    description=(
        "Processeurs, cartes graphiques, écrans, stockage : nos essais et nos conseils pour "
        "acheter mieux et garder plus longtemps."
    ),
    articles=(REPAIR, GRAPHICS_CARD, ARM_X86, SCREENS, NAS, *HARDWARE_TESTS),
)
