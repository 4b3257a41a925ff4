"""Demo tests: two games (« Jeux vidéo ») and two devices (« Matériel »), newest first.

Their test boxes and sheets name games and products of `catalogue.py` by slug.
"""

from .base import (
    DemoArticle,
    DemoNote,
    DemoReview,
    DemoSheet,
    accessibility,
    conclusion,
    h2,
    p,
    points,
    spoiler,
)

VEILLEURS = DemoArticle(
    slug="test-les-veilleurs-de-broceliande",
    title="Test des Veilleurs de Brocéliande : la forêt qui se souvient",
    standfirst=(
        "Premier jeu d'un petit studio breton, Les Veilleurs de Brocéliande mêle exploration, "
        "énigmes et combats à l'épée dans une forêt qui change au fil des saisons. Une "
        "aventure généreuse, à peine ternie par une fin trop rapide."
    ),
    authors=("thomas-garnier",),
    tags=("Jeu indépendant", "Sony"),
    notes=(
        DemoNote(
            12,
            "update",
            "Le correctif 1.04 ajoute des raccourcis de voyage : les allers-retours se font "
            "rares. La note ne change pas.",
        ),
    ),
    body=(
        h2("Une forêt qui change avec le temps"),
        p(
            "On incarne Enora, gardienne d'une forêt où chaque clairière garde la trace de ce "
            "qui s'y est passé. Le jeu repose sur une idée simple et riche : changer de saison "
            "transforme le décor. L'hiver gèle les rivières et ouvre des passages, l'automne "
            "dénude les arbres et révèle des ruines.",
            "Cette mécanique sert autant l'exploration que les énigmes, et elle est exploitée "
            "jusqu'au bout : il faut une bonne vingtaine d'heures pour voir la fin, trente pour "
            "tout découvrir.",
        ),
        DemoSheet(game="les-veilleurs-de-broceliande"),
        h2("Ce qui nous a plu, ce qui nous a manqué"),
        points(
            (
                "Une direction artistique remarquable",
                "Les décors peints à la main, la lumière qui change avec les saisons et une "
                "bande-son de harpe et de bombarde donnent au jeu une identité rare.",
            ),
            (
                "Des combats lisibles",
                "Peu de coups, mais des parades exigeantes : chaque affrontement se gagne par "
                "l'observation plus que par les réflexes.",
            ),
            (
                "Une fin expédiée",
                "Le dernier acte enchaîne les révélations en une heure à peine, après vingt "
                "heures d'une narration patiente.",
            ),
        ),
        spoiler(
            "Le vieux conteur qui guide Enora depuis le premier chapitre est le dernier "
            "Veilleur : c'est lui qui a figé la forêt dans un hiver sans fin."
        ),
        accessibility(
            "Un mode « promenade » retire les combats sans toucher aux énigmes.",
            subtitles="yes",
            subtitle_size="yes",
            remapping="yes",
            difficulty="yes",
            colour_blind="partial",
            screen_reader="no",
        ),
        DemoReview(
            game="les-veilleurs-de-broceliande",
            score="8.5",
            pros=(
                "Une direction artistique superbe",
                "Les saisons, une idée exploitée jusqu'au bout",
                "Des options d'accessibilité généreuses",
            ),
            cons=("Une fin expédiée", "Quelques allers-retours fastidieux"),
            verdict=(
                "Une aventure généreuse et singulière, qu'on quitte à regret malgré un "
                "dernier acte trop pressé."
            ),
            tested_on="PS5, version 1.03",
        ),
        conclusion(
            "Pour un premier jeu, Studio Korrigan frappe fort : Les Veilleurs de Brocéliande "
            "a une âme, et une idée de jeu qu'il exploite avec intelligence. La version Switch 2 "
            "est annoncée pour le trimestre prochain."
        ),
    ),
)

CARGO = DemoArticle(
    slug="test-cargo-stellaire",
    title="Test de Cargo Stellaire : la logistique, mais dans l'espace",
    standfirst=(
        "Gérer une compagnie de fret interplanétaire, optimiser ses routes et survivre aux "
        "crises : Cargo Stellaire rend passionnante une activité qui ne devrait pas l'être. "
        "À condition d'aimer les tableaux."
    ),
    authors=("helene-marchand",),
    tags=("Jeu indépendant",),
    body=(
        h2("Des tableaux et des étoiles"),
        p(
            "Cargo Stellaire commence avec un vaisseau d'occasion et un prêt à rembourser. On "
            "achète des marchandises sur une lune minière, on les revend dans une station "
            "orbitale, on investit dans un deuxième cargo, puis dans des entrepôts.",
            "Le jeu tient par la clarté de ses menus : tout se lit en un coup d'œil, même "
            "quand une flotte de vingt vaisseaux sillonne trois systèmes.",
        ),
        DemoSheet(game="cargo-stellaire"),
        h2("Une partie type"),
        points(
            (
                "Trouver une route rentable",
                "Les prix varient avec l'offre et la demande : une route lucrative s'épuise si "
                "on la surcharge.",
            ),
            (
                "Grandir sans s'endetter",
                "Chaque nouveau cargo coûte cher en entretien ; les faillites arrivent vite.",
            ),
            (
                "Traverser les crises",
                "Grèves, pannes et tempêtes solaires obligent à revoir ses plans en cours de "
                "partie.",
            ),
        ),
        accessibility(
            "Le jeu se met en pause à tout moment ; aucune action ne demande de réflexes.",
            subtitles="yes",
            remapping="partial",
            difficulty="yes",
            colour_blind="yes",
        ),
        DemoReview(
            game="cargo-stellaire",
            score="7.5",
            pros=(
                "Des menus d'une grande clarté",
                "Une économie vivante",
                "La coopération à quatre",
            ),
            cons=("Un début de partie lent", "Peu de variété dans les crises"),
            verdict=(
                "Un jeu de gestion exigeant et lisible, qui récompense la patience ; les "
                "amateurs de tableaux y passeront des soirées entières."
            ),
            tested_on="PC (Linux, via Proton), version 1.1",
        ),
        conclusion(
            "Cargo Stellaire ne plaira pas à tout le monde, mais il fait ce qu'il promet avec "
            "rigueur. Une version Xbox est attendue dans les prochains mois."
        ),
    ),
)

ASTER = DemoArticle(
    slug="test-lumen-aster-3",
    title="Test du Lumen Aster 3 : le compact qui tient la distance",
    standfirst=(
        "Un écran de 6,2 pouces, une batterie généreuse et sept ans de mises à jour promis : "
        "le Lumen Aster 3 mise sur la durée plutôt que sur la fiche technique. Pari réussi."
    ),
    authors=("camille-lefevre",),
    tags=("Smartphones", "Écrans"),
    body=(
        h2("Un format devenu rare"),
        p(
            "Les smartphones compacts se font rares, et ceux qui restent sacrifient souvent "
            "la batterie. L'Aster 3 tient dans une main sans renoncer à une journée et demie "
            "d'autonomie dans notre usage.",
        ),
        DemoSheet(product="lumen-aster-3"),
        h2("Nos mesures"),
        points(
            (
                "L'autonomie",
                "Trente-six heures en usage mixte, dix-neuf heures de lecture vidéo en "
                "boucle : c'est mieux que la plupart des modèles plus grands.",
            ),
            (
                "L'écran",
                "Une dalle OLED lumineuse et fidèle une fois réglée en mode « naturel ».",
            ),
            (
                "La photo",
                "Correcte de jour, plus faible la nuit : le seul vrai compromis du modèle.",
            ),
        ),
        DemoReview(
            product="lumen-aster-3",
            score="8",
            pros=("Une autonomie remarquable", "Sept ans de mises à jour", "Un format compact"),
            cons=("Des photos de nuit moyennes", "Pas de chargeur fourni"),
            verdict=(
                "Le compact qu'on attendait : endurant, bien fini et suivi longtemps. Seule la "
                "photo de nuit le retient."
            ),
            tested_on="Version logicielle 3.0.2",
        ),
        conclusion(
            "À moins de 500 euros, l'Aster 3 est le smartphone compact le plus raisonnable du "
            "moment, et l'un des plus durables."
        ),
    ),
)

KESTREL = DemoArticle(
    slug="test-kestrel-book-14",
    title="Test du Kestrel Book 14 : un portable ARM qui tient ses promesses",
    standfirst=(
        "Léger, silencieux et endurant, le Kestrel Book 14 fait le pari d'une puce ARM sous "
        "Windows. Les applications suivent presque toutes ; les jeux beaucoup moins."
    ),
    authors=("karim-delaunay",),
    tags=("Processeurs", "Écrans"),
    body=(
        h2("Une journée loin de la prise"),
        p(
            "Dans notre test bureautique, le Kestrel Book 14 a tenu dix-sept heures : de quoi "
            "oublier le chargeur pour la journée. Il ne chauffe pas et ne fait aucun bruit, "
            "faute de ventilateur.",
        ),
        DemoSheet(product="kestrel-book-14"),
        h2("Ce qu'il faut savoir avant d'acheter"),
        points(
            (
                "La compatibilité",
                "Les applications courantes existent en version ARM ; les autres passent par "
                "l'émulation, plus lente mais fonctionnelle.",
            ),
            ("Le jeu", "Peu de jeux récents se lancent, et rarement à bonne vitesse."),
            ("L'écran", "Une dalle fine et précise, mais un peu juste en plein soleil."),
        ),
        DemoReview(
            product="kestrel-book-14",
            score="7",
            pros=("Une autonomie record", "Silencieux", "Un clavier agréable"),
            cons=("Peu de jeux compatibles", "Un écran peu lumineux"),
            verdict=(
                "Un excellent compagnon de travail nomade, à condition de ne pas compter "
                "dessus pour jouer."
            ),
            tested_on="Windows 11 ARM, 16 Go de mémoire",
        ),
        conclusion(
            "Le Kestrel Book 14 montre ce que les puces ARM apportent aux portables : "
            "l'endurance et le silence. Reste aux développeurs de jeux à suivre."
        ),
    ),
)

GAME_TESTS = (VEILLEURS, CARGO)
HARDWARE_TESTS = (ASTER, KESTREL)
