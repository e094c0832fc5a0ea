"""Statistics of consented cases for advocates, with small-cell suppression.

Suppression of a table of counts with its row, column and grand totals.

A count under THRESHOLD is never shown. Every row and column of the table (cells and their total) is one
equation, and so is the row of column totals and the column of row totals (they add up to the grand total):
a single hidden entry in an equation could be found by subtraction, so a second one is hidden too (the
smallest shown one, which costs the reader least). Chained equations could still pin a hidden entry down
(a hidden cell joining two otherwise separate groups of hidden cells), so after that the whole system is
solved exactly and, while any hidden entry has only one possible value, one more entry beside it is hidden.

Totals are passed in rather than added up: a case may have several violation types or community factors,
so a row of them does not add up to the number of cases. Such a table has fewer exact equations than the
one checked here, so it is never easier to undo.
"""

from dataclasses import dataclass
from fractions import Fraction

THRESHOLD = 5


@dataclass(frozen=True)
class SuppressedTable:
    """Counts with None where a count is hidden."""

    cells: tuple
    row_totals: tuple
    column_totals: tuple
    grand_total: int | None


def suppress(cells, row_totals=None, column_totals=None, grand_total=None):
    """Hide small counts in `cells` (a list of rows of counts) and in its totals, and enough others that none
    of them can be worked out from what is shown. Totals default to the sums of the cells."""
    cells = [list(row) for row in cells]
    width = len(cells[0]) if cells else 0
    if row_totals is None:
        row_totals = [sum(row) for row in cells]
    if column_totals is None:
        column_totals = [sum(row[j] for row in cells) for j in range(width)]
    if grand_total is None:
        grand_total = sum(row_totals)
    grid = _Grid(cells, list(row_totals), list(column_totals), grand_total)
    grid.hide_small_counts()
    while True:
        grid.hide_single_unknowns()
        determined = grid.determined_entry()
        if determined is None:
            break
        grid.hide_beside(determined)
    return grid.result()


class _Grid:
    """The table as numbered entries (cells, row totals, column totals, grand total) and the equations between them."""

    def __init__(self, cells, row_totals, column_totals, grand_total):
        self.height, self.width = len(cells), len(column_totals)
        self.values = [*(value for row in cells for value in row), *row_totals, *column_totals, grand_total]
        self.hidden = [False] * len(self.values)
        self.equations = self.build_equations()

    def cell(self, i, j):
        return i * self.width + j

    def row_total(self, i):
        return self.height * self.width + i

    def column_total(self, j):
        return self.height * self.width + self.height + j

    @property
    def grand(self):
        return len(self.values) - 1

    def build_equations(self):
        """Each equation as (parts, total): the entries that add up to the total entry."""
        rows = [([self.cell(i, j) for j in range(self.width)], self.row_total(i)) for i in range(self.height)]
        columns = [
            ([self.cell(i, j) for i in range(self.height)], self.column_total(j)) for j in range(self.width)
        ]
        totals = [
            ([self.row_total(i) for i in range(self.height)], self.grand),
            ([self.column_total(j) for j in range(self.width)], self.grand),
        ]
        return [(parts, total) for parts, total in rows + columns + totals if parts]

    def hide_small_counts(self):
        for index, value in enumerate(self.values):
            if value < THRESHOLD:
                self.hidden[index] = True

    def hide_single_unknowns(self):
        """Until no equation has exactly one hidden entry, hide its smallest shown part (or its total)."""
        changed = True
        while changed:
            changed = False
            for parts, total in self.equations:
                entries = [*parts, total]
                if sum(self.hidden[index] for index in entries) == 1:
                    self.hide_smallest_shown(parts) or self.hide(total)
                    changed = True

    def hide(self, index):
        self.hidden[index] = True
        return True

    def hide_smallest_shown(self, indexes):
        shown = [index for index in indexes if not self.hidden[index]]
        if not shown:
            return False
        return self.hide(min(shown, key=lambda index: (self.values[index], index)))

    def hide_beside(self, index):
        """Hide one more entry in an equation holding `index`, so it has one more unknown."""
        for parts, total in self.equations:
            if index in parts or index == total:
                if self.hide_smallest_shown(parts) or self.hide_smallest_shown([total]):
                    return
        self.hide_smallest_shown(range(len(self.values)))

    def determined_entry(self):
        """A hidden entry whose value the shown entries fix, or None (exact Gauss-Jordan elimination)."""
        unknowns = [index for index, hidden in enumerate(self.hidden) if hidden]
        if not unknowns:
            return None
        column_of = {index: position for position, index in enumerate(unknowns)}
        matrix = []
        for parts, total in self.equations:
            row = [Fraction(0)] * len(unknowns)
            for index in parts:
                if index in column_of:
                    row[column_of[index]] += 1
            if total in column_of:
                row[column_of[total]] -= 1
            if any(row):
                matrix.append(row)
        pivots = reduced_row_echelon(matrix)
        free_columns = set(range(len(unknowns))) - set(pivots.values())
        for row_index, column in pivots.items():
            if not any(matrix[row_index][free] for free in free_columns):
                return unknowns[column]
        return None

    def result(self):
        shown = [None if hidden else value for value, hidden in zip(self.values, self.hidden, strict=True)]
        size = self.height * self.width
        cells = tuple(tuple(shown[i * self.width : (i + 1) * self.width]) for i in range(self.height))
        return SuppressedTable(
            cells=cells,
            row_totals=tuple(shown[size : size + self.height]),
            column_totals=tuple(shown[size + self.height : size + self.height + self.width]),
            grand_total=shown[-1],
        )


def reduced_row_echelon(matrix):
    """Reduce `matrix` (rows of Fractions) in place; returns {row index: pivot column}."""
    pivots = {}
    row_index = 0
    columns = len(matrix[0]) if matrix else 0
    for column in range(columns):
        pivot = next((r for r in range(row_index, len(matrix)) if matrix[r][column]), None)
        if pivot is None:
            continue
        matrix[row_index], matrix[pivot] = matrix[pivot], matrix[row_index]
        lead = matrix[row_index][column]
        matrix[row_index] = [value / lead for value in matrix[row_index]]
        for other in range(len(matrix)):
            factor = matrix[other][column]
            if other != row_index and factor:
                matrix[other] = [a - factor * b for a, b in zip(matrix[other], matrix[row_index], strict=True)]
        pivots[row_index] = column
        row_index += 1
        if row_index == len(matrix):
            break
    return pivots
