"""The demo content: a real magazine, loaded once, unchanged by a second load."""

import io
from datetime import date
from decimal import Decimal

from django.core.management import call_command
from django.db import connection

from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage
from magazine.articles.models import ArticlePage, ArticlePageUpdate, CategoryPage
from magazine.articles.templatetags.article_tags import french_spacing
from magazine.authors.models import Author
from magazine.comments.models import Comment
from magazine.pages.models import InformationPage, LegalSettings
from magazine.reviews.models import Game, GameRelease, Product, RatingScale
from magazine.series.models import Series
from tests.support.metadata import page_data


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Revision,
            get_image_model(),
            Author,
            ArticlePage,
            InformationPage,
            LegalSettings,
            Comment,
            ArticlePageUpdate,
            RatingScale,
            Game,
            GameRelease,
            Product,
        )
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for the module (it takes seconds), and remove it afterwards."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
        yield
        Page.objects.filter(depth__gt=1).delete()
        get_image_model().objects.all().delete()
        Author.objects.all().delete()
        for model in (Game, Product, RatingScale, Series):
            model.objects.all().delete()
        # Closed while allowed: a test without the database that follows (a WSGI call
        # checks the open connection at each request) must find none open.
        connection.close()


@pytest.mark.django_db
def test_second_load_changes_nothing(demo):
    before = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == before


@pytest.mark.django_db
def test_second_load_reports_nothing_created(demo):
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert output.getvalue().strip() == "Demo content already loaded: nothing to create."


@pytest.mark.django_db
def test_demo_is_served_from_its_home_page(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert client.get("/").status_code == 200


@pytest.mark.django_db
def test_demo_links_lead_to_the_port_it_is_served_on(demo, client, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"
    call_command("load_demo", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    assert article.full_url.startswith("http://127.0.0.1:8123/")
    feed = client.get("/feed/", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert f"<link>{article.full_url}</link>" in feed
    assert "http://localhost/" not in feed


@pytest.mark.django_db
def test_demo_has_five_categories_and_two_dozen_articles(demo):
    assert CategoryPage.objects.live().count() >= 5
    assert ArticlePage.objects.live().count() >= 24
    assert Author.objects.exclude(bio="").count() >= 3


@pytest.mark.django_db
def test_every_demo_article_has_the_magazine_shape(demo):
    for article in ArticlePage.objects.live():
        types = [block.block_type for block in article.body]
        h2s = [b for b in article.body if b.block_type == "heading" and b.value["level"] == "h2"]
        points = next(b.value for b in article.body if b.block_type == "numbered_points")
        assert article.standfirst and article.hero_image_id, article.title
        assert len(h2s) >= 2, article.title
        assert len(points) >= 3, article.title
        assert types[-1] == "conclusion", article.title
        assert article.authors.exists(), article.title
        article.body.stream_block.clean(article.body)


@pytest.mark.django_db
def test_demo_articles_share_tags_so_related_panels_fill(demo, client):
    article = ArticlePage.objects.live().first()
    response = client.get(article.url)
    assert response.content.decode().count('class="card"') == 4


@pytest.mark.django_db
def test_demo_has_the_information_pages_linked_from_the_footer(demo, client):
    pages = InformationPage.objects.live().order_by("path")
    assert [page.slug for page in pages] == [
        "a-propos",
        "mentions-legales",
        "confidentialite",
        "contact",
        "notre-protocole-de-test",
    ]
    footer = BeautifulSoup(client.get("/").content, "html.parser").footer
    assert [a["href"] for a in footer.nav.find_all("a")] == [page.url for page in pages]


@pytest.mark.django_db
def test_demo_legal_notice_shows_fictional_legal_details(demo, client):
    legal = LegalSettings.objects.get(site__is_default_site=True)
    legal.full_clean()
    assert "fictive" in legal.publisher_name
    html = BeautifulSoup(client.get("/mentions-legales/").content, "html.parser")
    details = html.select_one(".legal-details").get_text()
    assert legal.publisher_name in details
    assert legal.publication_director in details
    assert legal.host_name in details
    assert legal.contact_email in details


@pytest.mark.django_db
def test_demo_articles_have_readers_comments_and_newsroom_replies(demo, client):
    commented = ArticlePage.objects.filter(comments__status="approved").distinct()
    assert commented.count() >= 5
    assert Comment.objects.filter(status="pending").count() >= 3
    page = BeautifulSoup(client.get(commented.live().first().url).content, "html.parser")
    assert page.select(".comments__list > li")
    badges = Comment.objects.filter(is_editorial=True, parent__isnull=False).count()
    assert badges >= 3


@pytest.mark.django_db
def test_demo_shows_open_and_closed_comments_and_links_the_privacy_page(demo, client):
    open_page = ArticlePage.objects.get(slug="faire-tourner-un-modele-de-langage-chez-soi")
    closed_page = ArticlePage.objects.get(slug="abonnements-de-jeux-video-la-fin-de-la-collection")
    form = BeautifulSoup(client.get(open_page.url).content, "html.parser").select_one(
        "form.comment-form"
    )
    assert form.select_one(".comment-form__hint a")["href"] == "/confidentialite/"
    closed = BeautifulSoup(client.get(closed_page.url).content, "html.parser")
    assert closed.select_one(".comments__closed") and closed.select(".comment")


def review_boxes(article: ArticlePage) -> list:
    return [block.value for block in article.body if block.block_type == "review"]


@pytest.mark.django_db
def test_demo_has_scored_tests_of_games_and_hardware(demo, client):
    tests = [article for article in ArticlePage.objects.live() if review_boxes(article)]
    assert {article.get_parent().slug for article in tests} == {"jeux-video", "materiel"}
    assert len(tests) >= 4
    for article in tests:
        [box] = review_boxes(article)
        assert box.has_score and box.label and box["pros"] and box["cons"], article.title
        assert box["verdict"] and box["protocol"], article.title
        page = BeautifulSoup(client.get(article.url).content, "html.parser")
        assert page.select_one(".review__label").get_text() == box.label
        review = page_data(client, article.url).item("NewsArticle")["review"]
        assert review["reviewRating"]["bestRating"] == "10"


@pytest.mark.django_db
def test_demo_scale_labels_scores_in_words(demo):
    scale = RatingScale.objects.get(name="Sur 10")
    assert scale.label_for(Decimal("8.5")) == "Très bon"
    assert scale.label_for(Decimal("9")) == "Excellent"


@pytest.mark.django_db
def test_demo_games_and_products_have_hubs_with_their_test(demo, client):
    for item in [*Game.objects.filter(article_rows__role="review"), *Product.objects.all()]:
        page = BeautifulSoup(client.get(item.get_absolute_url()).content, "html.parser")
        assert page.select_one("section.sheet"), item
        assert page.select_one(".hub-review data"), item


@pytest.mark.django_db
def test_demo_release_dates_use_every_precision(demo):
    precisions = set(GameRelease.objects.values_list("precision", flat=True))
    assert precisions == {"day", "month", "quarter", "year"}
    assert GameRelease.objects.filter(release_date__gt=date.today()).exists()


@pytest.mark.django_db
def test_demo_game_test_has_a_spoiler_and_an_accessibility_checklist(demo, client):
    article = ArticlePage.objects.get(slug="test-les-veilleurs-de-broceliande")
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert page.select_one("details summary")
    assert page.select_one(".block-accessibility li, .block-accessibility dt")


@pytest.mark.django_db
def test_demo_has_an_update_and_a_correction_shown_on_their_articles(demo, client):
    notes = ArticlePageUpdate.objects.select_related("page")
    assert {note.kind for note in notes} >= {"update", "correction"}
    for note in notes:
        page = BeautifulSoup(client.get(note.page.url).content, "html.parser")
        assert french_spacing(note.text) in page.select_one(".update-notes").get_text()
        assert "mis à jour le" in page.select_one(".byline").get_text()


@pytest.mark.django_db
def test_demo_tests_say_their_age(demo, client):
    article = ArticlePage.objects.get(slug="test-kestrel-book-14")
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert page.select_one(".age-notice").get_text().strip().startswith("Ce test date de")


@pytest.mark.django_db
def test_demo_release_calendar_lists_games_to_come(demo, client):
    page = BeautifulSoup(client.get("/sorties/").content, "html.parser")
    titles = {a.get_text() for a in page.select(".release__title")}
    assert {"Rivages oubliés", "Néon Boulevard", "Les Veilleurs de Brocéliande"} <= titles
    assert any(h2.get_text().startswith("T") for h2 in page.select(".release-group h2"))


@pytest.mark.django_db
def test_demo_series_has_three_episodes_in_order(demo, client):
    page = BeautifulSoup(client.get("/series/securite-a-la-maison/").content, "html.parser")
    titles = [a.get_text() for a in page.select(".card__title a")]
    assert len(titles) == 3
    second = ArticlePage.objects.get(series__slug="securite-a-la-maison", episode=2)
    assert titles[1] == french_spacing(second.title)
    nav = BeautifulSoup(client.get(second.url).content, "html.parser").select_one(".series-nav")
    assert nav.p.get_text(" ", strip=True).startswith("Épisode 2 sur 3")
