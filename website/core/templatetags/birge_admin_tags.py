"""Template tags of the admin's own templates."""

from django import template

from website.core.moderation import can_submit_translation_for_moderation

register = template.Library()


@register.simple_tag(takes_context=True)
def may_submit_translation_for_moderation(context, page):
    return can_submit_translation_for_moderation(page, context["request"].user)
