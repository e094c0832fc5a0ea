"""Small-cell suppression: no count under 5 is shown, and no hidden count can be worked out from what is."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from cases.services.statistics import THRESHOLD, suppress

counts = st.integers(min_value=0, max_value=40)
tables = st.integers(min_value=1, max_value=6).flatmap(
    lambda width: st.lists(st.lists(counts, min_size=width, max_size=width), min_size=1, max_size=6)
)


def shown_entries(table):
    return [
        *(cell for row in table.cells for cell in row),
        *table.row_totals,
        *table.column_totals,
        table.grand_total,
    ]


def rank(rows):
    rows = [list(map(Fraction, row)) for row in rows]
    found = 0
    for column in range(len(rows[0]) if rows else 0):
        pivot = next((r for r in range(found, len(rows)) if rows[r][column]), None)
        if pivot is None:
            continue
        rows[found], rows[pivot] = rows[pivot], rows[found]
        for other in range(found + 1, len(rows)):
            factor = rows[other][column] / rows[found][column]
            rows[other] = [a - factor * b for a, b in zip(rows[other], rows[found], strict=True)]
        found += 1
    return found


def equations(height, width):
    """Each equation of the table as coefficients over cells, row totals, column totals and the grand total."""
    size = height * width + height + width + 1

    def equation(parts, total):
        row = [0] * size
        for index in parts:
            row[index] = 1
        row[total] = -1
        return row

    cell = lambda i, j: i * width + j  # noqa: E731
    row_total = lambda i: height * width + i  # noqa: E731
    column_total = lambda j: height * width + height + j  # noqa: E731
    grand = size - 1
    return [
        *(equation([cell(i, j) for j in range(width)], row_total(i)) for i in range(height)),
        *(equation([cell(i, j) for i in range(height)], column_total(j)) for j in range(width)),
        equation([row_total(i) for i in range(height)], grand),
        equation([column_total(j) for j in range(width)], grand),
    ]


def recoverable(table, height, width):
    """The hidden entries whose value the shown ones fix: e_k lies in the span of the equations' hidden parts."""
    hidden = [index for index, value in enumerate(shown_entries(table)) if value is None]
    system = [[row[index] for index in hidden] for row in equations(height, width)]
    base = rank(system)
    found = []
    for position, index in enumerate(hidden):
        unit = [1 if k == position else 0 for k in range(len(hidden))]
        if rank([*system, unit]) == base:
            found.append(index)
    return found


@settings(max_examples=150, deadline=None)
@given(tables)
def test_no_count_under_five_is_shown(cells):
    table = suppress(cells)
    assert all(value is None or value >= THRESHOLD for value in shown_entries(table))


@settings(max_examples=150, deadline=None)
@given(tables)
def test_no_hidden_count_can_be_worked_out_from_the_totals(cells):
    table = suppress(cells)
    assert recoverable(table, len(cells), len(cells[0])) == []


@settings(max_examples=100, deadline=None)
@given(tables)
def test_shown_counts_are_the_true_counts(cells):
    table = suppress(cells)
    for row, shown_row in zip(cells, table.cells, strict=True):
        for value, shown in zip(row, shown_row, strict=True):
            assert shown in (None, value)
    assert table.grand_total in (None, sum(map(sum, cells)))


def test_a_row_with_one_small_count_hides_the_next_smallest_too():
    table = suppress([[3, 10, 20], [30, 40, 50]])
    assert table.cells[0] == (None, None, 20)
    assert table.row_totals[0] == 33


def test_large_counts_are_all_shown():
    table = suppress([[10, 20], [30, 40]])
    assert table.cells == ((10, 20), (30, 40))
    assert (table.row_totals, table.column_totals, table.grand_total) == ((30, 70), (40, 60), 100)


def test_a_total_under_five_is_hidden():
    table = suppress([[1, 2], [10, 20]])
    assert table.row_totals[0] is None
