import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from events.models import Registration, RegistrationSource, RegistrationStatus, ReminderKind, SentReminder
from events.services.organisers import canonical_events


def events_to_choose(request):
    return canonical_events().order_by("-starts_at", "pk")


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Event"), queryset=events_to_choose)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RegistrationStatus.choices)
    source = django_filters.ChoiceFilter(label=_("Source"), choices=RegistrationSource.choices)
    checked_in = django_filters.BooleanFilter(
        label=_("Checked in"), field_name="checked_in_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Registration
        fields = ["event", "status", "source", "checked_in"]


class WaitingListFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Event"), queryset=events_to_choose)

    class Meta:
        model = Registration
        fields = ["event"]


class ReminderFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Event"), queryset=events_to_choose)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ReminderKind.choices)

    class Meta:
        model = SentReminder
        fields = ["event", "kind"]
