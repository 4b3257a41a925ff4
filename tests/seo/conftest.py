"""The site as production serves it, at https://magazine.example, and a crawler reading it."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Page, Site

import pytest

from tests.support.sitemaps import HOST, CrawlerClient


@pytest.fixture
def site(home_page, category) -> Site:
    """The default site at https://magazine.example; its home page and category were
    published a month ago."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = HOST, 443
    site.save()
    published_at = timezone.now() - timedelta(days=30)
    Page.objects.filter(pk__in=[home_page.pk, category.pk]).update(
        first_published_at=published_at, last_published_at=published_at
    )
    return site


@pytest.fixture
def crawler(site) -> CrawlerClient:
    """An anonymous client reading https://magazine.example/."""
    return CrawlerClient()
