"""Robots and floods on the real Redis: honeypot, time trap, link limit, rate limits."""

import time

import pytest

from magazine.comments.models import Comment
from magazine.comments.spam import form_stamp
from tests.factories.comments import CommentFactory
from tests.support.html import soup

from .conftest import aged_stamp


@pytest.fixture
def known_reader(article) -> str:
    """A reader with an approved comment: published at once unless something holds them."""
    CommentFactory(article=article, email="camille@lecteurs.example")
    return "camille@lecteurs.example"


def kept_text(response) -> str:
    return soup(response).select_one("textarea[name=body]").get_text().strip()


def test_a_filled_honeypot_is_refused_with_the_text_kept(post_comment, article):
    response = post_comment(article, url="https://promo.example", body="Achetez !")
    assert response.status_code == 400
    page = soup(response)
    assert "ressemble à celui d'un robot" in page.select_one(".comment-form__errors").get_text()
    assert kept_text(response) == "Achetez !"
    assert not Comment.objects.exists()
    assert not page.select_one("input[name=url]").get("value")  # a person can send it again


def test_the_honeypot_is_hidden_from_people(client, article):
    trap = soup(client.get(article.url)).select_one(".comment-form__trap")
    assert trap["aria-hidden"] == "true"
    assert trap.input["name"] == "url" and trap.input["tabindex"] == "-1"


def test_a_form_sent_as_soon_as_it_is_made_is_refused_with_the_text_kept(post_comment, article):
    response = post_comment(article, stamp=form_stamp(article.pk), body="Premier !")
    assert response.status_code == 400
    assert "très vite" in soup(response).select_one(".comment-form__errors").get_text()
    assert kept_text(response) == "Premier !"
    assert not Comment.objects.exists()


def test_a_form_sent_a_few_seconds_after_it_was_made_is_accepted(post_comment, article):
    assert post_comment(article, stamp=aged_stamp(article, 12)).status_code == 303


def test_a_stale_form_is_refused_then_sent_again_at_once(post_comment, article):
    response = post_comment(article, stamp=aged_stamp(article, 4 * 24 * 3600), body="Enfin.")
    assert response.status_code == 400
    assert "ouverte depuis longtemps" in soup(response).select_one(".comment-form__errors").text
    assert not Comment.objects.exists()
    renewed = soup(response).select_one("input[name=stamp]")["value"]
    assert post_comment(article, stamp=renewed, body=kept_text(response)).status_code == 303
    assert Comment.objects.get().body == "Enfin."


def test_a_stamp_of_another_article_is_refused(post_comment, category, article):
    from tests.factories.pages import ArticlePageFactory

    other = ArticlePageFactory(parent=category)
    assert post_comment(article, stamp=aged_stamp(other)).status_code == 400
    assert not Comment.objects.exists()


def test_more_than_two_links_hold_a_known_reader(post_comment, article, known_reader):
    links = "https://a.example https://b.example www.c.example"
    post_comment(article, email=known_reader, body=f"Voir {links}")
    assert Comment.objects.latest("pk").status == Comment.Status.PENDING


def test_two_links_let_a_known_reader_through(post_comment, article, known_reader):
    post_comment(article, email=known_reader, body="Voir https://a.example et www.b.example")
    assert Comment.objects.latest("pk").status == Comment.Status.APPROVED


@pytest.fixture
def low_limits(settings):
    settings.COMMENTS_RATE_LIMITS = {"ip": (2, 3600), "email": (2, 3600)}


def test_one_address_over_its_limit_is_refused_with_the_text_kept(
    low_limits, post_comment, article
):
    for n in range(2):
        assert post_comment(article, email=f"r{n}@lecteurs.example").status_code == 303
    response = post_comment(article, email="r3@lecteurs.example", body="Encore moi.")
    assert response.status_code == 429
    assert "beaucoup de commentaires" in soup(response).select_one(".comment-form__errors").text
    assert kept_text(response) == "Encore moi."
    assert Comment.objects.count() == 2


def test_one_email_over_its_limit_is_refused_from_any_address(low_limits, post_comment, article):
    for n in range(2):
        post_comment(
            article, headers={"REMOTE_ADDR": f"192.0.2.{n}", "HTTP_ORIGIN": "http://testserver"}
        )
    response = post_comment(
        article,
        email="CAMILLE@lecteurs.example",
        headers={"REMOTE_ADDR": "192.0.2.9", "HTTP_ORIGIN": "http://testserver"},
    )
    assert response.status_code == 429
    assert Comment.objects.count() == 2


def test_an_ipv6_subscriber_is_counted_by_network(low_limits, post_comment, article):
    for n in range(1, 4):
        headers = {"REMOTE_ADDR": f"2001:db8::{n}", "HTTP_ORIGIN": "http://testserver"}
        response = post_comment(article, email=f"r{n}@lecteurs.example", headers=headers)
    assert response.status_code == 429


def behind(proxy: str, forwarded: str) -> dict:
    return {
        "REMOTE_ADDR": proxy,
        "HTTP_X_FORWARDED_FOR": forwarded,
        "HTTP_ORIGIN": "http://testserver",
    }


def test_readers_behind_a_trusted_proxy_are_counted_apart(
    settings, low_limits, post_comment, article
):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for n in range(1, 6):
        headers = behind("10.0.0.1", f"198.51.100.{n}")
        assert (
            post_comment(article, email=f"r{n}@lecteurs.example", headers=headers).status_code
            == 303
        )


def test_forwarded_addresses_from_an_untrusted_peer_are_ignored(low_limits, post_comment, article):
    for n in range(1, 4):
        headers = behind("203.0.113.7", f"198.51.100.{n}")
        response = post_comment(article, email=f"r{n}@lecteurs.example", headers=headers)
    assert response.status_code == 429


def test_an_address_written_by_the_client_before_the_proxy_is_not_believed(
    settings, low_limits, post_comment, article
):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    for n in range(1, 4):
        headers = behind("10.0.0.1", f"198.51.100.{n}, 203.0.113.7")
        response = post_comment(article, email=f"r{n}@lecteurs.example", headers=headers)
    assert response.status_code == 429


def test_with_the_cache_down_a_comment_is_kept_for_moderation(
    redis_down, client, post_comment, article, known_reader
):
    started = time.monotonic()
    response = post_comment(article, email=known_reader, body="Malgré la panne.")
    assert response.status_code == 303
    assert Comment.objects.get(body="Malgré la panne.").status == Comment.Status.PENDING
    assert client.get(response["Location"]).status_code == 200
    assert time.monotonic() - started < 10
