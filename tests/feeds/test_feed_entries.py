"""What each entry of a feed holds, in RSS 2.0 and in Atom, as a feed reader parses it."""

from datetime import UTC, datetime

from wagtail.models import Site

import pytest

from magazine.articles import stream_data as b
from magazine.feeds.models import FeedSettings
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.feeds import FORMATS, parse_feed

FIRST_PUBLISHED = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
LAST_PUBLISHED = datetime(2026, 3, 4, 17, 5, tzinfo=UTC)


@pytest.fixture
def article(category, author):
    """A live article signed by two authors, with two tags and a hero image."""
    other = AuthorFactory(name="Marc Petit", slug="marc-petit")
    return ArticlePageFactory(
        parent=category,
        title="Les consoles portables reviennent",
        slug="consoles-portables",
        standfirst="Elles tiennent dans la poche. Voici pourquoi elles plaisent.",
        hero_image=ImageFactory(),
        authors=[author, other],
        tags=["Consoles", "Nintendo"],
        first_published_at=FIRST_PUBLISHED,
        last_published_at=LAST_PUBLISHED,
    )


def full_content(on: bool) -> None:
    settings = FeedSettings.for_site(Site.objects.get(is_default_site=True))
    settings.full_content = on
    settings.save()


@pytest.fixture(params=FORMATS.values(), ids=FORMATS.keys())
def entry(request, client, article):
    """The article's entry in the site's feed, in each format."""
    return parse_feed(client, "/" + request.param).entries[0]


def test_the_entry_has_the_title_and_the_absolute_link(entry):
    assert entry.title == "Les consoles portables reviennent"
    assert entry.link == "http://localhost/jeux-video/consoles-portables/"


def test_the_entry_id_is_the_page_key_not_its_address(entry, article):
    assert entry.id == f"urn:uuid:{article.translation_key}"
    assert entry.guidislink is False


def test_the_rss_guid_says_it_is_not_a_permalink(client, article):
    assert b'<guid isPermaLink="false">urn:uuid:' in client.get("/feed/").content


def test_the_summary_is_the_standfirst(entry):
    assert entry.summary == "Elles tiennent dans la poche. Voici pourquoi elles plaisent."


def test_the_entry_has_no_full_content_by_default(entry):
    assert "content" not in entry


def test_the_publication_date_is_the_first_one_in_paris_time(client, article):
    rss = parse_feed(client, "/feed/").entries[0]
    atom = parse_feed(client, "/feed/atom/").entries[0]
    # 1 March 2026, 08:30 UTC is 09:30 in Paris, said as such.
    assert rss.published == "Sun, 01 Mar 2026 09:30:00 +0100"
    assert atom.published == "2026-03-01T09:30:00+01:00"
    assert rss.published_parsed[:6] == atom.published_parsed[:6] == (2026, 3, 1, 8, 30, 0)


def test_the_atom_entry_without_update_notes_is_updated_when_first_published(client, article):
    # Re-published since (LAST_PUBLISHED) without a note: nothing a reader is told about.
    entry = parse_feed(client, "/feed/atom/").entries[0]
    assert entry.updated_parsed[:6] == FIRST_PUBLISHED.timetuple()[:6]
    assert entry.updated == "2026-03-01T09:30:00+01:00"


def test_every_author_is_named_and_no_email_appears(client, entry, author):
    assert [person.name for person in entry.authors] == ["Léa Roux", "Marc Petit"]
    assert all("email" not in person for person in entry.authors)
    for suffix in FORMATS.values():
        assert b"@" not in client.get("/" + suffix).content


def test_the_category_and_the_tags_are_the_entry_categories(entry):
    assert [tag.term for tag in entry.tags] == ["Jeux vidéo", "Consoles", "Nintendo"]


def test_the_hero_image_is_an_enclosure_with_its_type_and_length(client, entry, article):
    rendition = article.hero_image.get_rendition("fill-1200x675|format-webp")
    [enclosure] = entry.enclosures
    assert enclosure.href == f"http://localhost{rendition.url}"
    assert enclosure.type == "image/webp"
    assert int(enclosure.length) == rendition.file.size > 0


def test_the_enclosure_length_is_asked_of_the_storage_once(client, article):
    rendition = article.hero_image.get_rendition("fill-1200x675|format-webp")
    length = rendition.file.size
    parse_feed(client, "/feed/")
    # Were it asked again (a request to S3 in production), the length would now be 0.
    rendition.file.storage.delete(rendition.file.name)
    assert int(parse_feed(client, "/feed/").entries[0].enclosures[0].length) == length


def test_an_article_without_image_has_no_enclosure(client, category):
    ArticlePageFactory(parent=category, hero_image=None)
    for suffix in FORMATS.values():
        assert parse_feed(client, "/" + suffix).entries[0].enclosures == []


def test_the_feed_names_the_site_and_links_to_it(client, article):
    for suffix in FORMATS.values():
        feed = parse_feed(client, "/" + suffix).feed
        assert feed.title == "Magazine"
        assert feed.link == "http://localhost/"
        assert feed.language == "fr"


def test_the_setting_puts_the_body_in_the_feeds(client, category):
    target = ArticlePageFactory(parent=category, slug="cible")
    picture = ImageFactory()
    ArticlePageFactory(
        parent=category,
        body=b.body(
            b.heading("Le contexte"),
            b.paragraph(
                f'<p>Lire <a linktype="page" id="{target.pk}">la suite</a> '
                'ou <a href="#le-contexte">revenir</a>.</p>'
            ),
            b.image(picture.pk, "Une légende", alt="Un écran allumé"),
            b.conclusion("<p>Pour finir.</p>"),
        ),
    )
    full_content(True)
    for suffix in FORMATS.values():
        html = parse_feed(client, "/" + suffix).entries[0].content[0].value
        assert "Le contexte" in html and "Pour finir." in html
        assert 'href="http://localhost/jeux-video/cible/"' in html
        assert 'href="http://localhost/jeux-video/article-' in html  # the section link
        assert 'src="http://localhost/media/images/' in html
        assert "Un écran allumé" in html


def test_the_full_content_carries_no_script(client, category):
    ArticlePageFactory(
        parent=category,
        body=b.body(
            b.paragraph(
                '<p onclick="alert(1)">Texte <a href="javascript:alert(1)">lien</a></p>'
                "<script>alert(1)</script>"
            ),
            b.conclusion("<p>Pour finir.</p>"),
        ),
    )
    full_content(True)
    for suffix in FORMATS.values():
        response = client.get("/" + suffix)
        assert b"alert" not in response.content
        assert b"Texte" in response.content


def test_switching_the_setting_off_takes_the_body_out_again(client, article):
    full_content(True)
    assert "content" in parse_feed(client, "/feed/").entries[0]
    full_content(False)
    assert "content" not in parse_feed(client, "/feed/").entries[0]


def test_the_setting_is_off_by_default(home_page):
    assert FeedSettings.for_site(Site.objects.get(is_default_site=True)).full_content is False


def test_the_feed_is_dated_by_its_latest_entry_not_by_the_request(client, article):
    assert parse_feed(client, "/feed/atom/").feed.updated == "2026-03-01T09:30:00+01:00"
    assert parse_feed(client, "/feed/").feed.updated == "Sun, 01 Mar 2026 09:30:00 +0100"
