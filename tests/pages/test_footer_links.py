"""Every page's footer links to the site's live, public information pages, in tree order."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.html import soup

FOOTER_NAV = 'footer nav[aria-label="Informations sur le magazine"]'


def footer_links(client, url: str) -> list[tuple[str, str]]:
    """The (title, href) of each link in the footer's information menu at `url`."""
    nav = soup(client.get(url)).select_one(FOOTER_NAV)
    return [(a.get_text(), a["href"]) for a in nav.find_all("a")] if nav else []


def test_the_home_page_footer_links_the_information_pages_in_tree_order(client, home_page):
    about = InformationPageFactory(parent=home_page, title="À propos", slug="a-propos")
    legal = InformationPageFactory(parent=home_page, title="Mentions légales", slug="mentions")
    assert footer_links(client, home_page.url) == [
        ("À propos", "/a-propos/"),
        ("Mentions légales", "/mentions/"),
    ]
    assert about.url == "/a-propos/" and legal.url == "/mentions/"


def test_an_article_footer_links_the_information_pages(client, home_page, category):
    InformationPageFactory(parent=home_page, title="Contact", slug="contact")
    article = ArticlePageFactory(parent=category)
    assert footer_links(client, article.url) == [("Contact", "/contact/")]


def test_the_page_being_read_is_marked_current(client, home_page):
    page = InformationPageFactory(parent=home_page, title="Contact")
    InformationPageFactory(parent=home_page, title="À propos")
    nav = soup(client.get(page.url)).select_one(FOOTER_NAV)
    assert [a.get_text() for a in nav.select('a[aria-current="page"]')] == ["Contact"]


def test_a_draft_information_page_is_not_linked(client, home_page):
    InformationPageFactory(parent=home_page, title="À propos")
    InformationPageFactory(parent=home_page, title="Brouillon", live=False)
    assert [title for title, _ in footer_links(client, home_page.url)] == ["À propos"]


def test_a_view_restricted_information_page_is_not_linked(client, home_page):
    InformationPageFactory(parent=home_page, title="À propos")
    private = InformationPageFactory(parent=home_page, title="Réservé à l'équipe")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert [title for title, _ in footer_links(client, home_page.url)] == ["À propos"]


def test_without_information_pages_the_footer_has_no_empty_menu(client, home_page):
    assert soup(client.get(home_page.url)).select_one(FOOTER_NAV) is None


def test_publishing_a_page_updates_the_cached_links(client, home_page):
    page = InformationPageFactory(parent=home_page, title="Contact", live=False)
    assert footer_links(client, home_page.url) == []
    page.save_revision().publish()
    assert [title for title, _ in footer_links(client, home_page.url)] == ["Contact"]


def test_renaming_unpublishing_or_restricting_a_page_updates_the_cached_links(client, home_page):
    page = InformationPageFactory(parent=home_page, title="Contact")
    assert [title for title, _ in footer_links(client, home_page.url)] == ["Contact"]
    page.title = "Nous écrire"
    page.save_revision().publish()
    assert [title for title, _ in footer_links(client, home_page.url)] == ["Nous écrire"]
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert footer_links(client, home_page.url) == []
    restriction.delete()
    assert [title for title, _ in footer_links(client, home_page.url)] == ["Nous écrire"]
    page.unpublish()
    assert footer_links(client, home_page.url) == []


def test_deleting_a_page_updates_the_cached_links(client, home_page):
    page = InformationPageFactory(parent=home_page, title="Contact")
    assert footer_links(client, home_page.url) != []
    page.delete()
    assert footer_links(client, home_page.url) == []


def test_the_footer_reads_no_page_once_warm(client, home_page):
    for number in range(4):
        InformationPageFactory(parent=home_page, title=f"Page {number}")
    assert len(footer_links(client, home_page.url)) == 4
    with CaptureQueriesContext(connection) as queries:
        assert client.get(home_page.url).status_code == 200
    assert not [query for query in queries if "pages_informationpage" in query["sql"]]


def test_moving_a_page_updates_the_order_of_the_cached_links(client, home_page):
    about = InformationPageFactory(parent=home_page, title="À propos")
    InformationPageFactory(parent=home_page, title="Contact")
    assert [title for title, _ in footer_links(client, home_page.url)] == ["À propos", "Contact"]
    about.move(home_page, pos="last-child")
    assert [title for title, _ in footer_links(client, home_page.url)] == ["Contact", "À propos"]
