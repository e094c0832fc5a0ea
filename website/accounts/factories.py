"""People who can sign in, for tests. They are defined in core, so that the apps' factories can use them."""

from website.core.factories import PASSWORD, StaffFactory, UserFactory

__all__ = ["PASSWORD", "StaffFactory", "UserFactory"]
