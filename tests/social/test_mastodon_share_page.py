"""The Mastodon share page: a form for the reader's instance, then a 302 to its share page.

Every parameter gets hostile input: a 400 with a French message, never a 500, never a
redirect anywhere but to a bare host name's /share, and only for this site's pages.
"""

import re
from urllib.parse import urlencode

from django.test import Client
from django.urls import reverse

import pytest

from magazine.social.forms import TEXT_MAX_LENGTH
from tests.factories.pages import ArticlePageFactory
from tests.support.html import soup
from tests.support.queries import warm_query_count

SHARE_PAGE = reverse("social:share_mastodon")
TITLE = "Le jeu vidéo : un art ?"
# The budget of the share page: the Wagtail site of the request, nothing else once warm.
SHARE_PAGE_QUERIES = 1
FROM_THE_FORM = {"Sec-Fetch-Site": "same-origin"}


@pytest.fixture
def article(category):
    return ArticlePageFactory(parent=category, slug="un-article", title=TITLE)


def share_page(client: Client, **params: str):
    """Return the share page's answer to `params`, sent from its own form as a browser does."""
    return client.get(f"{SHARE_PAGE}?{urlencode(params)}", headers=FROM_THE_FORM)


def assert_refused_share(response) -> None:
    """Assert a 400 that says the share link is invalid, offers no form and redirects nowhere."""
    assert response.status_code == 400
    page = soup(response)
    assert "Ce lien de partage n'est pas valide." in page.select_one("[role=alert]").get_text()
    assert page.find("form", class_="share-form") is None
    assert "Location" not in response


def test_the_page_asks_for_the_readers_instance(client, article):
    response = share_page(client, url=article.full_url, text=TITLE)
    assert response.status_code == 200
    page = soup(response)
    form = page.select_one("form.share-form")
    assert form["method"] == "get"
    assert form["action"] == SHARE_PAGE
    assert page.select_one("label[for=id_instance]").get_text() == "Votre instance Mastodon"
    assert form.select_one("input[name=url]")["value"] == article.full_url
    assert form.select_one("input[name=text]")["value"] == TITLE
    assert page.select_one(".share-page__shared a")["href"] == article.full_url
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


def test_an_instance_sends_the_reader_to_its_share_page_with_the_title_and_address(client, article):
    response = share_page(client, url=article.full_url, text=TITLE, instance="Piaille.fr")
    assert response.status_code == 302
    assert response["Location"] == (
        "https://piaille.fr/share?text=Le%20jeu%20vid%C3%A9o%20%3A%20un%20art%20%3F%20"
        "http%3A%2F%2Flocalhost%2Fjeux-video%2Fun-article%2F"
    )


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "none"},
        {"Sec-Fetch-Site": "cross-site", "Referer": "http://localhost/jeux-video/"},
        {"Referer": "https://evil.example/"},
        {},
    ],
)
def test_a_link_from_elsewhere_only_fills_the_form_in(client, article, headers):
    params = {"url": article.full_url, "text": TITLE, "instance": "evil.example"}
    response = client.get(SHARE_PAGE, params, headers=headers)
    assert response.status_code == 200
    assert "Location" not in response
    page = soup(response)
    assert "confirmez le partage" in page.select_one(".share-form__confirm").get_text()
    assert page.select_one("input[name=instance]")["value"] == "evil.example"
    assert "no-store" in response["Cache-Control"]


def test_a_browser_without_fetch_metadata_is_sent_on_from_the_form(client, article):
    params = {"url": article.full_url, "instance": "piaille.fr"}
    response = client.get(SHARE_PAGE, params, headers={"Referer": "http://localhost/partager/"})
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]


def test_a_look_alike_instance_is_sent_to_its_punycode_name(client, article):
    response = share_page(client, url=article.full_url, instance="m\u0430stodon.social")
    assert response["Location"].startswith("https://xn--mstodon-2fg.social/share?text=")


def test_the_host_the_page_is_asked_for_is_this_site_too(client, article):
    params = {"url": f"https://magazine.example{article.url}", "instance": "piaille.fr"}
    response = client.get(SHARE_PAGE, params, HTTP_HOST="magazine.example", headers=FROM_THE_FORM)
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("instance", "message"),
    [
        ("", "Champ requis."),
        ("https://mastodon.social", "sans « https:// », chemin ni port"),
        ("//evil.example", "sans « https:// », chemin ni port"),
        ("javascript:alert(1)", "sans « https:// », chemin ni port"),
        ("evil.example/path", "sans « https:// », chemin ni port"),
        ("user@evil.example", "sans votre identifiant"),
        ("mastodon.social\r\nSet-Cookie: a=b", "ni espace ni caractère invisible"),
        ("mastodon.social\x00", "Le caractère nul n’est pas autorisé."),
        ("localhost", "au moins un point"),
        ("a" * 10_000, "au plus 253 caractères"),
        ("\U0001f418.social", "n'est pas valide"),
        ('"><b>.social', "n'est pas valide"),
    ],
)
def test_an_instance_that_is_not_a_bare_host_name_shows_the_form_again(
    client, article, instance, message
):
    response = share_page(client, url=article.full_url, text=TITLE, instance=instance)
    assert response.status_code == 400
    assert "Location" not in response
    page = soup(response)
    assert message in page.select_one(".share-form__error").get_text()
    assert page.select_one("[role=alert]")
    field = page.select_one("input[name=instance]")
    assert field["aria-invalid"] == "true"
    assert "id_instance_error" in field["aria-describedby"]
    assert page.select_one("input[name=url]")["value"] == article.full_url
    assert all(script.get("src") for script in page.find_all("script"))


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/",
        "//evil.example/",
        "evil.example/path",
        "javascript:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "http://localhost@evil.example/",
        "http://user@localhost/jeux-video/un-article/",
        "http://evil.example/?http://localhost/",
        "http://evil.example#http://localhost/",
        "http://localhost:8081/jeux-video/un-article/",
        "ftp://localhost/jeux-video/un-article/",
        "/jeux-video/un-article/",
        "http://localhost/jeux-video/\r\nSet-Cookie: a=b",
        "http://localhost/\x00",
        "http://xn--lcalhost-uwe/",
        "http://localhost/" + "a" * 10_000,
        "",
    ],
)
def test_only_this_sites_pages_can_be_shared(client, article, url):
    assert_refused_share(share_page(client, url=url, text=TITLE, instance="mastodon.social"))
    assert_refused_share(share_page(client, url=url, text=TITLE))


def test_a_share_link_without_an_address_is_refused(client, article):
    assert_refused_share(share_page(client, text=TITLE, instance="mastodon.social"))


@pytest.mark.parametrize(
    "text",
    [
        "a" * (TEXT_MAX_LENGTH + 1),
        "a" * 10_000,
        "Un titre\r\nSet-Cookie: a=b",
        "Un titre\x00",
        "Un titre\x1b[31m",
    ],
)
def test_a_text_too_long_or_with_control_characters_is_refused(client, article, text):
    assert_refused_share(
        share_page(client, url=article.full_url, text=text, instance="mastodon.social")
    )


def test_markup_in_the_text_is_shown_as_text(client, article):
    text = '"><script>alert(1)</script><img src=x onerror=alert(1)>'
    response = share_page(client, url=article.full_url, text=text)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("input[name=text]")["value"] == text
    assert page.select_one(".share-page__shared a").get_text() == text
    assert not page.select("main img, main script")


def test_the_page_answers_only_get_and_head(client, article):
    params = urlencode({"url": article.full_url, "instance": "mastodon.social"})
    assert client.post(f"{SHARE_PAGE}?{params}").status_code == 405
    assert client.head(f"{SHARE_PAGE}?{params}", headers=FROM_THE_FORM).status_code == 302


def test_the_page_makes_a_fixed_number_of_queries(client, article):
    url = f"{SHARE_PAGE}?{urlencode({'url': article.full_url, 'text': TITLE})}"
    assert warm_query_count(client, url) <= SHARE_PAGE_QUERIES


def test_the_redirect_carries_no_line_break_nor_space(client, article):
    response = share_page(client, url=article.full_url, text=TITLE, instance="piaille.fr")
    assert not re.search(r"[\s\x00-\x1f]", response["Location"])
