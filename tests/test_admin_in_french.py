"""The admin screens an editor meets show no English that Wagtail's French leaves behind.

The crawl reads the text a person sees: the page title and the main content, without
scripts, templates, hidden elements or attributes. Each role of the newsroom gets a user
in USERS; the test runs for each.
"""

import json
import re
from collections.abc import Callable

from django.contrib.auth.models import AbstractBaseUser, Group
from django.http import HttpResponse
from django.test import Client

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, Page, Site, Workflow

import pytest
from bs4 import BeautifulSoup

from magazine.newsroom.review import WORKFLOW_NAME
from magazine.newsroom.roles import CHIEFS, MODERATORS, WRITERS
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.admin import REFUSAL, member
from tests.support.html import soup

# English that Wagtail shows as it is, and the names of its default groups and workflow,
# each matched as a whole word or phrase.
FORBIDDEN_ENGLISH = (
    "Root",
    "Site name",
    "Root page",
    "Link text",
    "Password",
    "None",
    "Moderators approval",
    "Editors",
    "Moderators",
)
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


def role(group: str) -> Callable:
    """Return a maker of a user in the newsroom role `group`."""
    return lambda django_user_model: member(django_user_model, "membre", "Camille", group)


# The users whose admin is crawled, by role: each makes its user from the user model.
USERS: dict[str, Callable] = {
    "superuser": superuser,
    CHIEFS: role(CHIEFS),
    WRITERS: role(WRITERS),
    MODERATORS: role(MODERATORS),
}
# The screens each role may open (all for the superuser); the others refuse it.
WRITER_SCREENS = {
    "tableau de bord",
    "explorateur, racine",
    "explorateur, rubrique",
    "nouvel article",
    "article",
    "historique",
    "historique du workflow",
    "images",
    "choix d'un auteur",
    "lien externe",
    "recherche",
}
SUPERUSER_ONLY = {"sites", "site", "workflows", "tâches", "groupes", "groupe"}


@pytest.fixture
def screens(home_page, category) -> dict[str, str]:
    """The admin screens to crawl, by name, on a small magazine."""
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory()], tags=["Vie privée"])
    article.save_revision().publish()
    InformationPageFactory(parent=home_page)
    # In review, so that the screens show the workflow and its task.
    article.save_revision()
    Workflow.objects.get(name=WORKFLOW_NAME).start(article, user=None)
    image = ImageFactory()
    Redirect.objects.create(old_path="/ancienne-adresse", redirect_page=article)
    site = Site.objects.get(is_default_site=True)
    writers = Group.objects.get(name=WRITERS)
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
        "commentaires": "/admin/snippets/comments/comment/",
        "workflows": "/admin/workflows/list/",
        "tâches": "/admin/workflows/tasks/index/",
        "groupes": "/admin/groups/",
        "groupe": f"/admin/groups/edit/{writers.pk}/",
    }


def reachable(screens: dict[str, str], role: str) -> dict[str, str]:
    """The screens `role` may open."""
    if role == "superuser":
        return screens
    if role == CHIEFS:
        return {name: url for name, url in screens.items() if name not in SUPERUSER_ONLY}
    if role == WRITERS:
        return {name: url for name, url in screens.items() if name in WRITER_SCREENS}
    return {name: screens[name] for name in ("tableau de bord", "commentaires")}


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
    """Return, by screen, the forbidden English its text shows; every screen must open.

    Redirects are followed: the explorer takes a writer to the part of the tree they work on.
    """
    shown = {}
    for name, url in screens.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, f"{name} ({url}) answered {response.status_code}"
        assert REFUSAL not in soup(response).get_text(), f"{name} ({url}) was refused"
        if found := sorted(set(FORBIDDEN.findall(visible_text(response)))):
            shown[f"{name} ({url})"] = found
    return shown


@pytest.mark.parametrize("role", USERS)
def test_the_admin_shows_no_english(client, django_user_model, screens, role):
    client.force_login(USERS[role](django_user_model))
    assert english_shown(client, reachable(screens, role)) == {}


def test_the_roots_of_the_page_tree_and_collections_are_named_in_french(db):
    assert Page.get_first_root_node().title == "Racine"
    assert Collection.get_first_root_node().name == "Racine"
