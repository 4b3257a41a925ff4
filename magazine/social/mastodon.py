"""Sharing on Mastodon: the reader's instance as a bare host name, then its share address.

Mastodon has no central share address: each instance has its own `/share?text=…`. The
reader types the instance's name and is redirected there, so the name is checked as a host
name and nothing else before it goes into a `Location` header.

International names are accepted and encoded to ASCII (IDNA 2008 with UTS #46, as browsers
do): « münchen.social » is `xn--mnchen-3ya.social`. A look-alike name (a Cyrillic « а » in
« mastodon ») is encoded too rather than refused: the reader lands on the `xn--` name, which
is what their browser shows for a name that mixes scripts.
"""

import re
import unicodedata
from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

import idna

# RFC 1035: 253 characters for a name, 63 for each label.
HOSTNAME_MAX_LENGTH = 253
LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
# Characters that make a URL of a host name: scheme, port, path, query, fragment.
URL_PUNCTUATION = re.compile(r"[:/?#\\\[\]]")

EXAMPLE = "mastodon.social"
INVALID = _("Ce nom d'instance n'est pas valide : vérifiez-le (par exemple %(example)s).")
NOT_BARE = _(
    "Indiquez seulement le nom de l'instance, sans « https:// », chemin ni port "
    "(par exemple %(example)s)."
)
NOT_AN_ACCOUNT = _(
    "Indiquez l'instance seule, sans votre identifiant : pour @lea@%(example)s, "
    "écrivez %(example)s."
)
NO_DOT = _("Un nom d'instance contient au moins un point, comme %(example)s.")
INVISIBLE = _("Le nom de l'instance ne peut contenir ni espace ni caractère invisible.")


def _refuse(message: str, code: str) -> ValidationError:
    return ValidationError(message, code=code, params={"example": EXAMPLE})


def has_invisible_characters(text: str) -> bool:
    """Return whether `text` holds a space, a control or a format (invisible) character."""
    return any(unicodedata.category(char)[0] in "CZ" for char in text)


def instance_hostname(value: str) -> str:
    """Return the instance's host name in lower-case ASCII, or raise a ValidationError whose
    message tells the reader what to type instead."""
    if has_invisible_characters(value):
        raise _refuse(INVISIBLE, "invisible")
    if "@" in value:
        raise _refuse(NOT_AN_ACCOUNT, "account")
    if URL_PUNCTUATION.search(value):
        raise _refuse(NOT_BARE, "not_bare")
    try:
        hostname = idna.encode(value, uts46=True, std3_rules=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as error:
        raise _refuse(INVALID, "invalid") from error
    labels = hostname.split(".")
    if len(labels) < 2:
        raise _refuse(NO_DOT, "no_dot")
    # The last label starts with a letter: a top-level domain, never an IP address.
    if (
        len(hostname) > HOSTNAME_MAX_LENGTH
        or not all(LABEL.fullmatch(label) for label in labels)
        or not labels[-1][0].isalpha()
    ):
        raise _refuse(INVALID, "invalid")
    return hostname


def share_url(instance: str, url: str, text: str = "") -> str:
    """Return the instance's share address, its compose box filled with `text` and `url`."""
    message = f"{text} {url}" if text else url
    return f"https://{instance}/share?{urlencode({'text': message}, quote_via=quote)}"
