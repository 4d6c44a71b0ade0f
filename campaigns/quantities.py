"""Ingredient quantities: scaling for a different number of servings and showing them as cooks write them.

Quantities are stored as decimals (0.5, 0.25, 1.333) and scaled with exact
fractions, so 1/3 cup for 4 people becomes 2/3 cup for 8, not 0.666.
"""

from decimal import Decimal, InvalidOperation
from fractions import Fraction

from django.utils.translation import gettext_lazy as _

# The fractions kitchen measures use, with their single-character forms.
VULGAR_FRACTIONS = {
    Fraction(1, 8): "⅛",
    Fraction(1, 6): "⅙",
    Fraction(1, 4): "¼",
    Fraction(1, 3): "⅓",
    Fraction(3, 8): "⅜",
    Fraction(1, 2): "½",
    Fraction(5, 8): "⅝",
    Fraction(2, 3): "⅔",
    Fraction(3, 4): "¾",
    Fraction(5, 6): "⅚",
    Fraction(7, 8): "⅞",
}
# How far a quantity may be from a kitchen fraction and still be shown as one.
TOLERANCE = Fraction(1, 50)
# Above this, fractions stop being useful (nobody weighs 312⅜ g); round to whole numbers.
WHOLE_NUMBERS_FROM = 10

MIN_SERVINGS = 1
MAX_SERVINGS = 100

# Unit code -> (singular, plural). The code is stored; the words are translated.
UNITS = {
    "": ("", ""),
    "g": (_("g"), _("g")),
    "kg": (_("kg"), _("kg")),
    "ml": (_("ml"), _("ml")),
    "l": (_("l"), _("l")),
    "tsp": (_("teaspoon"), _("teaspoons")),
    "tbsp": (_("tablespoon"), _("tablespoons")),
    "cup": (_("cup"), _("cups")),
    "piece": (_("piece"), _("pieces")),
    "clove": (_("clove"), _("cloves")),
    "pinch": (_("pinch"), _("pinches")),
    "handful": (_("handful"), _("handfuls")),
    "bunch": (_("bunch"), _("bunches")),
    "can": (_("can"), _("cans")),
}
UNIT_CHOICES = [
    ("", _("(no unit, e.g. 2 eggs)")),
    ("g", _("grams (g)")),
    ("kg", _("kilograms (kg)")),
    ("ml", _("millilitres (ml)")),
    ("l", _("litres (l)")),
    ("tsp", _("teaspoons")),
    ("tbsp", _("tablespoons")),
    ("cup", _("cups")),
    ("piece", _("pieces")),
    ("clove", _("cloves")),
    ("pinch", _("pinches")),
    ("handful", _("handfuls")),
    ("bunch", _("bunches")),
    ("can", _("cans")),
]


def to_fraction(value):
    """A stored quantity (Decimal, str, int or None) as an exact Fraction, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, Fraction | int):
        return Fraction(value)
    try:
        return Fraction(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def scale(value, factor):
    """`value` multiplied by `factor` (a Fraction); None stays None ('salt to taste')."""
    quantity = to_fraction(value)
    return None if quantity is None else quantity * factor


def format_quantity(value):
    """A quantity as a cook writes it: 1½, ⅓, 2, 250; odd values as short decimals (1.15)."""
    quantity = to_fraction(value)
    if quantity is None:
        return ""
    if quantity >= WHOLE_NUMBERS_FROM:
        return str(round(quantity))
    whole, rest = divmod(quantity, 1)
    whole = int(whole)
    candidates = {Fraction(0): "", Fraction(1): "", **VULGAR_FRACTIONS}
    nearest = min(candidates, key=lambda fraction: abs(rest - fraction))
    if abs(rest - nearest) <= TOLERANCE:
        if nearest == 1:
            return str(whole + 1)
        if whole == 0 and nearest == 0:
            # Too small for a kitchen fraction (e.g. 0.02 kg): keep the decimal.
            return _decimal(quantity)
        return f"{whole or ''}{candidates[nearest]}" if nearest else str(whole)
    return _decimal(quantity)


def _decimal(quantity):
    text = f"{float(quantity):.2f}".rstrip("0").rstrip(".")
    return text or "0"


def unit_label(code, quantity):
    """The unit's word, plural when the quantity is more than one."""
    singular, plural = UNITS.get(code or "", ("", ""))
    amount = to_fraction(quantity)
    if amount is not None and amount > 1:
        return str(plural)
    return str(singular)


def parse_servings(raw):
    """A servings count from a query string: an int within bounds, or None when unusable.

    Returns (servings or None, was_given). Anything that is not a whole number
    from MIN_SERVINGS to MAX_SERVINGS gives None, so the caller keeps the
    original quantities.
    """
    if raw is None:
        return None, False
    text = str(raw).strip()
    if not text:
        return None, False
    if len(text) > 6 or not text.isascii() or not text.isdigit():
        return None, True
    number = int(text)
    if not MIN_SERVINGS <= number <= MAX_SERVINGS:
        return None, True
    return number, True
