"""An article with everything search engines read: hero image, two authors, tags."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from magazine.articles import stream_data as b
from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.images import ImageFactory
from tests.factories.pages import ArticlePageFactory

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def article(category) -> ArticlePage:
    """A live article in « Jeux vidéo », first published in winter and updated in summer."""
    return ArticlePageFactory(
        parent=category,
        title="Les consoles portables reviennent",
        slug="consoles-portables",
        standfirst="Elles reviennent en force.",
        hero_image=ImageFactory(),
        hero_image_alt="Une console portable posée sur une table",
        body=b.body(b.heading("Le retour"), b.paragraph("<p>Un marché qui <b>renaît</b>.</p>")),
        first_published_at=datetime(2026, 1, 15, 9, 30, tzinfo=PARIS),
        last_published_at=datetime(2026, 7, 2, 18, 5, tzinfo=PARIS),
        authors=[
            AuthorFactory(name="Léa Roux", slug="lea-roux"),
            AuthorFactory(name="Marc Petit", slug="marc-petit"),
        ],
        tags=["Nintendo", "Consoles"],
    )
