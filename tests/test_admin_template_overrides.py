"""Wagtail admin templates we copy and change stay Wagtail's, except for our change."""

import re
from pathlib import Path

from django.conf import settings

import wagtail.admin

import pytest

COMMENT = re.compile(r"{% comment .*?{% endcomment %}\s*", re.DOTALL)
# For each copied template, what our copy says in place of Wagtail's text.
OUR_CHANGES = {
    "wagtailadmin/shared/tabs/tab_nav_link.html": {
        'data-w-count-active-class="!w-flex"': (
            'data-action="load@window->w-count#count wagtail:panel-init@document->w-count#count"'
            ' data-w-count-active-class="!w-flex"'
        ),
    },
    "wagtailadmin/shared/formatted_field.html": {
        "{{ label_text }}": "{% translate label_text %}",
    },
    "wagtailadmin/tables/column_header.html": {
        "{% load wagtailadmin_tags %}": "{% load i18n wagtailadmin_tags %}",
        "{{ column.label }}": "{% translate column.label %}",
    },
}


def without_comments(template: str) -> str:
    return "\n".join(line for line in COMMENT.sub("", template).splitlines() if line.strip())


@pytest.mark.parametrize("name", OUR_CHANGES)
def test_a_copied_admin_template_differs_from_wagtails_only_by_our_change(name):
    upstream = (Path(wagtail.admin.__file__).parent / "templates" / name).read_text()
    for theirs, ours in OUR_CHANGES[name].items():
        assert theirs in upstream, f"Wagtail's {name} changed: copy it again and redo our change."
        upstream = upstream.replace(theirs, ours)
    copy = (settings.BASE_DIR / "templates" / name).read_text()
    assert without_comments(copy) == without_comments(upstream), (
        f"Wagtail's {name} changed: copy it again into templates/ and redo our change."
    )
