"""The author whose feed tests read (see tests/support/feeds.py), on the site's home page."""

import pytest

from tests.factories.authors import AuthorFactory


@pytest.fixture
def author(home_page):
    return AuthorFactory(name="Léa Roux", slug="lea-roux")
