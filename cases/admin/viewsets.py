from django.contrib.auth import get_user_model
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from cases.admin import views
from cases.admin.filters import CaseFilterSet
from cases.admin.permissions import CasePermissionPolicy, may_see_statistics
from cases.models import Case, CaseWorker, Organisation, OrganisationRegion


def violation_types(case):
    return ", ".join(item.name for item in case.violation_types.all()) or "—"


def assignee_name(case):
    if case.assignee is None:
        return "—"
    return case.assignee.get_full_name() or case.assignee.get_username()


class CaseViewSet(ModelViewSet):
    """The case list and case pages, for case workers (their organisation's cases); nothing is added,
    edited or deleted here: cases come from the report form and change through the case page's actions."""

    model = Case
    icon = "folder-open-inverse"
    menu_label = _("Cases")
    url_prefix = "cases"
    index_view_class = views.CaseIndexView
    history_view_class = views.CaseHistoryView
    filterset_class = CaseFilterSet
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        "__str__",
        "status",
        "needs",
        "region",
        Column("violation_types", label=_("Kind of violation"), accessor=violation_types),
        Column("assignee", label=_("Assigned to"), accessor=assignee_name),
        "created_at",
        "last_action_at",
    ]
    list_export = [
        "pk",
        "status",
        "closing_reason",
        "needs",
        "region",
        "perpetrator",
        "consent",
        "created_at",
        "last_action_at",
        "closed_at",
    ]
    export_headings = {"pk": _("Number")}
    export_filename = "cases"

    @cached_property
    def permission_policy(self):
        return CasePermissionPolicy(self.model)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", views.CaseView.as_view(), name="inspect"),
            path("<int:pk>/history/", self.history_view, name="history"),
            path("<int:pk>/history-results/", self.history_results_view, name="history_results"),
            path("<int:pk>/evidence/<int:evidence_pk>/", views.EvidenceView.as_view(), name="evidence"),
            path("<int:pk>/<slug:action>/", views.CaseActionView.as_view(), name="action"),
        ]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_statistics(request.user)


class StatisticsViewSet(ViewSet):
    name = "cases_statistics"
    url_prefix = "cases-statistics"
    icon = "table"
    menu_label = _("Case statistics")
    menu_item_class = StatisticsMenuItem

    def get_urlpatterns(self):
        return [path("", views.StatisticsView.as_view(), name="index")]


class StaffOnlyPermissionPolicy(ModelPermissionPolicy):
    """Model permissions (Administrators hold these), for staff only."""

    def user_has_permission(self, user, action):
        return user.is_staff and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class NetworkViewSet(ModelViewSet):
    """Administrators' lists of the network: organisations, the regions each takes, case workers."""

    copy_view_enabled = False
    inspect_view_enabled = False

    @cached_property
    def permission_policy(self):
        return StaffOnlyPermissionPolicy(self.model)


class OrganisationViewSet(NetworkViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    form_fields = ["name", "slug", "email", "is_default"]
    list_display = ["name", "email", "is_default"]


class OrganisationRegionViewSet(NetworkViewSet):
    model = OrganisationRegion
    icon = "site"
    menu_label = _("Regions of organisations")
    form_fields = ["region", "organisation"]
    list_display = ["region", "organisation"]


class CaseWorkerForm(WagtailAdminModelForm):
    """Only staff accounts can be case workers (the admin refuses everyone else)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = get_user_model().objects.filter(is_staff=True, is_active=True)
        self.fields["user"].help_text = _(
            "A staff account; add it to the “Case workers” group too, so that it sees the organisation's cases."
        )


class CaseWorkerViewSet(NetworkViewSet):
    model = CaseWorker
    icon = "user"
    menu_label = _("Case workers")
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("organisation")], base_form_class=CaseWorkerForm
    )
    list_display = ["user", "organisation"]


class CasesViewSetGroup(ViewSetGroup):
    menu_label = _("Cases")
    menu_icon = "folder-open-inverse"
    menu_order = 270
    items = (
        CaseViewSet("cases_admin"),
        StatisticsViewSet(),
        OrganisationViewSet("cases_organisations"),
        OrganisationRegionViewSet("cases_regions"),
        CaseWorkerViewSet("cases_workers"),
    )
