"""Patches to third-party packages, applied once from CoreConfig.ready(); each has a test showing it is needed."""


def apply():
    from . import localize_dates

    localize_dates.apply()
