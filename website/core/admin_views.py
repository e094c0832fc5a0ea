"""Shared pieces of the project's own admin pages."""

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class AdminPageMixin(WagtailAdminTemplateMixin):
    """An admin page whose header names it: Wagtail's header shows only the breadcrumbs, «Home» alone."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]
