"""Charts drawn on the server as inline SVG: no JavaScript, no chart library.

Each chart is an image to assistive technology (`role="img"` with a `<title>`
and a `<desc>`), labels every bar or slice with its value, separates colours
with white gaps and names every part in text, so colour never carries the
meaning alone. The HTML table of the same numbers always accompanies it.

Right-to-left pages get a mirrored drawing (bars grow from the right, slices run
anticlockwise) rather than a CSS flip, so the text in the chart stays readable.
"""

import math
import secrets
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from .formatting import format_number
from .sample import sample_disclaimer, sample_title

# Every colour keeps at least 3:1 contrast with the white background (WCAG 1.4.11)
# and with the white text written on it.
PALETTE = ["#0033a0", "#8a4b00", "#1f6f43", "#6b2c91", "#a23b3b", "#00655f", "#2a6f97"]
INK = "#1b1b1b"
WIDTH = 400
FONT = 14
LABEL_ROOM = 96  # space kept after a bar for its value label


def colour(index):
    return PALETTE[index % len(PALETTE)]


class Canvas:
    """Coordinates that mirror for right-to-left languages."""

    def __init__(self, rtl=False, width=WIDTH):
        self.rtl = rtl
        self.width = width

    def x(self, x):
        return self.width - x if self.rtl else x

    def span(self, start, length):
        """The left edge of a horizontal span [start, start + length] in reading order."""
        return self.width - start - length if self.rtl else start


def _num(value):
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def _svg(kind, height, title, desc, body, rtl):
    token = secrets.token_hex(4)
    return format_html(
        '<svg class="chart chart--{kind}" role="img" aria-labelledby="chart-{token}-t chart-{token}-d" '
        'viewBox="0 0 {width} {height}" width="{width}" height="{height}" direction="{direction}" '
        'font-size="{font}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="chart-{token}-t">{title}</title><desc id="chart-{token}-d">{desc}</desc>{body}</svg>',
        kind=kind,
        token=token,
        width=WIDTH,
        height=_num(height),
        direction="rtl" if rtl else "ltr",
        font=FONT,
        title=title,
        desc=desc,
        body=body,
    )


def _text(canvas, x, y, text, fill=INK, weight="normal"):
    return format_html(
        '<text x="{}" y="{}" fill="{}" font-weight="{}" text-anchor="start">{}</text>',
        _num(canvas.x(x)),
        _num(y),
        fill,
        weight,
        text,
    )


def _cell_label(cell, unit):
    return "*" if cell.suppressed else format_number(cell.value, unit)


def _description(kind_name, table, unit, sample=False):
    largest = None
    for row in table.rows:
        for cell in row.cells[:1]:
            if cell.shown is not None and (largest is None or cell.shown > largest[1]):
                largest = (row.category, cell.shown)
    parts = [sample_disclaimer()] if sample else []  # invented numbers say so first
    parts.append(_("%(kind)s of %(count)d categories.") % {"kind": kind_name, "count": len(table.rows)})
    if largest:
        parts.append(
            _("The largest is %(category)s at %(value)s.")
            % {"category": largest[0], "value": format_number(largest[1], unit)}
        )
    parts.append(_("The same numbers are in the table."))
    return " ".join(parts)


def _bar(canvas, table, row, index, start, y, length, height):
    """Where a bar (or a segment of one) for `row`'s cell in series `index` goes, and what it shows."""
    return {
        "x": _num(canvas.span(start, length)),
        "y": _num(y),
        "width": _num(length),
        "height": height,
        "fill": colour(index),
        "category": row.category,
        "series": table.series[index] if index < len(table.series) else "",
    }


def bar_chart(table, unit, title, rtl=False, sample=False):
    """Horizontal bars, one per category and series, grouped by category."""
    canvas = Canvas(rtl)
    many = len(table.series) > 1
    values = [cell.shown or 0 for row in table.rows for cell in row.cells]
    largest = max([v for v in values if v > 0], default=Decimal(1))
    room = WIDTH - LABEL_ROOM
    bar_height, gap = 20, 6
    parts = []
    y = 0
    for row in table.rows:
        y += FONT + 4
        parts.append(_text(canvas, 0, y, row.category, weight="bold"))
        y += 6
        for index, cell in enumerate(row.cells):
            length = float((cell.shown or 0) / largest) * room
            label = _cell_label(cell, unit)
            if many:
                label = f"{table.series[index]}: {label}"
            parts.append(
                format_html(
                    '<rect class="chart__bar" x="{x}" y="{y}" width="{width}" height="{height}" '
                    'fill="{fill}" data-category="{category}" data-series="{series}">'
                    "<title>{label}</title></rect>",
                    **_bar(canvas, table, row, index, 0, y, length, bar_height),
                    label=label,
                )
            )
            parts.append(_text(canvas, length + 6, y + bar_height - 5, label))
            y += bar_height + gap
        y += 4
    body = format_html_join("", "{}", ((part,) for part in parts))
    description = _description(_("Bar chart"), table, unit, sample)
    return _svg("bar", y + 4, sample_title(title, sample), description, body, rtl)


def stacked_bar_chart(table, unit, title, rtl=False, sample=False):
    """One bar per category, split into one segment per series, with a legend."""
    canvas = Canvas(rtl)
    totals = [sum((cell.shown or 0 for cell in row.cells), Decimal(0)) for row in table.rows]
    largest = max([t for t in totals if t > 0], default=Decimal(1))
    room = WIDTH - LABEL_ROOM
    bar_height = 24
    parts = []
    y = 0
    # Legend first, so the colours are named before they are used.
    x = 0
    for index, name in enumerate(table.series):
        parts.append(
            format_html(
                '<rect class="chart__key" x="{}" y="{}" width="14" height="14" fill="{}"/>',
                _num(canvas.span(x, 14)),
                _num(y + 2),
                colour(index),
            )
        )
        parts.append(_text(canvas, x + 18, y + 14, name))
        x += 18 + 9 * len(str(name)) + 14
        if x > WIDTH - 80 and index < len(table.series) - 1:
            x = 0
            y += FONT + 8
    y += FONT + 12
    for row, total in zip(table.rows, totals, strict=True):
        y += FONT + 4
        parts.append(_text(canvas, 0, y, row.category, weight="bold"))
        y += 6
        start = 0.0
        for index, cell in enumerate(row.cells):
            length = float((cell.shown or 0) / largest) * room
            label = _cell_label(cell, unit)
            parts.append(
                format_html(
                    '<rect class="chart__segment" x="{x}" y="{y}" width="{width}" height="{height}" '
                    'fill="{fill}" stroke="#fff" stroke-width="1" '
                    'data-category="{category}" data-series="{series}">'
                    "<title>{series}: {label}</title></rect>",
                    **_bar(canvas, table, row, index, start, y, length, bar_height),
                    label=label,
                )
            )
            if length >= 9 * len(label) + 8:
                parts.append(_text(canvas, start + 4, y + bar_height - 7, label, fill="#fff"))
            start += length
        total_label = format_number(total, unit) + (" *" if any(c.suppressed for c in row.cells) else "")
        parts.append(_text(canvas, start + 6, y + bar_height - 7, total_label))
        y += bar_height + 8
    body = format_html_join("", "{}", ((part,) for part in parts))
    description = _description(_("Stacked bar chart"), table, unit, sample)
    return _svg("stacked", y + 4, sample_title(title, sample), description, body, rtl)


def pie_chart(table, unit, title, rtl=False, donut=False, sample=False):
    """One slice per category (the first series), clockwise from 12 o'clock; a legend names each."""
    canvas = Canvas(rtl)
    radius = 100
    inner = 55 if donut else 0
    cx, cy = WIDTH / 2, radius + 10
    cells = [row.cells[0] if row.cells else None for row in table.rows]
    values = [float(cell.shown or 0) if cell else 0.0 for cell in cells]
    total = sum(values) or 1.0
    parts = []
    angle = 0.0
    for index, (row, value) in enumerate(zip(table.rows, values, strict=True)):
        sweep = value / total * 2 * math.pi
        if sweep <= 0:
            continue
        parts.append(
            format_html(
                '<path class="chart__slice" d="{}" fill="{}" stroke="#fff" stroke-width="2" '
                'data-category="{}"><title>{}: {}</title></path>',
                _slice_path(canvas, cx, cy, radius, inner, angle, angle + sweep),
                colour(index),
                row.category,
                row.category,
                _cell_label(cells[index], unit),
            )
        )
        angle += sweep
    y = 2 * radius + 24
    for index, row in enumerate(table.rows):
        y += FONT + 8
        parts.append(
            format_html(
                '<rect class="chart__key" x="{}" y="{}" width="14" height="14" fill="{}"/>',
                _num(canvas.span(0, 14)),
                _num(y - 12),
                colour(index),
            )
        )
        label = _cell_label(cells[index], unit) if cells[index] else ""
        share = (
            ""
            if unit == "percent"
            else f" ({format_number(Decimal(str(round(values[index] / total * 100, 1))), 'percent')})"
        )
        parts.append(_text(canvas, 20, y, f"{row.category}: {label}{share}"))
    body = format_html_join("", "{}", ((part,) for part in parts))
    kind_name = _("Donut chart") if donut else _("Pie chart")
    description = _description(kind_name, table, unit, sample)
    return _svg("donut" if donut else "pie", y + 10, sample_title(title, sample), description, body, rtl)


def _point(canvas, cx, cy, r, angle):
    """A point on the circle, angle measured clockwise from 12 o'clock (anticlockwise in RTL)."""
    x = cx + r * math.sin(angle)
    y = cy - r * math.cos(angle)
    return canvas.x(x), y


def _slice_path(canvas, cx, cy, radius, inner, start, end):
    # A full circle cannot be one arc: split it in two.
    if end - start >= 2 * math.pi - 1e-9:
        middle = start + math.pi
        return (
            _slice_path(canvas, cx, cy, radius, inner, start, middle)
            + " "
            + _slice_path(canvas, cx, cy, radius, inner, middle, end)
        )
    large = 1 if end - start > math.pi else 0
    sweep_out = 0 if canvas.rtl else 1
    x1, y1 = _point(canvas, cx, cy, radius, start)
    x2, y2 = _point(canvas, cx, cy, radius, end)
    if inner:
        x3, y3 = _point(canvas, cx, cy, inner, end)
        x4, y4 = _point(canvas, cx, cy, inner, start)
        return (
            f"M{_num(x1)} {_num(y1)} A{radius} {radius} 0 {large} {sweep_out} {_num(x2)} {_num(y2)} "
            f"L{_num(x3)} {_num(y3)} A{inner} {inner} 0 {large} {1 - sweep_out} {_num(x4)} {_num(y4)} Z"
        )
    return (
        f"M{_num(canvas.x(cx))} {_num(cy)} L{_num(x1)} {_num(y1)} "
        f"A{radius} {radius} 0 {large} {sweep_out} {_num(x2)} {_num(y2)} Z"
    )


def render_chart(kind, table, unit, title, rtl=False, sample=False):
    """The chart's SVG; with `sample` (invented numbers) its title and description say "sample data"."""
    if kind == "stacked":
        return stacked_bar_chart(table, unit, title, rtl, sample=sample)
    if kind in ("pie", "donut"):
        return pie_chart(table, unit, title, rtl, donut=kind == "donut", sample=sample)
    return bar_chart(table, unit, title, rtl, sample=sample)
