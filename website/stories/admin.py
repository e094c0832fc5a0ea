"""The admin's "Turn into a story" on feedback in the events moderation queue (registered in
`website/stories/wagtail_hooks.py`)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from events.admin.views import FeedbackActionMixin
from events.services import feedback as feedback_service
from website.stories import services as stories_service


class StoryQuoteForm(forms.Form):
    quote = forms.CharField(
        label=_("Quote"),
        max_length=stories_service.QUOTE_LENGTH,
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
        return {"quote": stories_service.first_sentence(self.feedback.text)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=self.request.path, submit_button_label=_("Make a draft story"), **kwargs
        )

    def form_valid(self, form):
        try:
            story = stories_service.turn_into_story(
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
