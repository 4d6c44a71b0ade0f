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


def plain_number(value):
    """'113166' and '80.6': the exact value without trailing zeros or exponent, as files write it."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


def split_values(text):
    """The values of one row, entered as '12; 15' (semicolons or tabs between them)."""
    text = (text or "").strip()
    if not text:
        return []
    return [part.strip() for part in SEPARATOR_PATTERN.split(text)]


# How far a series of percentages may be from 100 for rounding alone, in percentage points.
PERCENT_TOLERANCE = Decimal("0.5")


def percentage_totals_off(series, rows):
    """(series name, total) for each series of percentages further than PERCENT_TOLERANCE from 100.

    `rows` are (category, [Decimal]) pairs; a row too short for a series adds nothing to it.
    The one definition of the rule: the admin form, every saved revision (Dataset.clean) and
    the docs state it.
    """
    off = []
    for position, name in enumerate(series):
        total = sum((values[position] for _category, values in rows if len(values) > position), Decimal(0))
        if abs(total - 100) > PERCENT_TOLERANCE:
            off.append((name, total))
    return off


def percentage_total_error(name, total):
    """The editor's message for a series of percentages whose total is off (see percentage_totals_off)."""
    return _(
        "The percentages in “%(series)s” add up to %(total)s, not 100: more than the ±%(tolerance)s "
        "percentage points that rounding allows. Correct the values, or, if the total is right (figures "
        "rounded, a category left out), say why in “Why the total is not 100%%”; readers see that note."
    ) % {"series": name, "total": total, "tolerance": PERCENT_TOLERANCE}


@dataclass
class Cell:
    value: Decimal
    suppressed: bool = False
    secondary: bool = False  # hidden so that a suppressed count cannot be worked out from a total

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

    @property
    def secondary_any(self):
        return any(cell.secondary for row in self.rows for cell in row.cells)


def build_table(series, rows, threshold=0, suppress=False, also_hidden=frozenset()):
    """A Table from series names and (category, [Decimal]) pairs.

    With `suppress`, counts from 1 to `threshold - 1` are hidden (shown as '*'),
    as UNHCR does for figures small enough to identify people. Zero is shown.
    Then secondary suppression (`suppress_secondary`) hides further cells so that
    no hidden count can be worked out by subtracting the visible cells from a total.
    With `suppress`, the cells `also_hidden` names by (row index, column) are hidden too:
    those another published version of the same figure hides.
    """
    table_rows = []
    suppressed_any = False
    for category, values in rows:
        cells = []
        for value in values:
            hidden = bool(suppress and value is not None and 0 < value < threshold)
            elsewhere = bool(suppress and not hidden and (len(table_rows), len(cells)) in also_hidden)
            suppressed_any = suppressed_any or hidden or elsewhere
            cells.append(Cell(value, hidden or elsewhere, secondary=elsewhere))
        table_rows.append(Row(category, cells))
    if suppressed_any:
        suppress_secondary(table_rows)
    return Table(list(series), table_rows, suppressed_any)


def _lines(rows):
    """Every row and every column of the table, as lists of cells; a line of one cell is its own total."""
    width = max((len(row.cells) for row in rows), default=0)
    lines = [row.cells for row in rows]
    lines += [[row.cells[index] for row in rows if len(row.cells) > index] for index in range(width)]
    return [line for line in lines if len(line) > 1]


def _hide_smallest(cells):
    """Hide the smallest non-zero visible cell of `cells` (a zero if nothing else is left); None if none."""
    visible = [cell for cell in cells if not cell.suppressed and cell.value is not None]
    if not visible:
        return None
    candidates = [cell for cell in visible if cell.value != 0] or visible
    chosen = min(candidates, key=lambda cell: cell.value)  # the first of equals
    chosen.suppressed = chosen.secondary = True
    return chosen


def suppress_secondary(rows):
    """Hide more cells until no hidden cell can be worked out from the totals; returns the cells hidden.

    Every row and column total is treated as published: a total can be printed
    anywhere (a title, a statistic, a press release, a total row) and a reader who
    has it recovers a line's only hidden cell by subtraction. In such a line the
    smallest non-zero visible cell is hidden too (a zero only when nothing else is
    left), and the check repeats over rows and columns until nothing changes.
    Lines with two hidden cells each can still give one away when combined (a
    "bridge", see `_bridge_cells`); those get one more hidden cell the same way.
    """
    hidden = []
    lines = _lines(rows)
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(1 for cell in line if cell.suppressed) == 1:
                chosen = _hide_smallest(line)
                if chosen is not None:
                    hidden.append(chosen)
                    changed = True
        if changed:
            continue
        for candidates in _bridge_cells(rows):
            chosen = _hide_smallest(candidates)
            if chosen is not None:
                hidden.append(chosen)
                changed = True
                break
    return hidden


def _bridge_cells(rows):
    """For each hidden cell a reader could still work out, the visible cells that would protect it.

    Rows and columns (of two cells or more) are the nodes of a graph, hidden cells
    its edges; a one-cell row or column is no constraint, so those ends meet in one
    free node. Adding up the totals of rows on one side of an edge and subtracting
    the columns' isolates that edge exactly when it is a bridge (on no cycle). A
    visible cell joining the bridge's two sides puts it on a cycle.
    """
    width = max((len(row.cells) for row in rows), default=0)
    free = ("free",)
    row_node = {i: ("row", i) if len(row.cells) > 1 else free for i, row in enumerate(rows)}
    col_node = {
        j: ("col", j) if sum(1 for row in rows if len(row.cells) > j) > 1 else free for j in range(width)
    }
    cells = [(i, j, cell) for i, row in enumerate(rows) for j, cell in enumerate(row.cells)]
    edges = [(row_node[i], col_node[j]) for i, j, cell in cells if cell.suppressed]
    adjacency = _adjacency(edges)
    bridges = _bridges(adjacency)  # once, in linear time: a table of hundreds of '*' stays fast
    for index, (a, b) in enumerate(edges):
        if a == b:
            continue  # both ends free: a one-cell table has no total to subtract from
        if index not in bridges:
            continue  # on a cycle: the totals leave it open
        side = _reachable(a, adjacency, skip=index)
        other_side = _reachable(b, adjacency, skip=index)
        yield [
            cell
            for i, j, cell in cells
            if not cell.suppressed
            and {row_node[i], col_node[j]} & side
            and {row_node[i], col_node[j]} & other_side
        ]


def _adjacency(edges):
    """{node: [(neighbour, edge index)]} of the graph whose edges are `edges`."""
    adjacency = {}
    for index, (a, b) in enumerate(edges):
        adjacency.setdefault(a, []).append((b, index))
        adjacency.setdefault(b, []).append((a, index))
    return adjacency


def _bridges(adjacency):
    """Indexes of the edges on no cycle (Tarjan's bridge-finding, without recursion).

    An edge is skipped as its own way back by index, not by node, so two edges
    joining the same nodes (one-cell rows meet in the free node) are a cycle.
    """
    order, low, bridges = {}, {}, set()
    for root in adjacency:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack = [(root, None, iter(adjacency[root]))]
        while stack:
            node, via, neighbours = stack[-1]
            for there, index in neighbours:
                if index == via:
                    continue
                if there in order:
                    low[node] = min(low[node], order[there])
                else:
                    order[there] = low[there] = len(order)
                    stack.append((there, index, iter(adjacency[there])))
                    break
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        bridges.add(via)
    return bridges


def _reachable(start, adjacency, skip=None):
    """The nodes reachable from `start` without the edge numbered `skip`."""
    seen, todo = {start}, [start]
    while todo:
        node = todo.pop()
        for there, index in adjacency.get(node, ()):
            if index != skip and there not in seen:
                seen.add(there)
                todo.append(there)
    return seen


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
