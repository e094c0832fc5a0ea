"""The staff report: registrations and attendance per event, per city and per month (counts only)."""

from dataclasses import dataclass, field, fields

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Registration, RegistrationStatus
from events.models.registrations import ACTIVE_STATUSES
from events.services.organisers import WAITING_STATUSES, canonical_events


@dataclass
class Counts:
    registrations: int = 0
    confirmed: int = 0
    waiting: int = 0
    cancelled: int = 0
    checked_in: int = 0

    def add(self, other):
        for counter in fields(self):
            setattr(self, counter.name, getattr(self, counter.name) + getattr(other, counter.name))

    @property
    def attendance_percent(self):
        """Checked in as a share of confirmed seats, or None before anyone is confirmed."""
        return round(100 * self.checked_in / self.confirmed) if self.confirmed else None


@dataclass
class ReportRow:
    label: str
    counts: Counts = field(default_factory=Counts)
    event: object = None
    month: object = None


@dataclass
class EventReport:
    events: list
    cities: list
    months: list


def counts_per_event():
    """{event id: Counts} in one query. Registrations = active ones (confirmed, pending, waiting, offered)."""
    rows = (
        Registration.objects.order_by()
        .values("event_id")
        .annotate(
            registrations=Count("pk", filter=Q(status__in=ACTIVE_STATUSES)),
            confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
            waiting=Count("pk", filter=Q(status__in=WAITING_STATUSES)),
            cancelled=Count("pk", filter=~Q(status__in=ACTIVE_STATUSES)),
            checked_in=Count("pk", filter=Q(checked_in_at__isnull=False)),
        )
    )
    return {row.pop("event_id"): Counts(**row) for row in rows}


def event_report():
    """Rows per event (newest first), per city (by name) and per month of the event (newest first, Bishkek time)."""
    counts = counts_per_event()
    events = canonical_events().only("pk", "title", "starts_at", "city").order_by("-starts_at", "pk")
    per_event, per_city, per_month = [], {}, {}
    for event in events:
        event_counts = counts.get(event.pk, Counts())
        per_event.append(ReportRow(event.title, event_counts, event=event))
        city = event.get_city_display()
        per_city.setdefault(city, ReportRow(city)).counts.add(event_counts)
        month = timezone.localtime(event.starts_at).date().replace(day=1)
        per_month.setdefault(month, ReportRow(month.strftime("%Y-%m"), month=month)).counts.add(event_counts)
    return EventReport(
        events=per_event,
        cities=sorted(per_city.values(), key=lambda row: row.label),
        months=sorted(per_month.values(), key=lambda row: row.month, reverse=True),
    )


def report_table(report):
    """The three tables as rows of one spreadsheet (header first); a column says event, city or month."""
    header = [
        _("Per"),
        _("Name"),
        _("Registrations"),
        _("Confirmed"),
        _("Waiting"),
        _("Cancelled"),
        _("Checked in"),
    ]
    rows = [header]
    for kind, report_rows in (
        (_("event"), report.events),
        (_("city"), report.cities),
        (_("month"), report.months),
    ):
        for row in report_rows:
            counts = row.counts
            rows.append(
                [
                    kind,
                    row.label,
                    counts.registrations,
                    counts.confirmed,
                    counts.waiting,
                    counts.cancelled,
                    counts.checked_in,
                ]
            )
    return rows
