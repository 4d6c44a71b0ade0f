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
from .table import Cell, TableError, parse_number, plain_number, split_values


@dataclass
class Change:
    """One changed number. A value hidden by disclosure control in its version is never given: it is None,
    with `before_suppressed` or `after_suppressed` set, as suppressed cells are in downloads."""

    what: str  # "value" for a statistic; "<category>, <series>" for a dataset cell
    before: Decimal | None
    after: Decimal | None
    before_suppressed: bool = False
    after_suppressed: bool = False

    def text(self):
        """'Myanmar, Female: 131 → 132' as files write it ('*' suppressed, '–' absent)."""
        return f"{self.what}: {value_text(self.before, self.before_suppressed)} → " + value_text(
            self.after, self.after_suppressed
        )


def value_text(value, suppressed=False):
    """A changed number as files write it: '*' when suppressed, '–' when absent (a row added or removed)."""
    if suppressed:
        return "*"
    return "–" if value is None else plain_number(value)


@dataclass
class Correction:
    date: object  # datetime.date
    note: str
    revision_id: int  # the published revision with the corrected values
    superseded_revision_id: int | None  # the published revision it replaced
    superseded: object = None  # the figure as the public saw it before (source language)
    changes: list = field(default_factory=list)


def _cells(version):
    """{(row block id, series position): table Cell} of a dataset version; a statistic's single value.

    The cells are those of the version's own table, so a count it suppressed
    (directly or to protect another) is known as suppressed here too.
    """
    if not hasattr(version, "rows"):
        return {("value", 0): Cell(version.value)}
    table_rows = iter(version.table().rows)  # one per row that parses, in order (Dataset.raw_rows)
    cells = {}
    for block in version.rows:
        try:
            [parse_number(part) for part in split_values(block.value["values"])]
        except TableError:
            continue
        for position, cell in enumerate(next(table_rows).cells):
            cells[(block.id, position)] = cell
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
    changes = []
    for key in dict.fromkeys([*after, *before]):
        old, new = before.get(key), after.get(key)
        old_value, new_value = (old.value if old else None), (new.value if new else None)
        if old_value == new_value:
            continue
        changes.append(
            Change(
                _label(key, obj, labels, old_labels),
                old.shown if old else None,
                new.shown if new else None,
                before_suppressed=bool(old and old.suppressed),
                after_suppressed=bool(new and new.suppressed),
            )
        )
    return changes


def as_published(figure, revision):
    """The figure as `revision` had it, to read only.

    Like `with_content_json`, without checking that each foreign key of the
    old content still exists (a query per version): a version is never saved.
    """
    version = type(figure).from_serializable_data(revision.content, check_fks=False)
    version.pk, version.translation_key, version.locale = figure.pk, figure.translation_key, figure.locale
    version.version_of = figure  # the live figure whose published versions it belongs with
    return version


def _published_versions(figure):
    """[(revision, figure as published then)] oldest first."""
    revisions = figure.published_revisions().order_by("created_at", "pk")
    return [(revision, as_published(figure, revision)) for revision in revisions]


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
    """The corrections of `obj` (or of its source, for a translation), newest first; read once per object.

    Every changed value sets `corrected_on` (and translations show the
    source's), so a figure without one was never corrected and costs no query:
    the data page, which builds every file to show its size, costs the same
    however many figures it lists.
    """
    if obj.pk is None or not obj.corrected_on:
        return []
    if "_correction_log" not in obj.__dict__:
        obj.__dict__["_correction_log"] = _build_log(obj)
    return obj.__dict__["_correction_log"]


def _build_log(obj):
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


def _live_figure(obj):
    """The live default-language figure whose published versions `obj` is one of (or shows)."""
    source = getattr(obj, "source_copy", None) or obj
    return getattr(source, "version_of", None) or source


def hidden_in_any_version(dataset):
    """{(row block id, series position)} that some published version of the dataset hides.

    Each version is suppressed on its own, so a correction can move the hidden
    cells: a cell one version shows and another hides could then be worked out
    by setting the two versions side by side. Every version (the current one,
    each superseded one, their translations) hides all these cells, computed to
    a fixed point since hiding more may need further cells hidden. A dataset
    never corrected has one set of numbers and needs none of this (no query).
    """
    figure = _live_figure(dataset)
    if not dataset.suppresses or figure.pk is None or not figure.corrected_on:
        return frozenset()
    if "_hidden_in_any_version" not in figure.__dict__:
        versions = [version for _revision, version in _published_versions(figure)] + [figure]
        hidden = frozenset()
        while True:
            found = set(hidden)
            for version in versions:
                table_rows = version.build_table(hidden).rows
                for (block_id, _category, _values), row in zip(
                    version.parsed_rows(), table_rows, strict=True
                ):
                    found.update(
                        (block_id, column) for column, cell in enumerate(row.cells) if cell.suppressed
                    )
            if found == hidden:
                break
            hidden = frozenset(found)
        figure.__dict__["_hidden_in_any_version"] = hidden
    return figure.__dict__["_hidden_in_any_version"]
