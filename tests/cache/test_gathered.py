"""A bulk job's purges and renewals gathered, then sent once a batch rather than once a change."""

from magazine.cache.batches import changes_gathered
from magazine.cache.generations import content_generation, renewals_gathered
from magazine.cache.purge import purges_gathered
from tests.factories.pages import ArticlePageFactory


def test_purges_gathered_wait_for_the_job_then_go_once(purges, committed, category):
    articles = ArticlePageFactory.create_batch(2, parent=category)
    with purges_gathered() as send:
        with committed():
            for article in articles:
                article.save_revision().publish()
        assert purges.tags == [] and purges.urls == []
        with committed():
            send()
    assert len(purges.tags) == 1  # one purge for both pages…
    assert {f"p{article.pk}" for article in articles} <= purges.all_tags
    assert sorted(purges.urls) == sorted(article.full_url for article in articles)


def test_purges_left_at_the_end_of_the_block_are_sent(purges, committed, category):
    article = ArticlePageFactory(parent=category)
    with committed(), purges_gathered():
        article.save_revision().publish()
    assert f"p{article.pk}" in purges.all_tags


def test_renewals_gathered_wait_for_the_job_then_renew_once(category):
    article = ArticlePageFactory(parent=category)
    before = content_generation()
    with renewals_gathered() as renew:
        article.save_revision().publish()
        assert content_generation() == before
        renew()
        renewed = content_generation()
        assert renewed != before
    assert content_generation() == renewed  # nothing more was gathered


def test_changes_dropped_are_neither_sent_nor_renewed(purges, committed, category):
    # A job rolled back at its end (a dry run) changes nothing readers see.
    article = ArticlePageFactory(parent=category)
    before = content_generation()
    with committed(), changes_gathered(dropped=True) as apply:
        article.save_revision().publish()
        apply()
        assert content_generation() == before
        article.save_revision().publish()
    assert purges.tags == [] and purges.urls == []
    assert content_generation() == before
