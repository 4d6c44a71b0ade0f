"""Helpers every app's demo content uses, so each `demo.py` stays a list of facts.

Every helper is idempotent: it finds what an earlier run made and returns it
unchanged, so `load_demo_content` can run any number of times.
"""

import io
import zlib

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from .models import MainMenu

PALETTE = ["#0033a0", "#2a7ab0", "#1f6f43", "#8a4b00", "#6b2c91", "#a23b3b", "#00655f"]


def site_root(locale):
    """The default site's root page (that language's home page) in `locale`, or None before it exists."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = site.root_page.get_translation_or_none(locale) if site else None
    return root.specific if root else None


def ensure_locales():
    """A Locale for every configured content language; returns them by code."""
    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _created = Locale.objects.get_or_create(language_code=code)
    return locales


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def demo_image(title, description, seed=None, size=(1200, 675)):
    """A generated placeholder photograph: soft bands of colour and a few shapes.

    The image's description is its alt text, so it is always set.
    """
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    number = zlib.crc32((seed or title).encode("utf-8"))
    base = PALETTE[number % len(PALETTE)]
    accent = PALETTE[(number // 7) % len(PALETTE)]
    canvas = PILImage.new("RGB", size, base)
    draw = ImageDraw.Draw(canvas)
    width, height = size
    for band in range(6):
        top = int(height * band / 6)
        shade = 18 * band
        draw.rectangle([0, top, width, top + height // 6], fill=_lighten(base, shade))
    for circle in range(4):
        radius = height // (3 + circle)
        centre_x = (number >> (circle * 3)) % width
        centre_y = height // 2 + (circle - 2) * height // 8
        draw.ellipse(
            [centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius],
            fill=_lighten(accent, 40 + circle * 20),
        )
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=70)
    file_name = f"demo-{number:08x}.jpg"
    return image_model.objects.create(
        title=title,
        description=description,
        file=ImageFile(buffer, name=file_name),
    )


def _lighten(hex_colour, amount):
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(min(255, channel + amount) for channel in (red, green, blue))


def child_page(parent, model, slug, **fields):
    """The live child of `parent` with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate(instance, locales=None):
    """Create wagtail-localize translations (synced, not copies) where missing.

    Untranslated segments show the source text until a translator works on them.
    Pages must be translated parents first, which each app's demo does by
    calling this on its pages from the top down.
    """
    if locales is None:
        locales = Locale.objects.exclude(pk=instance.locale_id)
    missing = [locale for locale in locales if not _has_translation(instance, locale)]
    if missing:
        TranslationCreator(user=None, target_locales=missing).create_translations(instance)
        _publish_new_translations(instance, missing)
        if isinstance(instance, Page):
            transaction.on_commit(lambda: _recount_translated_parents(instance))
    return instance


def _publish_new_translations(instance, locales):
    """Publish the new translations of a live source.

    WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False, so a translation a
    translator starts in the admin is a draft until they publish it. The demo
    content (and the tests' fixtures) want every locale's tree live at once,
    showing source text where a segment is not translated yet.
    """
    if not getattr(instance, "live", True):
        return
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return

    for translation in Translation.objects.filter(source=source, target_locale__in=locales):
        translation.save_target(publish=True)


def _recount_translated_parents(page):
    """Correct the child count of the parents of `page`'s translations.

    wagtail-localize publishes a new translation when the transaction commits,
    from a copy of the page taken when it was created. A translated parent that
    gained children inside the same transaction is then saved with its old
    child count of 0, and Wagtail no longer finds the children (404). This runs
    after those publications, since on-commit callbacks run in order.
    """
    for translation in Page.objects.filter(translation_key=page.translation_key).exclude(depth__lte=2):
        parent_path = translation.path[: -Page.steplen]
        children = Page.objects.filter(path__startswith=parent_path, depth=translation.depth).count()
        Page.objects.filter(path=parent_path).update(numchild=children)


def _has_translation(instance, locale):
    if isinstance(instance, Page):
        return instance.has_translation(locale)
    return type(instance).objects.filter(translation_key=instance.translation_key, locale=locale).exists()


def translate_with(instance, locale_code, strings):
    """Translate `instance` into one locale with hand-written strings.

    `strings` maps each source string to its translation; segments not named
    keep the source text. The strings are stored as wagtail-localize
    translations, so a later sync keeps them.
    """
    locale = Locale.objects.get(language_code=locale_code)
    if _has_translation(instance, locale):
        return  # made by an earlier run; leave it, and a translator's edits, alone
    translate(instance, [locale])
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        translated_text = strings.get(segment.string.data)
        if translated_text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": translated_text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)


def add_menu_link(page, text=""):
    """Append `page` to the source-language main menu unless it is already there,
    and carry the new link into the menu's translations."""
    menu = MainMenu.objects.filter(locale=source_locale()).first()
    if menu is None or any(
        block.value.get("page") and block.value["page"].pk == page.pk for block in menu.links
    ):
        return
    menu.links.append(("link", {"text": text, "page": page, "external_url": ""}))
    menu.save()
    resync_translations(menu)


def append_blocks_once(page, field_name, new_blocks):
    """Append StreamField blocks to a live page unless a block of the first one's type is there.

    Publishes the page and re-syncs its existing translations, so every
    language shows the new blocks. Returns True when the page changed.
    """
    stream = getattr(page, field_name)
    if not new_blocks or any(block.block_type == new_blocks[0][0] for block in stream):
        return False
    for block_type, value in new_blocks:
        stream.append((block_type, value))
    page.save_revision().publish()
    resync_translations(page)
    return True


def fill_empty_fields(page, **fields):
    """Set the fields still empty on a live page, for demo databases loaded before the fields existed.

    Publishes the page and re-syncs its translations only when something
    changed, so a second run makes no new revision. Returns True when it did.
    """
    empty = {name: value for name, value in fields.items() if not getattr(page, name)}
    if not empty:
        return False
    for name, value in empty.items():
        setattr(page, name, value)
    page.save_revision().publish()
    resync_translations(page)
    return True


def resync_translations(instance):
    """Bring the existing translations of `instance` up to date with its source, and publish them."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        translation.save_target(publish=True)


def add_translations(instance, tables):
    """Add hand-written strings to the existing synced translations of `instance`.

    `tables` maps a language code to {source text: translation}. Like
    `translate_with`, but for an object already translated (for example by
    `translate`). Only segments with no translation yet get one, so a
    translator's work is never overwritten; a target is re-saved only when
    something was added to it, so a second run makes no new revision.
    """
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=tables)}
    missing = [locale for locale in locales.values() if not _has_translation(instance, locale)]
    if missing:
        translate(instance, missing)
    # Extract the source's current segments once (what "Sync translated pages" does).
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    added = 0
    for language_code, strings in tables.items():
        added_here = 0
        for segment in segments:
            translated_text = strings.get(segment.string.data)
            if translated_text is None:
                continue
            _translation, created = StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locales[language_code],
                context=segment.context,
                defaults={
                    "data": translated_text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
            added_here += created
        if added_here:
            Translation.objects.get(source=source, target_locale=locales[language_code]).save_target(
                publish=True
            )
        added += added_here
    return added
