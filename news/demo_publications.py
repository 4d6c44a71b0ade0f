"""Demo publications: the office's Q2 2023 update and the Labour Migration Process Mapping Guide.

Both publications are real; their files are not part of the seeds, so each is a
one-page PDF generated here that says it is a demo file, and the pages say so too.
"""

import datetime
import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model

from core.demo_utils import add_menu_link, child_page, demo_image, site_root, source_locale, translate

from .publications import PublicationIndexPage, PublicationKind, PublicationPage

DEMO_FILE_NOTE = (
    "Demo file: a one-page stand-in generated for this demonstration site, not the office's publication."
)

PUBLICATIONS = [
    {
        "slug": "migration-update-q2-2023",
        "title": "IOM Malaysia update: April to June 2023",
        "date": datetime.date(2023, 7, 15),
        "kind": PublicationKind.NEWSLETTER,
        "summary": (
            "The office's newsletter for the second quarter of 2023: ethical recruitment training for "
            "SMEs, domestic workers' social protection, media engagement, the Mapping Guide launch and "
            "the quarter's movement figures."
        ),
        "hero_image_alt": "Illustration standing in for the newsletter's cover.",
        "files": {
            "en": ("IOM Malaysia update: April to June 2023", "Demo file"),
            "ms": ("Kemas kini IOM Malaysia: April hingga Jun 2023", "Fail demo"),
        },
    },
    {
        "slug": "labour-migration-process-mapping-guide",
        "title": "Labour Migration Process Mapping Guide",
        "date": datetime.date(2023, 5, 31),
        "kind": PublicationKind.GUIDE,
        "summary": (
            "A practical tool for businesses to identify, mitigate and address the human and labour rights "
            "risks to migrant workers in international supply chains."
        ),
        "hero_image_alt": "Illustration standing in for the guide's cover.",
        "files": {"en": ("Labour Migration Process Mapping Guide", "Demo file")},
    },
]


def load_publications(stdout):
    home = site_root(source_locale())
    library = child_page(
        home,
        PublicationIndexPage,
        "publications",
        title="Publications",
        introduction="Reports, guides and newsletters from IOM in Malaysia, in the languages they exist in.",
    )
    add_menu_link(library)
    translate(library)
    for spec in PUBLICATIONS:
        translate(_publication(library, spec))
    stdout.write(f"news: {PublicationPage.objects.count()} publications in all languages")


def _publication(library, spec):
    files = [
        ("file", {"document": _demo_pdf(title, label, language), "language": language})
        for language, (title, label) in spec["files"].items()
    ]
    return child_page(
        library,
        PublicationPage,
        spec["slug"],
        title=spec["title"],
        date=spec["date"],
        sample_date=True,  # the seeds give the month at most
        kind=spec["kind"],
        summary=spec["summary"],
        about=f"<p>{DEMO_FILE_NOTE}</p>",
        hero_image=demo_image(f"Cover: {spec['title']}", spec["hero_image_alt"], size=(600, 848)),
        hero_image_alt=spec["hero_image_alt"],
        files=files,
    )


def _demo_pdf(title, label, language):
    """A one-page PDF that names the publication and says it is a demo file (made once)."""
    document_model = get_document_model()
    document_title = f"{title} ({label}, {language})"
    existing = document_model.objects.filter(title=document_title).first()
    if existing:
        return existing
    page = Image.new("RGB", (827, 1169), "white")  # A4 at 100 dpi
    draw = ImageDraw.Draw(page)
    draw.text((60, 80), title, fill="black", font=ImageFont.load_default(size=30))
    draw.text((60, 160), label.upper(), fill=(160, 0, 0), font=ImageFont.load_default(size=40))
    draw.text((60, 240), DEMO_FILE_NOTE, fill="black", font=ImageFont.load_default(size=16))
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=100.0, title=title)
    slug = "".join(character if character.isalnum() else "-" for character in title.lower())[:60]
    return document_model.objects.create(
        title=document_title, file=ContentFile(buffer.getvalue(), name=f"demo-{slug}-{language}.pdf")
    )
