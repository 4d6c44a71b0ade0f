"""Numbers and dates written the way the reader's language writes them, with Babel.

Django's own localisation knows separators for a handful of formats only;
Babel carries the CLDR data for every one of our languages (Malay, Tamil,
Burmese and Arabic included), so figures read naturally in each; each language
uses its Malaysian variant where there is one (core/locale_format.py).
"""

from decimal import Decimal

from babel.numbers import format_decimal, format_percent

from core.locale_format import babel_locale, long_date


def format_number(value, unit="count", language=None):
    """A value for display: '113,166' in English, '80.6%' for a percentage.

    Percentages are stored as the number shown (80.6 means 80.6 per cent).
    Decimals are kept as entered, never rounded away.
    """
    if value is None:
        return ""
    locale = babel_locale(language)
    value = Decimal(value)
    if unit == "percent":
        return format_percent(value / 100, locale=locale, decimal_quantization=False)
    return format_decimal(value.normalize() if value == value.to_integral() else value, locale=locale)


def format_date(value, language=None):
    """A date in words in the reader's language, e.g. '30 June 2023' (core/locale_format.py)."""
    return long_date(value, language)
