"""Admin registration of the translatable snippets editors manage alongside pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from website.core.models import NavigationMenu, Topic
from website.partners.models import Partner


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Navigation menus")
    list_display = ["name", "locale"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "kind", "region"]
    list_filter = ["kind"]


class SiteContentViewSetGroup(SnippetViewSetGroup):
    items = (NavigationMenuViewSet, TopicViewSet, PartnerViewSet)
    menu_icon = "site"
    menu_label = _("Site content")
    menu_name = "site-content"


register_snippet(SiteContentViewSetGroup)
