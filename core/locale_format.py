"""Numbers, dates and file sizes as readers in Malaysia write them, with Babel (CLDR).

Each language uses its Malaysian variant where CLDR has one: `en_MY`, `ms_MY`,
`ta_MY` (113,166, not India's 1,13,166) and `zh_Hans_MY`. Burmese uses `my`
(Myanmar's conventions, as Burmese readers in Malaysia know them) and Arabic
`ar` (CLDR's default: Latin digits and separators, as the site's Arabic readers,
who come from many countries, read them beside the figures' sources). One
long date style per language everywhere readers see a date.
"""

from babel import Locale as BabelLocale
from babel.core import UnknownLocaleError
from babel.dates import format_date
from babel.units import format_unit
from django.conf import settings
from django.utils import translation

# Django language code -> the CLDR locale its readers in Malaysia use.
MALAYSIAN_LOCALES = {
    "en": "en_MY",
    "ms": "ms_MY",
    "ta": "ta_MY",
    "zh-hans": "zh_Hans_MY",
    "my": "my",
    "ar": "ar",
}
SIZE_UNITS = (("digital-byte", 1), ("digital-kilobyte", 1000), ("digital-megabyte", 1000**2))


def babel_locale(language=None):
    """The Babel locale for a Django language code (the active language by default)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    name = MALAYSIAN_LOCALES.get(language) or translation.to_locale(language)
    try:
        return BabelLocale.parse(name)
    except (UnknownLocaleError, ValueError):
        return BabelLocale.parse(MALAYSIAN_LOCALES[settings.LANGUAGE_CODE])


def long_date(value, language=None):
    """A date in words, e.g. '30 June 2023', '30 Jun 2023', '2023年6月30日'."""
    if value is None:
        return ""
    return format_date(value, format="long", locale=babel_locale(language))


def file_size(size, language=None):
    """A file size in the reader's language: '807 bytes', '14.6 kB', '1.2 MB' (SI units, one decimal)."""
    if size is None:
        return ""
    unit, factor = next(
        ((unit, factor) for unit, factor in reversed(SIZE_UNITS) if size >= factor), SIZE_UNITS[0]
    )
    locale = babel_locale(language)
    written = format_unit(size / factor, unit, length="short", format="#,##0.#", locale=locale)
    if factor == 1:  # "807 bytes" where CLDR has the word, rather than "807 byte"
        long_form = format_unit(size, unit, length="long", format="#,##0", locale=locale)
        written = written if unit in long_form else long_form
    return written
