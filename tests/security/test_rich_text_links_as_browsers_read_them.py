"""A `javascript:` link hidden where a lenient parser sees a comment is found as browsers find it.

wagtail-localize accepts a string translation with an HTML comment in it. Python's
HTMLParser ends a comment only at `-->`; browsers (HTML5) end `<!-->` at once,
end a comment at `--!>`, and end `<![CDATA[` outside SVG at the first `>`. So

    <!--><a href="javascript:...">...</a>-->

is a live link to a browser. The link rules read rich text with html5lib, as a
browser does, so such a translation is refused when it is published.
"""

from urllib.parse import urlencode

import html5lib
import pytest
from wagtail_localize.models import StringSegment

from core.link_safety import link_errors, rich_text_hrefs
from tests.factories.home import StandardPageFactory
from tests.security.test_permissions_matrix import translation_of

pytestmark = pytest.mark.django_db

SCRIPT = "javascript:fetch('/admin/users/').then(r=>r.text()).then(alert)"
PARTNER = ' bersama <a id="a1">rakan kami</a>.'
PAYLOADS = {
    "abrupt_empty_comment": f'Jalankan <!--><a href="{SCRIPT}">daftar</a>-->{PARTNER}',
    "bang_comment_end": f'Jalankan <!-- x --!><a href="{SCRIPT}">daftar</a> -->{PARTNER}',
    "cdata_bogus_comment": f'Jalankan <![CDATA[><a href="{SCRIPT}">daftar</a>]]>{PARTNER}',
}


def browser_hrefs(html):
    """The hrefs an HTML5 (browser-conformant) parser sees."""
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return [a.get("href") for a in document.iter("a") if a.get("href")]


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_the_link_check_finds_the_links_a_browser_finds(payload):
    html = f"<p>{payload}</p>"
    assert SCRIPT in browser_hrefs(html)  # the link a browser would follow
    assert SCRIPT in rich_text_hrefs(html)


@pytest.fixture
def page(home_page, locales, translate_now):
    translate_now(home_page)
    page = StandardPageFactory(
        parent=home_page,
        title="Partners",
        slug="partners",
        body=[("paragraph", '<p>Run with <a href="https://www.iom.int/">our partner</a>.</p>')],
    )
    translate_now(page)
    return page


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_a_translator_cannot_publish_a_javascript_link_hidden_in_a_comment(
    malay_translator, page, locales, payload, django_capture_on_commit_callbacks
):
    client = malay_translator
    translation = translation_of(page, locales["ms"])
    segment = StringSegment.objects.get(source=translation.source, string__data__contains="our partner")
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": payload}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)
    ms_page = page.get_translation(locales["ms"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{ms_page.pk}/edit/", {"action": "publish"})
    ms_page.refresh_from_db()
    assert link_errors(ms_page.specific) == {}
    client.logout()
    html = client.get(ms_page.get_url()).content.decode()
    assert SCRIPT not in browser_hrefs(html), "live javascript: link on the public page"
