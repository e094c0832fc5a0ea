"""The publications index and a monitoring report with a generated PDF (publications.yaml)."""

from datetime import date

from website.publications.models import PublicationIndexPage, PublicationPage

from .data import page_fields, read
from .localize import ensure_page
from .media import ensure_document, report_pdf


def build_report(title, pdf):
    sections = [(section["heading"], section["paragraphs"]) for section in pdf["sections"]]
    return report_pdf(title, pdf["subtitle"], sections, pdf["footer"])


def ensure_publications(home, cover, locales, today=None):
    """The publications index with one report; returns the index."""
    content = read("publications")
    index = ensure_page(home, PublicationIndexPage, "publications", content["index"], locales)
    report = content["report"]
    title, pdf = report["title"].ru, report.pop("pdf")
    document = ensure_document(f"{title} (PDF)", pdf["filename"], lambda: build_report(title, pdf))
    fields = page_fields(report, {"report_cover": cover}, today=today or date.today())
    ensure_page(index, PublicationPage, report["slug"], {**fields, "document": document}, locales)
    return index
