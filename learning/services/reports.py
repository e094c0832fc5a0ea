"""The staff report: enrolments, completions and revenue per course per month (Asia/Bishkek months)."""

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, DateField, Sum
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _

from learning.models import CoursePage, Enrolment, Order, Refund

PAID_STATUSES = (Order.Status.PAID, Order.Status.ENROLLED, Order.Status.REFUNDED)
CENT = Decimal("0.01")


@dataclass
class ReportRow:
    course: str
    month: object
    enrolments: int = 0
    completions: int = 0
    revenue: dict = field(default_factory=lambda: defaultdict(Decimal))

    def add_revenue(self, currency, amount):
        """Add (or, negative, subtract) an amount; sums are kept to the cent whatever the database returns."""
        self.revenue[currency] = (self.revenue[currency] + amount).quantize(CENT)

    @property
    def revenue_display(self):
        return "; ".join(f"{amount} {currency}" for currency, amount in sorted(self.revenue.items()))


def month_of(field_name):
    return TruncMonth(field_name, output_field=DateField())


def monthly_course_report():
    """Rows per (course, month), newest month first.

    Revenue per currency = totals of orders paid that month − refunds made that month.
    """
    rows = {}

    def row(course_id, month):
        return rows.setdefault((course_id, month), ReportRow(course=course_id, month=month))

    enrolments = Enrolment.objects.annotate(month=month_of("created_at")).values("course_id", "month")
    for item in enrolments.annotate(n=Count("pk")):
        row(item["course_id"], item["month"]).enrolments = item["n"]
    completions = Enrolment.objects.filter(completed_at__isnull=False).annotate(
        month=month_of("completed_at")
    )
    for item in completions.values("course_id", "month").annotate(n=Count("pk")):
        row(item["course_id"], item["month"]).completions = item["n"]
    paid = Order.objects.filter(status__in=PAID_STATUSES, paid_at__isnull=False).annotate(
        month=month_of("paid_at")
    )
    for item in paid.values("course_id", "month", "currency").annotate(amount=Sum("total")):
        row(item["course_id"], item["month"]).add_revenue(item["currency"], item["amount"])
    refunds = Refund.objects.annotate(month=month_of("created_at"))
    for item in refunds.values("order__course_id", "month", "order__currency").annotate(amount=Sum("amount")):
        row(item["order__course_id"], item["month"]).add_revenue(item["order__currency"], -item["amount"])

    titles = dict(CoursePage.objects.filter(pk__in={key[0] for key in rows}).values_list("pk", "title"))
    for report_row in rows.values():
        report_row.course = titles.get(report_row.course, str(report_row.course))
    return sorted(rows.values(), key=lambda r: (-r.month.toordinal(), r.course))


def report_as_csv(rows):
    """The report as CSV text, one line per course, month and currency."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Month"), _("Course"), _("Enrolments"), _("Completions"), _("Revenue"), _("Currency")])
    for row in rows:
        currencies = sorted(row.revenue.items()) or [("", "")]
        for currency, amount in currencies:
            writer.writerow(
                [row.month.strftime("%Y-%m"), row.course, row.enrolments, row.completions, amount, currency]
            )
    return out.getvalue()
