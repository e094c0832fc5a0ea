"""What every report page sends: never stored by a cache, no referrer to any other site, not indexed.

The referrer policy is `same-origin`, not `no-referrer`: under `no-referrer` a browser sends `Origin: null`
(and no Referer) with the page's own form posts, and Django's CSRF protection rightly refuses them, so no
report could be sent. `same-origin` still gives other sites nothing (the quick-exit link adds
rel="noreferrer" as well), and the report pages ask no other site for anything.
"""

import functools

from django.utils.cache import add_never_cache_headers

REFERRER_POLICY = "same-origin"


def report_page(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Referrer-Policy"] = REFERRER_POLICY
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped
