"""Countries of origin: stored as ISO 3166 two-letter codes, named in the reader's language.

The names come from Babel's copy of the Unicode CLDR, so a recipe's country
reads 'Myanmar' in English, 'မြန်မာ' in Burmese and 'ميانمار (بورما)' in Arabic
without anyone translating it. Codes are synchronised across translations.
"""

from functools import lru_cache

from babel import Locale as BabelLocale
from babel.core import UnknownLocaleError
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# CLDR territory codes that are not countries (regions, pseudo-locales, 'Unknown').
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@lru_cache(maxsize=16)
def country_names(language_code):
    """{code: name} for every country, in the given Django language."""
    try:
        locale = BabelLocale.parse(translation.to_locale(language_code))
    except (UnknownLocaleError, ValueError):
        locale = BabelLocale.parse("en")
    english = BabelLocale.parse("en").territories
    names = locale.territories
    return {
        code: names.get(code, english[code])
        for code in english
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }


def country_name(code, language_code=None):
    """The country's name in the active (or given) language; '' for an unknown code."""
    if not code:
        return ""
    return country_names(language_code or translation.get_language() or "en").get(code.upper(), "")


def country_choices():
    """(code, English name) pairs sorted by name, for the editor's select box."""
    names = country_names("en")
    return [("", "---------")] + sorted(names.items(), key=lambda item: item[1])


def is_country_code(value):
    return isinstance(value, str) and value in country_names("en")


def validate_country_code(value):
    if not is_country_code(value):
        raise ValidationError(_("Choose a country from the list."), code="invalid_country")
