from django.utils.cache import patch_cache_control


class AnonymousCacheControlMiddleware:
    """Public pages for anonymous visitors may be cached briefly; anything personal never is."""

    max_age = 300

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response:
            return response
        user = getattr(request, "user", None)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not (user and user.is_authenticated)
        ):
            if not request.path.startswith(("/admin/", "/accounts/")) and "/accounts/" not in request.path:
                patch_cache_control(response, public=True, max_age=self.max_age)
                return response
        patch_cache_control(response, private=True, no_cache=True, no_store=True)
        return response
