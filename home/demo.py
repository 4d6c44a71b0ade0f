"""Demo content for the site itself: locales, home page, 'Who we are' pages,
contact settings, organisation profile and main menu.

Facts come from the office's public pages; the prose is the project's own.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from core.demo_utils import (
    add_menu_link,
    child_page,
    demo_image,
    ensure_locales,
    fill_empty_fields,
    resync_translations,
    source_locale,
    translate,
)
from core.models import MainMenu, OrganisationProfile, SiteContactSettings

from .demo_history import load_history
from .demo_legal import load_legal
from .demo_translations import load_translations, newsroom
from .models import HomePage, StandardPage

ORDER = 0  # first: every other app's demo content hangs below the home page
HOME_HERO_IMAGE_ALT = "Illustration standing in for a photograph of a community gathering."


def paragraph(html):
    return ("paragraph", html)


STANDARD_PAGES = [
    {
        "slug": "who-we-are",
        "title": "Who we are",
        "introduction": (
            "The International Organization for Migration (IOM) is the leading inter-governmental "
            "organization for migration and part of the United Nations system."
        ),
        "body": [
            paragraph(
                "<p>Since 1951 IOM has promoted humane and orderly migration that benefits migrants "
                "and societies alike. It counts 175 member states and works in 171 countries.</p>"
                "<p>In Malaysia, IOM has worked alongside the government, employers, civil society and "
                "migrant and refugee communities since the late 1970s.</p>"
            )
        ],
    },
    {
        "slug": "what-we-do",
        "title": "What we do",
        "introduction": (
            "Our work links humanitarian assistance with sustainable development, in support of the "
            "2030 Agenda."
        ),
        "body": [
            paragraph(
                "<p>In Malaysia we help refugees resettle safely in third countries, support migrants who "
                "want to return home, run health assessments for people on the move, and work with "
                "employers on fair and ethical recruitment of migrant workers.</p>"
            )
        ],
    },
    {
        "slug": "partnerships",
        "title": "Partnerships",
        "introduction": "We work with government, employers, United Nations agencies and civil society.",
        "body": [
            paragraph(
                "<p>Our partners include government ministries and agencies, employers' federations, "
                "fellow UN agencies such as ILO and the UN human rights office, and community groups.</p>"
            )
        ],
    },
    {
        "slug": "work-with-us",
        "title": "Work with us",
        "introduction": "Vacancies, consultancies and procurement notices from the Malaysia office.",
        "body": [paragraph("<p>Open positions are published here when they are advertised.</p>")],
    },
    {
        "slug": "get-involved",
        "title": "Get involved",
        "introduction": "Ways to support safe, orderly and dignified migration.",
        "body": [
            paragraph(
                "<p>Share the stories of migrants and refugees fairly, join our campaigns, or partner "
                "with us on a project.</p>"
            )
        ],
    },
]


def load(stdout):
    ensure_locales()
    home = _home_page()
    _site_settings(home)
    _organisation_profile()
    _main_menu()
    who_we_are = None
    for spec in STANDARD_PAGES:
        page = child_page(home, StandardPage, **spec)
        who_we_are = who_we_are or page
        add_menu_link(page)
    for page in [home, *home.get_children().specific()]:
        translate(page)
    translate(MainMenu.objects.get(locale=source_locale()))
    translate(OrganisationProfile.objects.get(locale=source_locale()))
    stdout.write(f"home: {Page.objects.count()} pages")


def _home_page():
    """The English home page at the site root, replacing Wagtail's welcome page."""
    locale = source_locale()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        _remove_welcome_page(root)
        image = demo_image(
            "Hero: community gathering",
            "Abstract illustration in blue tones standing in for a photograph of a community gathering.",
        )
        home = HomePage(
            title="IOM Malaysia",
            slug="home",
            locale=locale,
            hero_heading="Safe, orderly and dignified migration for all",
            hero_text=(
                "IOM works with Malaysia's government, employers and communities to protect migrants "
                "and refugees and to make migration work for everyone."
            ),
            hero_image=image,
            hero_image_alt=HOME_HERO_IMAGE_ALT,
            listing_summary="The International Organization for Migration in Malaysia.",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    fill_empty_fields(home, hero_image_alt=HOME_HERO_IMAGE_ALT)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    # The public address comes from WAGTAILADMIN_BASE_URL, so canonical and
    # hreflang links in the demo point where the site is really served.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = base_url.hostname or "localhost"
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.site_name = "IOM Malaysia"
    site.save()
    return home


def _remove_welcome_page(root):
    """Delete Wagtail's placeholder "Welcome to your new Wagtail site!" page, if untouched."""
    for page in root.get_children().filter(slug="home"):
        if page.specific_class is Page and not page.get_children().exists():
            Site.objects.filter(root_page=page).update(root_page=root)
            page.delete()


# The seeds give no office telephone or e-mail: these stand-ins are marked as samples.
SAMPLE_PHONE = "+60 3 0000 0000"


def _site_settings(home):
    site = Site.objects.get(root_page=home)
    contact = SiteContactSettings.for_site(site)
    if not contact.email:
        contact.phone = SAMPLE_PHONE
        contact.email = "iomkualalumpur@example.org"
        contact.facebook_url = "https://www.facebook.com/IOMMalaysia"
        contact.x_url = "https://x.com/IOMMalaysia"
        contact.save()
    if contact.phone == SAMPLE_PHONE and not contact.sample:
        contact.sample = True
        contact.save()


NOTES_TO_EDITORS = f"<p>{newsroom.NOTES_1}</p><p>{newsroom.NOTES_2}</p>"


def _organisation_profile():
    profile, _created = OrganisationProfile.objects.get_or_create(
        locale=source_locale(),
        defaults={
            "name": "International Organization for Migration",
            "office_name": "Malaysia",
            "short_name": "IOM Malaysia",
            "country_code": "MY",
            "address": "Kuala Lumpur\nMalaysia",
            "footer_text": (
                "<p>IOM is part of the United Nations system and has promoted humane and orderly "
                "migration since 1951.</p>"
            ),
            "notes_to_editors": NOTES_TO_EDITORS,
        },
    )
    if not profile.notes_to_editors:  # demo databases loaded before the field existed
        profile.notes_to_editors = NOTES_TO_EDITORS
        profile.save()
        resync_translations(profile)


def _main_menu():
    MainMenu.objects.get_or_create(locale=source_locale(), defaults={"title": "Main menu"})


# The history page runs late: its timeline links to news stories and it shows figures.
# The hand-written translations run last, once every app's demo objects exist.
STEPS = [(ORDER, load), (40, load_history), (45, load_legal), (95, load_translations)]
