"""The admin screens an editor meets show no English that Wagtail's French leaves behind.

The crawl reads the text a person sees: the page title and the main content, without
scripts, templates, hidden elements or attributes. Each role of the newsroom gets a user
in USERS; the test runs for each.
"""

import json
import re
from collections.abc import Callable

from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpResponse
from django.test import Client

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, Page, Site

import pytest
from bs4 import BeautifulSoup

from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory

# English that Wagtail shows as it is, each matched as a whole word or phrase. To add once
# their renaming lands: « Moderators approval », « Editors », « Moderators ».
FORBIDDEN_ENGLISH = ("Root", "Site name", "Root page", "Link text", "Password", "None")
# Longest first, so that « Root page » is found as itself rather than as « Root ».
FORBIDDEN = re.compile(
    "|".join(
        rf"\b{re.escape(words)}\b" for words in sorted(FORBIDDEN_ENGLISH, key=len, reverse=True)
    )
)
NOT_SEEN = ["script", "style", "template", "noscript", "svg", "[hidden]"]


def superuser(django_user_model) -> AbstractBaseUser:
    return django_user_model.objects.create_superuser(
        username="direction", email="direction@magazine.example", password="x"
    )


# The users whose admin is crawled, by role: each makes its user from the user model.
USERS: dict[str, Callable] = {"superuser": superuser}


@pytest.fixture
def screens(home_page, category) -> dict[str, str]:
    """The admin screens to crawl, by name, on a small magazine."""
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory()], tags=["Vie privée"])
    article.save_revision().publish()
    InformationPageFactory(parent=home_page)
    image = ImageFactory()
    Redirect.objects.create(old_path="/ancienne-adresse", redirect_page=article)
    site = Site.objects.get(is_default_site=True)
    return {
        "tableau de bord": "/admin/",
        "explorateur, racine": "/admin/pages/",
        "explorateur, rubrique": f"/admin/pages/{category.pk}/",
        "nouvel article": f"/admin/pages/add/articles/articlepage/{category.pk}/",
        "article": f"/admin/pages/{article.pk}/edit/",
        "historique": f"/admin/pages/{article.pk}/history/",
        "historique du workflow": f"/admin/pages/{article.pk}/workflow_history/",
        "réseaux sociaux": f"/admin/settings/social/socialsettings/{site.pk}/",
        "informations légales": f"/admin/settings/pages/legalsettings/{site.pk}/",
        "sites": "/admin/sites/",
        "site": f"/admin/sites/edit/{site.pk}/",
        "images": "/admin/images/",
        "image": f"/admin/images/{image.pk}/",
        "auteurs": "/admin/snippets/authors/author/",
        "choix d'un auteur": "/admin/snippets/choose/authors/author/",
        "lien externe": "/admin/choose-external-link/",
        "redirections": "/admin/redirects/",
        "recherche": "/admin/pages/search/?q=article",
    }


def visible_text(response: HttpResponse) -> str:
    """Return the words a person sees in the response: its title and main content.

    A modal answers JSON with its HTML in `html`; that HTML is read whole.
    """
    if response["Content-Type"].startswith("application/json"):
        html = BeautifulSoup(json.loads(response.content)["html"], "html.parser")
        parts = [html]
    else:
        html = BeautifulSoup(response.content, "html.parser")
        parts = [part for part in (html.title, html.main) if part is not None]
    for element in html.select(", ".join(NOT_SEEN)):
        element.decompose()
    return " ".join(part.get_text(" ", strip=True) for part in parts)


def english_shown(client: Client, screens: dict[str, str]) -> dict[str, list[str]]:
    """Return, by screen, the forbidden English its text shows; every screen must answer 200."""
    shown = {}
    for name, url in screens.items():
        response = client.get(url)
        assert response.status_code == 200, f"{name} ({url}) answered {response.status_code}"
        if found := sorted(set(FORBIDDEN.findall(visible_text(response)))):
            shown[f"{name} ({url})"] = found
    return shown


@pytest.mark.parametrize("role", USERS)
def test_the_admin_shows_no_english(client, django_user_model, screens, role):
    client.force_login(USERS[role](django_user_model))
    assert english_shown(client, screens) == {}


def test_the_roots_of_the_page_tree_and_collections_are_named_in_french(db):
    assert Page.get_first_root_node().title == "Racine"
    assert Collection.get_first_root_node().name == "Racine"
