"""One number in every language: a translation of a figure shows the live source's numbers.

Numbers, units, dates, flags and links are the same in every language, so a
translation reads them from the live default-language copy (its "source") at
render time instead of from its own row. A correction published in English is
then right on `/ms/`, `/ar/` and the rest on the very next request, with no
"Sync translated snippets" and no re-publish by translators.

What a translator writes stays the translation's own: labels, titles, notes,
category and series names. Where the source has text the translation lacks
(a category added after the translation, a correction note not yet
translated), the source's words are shown as `SourceText`, which templates mark
with `lang` so screen readers use the right voice.
"""

from django.conf import settings
from wagtail.blocks import StreamValue
from wagtail_localize.fields import SynchronizedField


class SourceText(str):
    """Text shown in the source language because the translation has none yet."""

    lang = settings.LANGUAGE_CODE


def _synchronised_fields(model):
    return [field.field_name for field in model.translatable_fields if isinstance(field, SynchronizedField)]


def _in_source_language(text):
    return SourceText(text) if text else text


def _merged_stream(copy, source, field_name, text_of):
    """The source's blocks (ids and order) with the copy's text for blocks it has translated.

    wagtail-localize keeps block ids when it translates a StreamField, so a
    block's translation is the copy's block with the same id. Returns the new
    stream and the ids of blocks whose text is still the source's.
    """
    translated = {item["id"]: item["value"] for item in getattr(copy, field_name).raw_data}
    merged, untranslated = [], set()
    for item in getattr(source, field_name).raw_data:
        own = translated.get(item["id"])
        value = item["value"]
        # Text still equal to the source's was never translated (wagtail-localize copies it).
        if own is not None and text_of(own) and text_of(own) != text_of(value):
            value = text_of.merge(value, own)
        else:
            untranslated.add(item["id"])
        merged.append({"type": item["type"], "id": item["id"], "value": value})
    block = copy._meta.get_field(field_name).stream_block
    return StreamValue(block, merged, is_lazy=True), untranslated


class _SeriesName:
    def __call__(self, value):
        return value

    def merge(self, source_value, own_value):
        return own_value


class _RowCategory:
    def __call__(self, value):
        return value.get("category")

    def merge(self, source_value, own_value):
        return {**source_value, "category": own_value["category"]}


def adopt_source(copy, source):
    """Give `copy` (a translation) the numbers of `source` (its live default-language copy).

    Changes `copy` in memory only and returns it; `copy.own_corrected_on`
    keeps the correction date the translator last worked from.
    """
    if source is None or copy.pk == source.pk or copy.translation_key != source.translation_key:
        return copy
    copy.own_corrected_on = copy.corrected_on
    for name in _synchronised_fields(type(copy)):
        setattr(copy, name, getattr(source, name))
    note_translated = (
        copy.own_corrected_on == source.corrected_on
        and copy.correction_note
        and copy.correction_note != source.correction_note
    )
    if not note_translated:
        copy.correction_note = _in_source_language(source.correction_note)
    if getattr(source, "total_note", "") and (not copy.total_note or copy.total_note == source.total_note):
        copy.total_note = _in_source_language(source.total_note)
    if hasattr(copy, "rows"):
        copy.series, untranslated_series = _merged_stream(copy, source, "series", _SeriesName())
        copy.rows, untranslated_rows = _merged_stream(copy, source, "rows", _RowCategory())
        copy.source_language_blocks = untranslated_series | untranslated_rows
    copy.source_copy = source
    return copy


def in_source_language(text, block_id, copy):
    """`text` marked as the source's words when `copy` shows that block untranslated."""
    if block_id in getattr(copy, "source_language_blocks", ()):
        return SourceText(text)
    return text


def adopt_sources(copies, model):
    """Apply `adopt_source` to every translation in `copies`, fetching live sources in one query."""
    sources = {
        source.translation_key: source
        for source in model.objects.filter(
            translation_key__in={copy.translation_key for copy in copies},
            live=True,
            locale__language_code=settings.LANGUAGE_CODE,
        ).select_related("locale")
    }
    for copy in copies:
        adopt_source(copy, sources.get(copy.translation_key))
    return copies
