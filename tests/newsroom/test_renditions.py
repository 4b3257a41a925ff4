"""Renditions made ahead: every image a page prints has them before a reader asks."""

import logging
import time

from django.core.management import call_command
from django.db.models import Count

from wagtail.images import get_image_model
from wagtail.images.models import Rendition

import pytest

from magazine.articles import stream_data as b
from magazine.articles.images import IMAGE_VARIANTS, OPEN_GRAPH_SPEC, STRUCTURED_DATA_SPECS
from magazine.newsroom.renditions import make_renditions
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory, standard_body
from tests.factories.reviews import GameFactory, ProductFactory

HERO_SPECS = {
    *IMAGE_VARIANTS["card"].specs,
    *IMAGE_VARIANTS["hero"].specs,
    OPEN_GRAPH_SPEC,
    *STRUCTURED_DATA_SPECS,
}


def specs_made(image) -> set[str]:
    return set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))


@pytest.fixture
def pictures(category) -> dict[str, object]:
    """An article with a hero and a body image, a game's cover, a product's and an author's
    picture, none of them rendered yet."""
    pictures = {use: ImageFactory(title=use) for use in ("hero", "body", "cover", "product")}
    pictures["photo"] = ImageFactory(title="photo")
    author = AuthorFactory(photo=pictures["photo"])
    body = standard_body()
    body.insert(1, b.image(pictures["body"].pk, alt="Une console"))
    article = ArticlePageFactory(
        parent=category, hero_image=pictures["hero"], body=body, authors=[author]
    )
    game = GameFactory(cover=pictures["cover"])
    product = ProductFactory(image=pictures["product"])
    assert not Rendition.objects.exists()
    pictures["pages"] = [
        "/",
        category.url,
        article.url,
        game.get_absolute_url(),
        product.get_absolute_url(),
        f"/auteurs/{author.slug}/",
    ]
    return pictures


def test_each_image_gets_the_renditions_of_where_it_appears(pictures):
    assert make_renditions() == 5
    assert specs_made(pictures["hero"]) == HERO_SPECS
    assert specs_made(pictures["body"]) == set(IMAGE_VARIANTS["body"].specs)
    assert specs_made(pictures["cover"]) == set(IMAGE_VARIANTS["sheet"].specs)
    assert specs_made(pictures["product"]) == set(IMAGE_VARIANTS["sheet"].specs)
    assert specs_made(pictures["photo"]) == set(IMAGE_VARIANTS["portrait"].specs)
    assert make_renditions() == 0


def test_a_reader_then_makes_no_rendition(client, pictures):
    call_command("make_renditions", stdout=None)
    before = Rendition.objects.count()
    for url in pictures["pages"]:
        assert client.get(url).status_code == 200, url
    assert Rendition.objects.count() == before


def test_without_them_the_reader_s_request_makes_renditions(client, pictures):
    # What the scheduler spares the web workers: decoding the originals on a reader's request.
    assert client.get(pictures["pages"][2]).status_code == 200
    assert Rendition.objects.exists()


def test_an_image_without_its_file_is_reported_and_the_others_are_made(pictures, caplog):
    broken = pictures["hero"]
    broken.file.storage.delete(broken.file.name)
    failed: set[int] = set()
    with caplog.at_level(logging.WARNING, logger="magazine.newsroom.renditions"):
        assert make_renditions(failed=failed) == 4
    assert failed == {broken.pk}
    assert f"Image {broken.pk}" in caplog.text
    assert specs_made(pictures["body"]) == set(IMAGE_VARIANTS["body"].specs)
    # Tried once by this process, not at every pass of the scheduler.
    caplog.clear()
    assert make_renditions(failed=failed) == 0
    assert not caplog.text


def test_a_time_limit_stops_after_the_image_under_way(pictures):
    assert make_renditions(seconds=0) == 1
    counts = get_image_model().objects.annotate(made=Count("renditions")).filter(made__gt=0)
    assert counts.count() == 1


def test_the_scheduler_makes_the_renditions_of_a_scheduled_article(
    media_on_disk, scheduler, category
):
    hero = ImageFactory(title="À venir")
    ArticlePageFactory(parent=category, hero_image=hero, live=False, never_published=True)
    deadline = time.monotonic() + 30
    while specs_made(hero) != HERO_SPECS:
        assert scheduler.poll() is None, scheduler.stderr.read()
        assert time.monotonic() < deadline, "the scheduler never made the renditions"
        time.sleep(0.5)
