from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.widgets.button import Button
from wagtail.admin.widgets.button import MenuItem as ButtonMenuItem

from events.admin.permissions import may_moderate
from events.admin.review_actions import feedback_review_actions
from events.models import Feedback, FeedbackStatus, Registration
from events.services import feedback as feedback_service
from events.services.organisers import WAITING_STATUSES
from website.core.admin import AuditedIndexView
from website.core.admin_views import AdminPageMixin
from website.core.audit import record


class RegistrationIndexView(AuditedIndexView):
    """Each look at a registrations listing leaves an audit entry (who, how many rows; never the values)."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    def render_to_response(self, context, **response_kwargs):
        if not self.is_export:
            record(
                self.request.user,
                "registrations.view",
                object_type=Registration._meta.label,
                detail=f"{len(context['object_list'])} rows",
            )
        return super().render_to_response(context, **response_kwargs)


class WaitingListIndexView(RegistrationIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(status__in=WAITING_STATUSES)


class RegistrationInspectView(InspectView):
    def get_context_data(self, **kwargs):
        record(self.request.user, "registration.inspect", self.object)
        return super().get_context_data(**kwargs)


def review_buttons(feedback, user, button_class):
    """The offered review actions (e.g. "turn into a story") and Archive, for feedback still to review."""
    if feedback.status != FeedbackStatus.NEW or not may_moderate(user):
        return []
    buttons = [
        button_class(
            action.label,
            url=reverse(f"events_feedback:{action.name}", args=[feedback.pk]),
            icon_name=action.icon_name,
            priority=action.priority,
        )
        for action in feedback_review_actions()
        if action.is_offered(feedback)
    ]
    buttons.append(
        button_class(
            _("Archive"),
            url=reverse("events_feedback:archive", args=[feedback.pk]),
            icon_name="folder-inverse",
            priority=50,
        )
    )
    return buttons


class FeedbackIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    def get_list_more_buttons(self, instance):
        return super().get_list_more_buttons(instance) + review_buttons(
            instance, self.request.user, ButtonMenuItem
        )


class FeedbackInspectView(InspectView):
    """One feedback with its text; opening it leaves an audit entry, since the text may be personal."""

    def get(self, request, *args, **kwargs):
        feedback_service.view_feedback(self.object, request.user)
        return super().get(request, *args, **kwargs)

    @cached_property
    def header_more_buttons(self):
        return super().header_more_buttons + review_buttons(self.object, self.request.user, Button)

    def get_text_display_value(self):
        return linebreaks_filter(self.object.text, autoescape=True)

    def get_story_display_value(self):
        story = self.object.story
        if story is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[story.pk]), story.title
        )


class FeedbackActionMixin(AdminPageMixin):
    """A review action on one feedback: staff with the moderation permission only."""

    header_icon = "openquote"

    def dispatch(self, request, pk):
        if not may_moderate(request.user):
            raise PermissionDenied
        self.feedback = get_object_or_404(Feedback.objects.select_related("event"), pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.feedback)

    def get_context_data(self, **kwargs):
        return super().get_context_data(feedback=self.feedback, **kwargs)


class ArchiveFeedbackView(FeedbackActionMixin, TemplateView):
    template_name = "events/admin/feedback_archive.html"
    page_title = _("Archive feedback")

    def post(self, request, pk):
        try:
            feedback_service.archive_feedback(self.feedback, request.user)
        except feedback_service.FeedbackError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The feedback is archived."))
        return redirect("events_feedback:index")
