"""Wagtail admin templates we copy and change stay Wagtail's, except for our change."""

import re
from pathlib import Path

from django.conf import settings

import wagtail.admin

COMMENT = re.compile(r"{% comment .*?{% endcomment %}\s*", re.DOTALL)
# What our copy adds to each template, removed before comparing it with Wagtail's.
OUR_CHANGES = {
    "wagtailadmin/shared/tabs/tab_nav_link.html": [
        ' data-action="load@window->w-count#count wagtail:panel-init@document->w-count#count"'
    ],
}


def without_comments(template: str) -> str:
    return "\n".join(line for line in COMMENT.sub("", template).splitlines() if line.strip())


def test_copied_admin_templates_differ_from_wagtails_only_by_our_change():
    wagtail_templates = Path(wagtail.admin.__file__).parent / "templates"
    for name, changes in OUR_CHANGES.items():
        ours = (settings.BASE_DIR / "templates" / name).read_text()
        for change in changes:
            assert change in ours, f"{name}: our change is gone"
            ours = ours.replace(change, "")
        upstream = (wagtail_templates / name).read_text()
        assert without_comments(ours) == without_comments(upstream), (
            f"Wagtail's {name} changed: copy it again into templates/ and redo our change."
        )
