"""The demo site has a history page at /<lang>/who-we-are/history/, with a hand-written Malay translation."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.models import HistoryPage

from .helpers import find_all, parse, text_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_demo_history_page_tells_the_offices_story_in_order(client, demo_site):
    assert demo_site.url == "/en/who-we-are/history/"
    assert demo_site.get_parent().title == "Who we are"
    tree = parse(client.get(demo_site.url))
    page_text = text_of(tree.find(".//main"))
    for fact in ["1951", "175 member states", "171 countries", "20,600", "11 resettlement countries", "1994"]:
        assert fact in page_text, fact
    # The key figures come from the statistics snippets, with their source.
    for figure in ["113,166", "989", "645", "135,037", "IOM Malaysia, Migration Update Q2 2023"]:
        assert figure in page_text, figure
    titles = [text_of(el) for el in find_all(tree, "span", "timeline__title")]
    assert titles[0] == "The Indochinese refugee crisis"
    assert titles[-1] == "Talks on an IOM office in Kuala Lumpur"
    cards = [text_of(card.find("h3")) for card in find_all(tree, "article", "process-card")]
    assert cards == ["Bali Process", "Colombo Process"]


def test_demo_history_page_has_a_hand_written_malay_translation(client, demo_site):
    malay = demo_site.get_translation(Locale.objects.get(language_code="ms"))
    assert malay.live and malay.title == "Sejarah kami di Malaysia"
    source = TranslationSource.objects.get_for_instance(demo_site)
    segments = StringSegment.objects.filter(source=source).select_related("context")
    untranslated = [
        segment.context.path
        for segment in segments
        if not StringTranslation.objects.filter(
            translation_of_id=segment.string_id,
            context_id=segment.context_id,
            locale__language_code="ms",
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        ).exists()
    ]
    # Every segment, the slug included: it is "translated" to itself, so the URL
    # stays /ms/who-we-are/history/ (docs/languages.md, demo translations).
    assert untranslated == []

    response = client.get("/ms/who-we-are/history/")
    tree = parse(response)
    assert tree.get("lang") == "ms"
    page_text = text_of(tree.find(".//main"))
    assert "Proses Bali" in page_text
    assert "Krisis pelarian Indochina" in page_text
    assert "113,166" in page_text


def test_demo_history_page_exists_in_every_language(client, demo_site):
    for code in ["ms", "zh-hans", "ta", "my", "ar"]:
        assert client.get(f"/{code}/who-we-are/history/").status_code == 200, code
        assert client.get(f"/{code}/who-we-are/").status_code == 200, code
    assert HistoryPage.objects.count() == 6
