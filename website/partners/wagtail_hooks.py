"""Admin registration: partners are edited under "Site content", beside the navigation menus and topics."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.views.snippets import SnippetViewSet

from website.partners.models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "kind", "region"]
    list_filter = ["kind"]


@hooks.register("register_site_content_snippet")
def register_partners_snippet():
    return PartnerViewSet
