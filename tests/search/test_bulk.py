"""Pages saved in bulk are found once their batch is indexed, and publishing indexes again after."""

from search.bulk import indexed_in_bulk
from tests.support.search import article, result_titles


def test_pages_saved_in_bulk_are_found_once_their_batch_is_indexed(client, category):
    with indexed_in_bulk() as batch:
        article(category, "Tablettes graphiques")
        assert result_titles(client, q="tablettes") == []
        batch.flush()
        # The search made before the flush is not served from the cache.
        assert result_titles(client, q="tablettes") == ["Tablettes graphiques"]


def test_what_is_left_is_indexed_at_the_end_of_the_block(client, category):
    with indexed_in_bulk():
        article(category, "Tablettes graphiques")
    assert result_titles(client, q="tablettes") == ["Tablettes graphiques"]


def test_publishing_indexes_at_once_again_after_the_block(client, category):
    with indexed_in_bulk():
        pass
    draft = article(category, "Tablettes graphiques", live=False)
    draft.title = "Liseuses électroniques"
    draft.save_revision().publish()
    assert result_titles(client, q="liseuses") == ["Liseuses électroniques"]
