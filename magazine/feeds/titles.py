"""The titles of the feeds, the same in the feed itself and in the pages that announce it."""

from django.utils.translation import gettext as _

from wagtail.models import Site

DEFAULT_SITE_NAME = "Magazine"


def site_name(site: Site | None) -> str:
    """Return the name readers know the site by."""
    return (site.site_name if site else "") or DEFAULT_SITE_NAME


def feed_title(site: Site | None, subject: str = "") -> str:
    """Return a feed's title: the site's name, after the feed's subject if it has one."""
    if not subject:
        return site_name(site)
    return _("%(subject)s · %(site)s") % {"subject": subject, "site": site_name(site)}


def tag_subject(name: str) -> str:
    """Return how a tag is named as the subject of a feed, as its page names it."""
    return _("Mot-clé « %(name)s »") % {"name": name}
