"""What every report page sends: never stored by a cache, no referrer to any other site."""

import functools

from django.utils.cache import add_never_cache_headers


def report_page(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Referrer-Policy"] = "no-referrer"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped
