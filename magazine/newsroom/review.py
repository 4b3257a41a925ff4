"""The review workflow « Relecture »: writers submit, the chief editors approve or send back.

Wagtail's own workflow: one group approval task, assigned to the root of the page tree so it
covers every article, in every category, present or future. Approving publishes the article,
or schedules it when its draft has a go-live date; requesting changes sends it back to its
writer with the comment, and Wagtail e-mails the writer (and the chief editors on submission).
"""

from django.apps.registry import Apps
from django.db.models import Model

from .roles import CHIEFS, ids

WORKFLOW_NAME = "Relecture"
TASK_NAME = "Relecture par la rédaction en chef"
# The name Wagtail's migrations give the workflow and task they create for their default
# « Moderators » group (which the chief editors' role takes over): renamed, never left in English.
WAGTAIL_DEFAULT_NAME = "Moderators approval"


def sync_review_workflow(apps: Apps) -> None:
    """Create or rename the review workflow and its task, and assign it to the whole tree."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    task = named(GroupApprovalTask, TASK_NAME) or GroupApprovalTask(
        content_type=ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )[0]
    )
    task.name, task.active = TASK_NAME, True
    task.save()
    task.groups.set([apps.get_model("auth", "Group").objects.get(name=CHIEFS)])

    workflow = named(Workflow, WORKFLOW_NAME) or Workflow()
    workflow.name, workflow.active = WORKFLOW_NAME, True
    workflow.save()
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for root_id in ids(apps, "wagtailcore", "Page", depth=1):
        WorkflowPage.objects.update_or_create(page_id=root_id, defaults={"workflow": workflow})


def named(model: type[Model], name: str) -> Model | None:
    """Return the row called `name`, else the one Wagtail created in English, else None."""
    return (
        model.objects.filter(name=name).first()
        or model.objects.filter(name=WAGTAIL_DEFAULT_NAME).first()
    )
