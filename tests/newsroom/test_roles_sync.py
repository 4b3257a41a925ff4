"""The roles and the review workflow the migrations create, in French, and keep in step."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowTask,
)

import pytest

from magazine.newsroom.review import TASK_NAME, WORKFLOW_NAME, sync_review_workflow
from magazine.newsroom.roles import CHIEFS, MODERATORS, ROLES, WRITERS, sync_roles
from tests.factories.pages import ArticlePageFactory, CategoryPageFactory

ENGLISH_NAMES = {"Editors", "Moderators", "Moderators approval"}


def sync() -> None:
    """Run what the newsroom's migrations run."""
    sync_roles(apps)
    sync_review_workflow(apps)


def snapshot() -> dict[str, set]:
    """Return the groups, their permissions and the workflows, as rows."""
    return {
        "groups": set(Group.objects.values_list("pk", "name")),
        "permissions": set(Group.permissions.through.objects.values_list("group", "permission")),
        "pages": set(GroupPagePermission.objects.values_list("group", "page", "permission")),
        "collections": set(
            GroupCollectionPermission.objects.values_list("group", "collection", "permission")
        ),
        "tasks": set(Task.objects.values_list("pk", "name", "active")),
        "task_groups": set(
            GroupApprovalTask.groups.through.objects.values_list("groupapprovaltask", "group")
        ),
        "workflows": set(Workflow.objects.values_list("pk", "name", "active")),
        "workflow_tasks": set(WorkflowTask.objects.values_list("workflow", "task", "sort_order")),
        "workflow_pages": set(Workflow.objects.values_list("pk", "workflow_pages__page")),
    }


def page_permissions(group: str, page: Page) -> set[str]:
    rows = GroupPagePermission.objects.filter(group__name=group, page=page)
    return set(rows.values_list("permission__codename", flat=True))


def test_the_roles_exist_with_french_names(db):
    assert set(Group.objects.values_list("name", flat=True)) == {WRITERS, CHIEFS, MODERATORS}


def test_the_review_workflow_exists_with_french_names(db):
    (workflow,) = Workflow.objects.all()
    assert workflow.name == WORKFLOW_NAME
    (task,) = [workflow_task.task.specific for workflow_task in workflow.workflow_tasks.all()]
    assert task.name == TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == [CHIEFS]
    assert [task.name for task in Task.objects.all()] == [TASK_NAME]


def test_no_english_group_workflow_or_task_is_left(db):
    assert not Group.objects.filter(name__in=ENGLISH_NAMES).exists()
    assert not Workflow.objects.filter(name__in=ENGLISH_NAMES).exists()
    assert not Task.objects.filter(name__in=ENGLISH_NAMES).exists()


def test_every_article_goes_through_the_review(category, other_category):
    for parent in (category, other_category):
        article = ArticlePageFactory(parent=parent, live=False)
        assert article.get_workflow().name == WORKFLOW_NAME


def test_a_new_category_opens_to_writers_only(home_page):
    category = CategoryPageFactory(parent=home_page)
    assert page_permissions(WRITERS, category) == {"add_page", "change_page"}
    assert page_permissions(WRITERS, home_page) == set()
    assert page_permissions(MODERATORS, category) == set()


def test_running_the_sync_again_changes_nothing(category, other_category):
    before = snapshot()
    sync()
    assert snapshot() == before


def test_the_sync_sets_changed_permissions_right_again(category):
    before = snapshot()
    writers = Group.objects.get(name=WRITERS)
    GroupPagePermission.objects.filter(group=writers, page=category).delete()
    GroupPagePermission.objects.create(
        group=writers, page=category, permission=Permission.objects.get(codename="publish_page")
    )
    writers.permissions.add(Permission.objects.get(codename="change_user"))
    Group.objects.get(name=MODERATORS).permissions.clear()
    GroupApprovalTask.objects.get().groups.add(writers)
    sync()
    assert snapshot() == before


def test_the_sync_takes_over_wagtails_default_groups_with_their_members(db, django_user_model):
    chiefs = Group.objects.get(name=CHIEFS)
    chiefs.name = "Moderators"
    chiefs.save()
    Workflow.objects.update(name="Moderators approval")
    Task.objects.update(name="Moderators approval")
    editor = django_user_model.objects.create_user("marie")
    editor.groups.add(chiefs)
    sync()
    assert editor.groups.get().name == CHIEFS
    assert Group.objects.get(pk=chiefs.pk).name == CHIEFS
    assert not Group.objects.filter(name__in=ENGLISH_NAMES).exists()
    assert [workflow.name for workflow in Workflow.objects.all()] == [WORKFLOW_NAME]
    assert [task.name for task in Task.objects.all()] == [TASK_NAME]


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.name)
def test_every_permission_a_role_names_exists_once_its_app_is_installed(db, role):
    names = {
        *role.permissions,
        *role.tree_permissions,
        *role.category_permissions,
        *role.collection_permissions,
    }
    for name in names:
        app_label, codename = name.split(".")
        if app_label in {config.label for config in apps.get_app_configs()}:
            assert Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).exists(), name
