"""Where something happened: Kyrgyzstan's regions and the towns the intake form offers in each."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    BISHKEK = "bishkek", _("Bishkek (city)")
    OSH_CITY = "osh_city", _("Osh (city)")
    CHUI = "chui", _("Chui region")
    OSH = "osh", _("Osh region")
    JALAL_ABAD = "jalal_abad", _("Jalal-Abad region")
    BATKEN = "batken", _("Batken region")
    ISSYK_KUL = "issyk_kul", _("Issyk-Kul region")
    NARYN = "naryn", _("Naryn region")
    TALAS = "talas", _("Talas region")
    OUTSIDE = "outside", _("Outside Kyrgyzstan")


# Each region's towns, as (value, label); "other" is any other town or village in that region.
TOWNS_BY_REGION = {
    Region.BISHKEK: [("bishkek", _("Bishkek"))],
    Region.OSH_CITY: [("osh", _("Osh"))],
    Region.CHUI: [
        ("tokmok", _("Tokmok")),
        ("kant", _("Kant")),
        ("kara_balta", _("Kara-Balta")),
        ("belovodskoye", _("Belovodskoye")),
        ("kemin", _("Kemin")),
        ("kaindy", _("Kaindy")),
        ("shopokov", _("Shopokov")),
    ],
    Region.OSH: [
        ("uzgen", _("Uzgen")),
        ("kara_suu", _("Kara-Suu")),
        ("nookat", _("Nookat")),
        ("aravan", _("Aravan")),
        ("gulcha", _("Gulcha")),
        ("daroot_korgon", _("Daroot-Korgon")),
    ],
    Region.JALAL_ABAD: [
        ("jalal_abad", _("Jalal-Abad")),
        ("kara_kul", _("Kara-Kul")),
        ("tash_kumyr", _("Tash-Kumyr")),
        ("mailuu_suu", _("Mailuu-Suu")),
        ("kerben", _("Kerben")),
        ("bazar_korgon", _("Bazar-Korgon")),
        ("kochkor_ata", _("Kochkor-Ata")),
        ("toktogul", _("Toktogul")),
    ],
    Region.BATKEN: [
        ("batken", _("Batken")),
        ("kyzyl_kiya", _("Kyzyl-Kiya")),
        ("sulukta", _("Sulukta")),
        ("isfana", _("Isfana")),
        ("kadamjai", _("Kadamjai")),
        ("aidarken", _("Aidarken")),
    ],
    Region.ISSYK_KUL: [
        ("karakol", _("Karakol")),
        ("balykchy", _("Balykchy")),
        ("cholpon_ata", _("Cholpon-Ata")),
        ("bokonbaev", _("Bokonbaev")),
        ("kyzyl_suu", _("Kyzyl-Suu")),
    ],
    Region.NARYN: [
        ("naryn", _("Naryn")),
        ("at_bashy", _("At-Bashy")),
        ("kochkor", _("Kochkor")),
        ("chaek", _("Chaek")),
    ],
    Region.TALAS: [
        ("talas", _("Talas")),
        ("kara_buura", _("Kyzyl-Adyr (Kara-Buura)")),
        ("bakai_ata", _("Bakai-Ata")),
    ],
}

OTHER_TOWN = ("other", _("Another town or village"))

TOWN_CHOICES = [town for towns in TOWNS_BY_REGION.values() for town in towns] + [OTHER_TOWN]


def region_of_town(town):
    """The region a town belongs to, or None for "another town" and unknown values."""
    for region, towns in TOWNS_BY_REGION.items():
        if any(value == town for value, _label in towns):
            return region
    return None
