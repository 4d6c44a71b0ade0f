"""Demo legal pages: accessibility statement, privacy notice and content licence, linked from every footer.

The accessibility statement and the privacy notice describe what this software
does (what its tests measure, what it records); the licence terms are a
stand-in the office replaces, and the page says so. Their translations are in
home/demo_translations/.
"""

from core.demo_utils import child_page, site_root, source_locale, translate
from core.models import LegalPages

from .models import StandardPage


def paragraph(html):
    return ("paragraph", html)


def heading(text):
    return ("heading", {"text": text, "level": "h2", "anchor_id": ""})


ACCESSIBILITY = {
    "slug": "accessibility",
    "title": "Accessibility statement",
    "introduction": (
        "We want everyone to be able to use this website, whatever their device, language or ability."
    ),
    "body": [
        paragraph(
            "<p>This website aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, "
            "in all six of its languages.</p>"
        ),
        heading("How we check"),
        paragraph(
            "<ul>"
            "<li>Every change is tested in a real browser with axe-core against WCAG 2.0, 2.1 and 2.2 at "
            "levels A and AA: every type of page, in English, Malay, Chinese, Tamil, Burmese and Arabic, "
            "must show no violation.</li>"
            "<li>Browser tests also use the site with the keyboard alone, on a phone screen 320 pixels "
            "wide, and in Arabic, which reads from right to left.</li>"
            "<li>Pages work without JavaScript, and every chart comes with a table of its figures.</li>"
            "</ul>"
        ),
        heading("Known limitations"),
        paragraph(
            "<ul>"
            "<li>Chinese and Arabic text is shown in your device's own fonts: the site provides fonts "
            "for Tamil and Burmese only.</li>"
            "<li>Some pages in Chinese, Tamil, Burmese and Arabic still show English text where no "
            "translation exists yet.</li>"
            "</ul>"
        ),
        heading("Tell us"),
        paragraph(
            "<p>If something on this site is hard to use, write to the e-mail address at the foot of every "
            "page: say which page, and what you were trying to do.</p>"
            "<p>This statement was last reviewed in November 2026.</p>"
        ),
    ],
}

PRIVACY = {
    "slug": "privacy",
    "title": "Privacy notice",
    "introduction": "What this website records when you use it, and why.",
    "body": [
        paragraph(
            "<p>Reading this site runs no analytics or advertising, and sets no cookies except on a page "
            "protected by a password or the e-mail alerts form (see below). Pages, pictures and downloads "
            "come from this site itself; a video embedded in a page comes from its provider.</p>"
            "<p>Our server logs each request it answers: the time, the page asked for, the result and how "
            "long it took. The log does not record your IP address.</p>"
            "<p>On a page protected by a password, its form sets a security cookie and the right password "
            "a session cookie that lasts one hour; wrong passwords are counted per device address for 15 "
            "minutes to stop guessing, then forgotten.</p>"
            "<p>If you subscribe to e-mail alerts, we keep your e-mail address, the language and topics you "
            "chose, when you confirmed, and which stories we have sent you, and use them only to send the "
            "alerts. The form sets a security cookie.</p>"
            "<p>An address not confirmed within 7 days is deleted. Otherwise we keep it until you "
            "unsubscribe: every alert links to a page where you can change your alerts, or unsubscribe, "
            "which deletes your address and everything kept with it at once.</p>"
            "<p>Staff who sign in to edit the site get a session cookie that lasts one hour. Failed "
            "sign-ins are recorded with their address to lock out attackers.</p>"
            "<p>Map links open OpenStreetMap, which then receives your request under its own privacy "
            "policy.</p>"
            "<p>To ask what we hold about you, or to have it deleted, write to the e-mail address at the "
            "foot of every page.</p>"
        )
    ],
}

LICENCE = {
    "slug": "content-licence",
    "title": "Content licence",
    "introduction": "How you may reuse what this site publishes.",
    "body": [
        paragraph(
            "<p>Unless a page or file says otherwise, you may copy, share and adapt the text, figures and "
            "datasets on this site for any purpose, under the Creative Commons Attribution 4.0 "
            "International licence (CC BY 4.0).</p>"
            "<p>Credit IOM Malaysia, link to the page or file you used, and say if you changed it. Each "
            "dataset offers a suggested citation.</p>"
            "<p>Photographs are credited under each image and are not covered by this licence unless "
            "their credit says so. The IOM name and logo may not be reused without permission.</p>"
            "<p>Sample text for this demonstration site: the office sets its own terms before the site "
            "goes live.</p>"
        )
    ],
}

LEGAL_PAGES = {
    "accessibility_statement": ACCESSIBILITY,
    "privacy_notice": PRIVACY,
    "content_licence": LICENCE,
}


def load_legal(stdout):
    home = site_root(source_locale())
    setting = LegalPages.for_site(home.get_site())
    changed = False
    for field, spec in LEGAL_PAGES.items():
        page = child_page(home, StandardPage, **spec)
        translate(page)
        if getattr(setting, f"{field}_id") is None:
            setattr(setting, field, page)
            changed = True
    if changed:
        setting.save()
    stdout.write("home: accessibility statement, privacy notice and content licence")
