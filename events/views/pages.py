"""What the event pages show and do: the context and route handlers of EventIndexPage and EventPage.

Each function is registered for its page type (website.core.page_views); the page's routes hand over to it.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import views as wagtail_views

from events.forms import SignUpForm
from events.models import EventIndexPage, EventPage, RegistrationStatus
from events.services import calendar as ics
from events.services import catalogue, rate_limits, registrations
from events.services.event_page import event_view, own_registration
from website.core.page_views import page_view
from website.core.pages import paginate

EVENTS_PER_PAGE = 10
ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"

NEXT_STEP = {
    RegistrationStatus.PENDING: gettext_lazy(
        "Almost done: open the link we have just emailed you to confirm your seat."
    ),
    RegistrationStatus.CONFIRMED: gettext_lazy(
        "Your seat is confirmed. We have emailed you the details, your check-in code and a calendar file."
    ),
    RegistrationStatus.WAITING: gettext_lazy(
        "All seats are taken, so you are on the waiting list. We will email you if a seat is freed."
    ),
}


def index_context(request, index):
    filters = catalogue.EventFilters.from_query(request.GET)
    return {"filters": filters, **catalogue.filter_choices()}


@page_view(EventIndexPage, "upcoming")
def upcoming(request, index):
    context = index_context(request, index)
    events = paginate(
        request,
        catalogue.upcoming_events(index.locale_id, context["filters"]),
        EVENTS_PER_PAGE,
    )
    catalogue.mark_closed(events)
    return index.render(request, context_overrides={**context, "view": "upcoming", "events": events})


@page_view(EventIndexPage, "past")
def past(request, index):
    context = index_context(request, index)
    events = paginate(request, catalogue.past_events(index.locale_id, context["filters"]), EVENTS_PER_PAGE)
    return index.render(request, context_overrides={**context, "view": "past", "events": events})


@page_view(EventIndexPage, "month")
def month(request, index, year, month):
    context = index_context(request, index)
    try:
        grid = catalogue.month_calendar(index.locale_id, context["filters"], year, month)
    except ValueError as error:
        raise Http404 from error
    return index.render(request, context_overrides={**context, "view": "calendar", "calendar": grid})


@page_view(EventIndexPage, "feed")
def feed(request, index):
    """The iCal feed of every public event not yet over, in the index page's language."""
    content = ics.feed_ics(catalogue.feed_events(index.locale_id), index.title)
    return HttpResponse(content, content_type=ICS_CONTENT_TYPE)


@page_view(EventPage, "ics")
def event_ics(request, page):
    """'Add to calendar': the event with public details only (the exact place comes with the confirmation)."""
    response = HttpResponse(ics.event_ics(page), content_type=ICS_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response


def sign_up_by_id(request, pk):
    """The sign-up form's target: the event page's sign-up route, found by page id. Wagtail serves it as it
    serves any page (its hooks, such as view restrictions, included); a sign-up rush only skips walking the
    page's path (a query per level)."""
    page = get_object_or_404(EventPage.objects.live().select_related("locale"), pk=pk)
    request._wagtail_route_for_request = page.route(request, ["sign-up"])
    return wagtail_views.serve(request, request.path)


@page_view(EventPage, "sign_up")
def sign_up(request, page):
    if request.method != "POST":
        return redirect(page.url)
    user = request.user if request.user.is_authenticated else None
    if user is None and not rate_limits.guest_sign_up_allowed(request):
        return render(request, "429.html", status=429)
    form = SignUpForm(request.POST, questions=page.questions, user=user)
    if form.is_valid():
        try:
            registration = registrations.sign_up(
                page, language=page.locale.language_code, **form.sign_up_data()
            )
        except registrations.SignUpError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, next_step(registration, user))
            return redirect(page.url)
    return page.render(request, context_overrides={"sign_up_form": form})


def next_step(registration, user):
    """What to do next. Every guest reads the same, whether or not the address was already registered:
    only its owner learns which, by email."""
    if user is None:
        return NEXT_STEP[RegistrationStatus.PENDING]
    return NEXT_STEP[registration.status]


@page_view(EventPage, "cancel")
def cancel(request, page):
    """A signed-in participant cancels their own registration from the event page."""
    if request.method != "POST":
        return redirect(page.url)
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    registration = own_registration(registrations.canonical_event(page), request.user)
    if registration is None:
        messages.info(request, _("You are not registered for this event."))
        return redirect(page.url)
    try:
        registrations.cancel_by_token(registration.token)
    except registrations.LinkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(page.url)


@page_view(EventPage, "context")
def event_page_context(request, page):
    view = event_view(page, request.user)
    context = {"event_view": view, **route_urls(request, page)}
    if view.accepts_sign_ups:
        context["sign_up_form"] = SignUpForm(questions=page.questions, user=request.user)
    return context


def route_urls(request, page):
    """The page's own routes; none while an unsaved page is previewed (it has no URL yet)."""
    base = page.get_url(request)
    if not base:
        return {}
    with translation.override(page.locale.language_code):
        sign_up_url = reverse("events:sign_up", args=[page.pk])
    return {
        "sign_up_url": sign_up_url,
        "cancel_url": base + page.reverse_subpage("cancel"),
        "ics_url": base + page.reverse_subpage("ics"),
    }
