from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from wagtail.users.models import UserProfile

from cases.models import Evidence
from tests.cases.admin_helpers import case_worker, in_group, make_case, organisation
from tests.events.feedback_helpers import staff_member
from website.accounts.factories import UserFactory
from website.core.encryption import fernet


@pytest.fixture
def world(db, settings, tmp_path):
    """Organisation A with a case (and an evidence file), organisation B, and one person per role."""
    settings.CASES_EVIDENCE_ROOT = str(tmp_path / "evidence")
    org_a, org_b = (
        organisation("osh-a", "Osh organisation"),
        organisation("bishkek-b", "Bishkek organisation"),
    )
    case = make_case(org_a, contact_method="email", contact="reporter@example.org")
    evidence = Evidence(case=case, content_type="image/png", size=4, original_name="photo.png")
    evidence.file.save("x.bin", ContentFile(fernet().encrypt(b"\x89PNG")), save=True)
    trainer = in_group(UserFactory(), "Trainers")
    people = {
        "anonymous": None,
        "editor": staff_member("Editors"),
        "moderator": staff_member("Moderators"),
        "trainer": trainer,
        "case worker A": case_worker(org_a, first_name="Aida", email="aida@example.org"),
        "case worker B": case_worker(org_b, first_name="Bakyt", email="bakyt@example.org"),
        "superuser": staff_member(),
    }
    people["superuser"].is_superuser = True
    for person in people.values():
        if person is not None:
            person.preferred_language = "en"
            person.save()
            profile = UserProfile.get_for_user(person)
            profile.preferred_language = "en"
            profile.save()
    return SimpleNamespace(org_a=org_a, org_b=org_b, case=case, evidence=evidence, people=people)
