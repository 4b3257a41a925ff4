"""The demo's rating scale, games and products: invented titles, studios and brands.

Release dates are given relative to the day the demo is loaded (`DemoRelease.offset`, in
units of their precision), so the release calendar always has games to come.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoScale:
    """A rating scale and its word labels, as (lowest score, word) from the bottom."""

    name: str
    maximum: str
    step: str
    ranges: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class DemoRelease:
    """A release on one platform: `offset` days, months, quarters or years from the load."""

    platform: str
    precision: str
    offset: int


@dataclass(frozen=True)
class DemoGame:
    slug: str
    title: str
    developer: str
    publisher: str
    releases: tuple[DemoRelease, ...]
    pegi_age: int | None = None
    pegi_descriptors: tuple[str, ...] = ()
    players: str = ""


@dataclass(frozen=True)
class DemoProduct:
    slug: str
    brand: str
    name: str
    launch_price: str
    launch_days_ago: int
    specifications: tuple[tuple[str, str], ...]


# The demo's tests are a few months old: they say so after four months.
OLD_AFTER_MONTHS = 4

SCALE = DemoScale(
    name="Sur 10",
    maximum="10",
    step="0.5",
    ranges=(
        ("0", "À éviter"),
        ("4", "Décevant"),
        ("5.5", "Correct"),
        ("7", "Bon"),
        ("8", "Très bon"),
        ("9", "Excellent"),
    ),
)

GAMES = (
    DemoGame(
        slug="les-veilleurs-de-broceliande",
        title="Les Veilleurs de Brocéliande",
        developer="Studio Korrigan",
        publisher="Éditions Menhir",
        pegi_age=12,
        pegi_descriptors=("violence",),
        players="1 joueur",
        releases=(
            DemoRelease("pc", "day", -170),
            DemoRelease("ps5", "day", -170),
            DemoRelease("switch-2", "quarter", 1),
        ),
    ),
    DemoGame(
        slug="cargo-stellaire",
        title="Cargo Stellaire",
        developer="Atelier Orbite",
        publisher="Atelier Orbite",
        pegi_age=7,
        players="1 à 4 joueurs, en ligne",
        releases=(DemoRelease("pc", "day", -180), DemoRelease("xbox-series", "month", 2)),
    ),
    DemoGame(
        slug="rivages-oublies",
        title="Rivages oubliés",
        developer="Les Ateliers du Large",
        publisher="Éditions Menhir",
        pegi_age=16,
        pegi_descriptors=("violence", "fear"),
        players="1 joueur",
        releases=(
            DemoRelease("ps5", "day", 20),
            DemoRelease("pc", "day", 20),
            DemoRelease("xbox-series", "month", 1),
        ),
    ),
    DemoGame(
        slug="petites-pattes",
        title="Petites Pattes",
        developer="Studio Grelot",
        publisher="Grelot Jeux",
        pegi_age=3,
        players="1 à 2 joueurs en local",
        releases=(DemoRelease("switch-2", "day", 45), DemoRelease("switch", "quarter", 1)),
    ),
    DemoGame(
        slug="neon-boulevard",
        title="Néon Boulevard",
        developer="Nuit Blanche Interactive",
        publisher="Nuit Blanche Interactive",
        players="1 joueur",
        releases=(DemoRelease("pc", "year", 1), DemoRelease("ps5", "year", 1)),
    ),
)

PRODUCTS = (
    DemoProduct(
        slug="lumen-aster-3",
        brand="Lumen",
        name="Aster 3",
        launch_price="479",
        launch_days_ago=200,
        specifications=(
            ("Écran", "6,2 pouces OLED, 120 Hz"),
            ("Puce", "octocœur gravé en 4 nm"),
            ("Mémoire", "8 Go, stockage 256 Go"),
            ("Batterie", "4 700 mAh, charge 45 W"),
            ("Mises à jour", "7 ans promis"),
            ("Poids", "182 g"),
        ),
    ),
    DemoProduct(
        slug="kestrel-book-14",
        brand="Kestrel",
        name="Book 14",
        launch_price="1099",
        launch_days_ago=230,
        specifications=(
            ("Écran", "14 pouces IPS, 2 880 × 1 800, 90 Hz"),
            ("Processeur", "ARM à 12 cœurs"),
            ("Mémoire", "16 Go, SSD 512 Go"),
            ("Autonomie annoncée", "20 heures"),
            ("Connectique", "2 × USB-C 4, 1 × USB-A, jack"),
            ("Poids", "1,28 kg"),
        ),
    ),
)
