"""Every page editor has Wagtail's « Vérifications » panel; the preview runs its checker.

Wagtail shows the panel for previewable pages and runs axe in the preview, through the
userbar of the page's own template (`{% wagtailuserbar %}` in base.html).
"""

import json

import pytest

from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory, InformationPageFactory
from tests.support.article_forms import article_form
from tests.support.html import soup

# Rules of Wagtail's checker that matter most for a magazine's pages.
EXPECTED_RULES = {"heading-order", "alt-text-quality", "link-name", "empty-heading"}


def editor_urls(home_page, category) -> dict[str, str]:
    article = ArticlePageFactory(parent=category)
    information = InformationPageFactory(parent=home_page)
    return {
        "new article": f"/admin/pages/add/articles/articlepage/{category.pk}/",
        "article": f"/admin/pages/{article.pk}/edit/",
        "category": f"/admin/pages/{category.pk}/edit/",
        "information page": f"/admin/pages/{information.pk}/edit/",
        "home page": f"/admin/pages/{home_page.pk}/edit/",
    }


@pytest.mark.parametrize(
    "editor", ["new article", "article", "category", "information page", "home page"]
)
def test_every_page_editor_has_the_checks_panel(admin_client, home_page, category, editor):
    html = soup(admin_client.get(editor_urls(home_page, category)[editor]))
    toggle = html.select_one("[data-side-panel-toggle=checks]")
    assert toggle is not None
    assert toggle["aria-label"] == "Activer/désactiver les vérifications"
    panel = html.select_one("[data-side-panel=checks]")
    assert "Problèmes trouvés" in panel.get_text()
    configuration = json.loads(html.select_one("#checker-axe-configuration").string)
    assert set(configuration["options"]["runOnly"]) >= EXPECTED_RULES


def test_the_article_preview_runs_the_checker(admin_client, category):
    article = ArticlePageFactory(parent=category, authors=[AuthorFactory()])
    preview_url = f"/admin/pages/{article.pk}/edit/preview/"
    data = article_form(article, [("heading", {"text": "Un titre", "level": "h2"})])
    assert admin_client.post(preview_url, data).json()["is_valid"] is True
    html = soup(admin_client.get(preview_url, {"in_preview_panel": "true"}))
    configuration = html.find(id="checker-axe-configuration")
    assert configuration is not None
    assert configuration.find_parent(id="wagtail-userbar-template") is not None
