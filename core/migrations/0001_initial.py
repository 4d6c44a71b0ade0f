"""The site-wide pieces (contact details, organisation profile, main menu) move here from `home`.

Their tables and rows stay as they are: this migration only tells Django the
models now belong to `core`, and moves their content types (and so their
permissions, translations and reference-index rows) with them. 0002 then
gives the tables `core_` names.
"""

import uuid

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models

import core.link_safety

MOVED = ["sitecontactsettings", "mainmenu", "organisationprofile"]


def move_content_types(apps, schema_editor, old="home", new="core"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        ContentType.objects.filter(app_label=new, model=model).delete()
        ContentType.objects.filter(app_label=old, model=model).update(app_label=new)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, old="core", new="home")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0013_translations_of_private_pages"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SiteContactSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('phone', models.CharField(blank=True, help_text='In international form, e.g. +60 3 1234 5678.', max_length=40, verbose_name='phone')),
                        ('email', models.EmailField(blank=True, help_text="The office's public address.", max_length=254, verbose_name='e-mail')),
                        ('facebook_url', models.URLField(blank=True, help_text='Full address of the page.', verbose_name='Facebook')),
                        ('x_url', models.URLField(blank=True, help_text='Full address of the profile.', verbose_name='X (Twitter)')),
                        ('youtube_url', models.URLField(blank=True, help_text='Full address of the channel.', verbose_name='YouTube')),
                        ('linkedin_url', models.URLField(blank=True, help_text='Full address of the page.', verbose_name='LinkedIn')),
                        ('logo', models.ForeignKey(blank=True, help_text='Optional; the built-in SVG logo is used when empty.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='logo')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'db_table': 'home_sitecontactsettings',
                        'verbose_name': 'contact details',
                    },
                ),
                migrations.CreateModel(
                    name='MainMenu',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('title', models.CharField(help_text="For editors only, e.g. 'Main menu'.", max_length=60, verbose_name='title')),
                        ('links', wagtail.fields.StreamField([('link', 3)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'Say where the link goes; defaults to the page title.', 'label': 'Link text', 'required': False}), 1: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 2: ('core.link_safety.WebURLBlock', (), {'help_text': 'Used when no page is chosen.', 'label': 'External URL', 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('text', 0), ('page', 1), ('external_url', 2)]], {})}, help_text='Shown in this order in the header. Keep to six or fewer.', verbose_name='links')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'db_table': 'home_mainmenu',
                        'verbose_name': 'main menu',
                        'verbose_name_plural': 'main menus',
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(core.link_safety.LinkSafetyMixin, models.Model),
                ),
                migrations.CreateModel(
                    name='OrganisationProfile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(help_text="Full name as shown in the header, e.g. 'International Organization for Migration'.", max_length=120, verbose_name='organisation name')),
                        ('office_name', models.CharField(help_text="The country office, e.g. 'Malaysia'.", max_length=80, verbose_name='office name')),
                        ('address', models.TextField(blank=True, help_text='Postal address, one line per row.', verbose_name='address')),
                        ('footer_text', wagtail.fields.RichTextField(blank=True, help_text='A sentence about the organisation shown in the footer.', verbose_name='footer text')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'db_table': 'home_organisationprofile',
                        'verbose_name': 'organisation profile',
                        'verbose_name_plural': 'organisation profiles',
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(core.link_safety.LinkSafetyMixin, models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
