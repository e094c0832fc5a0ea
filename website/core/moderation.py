"""Translations go through the same moderation workflow as the pages they translate.

wagtail-localize's translation editor offers only "Publish", to those who may publish; an editor who may not
sends the translation to the page's workflow instead, as the page editor's "Submit for moderation" does.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page


def can_submit_translation_for_moderation(page, user):
    """True when `user` may edit `page`, may not publish it, and its workflow can start."""
    permissions = page.permissions_for_user(user)
    return (
        permissions.can_edit() and not permissions.can_publish() and permissions.can_submit_for_moderation()
    )


def submit_translation_for_moderation(translation, user):
    """Save the translation as a draft revision of its page and start the page's workflow on it."""
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not can_submit_translation_for_moderation(page, user):
        raise PermissionDenied
    translation.save_target(user=user, publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    page.get_workflow().start(page, user)
    return page
