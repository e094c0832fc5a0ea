"""Generated pictures (abstract patterns in the brand colours) and a small PDF report."""

import random
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from learning.documents import new_pdf

TEAL = (15, 94, 102)
SAFFRON = (242, 165, 65)
PLUM = (107, 45, 92)
SAND = (244, 239, 230)
CORAL = (228, 87, 46)
SKY = (120, 178, 196)
PALETTE = [TEAL, SAFFRON, PLUM, CORAL, SKY]


def circles(draw, size, rng):
    """Overlapping rings: people side by side ("birge" means "together")."""
    width, height = size
    for _ in range(14):
        radius = rng.randint(height // 6, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=rng.choice(PALETTE), width=18)


def mountains(draw, size, rng):
    """Layered ridges, lighter towards the back."""
    width, height = size
    for layer, colour in enumerate([SKY, TEAL, PLUM]):
        base = height * (0.45 + 0.18 * layer)
        points = [(0, height)]
        for x in range(0, width + 80, 80):
            points.append((x, base - rng.randint(0, int(height * 0.25))))
        points.append((width, height))
        draw.polygon(points, fill=colour)


def ornament(draw, size, rng):
    """A grid of diamonds and horns, after the felt carpets (shyrdak) of the region."""
    width, height = size
    step = max(width, height) // 8
    for row, y in enumerate(range(0, height + step, step)):
        for column, x in enumerate(range(0, width + step, step)):
            colour = PALETTE[(row + column) % len(PALETTE)]
            half = step // 2
            draw.polygon([(x, y - half), (x + half, y), (x, y + half), (x - half, y)], fill=colour)
            draw.arc((x - half, y - half, x + half, y + half), 200, 340, fill=SAND, width=6)


def stripes(draw, size, rng):
    """Diagonal bands of colour."""
    width, height = size
    band = height // 5
    for index, start in enumerate(range(-height, width, band)):
        colour = PALETTE[index % len(PALETTE)]
        draw.polygon(
            [(start, height), (start + band, height), (start + band + height, 0), (start + height, 0)],
            fill=colour,
        )


def monogram(draw, size, rng):
    """A round badge for a partner's logo."""
    width, height = size
    colour = rng.choice(PALETTE)
    draw.ellipse((8, 8, width - 8, height - 8), fill=colour)
    inner = rng.choice([c for c in PALETTE if c != colour])
    draw.ellipse((width // 3, height // 3, width * 2 // 3, height * 2 // 3), fill=inner)


PAINTERS = {
    "circles": circles,
    "mountains": mountains,
    "ornament": ornament,
    "stripes": stripes,
    "monogram": monogram,
}


def paint(pattern, size, seed):
    """PNG bytes of a generated picture; the same seed always draws the same picture."""
    canvas = PillowImage.new("RGB", size, SAND)
    PAINTERS[pattern](ImageDraw.Draw(canvas), size, random.Random(seed))  # nosec B311 # picture patterns, not secrets
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer.getvalue()


def ensure_image(title, pattern, size=(1200, 675), seed=0):
    """A Wagtail image with this title, generated the first time."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        content = ContentFile(paint(pattern, size, seed), name=f"{slugify(pattern)}-{seed}.png")
        image = image_model(title=title, file=content)
        image.save()
    return image


def ensure_document(title, filename, build_pdf):
    """A Wagtail document with this title, its PDF built the first time by `build_pdf()`."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is None:
        document = document_model(title=title, file=ContentFile(bytes(build_pdf()), name=filename))
        document.save()
    return document


def report_pdf(title, subtitle, sections, footer):
    """A short A4 report: a coloured band with the title, then headed sections of plain paragraphs."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, 210, 42, style="F")
    pdf.set_text_color(*SAND)
    pdf.set_xy(15, 12)
    pdf.set_font("body", "B", 18)
    pdf.multi_cell(180, 8, title)
    pdf.set_font("body", size=11)
    pdf.set_x(15)
    pdf.multi_cell(180, 6, subtitle)
    pdf.set_text_color(30, 30, 30)
    pdf.set_y(52)
    for heading, paragraphs in sections:
        pdf.set_font("body", "B", 13)
        pdf.multi_cell(0, 7, heading)
        pdf.ln(1)
        pdf.set_font("body", size=11)
        for text in paragraphs:
            pdf.multi_cell(0, 6, text)
            pdf.ln(2)
        pdf.ln(3)
    pdf.set_font("body", size=9)
    pdf.set_text_color(*PLUM)
    pdf.multi_cell(0, 5, footer)
    return pdf.output()
