"""Translations of a moderated section are moderated by the same workflow (core/moderation.py)."""

from django.db import migrations


def moderate_translations(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for governed in WorkflowPage.objects.select_related("page"):
        translations = Page.objects.filter(translation_key=governed.page.translation_key).exclude(
            pk=governed.page_id
        )
        for page in translations:
            WorkflowPage.objects.get_or_create(page=page, defaults={"workflow_id": governed.workflow_id})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_web_url_blocks"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(moderate_translations, migrations.RunPython.noop)]
