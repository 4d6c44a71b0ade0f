"""The editorial roles, their permissions and the "Editorial approval" workflow.

Written once here and applied by a data migration, so every environment has
the same roles without anyone clicking through the admin. `apply_roles` takes
an app registry, so the migration can pass its historical one.

- Editors write and edit pages, statistics and media, and submit for moderation;
  they cannot publish. Statistics and datasets are under the same workflow as
  the news and campaign trees (WORKFLOW_SNIPPETS).
- Moderators also approve, publish, unpublish and schedule (through the workflow
  on moderated trees, never their own revisions).
- Administrators manage everything, including users, menus and settings.
"""

from django.apps import apps as installed_apps
from django.db.models.signals import post_save

from core.translator_groups import TRANSLATOR_GROUPS
from core.workflow import WORKFLOW_NAME

from .models import HomePage

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
SITE_SNIPPETS = [("core", "mainmenu"), ("core", "organisationprofile"), ("core", "sitecontactsettings")]
# Snippets governed like pages: drafts, locking and the "Editorial approval" workflow.
# Their "publish" permission exists only for these (Wagtail adds it to DraftStateMixin
# snippets); Editors never get it, and on them even "publish" goes through approval.
WORKFLOW_SNIPPETS = [("stats", "statistic"), ("stats", "dataset")]

MODEL_PERMISSIONS = {
    "Editors": [(app, model, ["add", "change", "view", "lock"]) for app, model in EDITORIAL_SNIPPETS],
    "Moderators": [
        (app, model, ["add", "change", "delete", "view", "publish", "lock", "unlock"])
        for app, model in EDITORIAL_SNIPPETS
    ],
    "Administrators": [
        *[
            (app, model, ["add", "change", "delete", "view", "publish", "lock", "unlock"])
            for app, model in EDITORIAL_SNIPPETS
        ],
        *[(app, model, ["add", "change", "delete", "view"]) for app, model in SITE_SNIPPETS],
        ("auth", "user", ["add", "change", "delete", "view"]),
        ("auth", "group", ["add", "change", "delete", "view"]),
        ("wagtailcore", "workflow", ["add", "change", "delete"]),
        ("wagtailcore", "task", ["add", "change", "delete"]),
        ("wagtailcore", "locale", ["add", "change", "delete"]),
        ("wagtailcore", "site", ["add", "change", "delete"]),
        ("wagtailredirects", "redirect", ["add", "change", "delete"]),
        # wagtail-localize grants this only to groups named Editors and Moderators.
        ("wagtail_localize", "translation", ["submit"]),
    ],
}

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
    # for the news and campaign trees only (see core/moderation.py).
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
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for app_label, model in WORKFLOW_SNIPPETS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
    return workflow


# Translators: one group per content locale. A translator edits and publishes
# pages only below their locale's home page (page permissions there, given by
# `sync_translator_permissions`), and translates the translatable snippets of
# their own locale. The English source, other locales and wagtail-localize's
# source-side actions ("Translate this page", "Sync translated pages") are
# closed to them; the locale checks for snippets and for wagtail-localize's
# translation views are in home/wagtail_hooks.py.
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRANSLATABLE_SNIPPETS = [*EDITORIAL_SNIPPETS, ("core", "mainmenu"), ("core", "organisationprofile")]
TRANSLATOR_SNIPPET_ACTIONS = ["change", "view", "publish"]


def apply_translator_roles(apps):
    """Create the translator groups with their model permissions. Idempotent."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
    for code, name in TRANSLATOR_GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for app_label, model in TRANSLATABLE_SNIPPETS:
            codenames = [f"{action}_{model}" for action in TRANSLATOR_SNIPPET_ACTIONS]
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )
        groups[code] = group
    sync_translator_page_permissions(apps)
    return groups


def sync_translator_page_permissions(apps=None):
    """Give each translator group page permissions on its locale's home page(s). Idempotent.

    Run by the data migration, by a signal whenever a home page is saved, and by
    `manage.py sync_translator_permissions`. Returns how many permissions were added.
    """
    apps = apps or installed_apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    HomePage = apps.get_model("home", "HomePage")
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=TRANSLATOR_PAGE_PERMISSIONS
        )
    )
    added = 0
    for code, name in TRANSLATOR_GROUPS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for home in HomePage.objects.filter(locale__language_code=code):
            for permission in permissions:
                _permission, created = GroupPagePermission.objects.get_or_create(
                    group=group, page_id=home.pk, permission=permission
                )
                added += created
    return added


def connect_translator_signals():
    """Whenever a home page is saved (a new locale's tree), its translators get permissions on it."""

    def on_home_page_saved(sender, instance, created, raw=False, **kwargs):
        if created and not raw:
            sync_translator_page_permissions()

    post_save.connect(
        on_home_page_saved, sender=HomePage, weak=False, dispatch_uid="translator_page_permissions"
    )
