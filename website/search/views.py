from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from website.stories.models import hidden_stories


def search(request):
    query = request.GET.get("q", "").strip()
    problem = ""
    results = Page.objects.none()
    if "\x00" in query:
        # The database cannot compare text with a NUL character; no keyboard types one, so say so plainly.
        query = query.replace("\x00", "")
        problem = _("Your search contains a character that cannot be searched. Remove it and try again.")
    elif query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(pk__in=hidden_stories().values("pk"))
            .search(query)
        )
    paginator = Paginator(results, 10)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page = paginator.page(1)
    context = {"search_query": query, "search_problem": problem, "search_results": page}
    return render(request, "search/search.html", context)
