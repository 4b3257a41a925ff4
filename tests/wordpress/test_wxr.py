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


@pytest.mark.parametrize(
    ("name", "version"), [("wxr-1.1-http.xml", "1.1"), ("magazine.xml", "1.2")]
)
def test_wxr_1_1_and_1_2_with_the_http_namespace_are_read(name, version):
    found = entries(name)
    assert found[-1].version == version
    assert any(isinstance(entry, wxr.Item) and entry.post_type == "post" for entry in found)


def test_zero_dates_are_no_dates():
    post = next(e for e in entries("cases.xml") if isinstance(e, wxr.Item) and e.post_id == 55)
    assert (post.published_at, post.modified_at) == (None, None)


def test_missing_fields_get_wordpress_defaults():
    post = next(e for e in entries("cases.xml") if isinstance(e, wxr.Item) and e.post_id == 53)
    assert (post.post_type, post.status, post.slug, post.creator, post.content) == (
        "post",
        "draft",
        "",
        "",
        "",
    )
    assert (post.parent, post.password, post.sticky, post.terms, post.comments) == (
        0,
        "",
        False,
        (),
        (),
    )
