"""A GIN index on each search entry's title and text vectors together.

core/search.py matches a query against `title || body` (the words of a query
may be in either), so that expression gets its own index; Wagtail's indexes
cover the two columns apart. PostgreSQL only: SQLite uses its FTS5 table.
After this migration, run `manage.py update_index` once on an existing site so
its stored vectors are rebuilt in each page's language (core/search_backend.py).
"""

from django.db import migrations

INDEX = "home_search_document_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING GIN ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_hero_image_alt"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
