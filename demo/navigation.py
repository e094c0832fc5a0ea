"""The header menu and footer address (one per language) and the site-wide settings: contacts and bank details."""

from website.core.models import NavigationMenu, NavigationMenuItem, SiteSettings

from .data import read
from .localize import demo_key, ensure_snippet
from .standard import site_details
from .text import SOURCE_LANGUAGE, TARGET_LANGUAGES, resolve


def menu_items():
    """(page key, label) of each item of the header menu, in order."""
    return [(item["page"], item["label"]) for item in read("navigation")["menu"]]


def _menu_builder(pages, locales):
    content = read("navigation")

    def build(language):
        items = [
            NavigationMenuItem(
                label=resolve(label, language),
                page=pages[key],
                sort_order=order,
                translation_key=demo_key("menu-item", key),
                locale=locales[SOURCE_LANGUAGE],
            )
            for order, (key, label) in enumerate(menu_items())
        ]
        return NavigationMenu(
            name="Main",
            footer_text=resolve(content["footer"], language),
            address=resolve(content["address"], language),
            items=items,
        )

    return build


def _localize_items(menu, locales):
    """Give each translated menu its own labels and links to the pages in its language.

    NavigationMenu does not list its items as a translatable field, so wagtail-localize copies them
    from the Russian menu unchanged.
    """
    labels = {demo_key("menu-item", key): label for key, label in menu_items()}
    for language in TARGET_LANGUAGES:
        translated = menu.get_translation(locales[language])
        for item in translated.items.all():
            label = labels.get(item.translation_key)
            if label is None:
                continue
            item.label = resolve(label, language)
            item.page = item.page.get_translation_or_none(locales[language]) or item.page
            item.save(update_fields=["label", "page"])


def ensure_menu(pages, locales):
    """The main menu in Russian, with synced Kyrgyz and English translations."""
    existed = NavigationMenu.objects.filter(
        translation_key=demo_key(NavigationMenu._meta.label, "main")
    ).exists()
    menu = ensure_snippet(NavigationMenu, "main", _menu_builder(pages, locales), locales)
    if existed:
        _add_missing_items(menu, pages, locales)
    else:
        _localize_items(menu, locales)
    return menu


def _add_missing_items(menu, pages, locales):
    """A menu made by an earlier demo gets the items added since (Events), in every language, in order."""
    for language, locale in locales.items():
        translated = menu if language == SOURCE_LANGUAGE else menu.get_translation_or_none(locale)
        if translated is None:
            continue
        items = {item.translation_key: item for item in translated.items.all()}
        for order, (key, label) in enumerate(menu_items()):
            item = items.get(demo_key("menu-item", key))
            if item is None:
                page = pages[key].get_translation_or_none(locale) or pages[key]
                item = NavigationMenuItem(
                    menu=translated,
                    label=resolve(label, language),
                    page=page,
                    translation_key=demo_key("menu-item", key),
                    locale=locale,
                )
            if item.pk is None or item.sort_order != order:
                item.sort_order = order
                item.save()


def ensure_site_settings():
    settings = SiteSettings.load()
    for name, value in site_details().items():
        setattr(settings, name, value)
    settings.save()
    return settings
