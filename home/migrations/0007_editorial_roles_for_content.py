"""Give the editorial roles their permissions on the content snippets.

0003 created the roles before the statistics, news and campaign models
existed; this runs the same idempotent role definition again once they do.
"""

from django.db import migrations

from home.migrations import _roles


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_timeline_statistic"),
        ("stats", "0001_initial"),
        ("news", "0003_topic_background_page"),
        ("campaigns", "0003_alter_campaignpage_body"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(_roles.create_roles, migrations.RunPython.noop)]
