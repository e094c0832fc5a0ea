"""Where things happen: the cities a cohort or an event can be held in (or online)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class City(models.TextChoices):
    BISHKEK = "bishkek", _("Bishkek")
    OSH = "osh", _("Osh")
    JALAL_ABAD = "jalal_abad", _("Jalal-Abad")
    BATKEN = "batken", _("Batken")
    KARAKOL = "karakol", _("Karakol")
    NARYN = "naryn", _("Naryn")
    TALAS = "talas", _("Talas")
    ALMATY = "almaty", _("Almaty")
    ONLINE = "online", _("Online")
