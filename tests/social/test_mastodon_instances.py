"""What a reader types as their Mastodon instance: a bare host name, or a message saying why not."""

from django.core.exceptions import ValidationError

import pytest

from magazine.social.mastodon import instance_hostname, share_url


@pytest.mark.parametrize(
    ("typed", "hostname"),
    [
        ("mastodon.social", "mastodon.social"),
        ("Mastodon.Social", "mastodon.social"),
        ("piaille.fr", "piaille.fr"),
        ("social.example-media.co.uk", "social.example-media.co.uk"),
        ("münchen.social", "xn--mnchen-3ya.social"),
        # An ideographic full stop is a dot to IDNA, as to browsers.
        ("mastodon\u3002social", "mastodon.social"),
    ],
)
def test_a_host_name_is_given_back_in_ascii(typed, hostname):
    assert instance_hostname(typed) == hostname


def test_a_look_alike_host_name_goes_to_its_punycode_name():
    # « mаstodon » with a Cyrillic « а »: never the real mastodon.social, and visibly not.
    assert instance_hostname("m\u0430stodon.social") == "xn--mstodon-2fg.social"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("https://mastodon.social", "not_bare"),
        ("mastodon.social/share", "not_bare"),
        ("evil.example/path", "not_bare"),
        ("//evil.example", "not_bare"),
        ("javascript:alert(1)", "not_bare"),
        ("mastodon.social:443", "not_bare"),
        ("mastodon.social?text=x", "not_bare"),
        ("mastodon.social#x", "not_bare"),
        ("[::1]", "not_bare"),
        ("evil.example\\mastodon.social", "not_bare"),
        ("user@evil.example", "account"),
        ("@lea@mastodon.social", "account"),
        ("mastodon.social@evil.example", "account"),
        ("mastodon .social", "invisible"),
        ("mastodon.social\r\nLocation: https://evil.example", "invisible"),
        ("mastodon.social\x00", "invisible"),
        ("\x00", "invisible"),
        ("mastodon\u200b.social", "invisible"),
        ("mastodon.social\u00a0", "invisible"),
        ("\u202emastodon.social", "invisible"),
        ("localhost", "no_dot"),
        ("mastodon", "no_dot"),
        ("127.0.0.1", "invalid"),
        ("mastodon.social.", "invalid"),
        ("mastodon..social", "invalid"),
        (".mastodon.social", "invalid"),
        ("-mastodon.social", "invalid"),
        ("mastodon-.social", "invalid"),
        ("ex_ample.social", "invalid"),
        ("<script>.social", "invalid"),
        ("\U0001f418.social", "invalid"),
        ("a" * 64 + ".social", "invalid"),
        (".".join(["a" * 63] * 4) + ".social", "invalid"),
        ("mastodon.123", "invalid"),
        ("a" * 10_000, "invalid"),
    ],
)
def test_anything_but_a_bare_host_name_is_refused(typed, code):
    with pytest.raises(ValidationError) as refusal:
        instance_hostname(typed)
    assert refusal.value.code == code
    assert "mastodon.social" in refusal.value.messages[0] or code == "invisible"


def test_the_share_address_carries_the_title_then_the_url():
    url = share_url("piaille.fr", "https://magazine.example/jeux/un-article/", "Un titre & co")
    assert url == (
        "https://piaille.fr/share?text=Un%20titre%20%26%20co%20"
        "https%3A%2F%2Fmagazine.example%2Fjeux%2Fun-article%2F"
    )


def test_the_share_address_without_a_title_carries_the_url_alone():
    assert share_url("piaille.fr", "https://magazine.example/") == (
        "https://piaille.fr/share?text=https%3A%2F%2Fmagazine.example%2F"
    )
