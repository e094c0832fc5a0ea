"""'My learning', a learner's courses, events, certificates and payments (its events section comes from the
my_events_section tag, which sits above both apps); the actions of the course pages are their routes
(learning/views/pages.py)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language

from learning.services import progress


def checkout_url(course):
    """The checkout page for a paid course, when the checkout is installed."""
    try:
        return reverse("learning:checkout", args=[course.pk])
    except NoReverseMatch:
        return None


@login_required
def dashboard(request):
    context = progress.dashboard_context(request.user, get_language())
    return render(request, "learning/dashboard.html", context)
