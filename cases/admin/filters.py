import datetime

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale

from cases.admin.permissions import organisation_of
from cases.models import Case, CaseStatus, Region, ViolationType
from cases.services.workflow import assignable_workers

# How long ago a case came in: (value, label, newest age in days, oldest age in days or None).
AGES = [
    ("week", _("Less than a week"), 0, 7),
    ("month", _("One week to a month"), 7, 30),
    ("quarter", _("One to three months"), 30, 91),
    ("older", _("More than three months"), 91, None),
]


def violation_type_choices():
    """Each violation type once (named in the reader's language where it is translated)."""
    return [(item.translation_key, item.name) for item in ViolationType.objects.filter(pk__in=one_per_type())]


def one_per_type():
    types = {}
    for item in ViolationType.objects.select_related("locale").order_by("sort_order", "name"):
        if item.translation_key not in types or item.locale_id == Locale.get_active().pk:
            types[item.translation_key] = item.pk
    return list(types.values())


def colleagues(request):
    """The assignees to filter by: the case worker's own organisation's people."""
    organisation = organisation_of(request.user)
    if organisation is None:
        return request.user.__class__.objects.none()
    workers = assignable_workers(organisation).values_list("user", flat=True)
    return request.user.__class__.objects.filter(pk__in=workers)


class CaseFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=CaseStatus.choices)
    violation_type = django_filters.ChoiceFilter(
        label=_("Kind of violation"), choices=violation_type_choices, method="filter_violation_type"
    )
    region = django_filters.ChoiceFilter(label=_("Region"), choices=Region.choices)
    assignee = django_filters.ModelChoiceFilter(
        label=_("Assigned to"), queryset=colleagues, null_label=_("No one")
    )
    age = django_filters.ChoiceFilter(
        label=_("Reported"), choices=[(value, label) for value, label, *_days in AGES], method="filter_age"
    )

    class Meta:
        model = Case
        fields = ["status", "violation_type", "region", "assignee", "age"]

    def filter_violation_type(self, queryset, name, value):
        return queryset.filter(violation_types__translation_key=value).distinct()

    def filter_age(self, queryset, name, value):
        now = timezone.now()
        for key, _label, newest, oldest in AGES:
            if key == value:
                queryset = queryset.filter(created_at__lte=now - datetime.timedelta(days=newest))
                if oldest is not None:
                    queryset = queryset.filter(created_at__gt=now - datetime.timedelta(days=oldest))
        return queryset
