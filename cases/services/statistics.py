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

import datetime
import logging
from dataclasses import dataclass
from fractions import Fraction

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from cases.models import Case, Consent, Perpetrator, Region, ViolationType

THRESHOLD = 5


@dataclass(frozen=True)
class SuppressedTable:
    """Counts with None where a count is hidden."""

    cells: tuple
    row_totals: tuple
    column_totals: tuple
    grand_total: int | None


def suppress(
    cells, row_totals=None, column_totals=None, grand_total=None, *, hidden_columns=(), hide_grand_total=False
):
    """Hide small counts in `cells` (a list of rows of counts) and in its totals, and enough others that none
    of them can be worked out from what is shown. Totals default to the sums of the cells.

    `hidden_columns` (indexes) and `hide_grand_total` hide those totals whatever their value: a table
    sharing its totals with another must hide what the other hides.
    """
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
    for column in hidden_columns:
        grid.hide(grid.column_total(column))
    if hide_grand_total:
        grid.hide(grid.grand)
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
                matrix[other] = [
                    a - factor * b for a, b in zip(matrix[other], matrix[row_index], strict=True)
                ]
        pivots[row_index] = column
        row_index += 1
        if row_index == len(matrix):
            break
    return pivots


# The report on consented cases

STATISTICS_CONSENTS = (Consent.STATISTICS, Consent.STORY)
NOT_SAID = "not_said"


class Period(models.TextChoices):
    LAST_12_MONTHS = "last_12_months", _("The last 12 months")
    THIS_YEAR = "this_year", _("This year")
    LAST_YEAR = "last_year", _("Last year")


COMMUNITY_FACTORS = {
    "sogi": _("Sexual orientation or gender identity"),
    "hiv": _("HIV status"),
    "drug_use": _("Drug use"),
    "sex_work": _("Sex work"),
}


def first_of_month(day, months_later=0):
    index = day.year * 12 + day.month - 1 + months_later
    return datetime.date(index // 12, index % 12 + 1, 1)


def period_months(period, today=None):
    """The first days of the period's months, oldest first (the current month counts as it is so far)."""
    today = today or timezone.localdate()
    this_month = first_of_month(today)
    if period == Period.THIS_YEAR:
        start, count = this_month.replace(month=1), today.month
    elif period == Period.LAST_YEAR:
        start, count = datetime.date(today.year - 1, 1, 1), 12
    else:
        start, count = first_of_month(today, -11), 12
    return [first_of_month(start, offset) for offset in range(count)]


@dataclass(frozen=True)
class CrossTab:
    """Counts of one kind (region, type, ...) per month, suppressed."""

    key: str
    title: str
    row_labels: list
    table: SuppressedTable

    def rows(self):
        """(label, cells, total) for display, hidden counts as "<5"."""
        return [
            (label, [shown(cell) for cell in cells], shown(total))
            for label, cells, total in zip(
                self.row_labels, self.table.cells, self.table.row_totals, strict=True
            )
        ]

    def totals(self):
        return [shown(total) for total in self.table.column_totals], shown(self.table.grand_total)


@dataclass(frozen=True)
class Report:
    period: str
    region: str
    months: list
    tables: list

    @property
    def monthly(self):
        """(month, count or None) from the totals every table shares."""
        return list(zip(self.months, self.tables[0].table.column_totals, strict=True))

    @property
    def total(self):
        return self.tables[0].table.grand_total

    def table(self, key):
        return next(table for table in self.tables if table.key == key)


def shown(count):
    return f"<{THRESHOLD}" if count is None else count


def consented_cases(months, region=""):
    """Cases whose reporters agreed to be counted, reported in the given months (and region)."""
    start = timezone.make_aware(datetime.datetime.combine(months[0], datetime.time()))
    end = timezone.make_aware(datetime.datetime.combine(first_of_month(months[-1], 1), datetime.time()))
    cases = Case.objects.filter(consent__in=STATISTICS_CONSENTS, created_at__gte=start, created_at__lt=end)
    return cases.filter(region=region) if region else cases


def counts_by(cases, field):
    """{(value, month): count} of the cases."""
    rows = (
        cases.annotate(month=TruncMonth("created_at"))
        .values(field, "month")
        .annotate(count=Count("pk", distinct=True))
    )
    return {(row[field], timezone.localtime(row["month"]).date()): row["count"] for row in rows.order_by()}


def matrix(keys, months, counts):
    return [[counts.get((key, month), 0) for month in months] for key in keys]


def choice_rows(choices):
    """Rows for a choice field: every choice, then "not said" (the field left blank)."""
    return [*choices, ("", _("Not said"))]


def violation_type_rows(cases):
    """One row per violation type (by its translation key, named in the reader's language), then "none given"."""
    keys = list(
        ViolationType.objects.filter(cases__in=cases)
        .values_list("translation_key", flat=True)
        .distinct()
        .order_by()
    )
    types = {}
    for violation_type in ViolationType.objects.filter(translation_key__in=keys).select_related("locale"):
        current = types.get(violation_type.translation_key)
        if current is None or violation_type.locale.language_code == translation.get_language():
            types[violation_type.translation_key] = violation_type
    ordered = sorted(types.values(), key=lambda item: (item.sort_order, item.name))
    return [(item.translation_key, item.name) for item in ordered] + [(None, _("None given"))]


def raw_tables(cases, months):
    """(key, title, row labels, cells, column totals or None when the rows add up) of each table."""
    monthly = counts_by(cases, "consent")
    per_month = [sum(count for (_consent, month), count in monthly.items() if month == m) for m in months]
    tables = []
    for key, title, field, rows in (
        ("region", _("Region"), "region", choice_rows(Region.choices)),
        ("perpetrator", _("Who did it"), "perpetrator", choice_rows(Perpetrator.choices)),
    ):
        counts = counts_by(cases, field)
        tables.append(
            (
                key,
                title,
                [label for _value, label in rows],
                matrix([v for v, _l in rows], months, counts),
                None,
            )
        )
    type_rows = violation_type_rows(cases)
    counts = counts_by(cases, "violation_types__translation_key")
    tables.append(
        (
            "type",
            _("Kind of violation"),
            [label for _v, label in type_rows],
            matrix([v for v, _l in type_rows], months, counts),
            per_month,
        )
    )
    community = []
    for field in COMMUNITY_FACTORS:
        counts = counts_by(cases.filter(**{field: True}), field)
        community.append([counts.get((True, month), 0) for month in months])
    tables.append(
        ("community", _("Community factor"), list(COMMUNITY_FACTORS.values()), community, per_month)
    )
    return tables


def suppressed_tables(raw, hidden_columns=frozenset(), hide_grand_total=False):
    """Suppress every table, hiding in each the month totals any of them hides (they are the same numbers)."""
    hidden_columns = set(hidden_columns)
    while True:
        tables = [
            CrossTab(
                key,
                title,
                labels,
                suppress(
                    cells,
                    column_totals=column_totals,
                    grand_total=sum(column_totals) if column_totals else None,
                    hidden_columns=hidden_columns,
                    hide_grand_total=hide_grand_total,
                ),
            )
            for key, title, labels, cells, column_totals in raw
        ]
        columns = {
            j for table in tables for j, total in enumerate(table.table.column_totals) if total is None
        }
        grand = any(table.table.grand_total is None for table in tables)
        if columns <= hidden_columns and grand <= hide_grand_total:
            return tables
        hidden_columns |= columns
        hide_grand_total = hide_grand_total or grand


def build_report(period=Period.LAST_12_MONTHS, region="", today=None):
    """The suppressed counts of consented cases for a period, in all regions or one.

    A region's report hides what the all-regions report hides of that region (its months and its total),
    so the two cannot be set against each other.
    """
    months = period_months(period, today)
    hidden_columns, hide_grand_total = set(), False
    if region:
        overall = build_report(period, "", today).table("region")
        row = [value for value, _label in choice_rows(Region.choices)].index(region)
        hidden_columns = {j for j, cell in enumerate(overall.table.cells[row]) if cell is None}
        hide_grand_total = overall.table.row_totals[row] is None
    raw = raw_tables(consented_cases(months, region), months)
    return Report(period, region, months, suppressed_tables(raw, hidden_columns, hide_grand_total))


def report_rows(report):
    """The report as spreadsheet rows: each table with its months, totals and a blank line after it."""
    month_names = [date_format(month, "YEAR_MONTH_FORMAT") for month in report.months]
    rows = []
    for table in report.tables:
        rows.append([str(table.title), *month_names, str(_("Total"))])
        rows.extend([str(label), *cells, total] for label, cells, total in table.rows())
        column_totals, grand = table.totals()
        rows.append([str(_("All consented cases")), *column_totals, grand])
        rows.append([])
    return rows


# The public "Monitoring" block

MONITORING_TABLES = ("type", "perpetrator", "community")
logger = logging.getLogger("birge.cases")


def monitoring_figures(period, region=""):
    """The block's figures in the active language: the report's totals, cached briefly.

    The cache only spares the database: when it is down the figures are counted afresh.
    """
    key = f"cases:monitoring:{period}:{region}:{translation.get_language()}"
    try:
        figures = cache.get(key)
    except Exception:  # any cache backend's failure; the block must still show its figures
        logger.warning("Cache unavailable for the monitoring figures", exc_info=True)
        return build_monitoring_figures(period, region)
    if figures is None:
        figures = build_monitoring_figures(period, region)
        try:
            cache.set(key, figures, settings.CASES_MONITORING_CACHE_SECONDS)
        except Exception:
            logger.warning("Cache unavailable for the monitoring figures", exc_info=True)
    return figures


def build_monitoring_figures(period, region=""):
    """Plain values (no lazy text), so they can be cached: the total, per month, and each table's rows."""
    report = build_report(period, region)
    return {
        "total": shown(report.total),
        "months": [(month, count, shown(count)) for month, count in report.monthly],
        "tables": [
            {
                "title": str(table.title),
                "rows": [(str(label), total) for label, _cells, total in table.rows()],
            }
            for table in report.tables
            if table.key in MONITORING_TABLES
        ],
    }
