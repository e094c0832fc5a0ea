"""A page type's view work (its context, its access checks, the handlers of its routes) lives in its app's
`views/pages.py`, registered here by name, so the page model stays declarative: it names the work it
hands over and imports no view or service. The app's `ready()` imports its `views/pages.py`.

    @page_view(EventPage, "sign_up")
    def sign_up(request, page): ...

    class EventPage(PageViews, RoutablePageMixin, Page):
        @path("sign-up/", name="sign_up")
        def sign_up(self, request):
            return self.view("sign_up")(request, self)
"""

_views = {}


def page_view(model, name):
    """Register the decorated `function(request, page, ...)` as the work called `name` of `model`'s pages."""

    def register(function):
        _views[model, name] = function
        return function

    return register


class PageViews:
    """A page that hands its view work to the functions registered for its type (or a parent type)."""

    def view(self, name):
        for model in type(self).__mro__:
            if (model, name) in _views:
                return _views[model, name]
        raise LookupError(f"No page view {name!r} is registered for {type(self).__name__}.")
