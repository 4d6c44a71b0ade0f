"""Numbers and dates in the reader's language; translations keep the source's numbers."""

import datetime
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from wagtail_localize.models import TranslationSource

from core.locale_format import file_size, long_date
from stats.formatting import format_date, format_number
from stats.models import Dataset, Statistic
from tests.factories.stats import DatasetFactory, StatisticFactory

pytestmark = pytest.mark.django_db


def test_numbers_are_formatted_for_each_language():
    assert format_number(Decimal("113166.0000"), "people", "en") == "113,166"
    assert format_number(Decimal("113166"), "people", "ms") == format_decimal(113166, locale="ms")
    assert format_number(Decimal("113166"), "people", "ar") == format_decimal(113166, locale="ar")
    # Malaysia's Tamil readers group in thousands (ta_MY), not India's 1,13,166.
    assert format_number(Decimal("113166"), "people", "ta") == "113,166"
    assert format_number(Decimal("80.6"), "percent", "en") == "80.6%"


def test_as_of_dates_are_written_in_the_readers_language():
    assert format_date(datetime.date(2023, 6, 30), "en") == "30 June 2023"
    assert format_date(datetime.date(2023, 6, 30), "ms") == "30 Jun 2023"
    assert "يونيو" in format_date(datetime.date(2023, 6, 30), "ar")


def _sync(instance):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    for translation in source.translations.all():
        translation.save_target(publish=True)


def test_translated_statistic_keeps_the_sources_number_after_a_sync(locales, translate_now):
    statistic = StatisticFactory(value=Decimal("113166"), label="refugees resettled")
    translate_now(statistic, [locales["ms"]])
    malay = Statistic.objects.get(translation_key=statistic.translation_key, locale=locales["ms"])
    assert malay.value == Decimal("113166")
    statistic.value = Decimal("113200")
    statistic.save()
    _sync(statistic)
    malay.refresh_from_db()
    assert malay.value == Decimal("113200")
    assert malay.as_of == statistic.as_of


def test_translated_dataset_keeps_the_sources_numbers_and_translates_labels(locales, translate_now):
    dataset = DatasetFactory()
    translate_now(dataset, [locales["ms"]])
    dataset.rows = [
        ("row", {"category": "USA", "values": "81.0"}),
        ("row", {"category": "Canada", "values": "19"}),
    ]
    dataset.save()
    _sync(dataset)
    malay = Dataset.objects.get(translation_key=dataset.translation_key, locale=locales["ms"])
    assert malay.raw_rows() == [("USA", [Decimal("81.0")]), ("Canada", [Decimal("19")])]
    assert "rows" in {field.field_name for field in Dataset.translatable_fields}


def test_statistic_block_shows_the_readers_language_copy(client, translated_home, translate_now):
    from tests.factories.stats import DataPageFactory

    statistic = StatisticFactory(label="refugees resettled")
    translate_now(statistic, [translated_home["ms"].locale])
    malay = Statistic.objects.get(translation_key=statistic.translation_key, locale__language_code="ms")
    malay.label = "pelarian ditempatkan semula"
    malay.save()
    home = translated_home["en"]
    DataPageFactory(parent=home)
    home.body = [("statistic", {"statistic": statistic})]
    home.save_revision().publish()
    # Render the English page's block in Malay: the Malay copy is chosen, numbers formatted for Malay.
    from django.utils import translation

    from home.models import HomePage

    with translation.override("ms"):
        html = HomePage.objects.get(pk=home.pk).body[0].render()
    assert "pelarian ditempatkan semula" in html
    assert format_decimal(113166, locale="ms") in html


def test_every_language_writes_dates_and_file_sizes_as_its_readers_in_malaysia_do(client):
    day = datetime.date(2022, 9, 17)
    assert [long_date(day, code) for code in ("en", "ms", "zh-hans", "my")] == [
        "17 September 2022",
        "17 September 2022",
        "2022年9月17日",
        "2022 စက်တင်ဘာ 17",
    ]
    assert "செப்டம்பர்" in long_date(day, "ta") and "سبتمبر" in long_date(day, "ar")
    # Arabic: a point as decimal mark, beside "80.6%", and no dual form ("807 بايتان").
    assert file_size(1234567, "ar") == "1.2 م.ب"
    assert file_size(807, "ar") == "807 بايت"
    assert [file_size(807, code) for code in ("en", "ms")] == ["807 bytes", "807 bait"]
