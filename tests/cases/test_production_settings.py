"""In production, evidence files live outside every folder a web server serves."""

from pathlib import Path

from tests.security.production import production_values, run_with_production_settings

SCRIPT = (
    "import json; from django.conf import settings; from cases.models import Evidence; "
    "storage = Evidence._meta.get_field('file').storage; "
    "print(json.dumps([settings.CASES_EVIDENCE_ROOT, settings.MEDIA_ROOT, settings.STATIC_ROOT, storage.location]))"
)


def test_the_evidence_folder_is_outside_media_and_static_files_in_production():
    evidence_root, media_root, static_root, storage_location = map(Path, production_values(SCRIPT))

    assert storage_location == evidence_root.resolve()
    for served in (media_root, static_root):
        assert not evidence_root.resolve().is_relative_to(served.resolve())
        assert not served.resolve().is_relative_to(evidence_root.resolve())


def test_production_refuses_to_start_with_evidence_under_the_media_folder(tmp_path):
    result = run_with_production_settings(
        "check", MEDIA_ROOT=str(tmp_path / "media"), CASES_EVIDENCE_ROOT=str(tmp_path / "media" / "evidence")
    )

    assert result.returncode != 0
    assert "CASES_EVIDENCE_ROOT overlaps MEDIA_ROOT or STATIC_ROOT" in result.stderr
