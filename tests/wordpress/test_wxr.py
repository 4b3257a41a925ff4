"""The WXR reader: both namespace spellings, missing fields and WordPress' empty dates."""

from datetime import UTC, datetime

import pytest

from magazine.wordpress import wxr

from .conftest import EXPORTS


def entries(name: str) -> list:
    return list(wxr.read_entries(EXPORTS / name))


def test_wxr_1_0_with_https_namespace_is_read():
    found = entries("wxr-1.0-https.xml")
    channel = found[-1]
    assert (channel.version, channel.link) == ("1.0", "http://vieux.example")
    assert [term.nicename for term in channel.categories] == ["humeurs"]
    post = next(entry for entry in found if isinstance(entry, wxr.Item))
    assert (post.post_id, post.slug, post.status, post.creator) == (
        5,
        "premier-billet",
        "publish",
        "paul",
    )
    assert [t.nicename for t in post.terms_of("category")] == ["humeurs"]


def test_empty_gmt_date_falls_back_to_the_local_date():
    post = next(e for e in entries("wxr-1.0-https.xml") if isinstance(e, wxr.Item))
    # 11:00 in Paris in March is 10:00 UTC.
    assert post.published_at == datetime(2009, 3, 3, 10, 0, tzinfo=UTC)


def test_items_carry_meta_comments_and_terms():
    items = {e.post_id: e for e in entries("magazine.xml") if isinstance(e, wxr.Item)}
    post = items[10]
    assert post.meta_value("_thumbnail_id") == "30"
    assert post.meta_values("_wp_old_slug") == ["jeux-de-l-ete"]
    assert post.sticky and post.password == ""
    assert items[14].password == "sesame"
    assert items[19].post_type == "nav_menu_item"
    assert items[11].title == "" and items[11].slug == ""
    assert items[30].attachment_url.endswith("/2024/05/chat.png")


@pytest.mark.parametrize("name", ["truncated.xml", "not-xml.xml", "not-wxr.xml", "entities.xml"])
def test_unreadable_files_raise_one_french_error(name):
    with pytest.raises(wxr.WXRError):
        entries(name)
