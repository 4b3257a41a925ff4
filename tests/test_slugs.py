"""Page slugs are plain ASCII; an old address leads to the new one after a slug change."""

import hashlib
import inspect
import re

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

import pytest

from magazine.articles.models import ArticlePage
from magazine.articles.slugs import INVALID_SLUG, page_slug
from magazine.demo.content import ARTICLES, CATEGORIES, information, site
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.article_forms import article_form
from tests.support.html import soup

TITLE = "Les jeux indépendants français à l'assaut de 2027"
SLUG = "les-jeux-independants-francais-a-l-assaut-de-2027"
ASCII_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# Page._set_core_field_defaults as SlugFromTitleMixin knows it: when Wagtail changes it, check
# that the mixin still fills the slug under the same condition, then record the new hash.
SET_CORE_FIELD_DEFAULTS_HASH = "7c4e117e566cce62"
VALID_BODY = [("heading", {"text": "Un titre", "level": "h2"})]


def source_hash(function) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (TITLE, SLUG),
        ("L’IA d’aujourd’hui", "l-ia-d-aujourd-hui"),
        ("Œuvres et « guillemets » : ça passe ?", "oeuvres-et-guillemets-ca-passe"),
    ],
)
def test_a_title_gives_an_ascii_slug(title, slug):
    assert page_slug(title) == slug


def test_a_page_saved_in_code_with_a_title_only_gets_an_ascii_slug(category):
    article = category.add_child(instance=ArticlePageFactory.build(title=TITLE, slug=""))
    assert Page.objects.get(pk=article.pk).slug == SLUG


def test_a_taken_slug_gets_a_number(category):
    ArticlePageFactory(parent=category, title=TITLE, slug=SLUG)
    article = category.add_child(instance=ArticlePageFactory.build(title=TITLE, slug=""))
    assert article.slug == f"{SLUG}-2"


def test_an_information_page_gets_an_ascii_slug_too(home_page):
    page = home_page.add_child(instance=InformationPageFactory.build(title="À propos", slug=""))
    assert page.slug == "a-propos"


def test_the_admin_refuses_an_accented_slug_in_french(admin_client, category):
    data = article_form(AuthorFactory(), VALID_BODY, title=TITLE, slug="jeux-indépendants")
    response = admin_client.post(f"/admin/pages/add/articles/articlepage/{category.pk}/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["slug"] == [INVALID_SLUG]
    assert str(INVALID_SLUG) in soup(response).get_text()
    assert not ArticlePage.objects.exists()


def test_renaming_a_page_refuses_an_accented_slug(admin_client, category):
    article = ArticlePageFactory(parent=category, slug="jeux-video", authors=[AuthorFactory()])
    data = article_form(article, VALID_BODY, slug="jeux-vidéo", **{"action-publish": "1"})
    response = admin_client.post(f"/admin/pages/{article.pk}/edit/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["slug"] == [INVALID_SLUG]
    article.refresh_from_db()
    assert article.slug == "jeux-video"


def test_the_old_address_redirects_after_a_slug_change(
    admin_client, client, category, django_capture_on_commit_callbacks
):
    article = ArticlePageFactory(parent=category, slug="ancien-titre", authors=[AuthorFactory()])
    data = article_form(article, VALID_BODY, slug="nouveau-titre", **{"action-publish": "1"})
    # Wagtail announces the slug change once the publication is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/pages/{article.pk}/edit/", data)
    assert response.status_code == 302
    assert Redirect.objects.count() == 1
    old = client.get("/jeux-video/ancien-titre/")
    assert old.status_code == 301
    assert old["Location"] == "/jeux-video/nouveau-titre/"
    assert client.get("/jeux-video/nouveau-titre/").status_code == 200


def test_the_demo_content_has_ascii_slugs():
    slugs = [
        site.HOME_SLUG,
        *(author.slug for author in site.AUTHORS),
        *(category.slug for category in CATEGORIES),
        *(article.slug for article in ARTICLES),
        *(page.slug for page in information.PAGES),
    ]
    assert [slug for slug in slugs if not ASCII_SLUG.fullmatch(slug)] == []


def test_wagtail_fills_slugs_as_the_mixin_expects():
    assert source_hash(Page._set_core_field_defaults) == SET_CORE_FIELD_DEFAULTS_HASH
