"""An information page makes a fixed number of SQL queries, whatever it and the site hold."""

from magazine.articles import stream_data as b
from tests.factories.images import ImageFactory
from tests.factories.pages import InformationPageFactory
from tests.support.queries import warm_query_count

# The budget the page declares, for a warm request (renditions and footer links cached).
INFORMATION_PAGE_QUERIES = 9


def test_information_page_queries_do_not_grow_with_blocks_or_pages(
    client, home_page, legal_settings
):
    picture = ImageFactory()
    blocks = [b.heading("Partie"), b.image(picture.pk, "Légende", alt="Une photo")]
    small = InformationPageFactory(parent=home_page, show_legal_details=True, body=b.body(*blocks))
    blocks += [b.heading(f"Partie {n}") for n in range(10)]
    blocks += [b.paragraph(f"<p>Paragraphe {n}.</p>") for n in range(30)]
    big = InformationPageFactory(parent=home_page, show_legal_details=True, body=b.body(*blocks))
    small_count = warm_query_count(client, small.url)
    for _ in range(5):
        InformationPageFactory(parent=home_page)
    assert warm_query_count(client, big.url) == small_count
    assert small_count <= INFORMATION_PAGE_QUERIES
