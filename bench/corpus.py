"""A generated French magazine: categories, authors, tags and any number of articles.

Articles are written straight into the page tree (one multi-row insert for the pages, the
article rows saved raw, as `loaddata` does), then indexed by Wagtail's `update_index`:
creating 10 000 pages one by one through treebeard would take minutes.
"""

import random
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.utils.text import slugify

from taggit.models import Tag
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from magazine.articles import stream_data
from magazine.articles.models import (
    ArticlePage,
    ArticlePageAuthor,
    ArticlePageTag,
    CategoryPage,
)
from magazine.articles.stream_data import RawBlock
from magazine.authors.models import Author

CATEGORIES = ["Jeux vidéo", "Matériel", "Logiciels", "Internet", "Science", "Économie"]
# Word lists as prose, one string each: easier to read and edit than lists of literals.
TOPIC_WORDS = """jeu console écran joueur développeur réseau studio sortie prix graphisme manette
processeur mémoire stockage batterie autonomie smartphone ordinateur portable clavier souris
casque audio vidéo image caméra capteur logiciel application sécurité donnée serveur nuage
intelligence modèle algorithme code programmation langage navigateur internet fibre opérateur
forfait abonnement plateforme service streaming série film musique podcast réalité lunette
montre santé voiture recharge énergie panneau maison enceinte télévision projecteur
imprimante routeur wifi bluetooth câble chargeur disque puce silicium usine entreprise marché
vente chiffre bénéfice investissement régulation europe france loi amende concurrence brevet
innovation recherche laboratoire université étudiant emploi métier salaire télétravail bureau
équipe communauté forum tournoi esport compétition champion niveau personnage histoire monde
aventure action stratégie course sport football simulation rétrogaming émulateur cartouche
arcade borne collection édition remake suite extension contenu multijoueur coopération latence
performance fréquence résolution couleur luminosité contraste oled dalle pixel définition test
essai comparatif guide conseil astuce avis note verdict défaut qualité design matériau
aluminium verre plastique poids taille format"""
FUNCTION_WORDS = """le la les un une des de du et en à au aux pour par sur dans avec ce cette ces
son sa ses leur qui que est sont a ont plus très mais ou donc ne pas il elle ils on nous vous
été même"""
SYLLABLE_LETTERS = """ba be bi co da de di fa fo ga gé la li lo ma mé mi mo na no pa pé pi po
ra ré ri ro sa sé si so ta té ti to va vé vi"""
TOPICS = TOPIC_WORDS.split()
STOP_WORDS = FUNCTION_WORDS.split()
SYLLABLES = SYLLABLE_LETTERS.split()
PARIS = ZoneInfo("Europe/Paris")


class Writer:
    """Deterministic French-looking text: topic words with a long tail, and stop words."""

    def __init__(self, seed: int = 2026) -> None:
        self.random = random.Random(seed)
        tail = {
            "".join(self.random.choice(SYLLABLES) for _ in range(self.random.randint(2, 4)))
            for _ in range(20_000)
        }
        self.vocabulary = TOPICS + sorted(tail - set(TOPICS))
        # Zipf's law: the word of rank r appears in proportion to 1/r. The hundred most
        # frequent words of French are function words (drawn apart, from STOP_WORDS), so the
        # topics rank from about 100: the commonest is in some 40 % of the articles.
        self.weights = [1 / (rank + 100) for rank in range(1, len(self.vocabulary) + 1)]

    def words(self, count: int) -> list[str]:
        """`count` content words, some in the plural."""
        chosen = self.random.choices(self.vocabulary, self.weights, k=count)
        return [self.plural(word) if self.random.random() < 0.3 else word for word in chosen]

    @staticmethod
    def plural(word: str) -> str:
        return word + ("x" if word.endswith(("eu", "au")) else "s")

    def sentence(self, length: int) -> str:
        tokens = [
            self.random.choice(STOP_WORDS) if self.random.random() < 0.45 else word
            for word in self.words(length)
        ]
        return " ".join(tokens).capitalize() + "."

    def paragraph(self) -> str:
        return " ".join(
            self.sentence(self.random.randint(12, 20)) for _ in range(self.random.randint(4, 6))
        )

    def title(self) -> str:
        return " ".join(self.words(self.random.randint(4, 8))).capitalize()

    def body(self) -> list[RawBlock]:
        """A body of three sections and a conclusion."""
        blocks = []
        for _ in range(3):
            blocks.append(stream_data.heading(self.title()))
            blocks += [stream_data.paragraph(f"<p>{self.paragraph()}</p>") for _ in range(2)]
        blocks.append(stream_data.conclusion(f"<p>{self.paragraph()}</p>"))
        return stream_data.body(*blocks)


def create_site() -> list[CategoryPage]:
    """The home page, the default site and the categories; returns the categories."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Magazine", slug="accueil"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Magazine"},
    )
    return [
        home.add_child(instance=CategoryPage(title=name, slug=slugify(name), show_in_menus=True))
        for name in CATEGORIES
    ]


@transaction.atomic
def add_articles(categories: list[CategoryPage], count: int, writer: Writer) -> None:
    """Add `count` live articles spread over `categories`, with authors and tags."""
    authors = list(Author.objects.all()) or Author.objects.bulk_create(
        Author(name=f"Auteur {n}", slug=f"auteur-{n}") for n in range(30)
    )
    tags = list(Tag.objects.all()) or Tag.objects.bulk_create(
        Tag(name=name, slug=slugify(name)) for name in dict.fromkeys(TOPICS[:200])
    )
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    start = datetime(2022, 1, 1, tzinfo=PARIS)
    for category in categories:
        category.refresh_from_db(fields=["numchild"])
    pages, articles = [], []
    for number in range(count):
        category = categories[number % len(categories)]
        category.numchild += 1
        title = writer.title()
        slug = f"{slugify(title)[:60]}-{uuid.uuid4().hex[:8]}"
        published = start + timedelta(minutes=writer.random.randint(0, 60 * 24 * 365 * 4))
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                path=Page._get_path(category.path, category.depth + 1, category.numchild),
                depth=category.depth + 1,
                numchild=0,
                url_path=f"{category.url_path}{slug}/",
                content_type=content_type,
                locale=locale,
                translation_key=uuid.uuid4(),
                live=True,
                first_published_at=published,
                last_published_at=published,
            )
        )
        articles.append(
            {"standfirst": " ".join(writer.sentence(16) for _ in range(2)), "body": writer.body()}
        )
    Page.objects.bulk_create(pages, batch_size=500)
    for page, fields in zip(pages, articles, strict=True):
        ArticlePage(page_ptr_id=page.pk, **fields).save_base(raw=True, force_insert=True)
    for category in categories:
        Page.objects.filter(pk=category.pk).update(numchild=category.numchild)
    ArticlePageAuthor.objects.bulk_create(
        ArticlePageAuthor(page_id=page.pk, author=writer.random.choice(authors), sort_order=0)
        for page in pages
    )
    ArticlePageTag.objects.bulk_create(
        ArticlePageTag(content_object_id=page.pk, tag=tag)
        for page in pages
        for tag in writer.random.sample(tags, 3)
    )


def index_everything() -> None:
    """Rebuild the search index, as `manage.py update_index` does after a deployment, then
    leave the tables as autovacuum would soon after: dead rows gone, statistics up to date."""
    call_command("update_index", verbosity=0, chunk_size=500)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
