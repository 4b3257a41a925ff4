"""The magazine as a publication, for news aggregators: its name and its language."""

from django.conf import settings
from django.http import HttpRequest

from wagtail.models import Site


def publication_name(request: HttpRequest) -> str:
    """The publication's name: `NEWS_PUBLICATION_NAME` if set, else the Wagtail Site's name.

    The Site's name is what every page's header and title print, and editors change it in
    the admin; Google News wants the name it knows the publication by, exactly, which the
    setting gives when that differs. `WAGTAIL_SITE_NAME` stands in for a Site without one.
    """
    if settings.NEWS_PUBLICATION_NAME:
        return settings.NEWS_PUBLICATION_NAME
    site = Site.find_for_request(request)
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


def publication_language() -> str:
    """The language of the publication's articles, as an ISO 639 code: « fr »."""
    return settings.LANGUAGE_CODE.split("-")[0]
