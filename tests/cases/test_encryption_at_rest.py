"""A raw read of the cases tables, or of the files on disk, shows none of what the reporter wrote."""

from pathlib import Path

import pytest
from django.db import connection

from cases.models import CaseMessage, CaseNote, Intervention

from .helpers import REPORT, follow_up_url, receipt_code, send_report, upload

pytestmark = pytest.mark.django_db

SECRET_WORDS = (
    "задержали у клуба",
    "aigul_safe",
    "Добавляю подробности",
    "Юрист позвонит",
    "внутренняя заметка",
)
FILE_TEXT = b"Statement of Aigul about the night of 20 November"


def test_narrative_contact_messages_notes_and_files_are_unreadable_at_rest(client, settings):
    pdf = b"%PDF-1.4\n" + FILE_TEXT + b"\n%%EOF"
    code = receipt_code(
        send_report(client, evidence=[upload(pdf, name="aigul.pdf", content_type="application/pdf")])
    )
    client.post(follow_up_url(), {"action": "open", "code": code})
    client.post(follow_up_url(), {"action": "message", "text": "Добавляю подробности."})
    from cases.models import Case

    case = Case.objects.get()
    CaseMessage.objects.create(case=case, from_reporter=False, text="Юрист позвонит завтра.")
    CaseNote.objects.create(case=case, text="внутренняя заметка")
    Intervention.objects.create(
        case=case, kind="legal_consultation", happened_on="2026-11-25", note="внутренняя заметка"
    )

    with connection.cursor() as cursor:
        raw = []
        for table in connection.introspection.table_names():
            if table.startswith("cases_"):
                cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - table names from the database itself
                raw += [str(value) for row in cursor.fetchall() for value in row]
    assert REPORT["narrative"] not in " ".join(raw)
    assert not [word for word in SECRET_WORDS if any(word in value for value in raw)]
    assert not any("aigul.pdf" in value for value in raw)

    files = [path for path in Path(settings.CASES_EVIDENCE_ROOT).rglob("*") if path.is_file()]
    assert len(files) == 1
    assert FILE_TEXT not in files[0].read_bytes() and b"%PDF" not in files[0].read_bytes()
