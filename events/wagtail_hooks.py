"""Admin registration for events.

Feedback moderation queue: editors read participants' feedback (each opening of a text is audited),
archive it, or turn feedback whose author agreed to publication into a draft story.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail import hooks
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, MenuItem
from wagtail.models import Page
from wagtail.permission_policies.base import ModelPermissionPolicy

from events.models import Feedback, FeedbackStatus
from events.services import feedback as feedback_service
from website.stories.models import PUBLISH_NEEDS_CONSENT, hidden_stories

MODERATE_FEEDBACK = "events.change_feedback"


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Feedback is only read and reviewed in the admin: nobody adds, edits or deletes it there."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_staff and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def may_moderate(user):
    return user.is_staff and user.has_perm(MODERATE_FEEDBACK)


def review_buttons(feedback, user, button_class):
    """Archive and "turn into a story" for feedback still to review, for people who may moderate."""
    if feedback.status != FeedbackStatus.NEW or not may_moderate(user):
        return []
    buttons = []
    if feedback.may_be_published:
        buttons.append(
            button_class(
                _("Turn into a story"),
                url=reverse("events_feedback:story", args=[feedback.pk]),
                icon_name="openquote",
                priority=40,
            )
        )
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
        return super().get_list_more_buttons(instance) + review_buttons(instance, self.request.user, MenuItem)


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


class FeedbackActionMixin(WagtailAdminTemplateMixin):
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


class StoryQuoteForm(forms.Form):
    quote = forms.CharField(
        label=_("Quote"),
        max_length=feedback_service.QUOTE_LENGTH,
        required=False,
        help_text=_(
            "A short sentence from the feedback, shown large on the story. Leave empty for its first sentence."
        ),
    )


class TurnIntoStoryView(FeedbackActionMixin, FormView):
    """Make a draft story from consented feedback, then open it for editing (photo, text, publishing)."""

    template_name = "events/admin/feedback_to_story.html"
    page_title = _("Turn feedback into a story")
    form_class = StoryQuoteForm

    def get(self, request, *args, **kwargs):
        feedback_service.view_feedback(self.feedback, request.user)
        return super().get(request, *args, **kwargs)

    def get_initial(self):
        return {"quote": feedback_service.first_sentence(self.feedback.text)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.path, submit_button_label=_("Make a draft story"), **kwargs
        )

    def form_valid(self, form):
        try:
            story = feedback_service.turn_into_story(
                self.feedback, self.request.user, form.cleaned_data["quote"]
            )
        except feedback_service.FeedbackError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "A draft story is ready. Add a photo if the author agreed to one, check the text and publish it."
            ),
        )
        return redirect("wagtailadmin_pages:edit", story.pk)


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "openquote"
    menu_label = _("Feedback to review")
    add_to_admin_menu = True
    menu_order = 260
    index_view_class = FeedbackIndexView
    inspect_view_class = FeedbackInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []
    list_display = ["event", "rating", "consent", "status", "created_at"]
    list_filter = ["status", "consent", "rating"]
    list_per_page = 50
    ordering = ["-created_at"]
    inspect_view_fields = [
        "event",
        "rating",
        "consent",
        "display_name",
        "language",
        "status",
        "created_at",
        "reviewed_by",
        "reviewed_at",
        "story",
        "text",
    ]

    @cached_property
    def permission_policy(self):
        return FeedbackPermissionPolicy(self.model)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/archive/", ArchiveFeedbackView.as_view(), name="archive"),
            path("<int:pk>/story/", TurnIntoStoryView.as_view(), name="story"),
        ]


@hooks.register("register_admin_viewset")
def register_feedback_moderation():
    return FeedbackViewSet("events_feedback")


@hooks.register("before_bulk_action")
def refuse_publishing_stories_without_consent(request, action_type, objects, action):
    """Bulk publishing must not put a story without its author's consent online; say so instead of failing."""
    pages = [page for page in objects if isinstance(page, Page)]
    if action_type != "publish" or not pages:
        return None
    selected = Q(pk__in=[page.pk for page in pages])
    if action.get_execution_context().get("include_descendants"):
        for page in pages:
            selected |= Q(path__startswith=page.path, live=False)
    if hidden_stories().filter(selected).exists():
        messages.error(request, PUBLISH_NEEDS_CONSENT)
        return redirect(action.next_url)
    return None
