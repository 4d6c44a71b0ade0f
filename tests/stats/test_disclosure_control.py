"""Secondary suppression: no hidden count can be worked out from what readers see.

A reader sees the visible cells and may know every row and column total (a title
such as "2,446 refugees", a statistic on the site, a press release). The attack
below uses all of them and asks, for each '*', whether only one value fits.
"""

import re
from decimal import Decimal

import pytest

from stats.demo import DATASETS, STATISTICS
from stats.table import Cell, Row, Table, build_table, suppress_secondary
from tests.factories.stats import DatasetFactory, StatisticFactory, rows, series

D = Decimal


# --- the reader's attack -------------------------------------------------------------------------


def published_totals(table):
    """Every total a reader might have: rows and columns of two cells or more, and the grand total."""
    cells = [(i, j, cell) for i, row in enumerate(table.rows) for j, cell in enumerate(row.cells)]
    lines = [[(i, j) for i2, j, _c in cells if i2 == i] for i in range(len(table.rows))]
    lines += [[(i, j) for i, j2, _c in cells if j2 == j] for j in range(len(table.series))]
    lines = [line for line in lines if len(line) > 1]
    if len(cells) > 1:  # a one-cell table's total is the cell itself: publishing it is not suppressing it
        lines.append([(i, j) for i, j, _c in cells])
    values = {(i, j): cell.value for i, j, cell in cells}
    return [(line, sum((values[key] for key in line), D(0))) for line in lines]


def recoverable(table, totals=None, threshold=None):
    """The hidden cells whose value the visible cells and `totals` pin down, as {(row, column): value}.

    Every '*' is taken to be a whole number of at least 0. With `threshold`, the reader
    is also told which '*' are small counts (1 to threshold - 1), a stronger attack.
    """
    totals = published_totals(table) if totals is None else totals
    hidden = [
        (i, j) for i, row in enumerate(table.rows) for j, cell in enumerate(row.cells) if cell.suppressed
    ]
    cell_at = {(i, j): cell for i, row in enumerate(table.rows) for j, cell in enumerate(row.cells)}
    index = {key: n for n, key in enumerate(hidden)}
    constraints = []
    for line, total in totals:
        unknown = [index[key] for key in line if key in index]
        known = sum((cell_at[key].value for key in line if key not in index), D(0))
        if unknown:
            constraints.append((unknown, int(total - known)))
    bounds = []
    for key in hidden:
        cell = cell_at[key]
        if threshold and not cell.secondary:
            bounds.append((1, threshold - 1))
        else:
            bounds.append((0, None))
    truth = [int(cell_at[key].value) for key in hidden]
    found = {}
    for n, key in enumerate(hidden):
        if not _solution_with(n, truth[n], len(hidden), constraints, bounds):
            found[key] = truth[n]
    return found


def _solution_with(var, avoid, count, constraints, bounds):
    """True when some whole-number solution gives `var` a value other than `avoid`."""
    order = [var] + [n for n in range(count) if n != var]
    values = {}

    def ceiling(n):
        limits = [
            target - sum(values.get(m, 0) for m in unknown) for unknown, target in constraints if n in unknown
        ]
        top = bounds[n][1]
        candidates = [limit for limit in limits] + ([top] if top is not None else [])
        return min(candidates) if candidates else bounds[n][0] + 1  # unconstrained: any value will do

    def consistent():
        for unknown, target in constraints:
            assigned = [values[m] for m in unknown if m in values]
            if sum(assigned) > target or (len(assigned) == len(unknown) and sum(assigned) != target):
                return False
        return True

    def search(position):
        if position == count:
            return True
        n = order[position]
        for value in range(bounds[n][0], ceiling(n) + 1):
            if n == var and value == avoid:
                continue
            values[n] = value
            if consistent() and search(position + 1):
                return True
            del values[n]
        return False

    return search(0)


def without_secondary(table):
    """The same table with only the small counts hidden, as before secondary suppression."""
    return Table(
        table.series,
        [
            Row(
                row.category, [Cell(cell.value, cell.suppressed and not cell.secondary) for cell in row.cells]
            )
            for row in table.rows
        ],
        table.suppressed_any,
    )


def shown(table):
    return [["*" if cell.suppressed else int(cell.value) for cell in row.cells] for row in table.rows]


# --- the demo figures -----------------------------------------------------------------------------


NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


@pytest.mark.django_db
def test_no_suppressed_demo_cell_can_be_recovered_from_what_is_public(locales):
    statistics = [StatisticFactory(**spec) for spec in STATISTICS]
    public_numbers = {statistic.value for statistic in statistics}
    checked = 0
    for spec in DATASETS:
        dataset = DatasetFactory(
            **{
                **spec,
                "series": series(*spec["series"]),
                "rows": rows(*spec["rows"]),
            }
        )
        words = f"{dataset.title} {dataset.description}"
        numbers = public_numbers | {D(text.replace(",", "")) for text in NUMBER.findall(words)}
        table = dataset.table()
        totals = published_totals(table)
        published = [(line, total) for line, total in totals if total in numbers]
        if not table.suppressed_any:
            continue
        checked += 1
        assert recoverable(table) == {}, dataset.slug  # even with every total known
        assert recoverable(table, threshold=dataset.suppression_threshold) == {}, dataset.slug
        # The attack has teeth: with small counts alone hidden, the published totals give one away.
        assert published, dataset.slug
        assert recoverable(without_secondary(table), published), dataset.slug
    assert checked  # the demo does hide a small count ("Other countries": 3)


@pytest.mark.django_db
def test_countries_of_origin_no_longer_give_away_the_three(locales):
    spec = next(spec for spec in DATASETS if spec["slug"] == "countries-of-origin-q2-2023")
    dataset = DatasetFactory(**{**spec, "series": series(*spec["series"]), "rows": rows(*spec["rows"])})
    table = dataset.table()
    # 2,446 is in the title and is a statistic; 2,446 - 2,443 visible would be the hidden 3.
    assert recoverable(without_secondary(table)) == {(6, 0): 3}
    assert shown(table)[-2:] == [["*"], ["*"]]  # Sri Lanka is hidden with "Other countries"
    assert recoverable(table) == {}


# --- secondary suppression on small tables --------------------------------------------------------


def table_of(*values, threshold=5, suppress=True):
    return build_table(
        [f"s{j}" for j in range(len(values[0]))],
        [(f"r{i}", [D(v) for v in row]) for i, row in enumerate(values)],
        threshold=threshold,
        suppress=suppress,
    )


def test_one_suppressed_cell_in_a_row_with_a_total_hides_a_second_cell():
    table = table_of([3, 50, 70])  # one row: its total, 123, is all a reader needs
    assert shown(table) == [["*", "*", 70]]
    assert table.rows[0].cells[1].secondary and not table.rows[0].cells[0].secondary
    assert recoverable(table) == {}


def test_one_suppressed_cell_in_a_column_hides_the_smallest_other():
    table = table_of([1984], [168], [44], [3])
    assert shown(table) == [[1984], [168], ["*"], ["*"]]
    assert recoverable(table) == {}


def test_rows_and_columns_are_checked_until_stable():
    table = table_of([3, 50], [40, 60], [90, 80])
    # Row 0 hides 50; then column 0 (3*) hides 40 and column 1 (50*) hides 60; row 1 has two.
    assert shown(table) == [["*", "*"], ["*", "*"], [90, 80]]
    assert recoverable(table) == {}


def test_a_zero_is_hidden_when_nothing_else_is_left():
    table = table_of([3, 0], [40, 60])
    assert shown(table)[0] == ["*", "*"]
    assert recoverable(table) == {}


def test_nothing_suppressed_changes_nothing():
    table = table_of([30, 50], [40, 60])
    assert shown(table) == [[30, 50], [40, 60]]
    assert not table.suppressed_any and not table.secondary_any
    assert suppress_secondary(table.rows) == []


def test_a_row_with_two_small_counts_needs_no_third():
    table = table_of([3, 2, 70], [30, 40, 50], [31, 41, 51])
    assert shown(table)[0] == ["*", "*", 70]  # the columns still each get a partner
    assert recoverable(table) == {}


def test_a_bridge_between_two_protected_blocks_is_protected_too():
    """Each row and column has two '*' here, yet adding rows 0-1 and taking columns 0-1 away isolates
    the cell joining the two blocks; one more cell closes the loop."""
    cells = [
        [2, 2, 100, 100],
        [2, 2, 100, 100],
        [100, 100, 2, 2],
        [100, 100, 2, 2],
    ]
    cells[1][2] = 3  # joins the blocks
    table = table_of(*cells)
    assert recoverable(table) == {}
    hand_made = Table(
        ["a", "b", "c", "d"],
        [
            Row(f"r{i}", [Cell(D(v), suppressed=(v < 5)) for v in row])  # primary only, no secondary pass
            for i, row in enumerate(cells)
        ],
    )
    assert recoverable(hand_made) == {(1, 2): 3}  # without the extra cell the '3' is given away


@pytest.mark.parametrize("seed", range(40))
def test_random_tables_give_nothing_away(seed):
    import random

    generator = random.Random(seed)
    height, width = generator.randint(1, 4), generator.randint(1, 4)
    values = [[generator.choice([0, 1, 2, 3, 4, 7, 12, 30, 55]) for _ in range(width)] for _ in range(height)]
    table = table_of(*values)
    assert recoverable(table) == {}, values


@pytest.mark.django_db
def test_percentages_are_never_suppressed(locales):
    dataset = DatasetFactory(unit="percent", rows=rows(("A", "96"), ("B", "3"), ("C", "1")))
    table = dataset.table()
    assert not table.suppressed_any and not table.secondary_any
    assert shown(table) == [[96], [3], [1]]


@pytest.mark.django_db
def test_downloads_and_charts_hide_secondary_cells(client, data_page):
    import json

    from stats.charts import bar_chart

    DatasetFactory(
        slug="origins",
        unit="people",
        series=series("Refugees"),
        rows=rows(("Myanmar", "1984"), ("Sri Lanka", "44"), ("Other", "3")),
    )
    data = json.loads(client.get("/en/data/origins/json/", follow=True).content)
    assert [row["values"] for row in data["rows"]] == [[1984], [None], [None]]
    assert "worked out from a total" in data["suppression"]["note"]
    csv_text = client.get("/en/data/origins/csv/", follow=True).content.decode("utf-8-sig")
    assert "44" not in csv_text.replace("2023", "")
    html = client.get("/en/data/").content.decode()
    assert "worked out from a total" in html
    table = table_of([1984], [44], [3])
    svg = str(bar_chart(table, "people", "Origins"))
    assert ">44<" not in svg and "44" not in re.sub(r'"[^"]*"', "", svg)
