"""Statistics and datasets become governed like pages (drafts, locking, the approval workflow).

Before this, every saved edit was public at once, so each existing figure
stays live: its latest revision becomes its live revision, and every revision
it has is logged as published (the data page's "previous values" are built
from published revisions only). The new "publish", "lock" and "unlock"
permissions are created here (Wagtail creates them only after all
migrations); home/migrations/0014, which runs after this one, gives them to
the roles and assigns the "Editorial approval" workflow to both snippet types.
"""

from django.db import migrations

MODELS = ("statistic", "dataset")


def _create_permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in MODELS:
        content_type, _created = ContentType.objects.get_or_create(app_label="stats", model=model)
        for action in ("publish", "lock", "unlock"):
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )


def _existing_rows_live(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    for model_name in MODELS:
        model = apps.get_model("stats", model_name)
        content_type, _created = ContentType.objects.get_or_create(app_label="stats", model=model_name)
        for obj in model.objects.all():
            revisions = list(
                Revision.objects.filter(base_content_type=content_type, object_id=str(obj.pk)).order_by(
                    "created_at", "pk"
                )
            )
            obj.live = True
            obj.has_unpublished_changes = False
            if revisions:
                obj.live_revision_id = obj.latest_revision_id or revisions[-1].pk
                obj.first_published_at = revisions[0].created_at
                obj.last_published_at = revisions[-1].created_at
            obj.save(
                update_fields=[
                    "live",
                    "has_unpublished_changes",
                    "live_revision",
                    "first_published_at",
                    "last_published_at",
                ]
            )
            for revision in revisions:
                ModelLogEntry.objects.get_or_create(
                    content_type=content_type,
                    object_id=str(obj.pk),
                    action="wagtail.publish",
                    revision=revision,
                    defaults={
                        "label": str(revision.object_str or obj.pk),
                        "timestamp": revision.created_at,
                        "user_id": revision.user_id,
                        "data": {},
                        "content_changed": True,
                    },
                )


def forwards(apps, schema_editor):
    _create_permissions(apps)
    _existing_rows_live(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0002_figures_draft_state_workflow"),
        ("home", "0012_moderate_translations"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
