"""The project's French catalogue: compiled as written, and read before Wagtail's."""

import ast
import gettext
from pathlib import Path

from django.conf import settings
from django.utils import translation

import pytest

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES"


def po_messages(path: Path) -> dict:
    """Return the translations of a .po file, keyed as Python's gettext keys a .mo catalogue.

    Enough of the format for our file: comments, msgid, msgid_plural, msgstr and msgstr[n],
    each string possibly continued on the following lines.
    """
    entries: list[dict] = []
    entry: dict = {}
    field = ""
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith('"'):
            entry[field] += ast.literal_eval(line)
            continue
        field, text = line.split(" ", 1)
        if field == "msgid":
            entry = {}
            entries.append(entry)
        entry[field] = ast.literal_eval(text)
    messages = {}
    for entry in entries:
        if not entry["msgid"]:
            continue
        if "msgid_plural" in entry:
            forms = sorted(key for key in entry if key.startswith("msgstr["))
            for form in forms:
                messages[(entry["msgid"], int(form[7:-1]))] = entry[form]
        else:
            messages[entry["msgid"]] = entry["msgstr"]
    return messages


def test_the_compiled_catalogue_matches_the_po_file():
    with (CATALOGUE / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)._catalog
    compiled_messages = {key: text for key, text in catalogue.items() if key != ""}
    assert compiled_messages == po_messages(CATALOGUE / "django.po"), (
        "locale/fr/LC_MESSAGES/django.mo is out of date: run `make messages` and commit it."
    )


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Site name", "Nom du site"),  # a label Wagtail builds, not in its catalogue
        ("Any", "Indifférent"),  # a string Wagtail's French leaves in English
        ("Status: ", "Statut : "),  # a string Wagtail's French gets wrong
    ],
)
def test_our_catalogue_comes_before_wagtails(english, french):
    with translation.override("fr"):
        assert translation.gettext(english) == french
