"""A cohort as the target of the shared participant import (website.core.imports)."""

from django.utils.translation import gettext_lazy as _

from learning.services.cohorts import add_participants, lock_cohort, registered_contacts
from website.core.contacts import clean_contact
from website.core.imports import ImportTarget


class CohortImport(ImportTarget):
    """Participants imported into a ToT cohort; each one with an email gets an invitation in `language`."""

    duplicate_reason = _("Already registered in this cohort.")

    def __init__(self, cohort, language=None):
        self.cohort = cohort
        self.language = language

    def clean(self, name, email, phone):
        return clean_contact(name, email, phone)

    def registered_contacts(self):
        return registered_contacts(self.cohort)

    def lock(self):
        lock_cohort(self.cohort)

    def add(self, details_list):
        return add_participants(self.cohort, details_list, self.language)
