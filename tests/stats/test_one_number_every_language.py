"""One number in every language: a correction published in English is right on /ms/, /zh-hans/, /ta/,
/my/ and /ar/ on the very next request, with no sync and no re-publish by translators, and its
note is in the reader's language once translated, in English marked lang="en" until then."""

import csv
import datetime
import io
from decimal import Decimal

import html5lib
import pytest

from core.demo_utils import ensure_locales
from stats.formatting import format_number
from stats.models import Dataset, Statistic
from tests.factories.home import StandardPageFactory, make_home_page, translate_at_once
from tests.factories.stats import (
    AgesDatasetFactory,
    DataPageFactory,
    StatisticFactory,
)

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = ["ms", "zh-hans", "ta", "my", "ar"]
NOTE = "Two returns recorded late were added."
MALAY_LABEL = "rakyat Malaysia dibantu pulang"


@pytest.fixture(scope="module")
def site_content(module_db):
    """The home and data pages in every language, and a statistic of 645, translated into every
    language, on a page of each.

    Translating them into every locale is the slow part, and no test changes them in a way
    its rollback does not undo, so they are built once for the module; the ids by name.
    """
    ensure_locales()
    home = translate_at_once(make_home_page())
    translate_at_once(DataPageFactory(parent=home))
    statistic = StatisticFactory(
        slug="returns", value=Decimal("645"), unit="people", label="Malaysians assisted to return"
    )
    statistic.save_revision().publish()
    translate_at_once(statistic)
    malay = Statistic.objects.get(translation_key=statistic.translation_key, locale__language_code="ms")
    malay.label = MALAY_LABEL
    malay.save_revision().publish()
    page = StandardPageFactory(
        parent=home, slug="returns-page", body=[("statistic", {"statistic": statistic})]
    )
    page.save_revision().publish()
    translate_at_once(page)
    return {"statistic": statistic.pk}


@pytest.fixture
def figure_everywhere(site_content):
    """A statistic of 645, translated into every language, on a page and the data page of each."""
    return Statistic.objects.get(pk=site_content["statistic"])


def test_translating_a_page_that_shows_a_figure_keeps_the_figures_translations_live(
    client, figure_everywhere
):
    """Translating the page re-syncs the figure without publishing; readers keep the reviewed copy."""
    copies = Statistic.objects.filter(translation_key=figure_everywhere.translation_key)
    assert all(copies.values_list("live", flat=True))
    assert MALAY_LABEL in client.get("/ms/returns-page/").content.decode()


def correct(statistic, value, note=NOTE):
    """Publish a correction of the English statistic, as the approved revision of the workflow does."""
    statistic.value, statistic.correction_note = Decimal(value), note
    statistic.corrected_on = datetime.date(2026, 11, 29)
    statistic.save_revision().publish()


def text_of(html):
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return " ".join(" ".join(document.find("body").itertext()).split())


def split_corrections_log(html):
    """(the page's text without the corrections log, the log's text)."""
    document = html5lib.parse(html, namespaceHTMLElements=False)
    log_text = ""
    for parent in document.iter():
        for child in list(parent):
            if "figure-page__corrections" in (child.get("class") or ""):
                log_text = " ".join(" ".join(child.itertext()).split())
                parent.remove(child)
    return " ".join(" ".join(document.find("body").itertext()).split()), log_text


def note_elements(html, note):
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return [element for element in document.iter() if (element.text or "").strip() == note]


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_correction_in_english_is_shown_in_every_language_on_the_next_request(
    client, figure_everywhere, language
):
    correct(figure_everywhere, "646")
    new, old = format_number(646, "people", language), format_number(645, "people", language)
    for url in (f"/{language}/returns-page/", f"/{language}/data/", f"/{language}/data/returns/"):
        html = client.get(url).content.decode()
        shown, superseded = split_corrections_log(html)
        assert new in shown and old not in shown, url
        if url.endswith("/returns/"):  # the figure's page keeps the superseded value, struck through
            assert f"{old} {new}" in superseded, url
        # The untranslated correction note is the source's words, marked as English for screen readers.
        notes = note_elements(html, NOTE)
        assert notes and all(element.get("lang") == "en" for element in notes), url
    download = client.get(f"/{language}/data/returns/csv/").content.decode("utf-8-sig")
    assert [row["value"] for row in csv.DictReader(io.StringIO(download))] == ["646"]


def test_a_translated_correction_note_is_shown_in_its_language_without_an_english_mark(
    client, figure_everywhere
):
    correct(figure_everywhere, "646")
    malay = Statistic.objects.get(
        translation_key=figure_everywhere.translation_key, locale__language_code="ms"
    )
    # What the translator's approved translation holds after they translate the new note.
    malay.corrected_on = figure_everywhere.corrected_on
    malay.correction_note = "Dua kepulangan yang direkodkan lewat telah ditambah."
    malay.save_revision().publish()
    html = client.get("/ms/returns-page/").content.decode()
    (note,) = note_elements(html, malay.correction_note)
    assert note.get("lang") is None
    assert NOTE not in html
    # Arabic has not translated it yet: English, marked.
    arabic = client.get("/ar/returns-page/").content.decode()
    assert [element.get("lang") for element in note_elements(arabic, NOTE)] == ["en"]


def test_translators_numbers_never_override_the_sources(client, figure_everywhere):
    """A stale translation (not synced since the source changed) still shows the source's number."""
    malay = Statistic.objects.get(
        translation_key=figure_everywhere.translation_key, locale__language_code="ms"
    )
    Statistic.objects.filter(pk=malay.pk).update(value=Decimal("999"))
    html = client.get("/ms/returns-page/").content.decode()
    assert "645" in text_of(html) and "999" not in text_of(html)


def translate_every_segment(obj, language_code):
    """A translator's complete translation of `obj`, written to its target (as wagtail-localize does)."""
    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

    locale = Locale.objects.get(language_code=language_code)
    source = TranslationSource.objects.get(object_id=obj.translation_key, locale=obj.locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"[{language_code}] {segment.string.data}"},
        )
    source.translations.get(target_locale=locale).save_target(publish=True)


def test_the_translation_status_report_shows_a_corrected_figure_as_outdated(
    admin_client, figure_everywhere, django_capture_on_commit_callbacks
):
    from home.translation_status import OUTDATED, UP_TO_DATE, build_status

    def malay_state():
        _targets, status_rows, _summary = build_status("ms")
        (row,) = [row for row in status_rows if row.source.object_id == figure_everywhere.translation_key]
        return row.cells["ms"].state

    with django_capture_on_commit_callbacks(execute=True):
        translate_every_segment(figure_everywhere, "ms")
    assert malay_state() == UP_TO_DATE
    correct(figure_everywhere, "646")
    assert malay_state() == OUTDATED
    report = admin_client.get("/admin/translation-status/?locale=ms").content.decode()
    assert "Outdated" in report


def test_a_row_added_in_english_shows_in_malay_with_its_english_name_marked(
    client, site_content, translate_now
):
    # The module's data page, in every language.
    dataset = AgesDatasetFactory(display="table")
    dataset.save_revision().publish()
    translate_now(dataset)
    malay = Dataset.objects.get(translation_key=dataset.translation_key, locale__language_code="ms")
    malay_rows = list(malay.rows.raw_data)
    malay_rows[0]["value"]["category"] = "Kanak-kanak"
    malay.rows = malay_rows
    malay.save_revision().publish()

    dataset.rows = [*dataset.rows.raw_data, {"type": "row", "value": {"category": "Elderly", "values": "45"}}]
    dataset.correction_note = "Older people were counted separately."
    dataset.corrected_on = datetime.date(2026, 11, 29)
    dataset.save_revision().publish()

    html = client.get("/ms/data/ages/").content.decode()
    document = html5lib.parse(html, namespaceHTMLElements=False)
    table = document.find(".//table[@class='data-table']")
    headers = {th.text: th.get("lang") for th in table.iter("th") if th.get("scope") == "row"}
    assert headers == {"Kanak-kanak": None, "Adults": "en", "Elderly": "en"}
    cells = [td.text for td in table.iter("td")]
    assert cells == [format_number(value, "people", "ms") for value in (120, 300, 45)]
