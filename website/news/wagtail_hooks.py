"""Admin registration: the tags' names in each language, translated like the other snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from website.news.models import TagName


class TagNameViewSet(SnippetViewSet):
    model = TagName
    icon = "tag"
    menu_label = _("Tag names")
    add_to_admin_menu = False
    list_display = ["name", "tag"]


register_snippet(TagNameViewSet)
