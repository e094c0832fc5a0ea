import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from learning.models import Order, Voucher
from learning.models.pages import canonical_courses


def courses_to_choose(request=None):
    """One entry per course (its first-created page), not one per translation."""
    return canonical_courses().order_by("title")


class OrderFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(label=_("Course"), queryset=courses_to_choose)

    class Meta:
        model = Order
        fields = ["status", "course", "method", "voucher"]


class VoucherFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(label=_("Course"), queryset=courses_to_choose)

    class Meta:
        model = Voucher
        fields = ["course", "percent_off"]
