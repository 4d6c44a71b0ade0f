"""Demo content for the site itself: locales, home page, 'Who we are' pages,
contact settings, organisation profile and main menu.

Facts come from the office's public pages; the prose is the project's own.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from .demo_history import load_history
from .demo_utils import add_menu_link, child_page, demo_image, ensure_locales, source_locale, translate
from .models import HomePage, MainMenu, OrganisationProfile, SiteContactSettings, StandardPage

ORDER = 0  # first: every other app's demo content hangs below the home page


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
            listing_summary="The International Organization for Migration in Malaysia.",
        )
        root.add_child(instance=home)
        home.save_revision().publish()
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


def _site_settings(home):
    site = Site.objects.get(root_page=home)
    contact = SiteContactSettings.for_site(site)
    if not contact.email:
        contact.phone = "+60 3 0000 0000"
        contact.email = "iomkualalumpur@example.org"
        contact.facebook_url = "https://www.facebook.com/IOMMalaysia"
        contact.x_url = "https://x.com/IOMMalaysia"
        contact.save()


def _organisation_profile():
    OrganisationProfile.objects.get_or_create(
        locale=source_locale(),
        defaults={
            "name": "International Organization for Migration",
            "office_name": "Malaysia",
            "address": "Kuala Lumpur\nMalaysia",
            "footer_text": (
                "<p>IOM is part of the United Nations system and has promoted humane and orderly "
                "migration since 1951.</p>"
            ),
        },
    )


def _main_menu():
    MainMenu.objects.get_or_create(locale=source_locale(), defaults={"title": "Main menu"})


# The history page runs late: its timeline links to news stories and it shows figures.
STEPS = [(ORDER, load), (40, load_history)]


# == Languages: hand-written translations of the home page and the footer ==
HOME_TRANSLATIONS = {
    "ms": {
        "IOM Malaysia": "IOM Malaysia",
        "Safe, orderly and dignified migration for all": (
            "Migrasi yang selamat, teratur dan bermaruah untuk semua"
        ),
        "IOM works with Malaysia's government, employers and communities to protect migrants "
        "and refugees and to make migration work for everyone.": (
            "IOM bekerjasama dengan kerajaan Malaysia, majikan dan komuniti untuk melindungi migran "
            "dan pelarian serta memastikan migrasi memberi manfaat kepada semua."
        ),
        "The International Organization for Migration in Malaysia.": (
            "Pertubuhan Antarabangsa bagi Migrasi di Malaysia."
        ),
    },
    "zh-hans": {
        "IOM Malaysia": "国际移民组织马来西亚办事处",
        "Safe, orderly and dignified migration for all": "让所有人都能安全、有序、有尊严地移民",
        "IOM works with Malaysia's government, employers and communities to protect migrants "
        "and refugees and to make migration work for everyone.": (
            "国际移民组织与马来西亚政府、雇主和社区合作，保护移民和难民，让移民惠及每一个人。"
        ),
        "The International Organization for Migration in Malaysia.": "国际移民组织驻马来西亚办事处。",
    },
    "ta": {
        "IOM Malaysia": "IOM மலேசியா",
        "Safe, orderly and dignified migration for all": "அனைவருக்கும் பாதுகாப்பான, ஒழுங்கான, கண்ணியமான புலம்பெயர்வு",
        "IOM works with Malaysia's government, employers and communities to protect migrants "
        "and refugees and to make migration work for everyone.": (
            "புலம்பெயர்ந்தோரையும் அகதிகளையும் பாதுகாக்கவும், புலம்பெயர்வு அனைவருக்கும் பயனளிக்கவும் "
            "IOM மலேசிய அரசு, முதலாளிகள் மற்றும் சமூகங்களுடன் இணைந்து செயல்படுகிறது."
        ),
        "The International Organization for Migration in Malaysia.": (
            "மலேசியாவில் புலம்பெயர்வுக்கான சர்வதேச அமைப்பு."
        ),
    },
    "my": {
        "IOM Malaysia": "IOM မလေးရှား",
        "Safe, orderly and dignified migration for all": ("လူတိုင်းအတွက် ဘေးကင်း၊ စနစ်တကျ၊ ဂုဏ်သိက္ခာရှိသော ရွှေ့ပြောင်းနေထိုင်မှု"),
        "IOM works with Malaysia's government, employers and communities to protect migrants "
        "and refugees and to make migration work for everyone.": (
            "IOM သည် ရွှေ့ပြောင်းလုပ်သားများနှင့် ဒုက္ခသည်များကို ကာကွယ်ရန်နှင့် ရွှေ့ပြောင်းနေထိုင်မှုသည် "
            "လူတိုင်းအတွက် အကျိုးရှိစေရန် မလေးရှားအစိုးရ၊ အလုပ်ရှင်များနှင့် အသိုင်းအဝိုင်းများနှင့် "
            "ပူးပေါင်းဆောင်ရွက်သည်။"
        ),
        "The International Organization for Migration in Malaysia.": (
            "မလေးရှားနိုင်ငံရှိ နိုင်ငံတကာ ရွှေ့ပြောင်းနေထိုင်မှုဆိုင်ရာ အဖွဲ့။"
        ),
    },
    "ar": {
        "IOM Malaysia": "المنظمة الدولية للهجرة – ماليزيا",
        "Safe, orderly and dignified migration for all": "هجرة آمنة ومنظمة وكريمة للجميع",
        "IOM works with Malaysia's government, employers and communities to protect migrants "
        "and refugees and to make migration work for everyone.": (
            "تعمل المنظمة الدولية للهجرة مع حكومة ماليزيا وأصحاب العمل والمجتمعات المحلية لحماية "
            "المهاجرين واللاجئين ولجعل الهجرة مفيدة للجميع."
        ),
        "The International Organization for Migration in Malaysia.": "المنظمة الدولية للهجرة في ماليزيا.",
    },
}
PROFILE_TRANSLATIONS = {
    "ms": {
        "International Organization for Migration": "Pertubuhan Antarabangsa bagi Migrasi",
        "Malaysia": "Malaysia",
        "IOM is part of the United Nations system and has promoted humane and orderly "
        "migration since 1951.": (
            "IOM ialah sebahagian daripada sistem Pertubuhan Bangsa-Bangsa Bersatu dan telah "
            "memperjuangkan migrasi yang berperikemanusiaan dan teratur sejak tahun 1951."
        ),
    },
}


def load_translations(stdout):
    """Hand-written translations added to the synced translations (idempotent)."""
    from .demo_utils import add_translations

    home = HomePage.objects.filter(locale=source_locale()).first()
    profile = OrganisationProfile.objects.filter(locale=source_locale()).first()
    added = 0
    for code, strings in HOME_TRANSLATIONS.items():
        if home is not None:
            added += add_translations(home, code, strings)
    for code, strings in PROFILE_TRANSLATIONS.items():
        if profile is not None:
            added += add_translations(profile, code, strings)
    stdout.write(f"home: {added} translated segment(s) added")


STEPS = [*STEPS, (95, load_translations)]
