"""Every correction of a figure, kept and shown: when, what changed (old → new) and why.

Nothing extra is stored: each published revision of the live default-language
copy is a version the public saw, and a version whose numbers differ from the
one before it is a correction, with its date and note. Translations share the
source's numbers (stats/language_neutral.py), so they share its log; the note
is the translator's where their published revision for that correction date
has one, else the source's words marked as such.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from .language_neutral import SourceText
from .table import TableError, parse_number, split_values


@dataclass
class Change:
    what: str  # "value" for a statistic; "<category>, <series>" for a dataset cell
    before: Decimal | None
    after: Decimal | None


@dataclass
class Correction:
    date: object  # datetime.date
    note: str
    revision_id: int  # the published revision with the corrected values
    superseded_revision_id: int | None  # the published revision it replaced
    superseded: object = None  # the figure as the public saw it before (source language)
    changes: list = field(default_factory=list)


def _cells(version):
    """{(row block id, series position): value} of a dataset version; a statistic's single value."""
    if not hasattr(version, "rows"):
        return {("value", 0): version.value}
    cells = {}
    for block in version.rows:
        try:
            values = [parse_number(part) for part in split_values(block.value["values"])]
        except TableError:
            continue
        for position, value in enumerate(values):
            cells[(block.id, position)] = value
    return cells


def _label(cell_key, obj, categories, old_categories):
    row_id, position = cell_key
    if row_id == "value":
        return str(getattr(obj, "label", "")) or "value"
    names = obj.series_names
    series = names[position] if position < len(names) else str(position + 1)
    category = categories.get(row_id) or old_categories.get(row_id, "")
    return f"{category}, {series}" if len(names) > 1 else str(category)


def _categories(version):
    if not hasattr(version, "rows"):
        return {}
    return {block.id: block.value["category"] for block in version.rows}


def _changes(older, newer, obj):
    before, after = _cells(older), _cells(newer)
    labels = {**_categories(older), **_categories(obj)}
    old_labels = _categories(older)
    keys = list(dict.fromkeys([*after, *before]))
    return [
        Change(_label(key, obj, labels, old_labels), before.get(key), after.get(key))
        for key in keys
        if before.get(key) != after.get(key)
    ]


def _published_versions(figure):
    """[(revision, figure as published then)] oldest first."""
    revisions = figure.published_revisions().order_by("created_at", "pk")
    return [(revision, figure.with_content_json(revision.content)) for revision in revisions]


def _translated_notes(obj, source):
    """{correction date: note} from the translation's own published revisions."""
    if obj.pk == source.pk:
        return {}
    notes = {}
    for _revision, version in _published_versions(obj):
        note = (version.correction_note or "").strip()
        if version.corrected_on and note:
            notes[version.corrected_on] = note
    return notes


def correction_log(obj):
    """The corrections of `obj` (or of its source, for a translation), newest first."""
    source = getattr(obj, "source_copy", None) or obj
    versions = _published_versions(source)
    translated_notes = _translated_notes(obj, source)
    log = []
    for (old_revision, older), (revision, newer) in zip(versions, versions[1:], strict=False):
        if older.numbers() == newer.numbers():
            continue
        date = newer.corrected_on or revision.created_at.date()
        english_note = newer.correction_note or ""
        note = translated_notes.get(date)
        if not note or note == english_note:
            note = SourceText(english_note) if english_note else ""
        log.append(
            Correction(
                date=date,
                note=note,
                revision_id=revision.pk,
                superseded_revision_id=old_revision.pk,
                superseded=older,
                changes=_changes(older, newer, obj),
            )
        )
    log.reverse()
    return log
