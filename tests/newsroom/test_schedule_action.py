"""« Programmer… » in the editor's publish actions, for whoever may publish."""

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

import pytest

from magazine.articles.models import ArticlePage
from tests.factories.authors import AuthorFactory
from tests.factories.pages import ArticlePageFactory
from tests.support.html import soup


@pytest.fixture
def draft(category) -> ArticlePage:
    article = ArticlePageFactory(parent=category, live=False, authors=[AuthorFactory()])
    article.save_revision()
    return article


def user_who_may(django_user_model, home_page, *actions: str):
    """A user of the admin who may `actions` (« add », « change », « publish ») on the site."""
    group = Group.objects.create(name=f"Peut {' et '.join(actions)}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for action in actions:
        GroupPagePermission.objects.create(
            group=group,
            page=home_page,
            permission=Permission.objects.get(codename=f"{action}_page"),
        )
    user = django_user_model.objects.create_user(f"user-{'-'.join(actions)}", password="x")
    user.groups.add(group)
    return user


def schedule_actions(client, article: ArticlePage) -> list:
    """Return the « Programmer… » buttons of the footer's publish actions of `article`."""
    page = soup(client.get(f"/admin/pages/{article.pk}/edit/"))
    footer = page.select_one("footer")
    return [
        button for button in footer.select("button") if button.get_text(strip=True) == "Programmer…"
    ]


def test_who_may_publish_opens_wagtails_scheduling_dialog_from_the_publish_actions(
    client, django_user_model, home_page, draft
):
    client.force_login(user_who_may(django_user_model, home_page, "change", "publish"))
    (button,) = schedule_actions(client, draft)
    assert button["type"] == "button"
    dialog_id = button["data-a11y-dialog-show"]
    page = soup(client.get(f"/admin/pages/{draft.pk}/edit/"))
    assert page.find(id=dialog_id).find(string="Définir la programmation de publication")


def test_who_may_not_publish_has_no_programmer_action(client, django_user_model, home_page, draft):
    client.force_login(user_who_may(django_user_model, home_page, "change"))
    assert schedule_actions(client, draft) == []
