"""Registries the apps fill from their wagtail_hooks.py, so that core runs their parts without importing them."""

from wagtail import hooks


def registered(hook_name):
    """What the functions registered for `hook_name` return, in hook order; a function may return a list."""
    entries = []
    for register in hooks.get_hooks(hook_name):
        entry = register()
        entries.extend(entry if isinstance(entry, list | tuple) else [entry])
    return entries
