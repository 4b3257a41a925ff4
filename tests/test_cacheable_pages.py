"""Public pages are the same HTML for every anonymous reader, with no inline script or style."""

import json
import re
from urllib.parse import urlencode

from django.test import Client
from django.urls import reverse

import pytest

from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import DATA_BLOCK, in_one_stamp_window, program_scripts, soup


@pytest.fixture
def urls(home_page, category) -> list[str]:
    article = ArticlePageFactory(parent=category, hero_image=ImageFactory(), tags=["Consoles"])
    share = f"{reverse('social:share_mastodon')}?{urlencode({'url': article.full_url})}"
    return [home_page.url, category.url, article.url, share, "/page-inconnue/"]


def test_two_anonymous_readers_get_the_same_html(urls):
    for url in urls:
        in_one_stamp_window()
        first, second = Client().get(url), Client().get(url)
        assert first.content == second.content, url
        assert "csrftoken" not in first.cookies, url
        assert "sessionid" not in first.cookies, url


def test_pages_carry_no_inline_script_or_style(client, urls):
    for url in urls:
        page = soup(client.get(url))
        assert not page.find("style"), url
        assert not page.find(attrs={"style": True}), url
        # Scripts load from files; the only inline ones are data blocks, which browsers never
        # run (structured data for search engines), and which hold JSON alone.
        assert all(script.get("src") and not script.string for script in program_scripts(page)), url
        for block in page.find_all("script", type=DATA_BLOCK):
            assert not block.get("src") and json.loads(block.string), url
        handlers = [a for tag in page.find_all(True) for a in tag.attrs if re.match(r"on\w+", a)]
        assert not handlers, url


def test_pages_have_landmarks_and_a_skip_link(client, urls):
    for url in urls:
        page = soup(client.get(url))
        skip = page.select_one("a.skip-link")
        assert skip["href"] == "#contenu"
        assert page.find("main", id="contenu")
        assert page.find("header") and page.find("footer") and page.find("nav")
