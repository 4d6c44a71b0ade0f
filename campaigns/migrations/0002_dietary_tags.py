"""The fixed dietary vocabulary (see DietaryTag): one row per code."""

from django.db import migrations

CODES = ["halal", "vegetarian", "vegan", "gluten-free", "dairy-free", "contains-nuts", "spicy"]


def create_tags(apps, schema_editor):
    DietaryTag = apps.get_model("campaigns", "DietaryTag")
    for code in CODES:
        DietaryTag.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0001_initial")]

    operations = [migrations.RunPython(create_tags, migrations.RunPython.noop)]
