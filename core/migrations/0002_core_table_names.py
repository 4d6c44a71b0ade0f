"""The moved site-wide pieces' tables take `core_` names, as the app's other tables would."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial"), ("home", "0014_site_pieces_moved_to_core")]

    operations = [
        migrations.AlterModelTable(name="sitecontactsettings", table=None),
        migrations.AlterModelTable(name="mainmenu", table=None),
        migrations.AlterModelTable(name="organisationprofile", table=None),
    ]
