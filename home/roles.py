"""The editorial roles, their permissions and the "Editorial approval" workflow.

Written once here and applied by a data migration, so every environment has
the same roles without anyone clicking through the admin. `apply_roles` takes
an app registry, so the migration can pass its historical one.

- Editors write and edit pages, statistics and media, and submit for moderation;
  they cannot publish.
- Moderators also approve, publish, unpublish and schedule (through the workflow
  on moderated trees, never their own revisions).
- Administrators manage everything, including users, menus and settings.
"""

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page", "lock_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Administrators": [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}

COLLECTION_PERMISSIONS = {
    "Editors": ["add", "change", "choose"],
    "Moderators": ["add", "change", "choose", "delete"],
    "Administrators": ["add", "change", "choose", "delete"],
}

# Snippets each role may work with: (app label, model name, actions).
EDITORIAL_SNIPPETS = [
    ("stats", "statistic"),
    ("stats", "dataset"),
    ("news", "topic"),
    ("news", "mediacontact"),
    ("campaigns", "dietarytag"),
]
SITE_SNIPPETS = [("home", "mainmenu"), ("home", "organisationprofile"), ("home", "sitecontactsettings")]

MODEL_PERMISSIONS = {
    "Editors": [(app, model, ["add", "change", "view"]) for app, model in EDITORIAL_SNIPPETS],
    "Moderators": [
        (app, model, ["add", "change", "delete", "view", "publish"]) for app, model in EDITORIAL_SNIPPETS
    ],
    "Administrators": [
        *[(app, model, ["add", "change", "delete", "view", "publish"]) for app, model in EDITORIAL_SNIPPETS],
        *[(app, model, ["add", "change", "delete", "view"]) for app, model in SITE_SNIPPETS],
        ("auth", "user", ["add", "change", "delete", "view"]),
        ("auth", "group", ["add", "change", "delete", "view"]),
        ("wagtailcore", "workflow", ["add", "change", "delete"]),
        ("wagtailcore", "task", ["add", "change", "delete"]),
        ("wagtailcore", "locale", ["add", "change", "delete"]),
        ("wagtailcore", "site", ["add", "change", "delete"]),
        ("wagtailredirects", "redirect", ["add", "change", "delete"]),
    ],
}

WORKFLOW_NAME = "Editorial approval"
TASK_NAME = "Moderator approval (four eyes)"


def apply_roles(apps):
    """Create or update the groups, their permissions and the workflow. Idempotent."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")

    groups = {}
    for name in PAGE_PERMISSIONS:
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(access_admin)
        for codename in PAGE_PERMISSIONS[name]:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        for action in COLLECTION_PERMISSIONS[name]:
            for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
                permission = Permission.objects.filter(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                ).first()
                if permission:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
        for app_label, model, actions in MODEL_PERMISSIONS[name]:
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )
    _editorial_workflow(apps, groups["Moderators"])
    return groups


def _editorial_workflow(apps, moderators):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    # Wagtail's own default workflow covers the whole tree; moderation here is
    # for the news and campaign trees only (see moderate_tree).
    WorkflowPage.objects.filter(workflow__name="Moderators approval").delete()
    Workflow.objects.filter(name="Moderators approval").update(active=False)
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    FourEyesApprovalTask = apps.get_model("home", "FourEyesApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    task = FourEyesApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="home", model="foureyesapprovaltask"
        )
        task = FourEyesApprovalTask.objects.create(name=TASK_NAME, active=True, content_type=content_type)
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def moderate_tree(page):
    """Put `page` and everything below it under the "Editorial approval" workflow."""
    from wagtail.models import Workflow, WorkflowPage

    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
