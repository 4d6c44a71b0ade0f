"""A dataset's numbers as plain Python: parsing editors' input and suppressing small counts.

Kept free of Django models so the admin form, the blocks, the charts and the
downloads all read the same rows the same way.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

# 1234, 1,234, 1234.5, 1,234.5, -3 ; a comma is only ever a thousands separator.
NUMBER_PATTERN = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
SEPARATOR_PATTERN = re.compile(r"[;\t]")


class TableError(ValueError):
    """Input that cannot become a table; the message is shown to the editor."""


def parse_number(text):
    """A Decimal from an editor's text, or TableError saying why not."""
    cleaned = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise TableError(_("A value is missing."))
    if not NUMBER_PATTERN.match(cleaned):
        raise TableError(
            _("“%(text)s” is not a number. Use digits, with a full stop for decimals (e.g. 12.5).")
            % {"text": text.strip()}
        )
    try:
        return Decimal(cleaned.replace(",", ""))
    except InvalidOperation as error:  # pragma: no cover - the pattern already rules this out
        raise TableError(_("“%(text)s” is not a number.") % {"text": text}) from error


def split_values(text):
    """The values of one row, entered as '12; 15' (semicolons or tabs between them)."""
    text = (text or "").strip()
    if not text:
        return []
    return [part.strip() for part in SEPARATOR_PATTERN.split(text)]


@dataclass
class Cell:
    value: Decimal
    suppressed: bool = False

    @property
    def shown(self):
        """The value a reader may see: None when suppressed."""
        return None if self.suppressed else self.value


@dataclass
class Row:
    category: str
    cells: list = field(default_factory=list)


@dataclass
class Table:
    series: list
    rows: list
    suppressed_any: bool = False

    def column(self, index):
        return [row.cells[index] for row in self.rows]


def build_table(series, rows, threshold=0, suppress=False):
    """A Table from series names and (category, [Decimal]) pairs.

    With `suppress`, counts from 1 to `threshold - 1` are hidden (shown as '*'),
    as UNHCR does for figures small enough to identify people. Zero is shown.
    """
    table_rows = []
    suppressed_any = False
    for category, values in rows:
        cells = []
        for value in values:
            hidden = bool(suppress and value is not None and 0 < value < threshold)
            suppressed_any = suppressed_any or hidden
            cells.append(Cell(value, hidden))
        table_rows.append(Row(category, cells))
    return Table(list(series), table_rows, suppressed_any)


def parse_csv(text):
    """Series names and rows from pasted CSV (or a spreadsheet's tab-separated copy).

    The first row is the header: a label for the categories, then one column per
    series. Returns (series, [(category, [Decimal])]); raises TableError naming the
    line that is wrong.
    """
    text = (text or "").strip().lstrip("\ufeff")
    if not text:
        raise TableError(_("Paste at least a header row and one data row."))
    dialect = "excel-tab" if "\t" in text.splitlines()[0] else "excel"
    lines = [line for line in csv.reader(io.StringIO(text), dialect=dialect) if any(c.strip() for c in line)]
    if len(lines) < 2:
        raise TableError(_("Paste at least a header row and one data row."))
    header = [cell.strip() for cell in lines[0]]
    series = header[1:]
    if not series or not all(series):
        raise TableError(_("Line 1 must name the categories' column and then each series."))
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = [cell.strip() for cell in line]
        if len(cells) != len(header):
            raise TableError(
                _("Line %(line)d has %(found)d values; the header has %(expected)d columns.")
                % {"line": number, "found": len(cells), "expected": len(header)}
            )
        if not cells[0]:
            raise TableError(_("Line %(line)d has no category name.") % {"line": number})
        values = []
        for text_value in cells[1:]:
            try:
                values.append(parse_number(text_value))
            except TableError as error:
                raise TableError(_("Line %(line)d: %(error)s") % {"line": number, "error": error}) from error
        rows.append((cells[0], values))
    return series, rows
