"""Quantities read as a cook writes them, and servings from the address are bounded."""

from decimal import Decimal
from fractions import Fraction

import pytest

from campaigns.quantities import format_quantity, parse_servings, scale


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("1.5"), "1½"),
        (Decimal("0.333"), "⅓"),
        (Decimal("0.667"), "⅔"),
        (Decimal("0.25"), "¼"),
        (Decimal("2"), "2"),
        (Decimal("2.99"), "3"),
        (Decimal("0.02"), "0.02"),
        (Decimal("1.1"), "1.1"),
        (Decimal("312.375"), "312"),
        (Fraction(3, 8), "⅜"),
        (None, ""),
    ],
)
def test_format_quantity(value, shown):
    assert format_quantity(value) == shown


def test_scaling_a_third_stays_exact():
    assert format_quantity(scale(Decimal("0.333"), Fraction(8, 4))) == "⅔"
    assert format_quantity(scale("1.5", Fraction(3, 2))) == "2¼"
    assert scale(None, Fraction(2)) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, (None, False)),
        ("", (None, False)),
        (" 8 ", (8, True)),
        ("100", (100, True)),
        ("101", (None, True)),
        ("0", (None, True)),
        ("-2", (None, True)),
        ("10000", (None, True)),
        ("٣", (None, True)),  # Arabic-Indic digit: not accepted rather than guessed
        ("1" * 500, (None, True)),
    ],
)
def test_parse_servings(raw, expected):
    assert parse_servings(raw) == expected
