"""Site settings every page reads come from the shared cache, and a saved change shows at once."""

import pytest

from magazine.comments.models import CommentSettings
from magazine.feeds.models import FeedSettings
from magazine.social.models import SocialSettings

CHANGES = [
    (SocialSettings, "follow_title", "Suivez-nous de près"),
    (CommentSettings, "close_after_days", 7),
    (FeedSettings, "full_content", True),
]


@pytest.mark.parametrize(("model", "field", "value"), CHANGES)
def test_a_setting_is_read_once_then_from_the_cache(
    home_page, django_assert_num_queries, model, field, value
):
    site = home_page.get_site()
    model.for_site(site)
    with django_assert_num_queries(0):
        model.for_site(site)


@pytest.mark.parametrize(("model", "field", "value"), CHANGES)
def test_a_saved_setting_is_read_anew(home_page, model, field, value):
    site = home_page.get_site()
    setting = model.for_site(site)
    setattr(setting, field, value)
    setting.save()
    assert getattr(model.for_site(site), field) == value
