"""An author, a tag and a category whose feeds tests read (see tests/support/feeds.py)."""

import pytest

from tests.factories.authors import AuthorFactory


@pytest.fixture
def author(db):
    return AuthorFactory(name="Léa Roux", slug="lea-roux")
