"""Charts readers can reuse: a dataset's chart as an SVG file, and a chart-only page for an iframe.

Both are routes of the data page, so they carry the reader's language:

- ``/<lang>/data/<slug>/svg/``: the chart as a standalone SVG file (a journalist drops it into an
  article): title, the chart, source, suppression note and suggested citation inside the drawing,
  in the URL's language and direction, with its own font and colours (the site's CSS is not there).
- ``/<lang>/data/<slug>/embed/``: a minimal HTML page with the chart, a link to the dataset on the
  data page and the citation. Other sites may frame this page, and only this one: it is exempt from
  ``X-Frame-Options`` and its Content-Security-Policy says ``frame-ancestors *``; every other page
  keeps refusing to be framed.

Only live datasets are drawn (``stats.views._find``: the reader's-language copy, else the default
language's); suppressed cells are drawn as ``*`` and never as numbers (``stats.charts``). A dataset
shown as a table gets a bar chart, as the dataset block draws it when an editor asks for a chart.
A statistic has no chart: its ``svg/`` and ``embed/`` are 404.
"""

import datetime
import re
import secrets
import unicodedata

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.fragments import fragment

from .charts import INK, WIDTH, render_chart
from .downloads import file_name, suppression_note
from .formatting import format_date
from .sample import figure_title, sample_disclaimer
from .views import _find, citation

MARGIN = 20
SVG_WIDTH = WIDTH + 2 * MARGIN
TITLE_FONT = 17
SMALL_FONT = 12
MUTED = "#4a4a4a"
# No web fonts in a file: the first of these the reader's system has, for each of our scripts.
FONT_FAMILY = (
    "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tamil', 'Noto Sans Myanmar', 'Noto Sans SC', "
    "'Segoe UI', Tahoma, 'Microsoft YaHei', 'Myanmar Text', 'Nirmala UI', Arial, sans-serif"
)
# The iframe in the embed code: the page's chart column plus its margins.
IFRAME_WIDTH = 480
# Room the embed page takes besides the chart: title, source, link and citation.
IFRAME_EXTRA_HEIGHT = 230
# Characters XML 1.0 does not allow; an editor's text must not make the file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_VIEWBOX = re.compile(r'viewBox="0 0 [\d.]+ ([\d.]+)"')

# The SVG file's own policy (django-csp keeps a header already set): no script, nothing fetched,
# the drawing's inline presentation attributes only; `sandbox` in case a browser renders it as a page.
SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
# Other sites may frame the embed page: any origin, any scheme a browser frames pages from.
FRAME_ANCESTORS = ["*"]


def chart_kind(dataset):
    """The dataset's own chart; a bar chart for a dataset shown as a table."""
    return "bar" if dataset.display == "table" else dataset.display


def find_dataset(page, slug):
    """The live dataset for `slug` in the page's language (else the default language's), or 404."""
    obj = _find(page, slug)
    if obj is None or not obj.is_dataset:
        raise Http404
    return obj


def svg_url(page, dataset):
    return page.url + page.reverse_subpage("chart_svg_route", kwargs={"slug": dataset.slug})


def embed_url(page, dataset, request=None):
    """The embed page's address; absolute (with the site's scheme and host) for other sites."""
    return page.get_full_url(request) + page.reverse_subpage(
        "chart_embed_route", kwargs={"slug": dataset.slug}
    )


def chart(dataset):
    """The dataset's chart as inline SVG, drawn for the active language and its direction."""
    return render_chart(
        chart_kind(dataset),
        dataset.cached_table,
        dataset.unit,
        dataset.title,
        translation.get_language_bidi(),
        sample=dataset.sample,  # invented numbers: the chart's title and description say so
    )


def _chart_height(svg):
    match = _VIEWBOX.search(svg)
    return float(match.group(1)) if match else 0.0


# -- the standalone SVG file ----------------------------------------------------------------------


def _char_width(char):
    """A rough advance width in ems: no font metrics in the server, so generous estimates."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0.0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    if "\u0b80" <= char <= "\u0bff" or "\u1000" <= char <= "\u109f":  # Tamil, Myanmar: wide letters
        return 0.9
    if char.isupper() or char in "mwMW@%":
        return 0.72
    return 0.56


def _tokens(text):
    """Words and spaces; each wide (Chinese) character is a word of its own, so lines may break there."""
    word = ""
    for char in text:
        if char.isspace() or unicodedata.east_asian_width(char) in ("W", "F"):
            if word:
                yield word
                word = ""
            yield " " if char.isspace() else char
        else:
            word += char
    if word:
        yield word


def wrap(text, font_size, width):
    """`text` in lines that fit `width` pixels at `font_size`: SVG text does not wrap by itself."""
    limit = width / font_size
    lines, line, used = [], "", 0.0
    for token in _tokens(" ".join(str(text).split())):
        size = sum(_char_width(char) for char in token)
        if token.isspace():
            if line:
                line, used = line + " ", used + size
            continue
        while size > limit:  # a word longer than the line (a long address): cut it
            if line.strip():
                lines.append(line.rstrip())
            cut, cut_size = "", 0.0
            for char in token:
                if cut_size + _char_width(char) > limit:
                    break
                cut, cut_size = cut + char, cut_size + _char_width(char)
            lines.append(cut)
            token, size = token[len(cut) :], size - cut_size
            line, used = "", 0.0
        if used + size > limit and line.strip():
            lines.append(line.rstrip())
            line, used = "", 0.0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _lines(x, y, lines, font_size, fill=INK, weight="normal"):
    """<text> elements, one per line, from baseline `y`; returns (markup, the next free y)."""
    parts = []
    for line in lines:
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="{}" font-weight="{}" fill="{}" text-anchor="start">{}</text>',
                x,
                y,
                font_size,
                weight,
                fill,
                line,
            )
        )
        y += round(font_size * 1.35)
    return format_html_join("", "{}", ((part,) for part in parts)), y


def standalone_svg(dataset, page, request):
    """The chart as an SVG document of its own, with its title, source and citation in the drawing."""
    rtl = translation.get_language_bidi()
    language = translation.get_language()
    x = SVG_WIDTH - MARGIN if rtl else MARGIN
    text_width = WIDTH
    y = MARGIN + TITLE_FONT
    title, y = _lines(x, y, wrap(figure_title(dataset), TITLE_FONT, text_width), TITLE_FONT, weight="bold")
    when = _("as of %(date)s") % {"date": format_date(dataset.as_of)}
    if dataset.period_label:
        when = f"{dataset.period_label}, {when}"
    if dataset.provisional:
        when = f"{when} ({_('provisional')})"
    subtitle, y = _lines(x, y, wrap(when, SMALL_FONT, text_width), SMALL_FONT, fill=MUTED)
    drawing = chart(dataset)
    chart_top = y
    y += _chart_height(drawing) + 8
    notes = [sample_disclaimer()] if dataset.sample else []
    notes.append(f"{_('Source:')} {dataset.source_name}")
    if dataset.cached_table.suppressed_any:
        notes.append(suppression_note(dataset))
    notes.append(citation(dataset, page, request))
    footer_parts = []
    for note in notes:
        y += 4
        part, y = _lines(x, y + SMALL_FONT, wrap(note, SMALL_FONT, text_width), SMALL_FONT, fill=MUTED)
        footer_parts.append(part)
        y -= SMALL_FONT
    height = round(y + MARGIN)
    document = format_html(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xml:lang="{language}" role="img" '
        'aria-labelledby="chart-title" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'direction="{direction}" '
        'font-family="{font}" font-size="{size}">'
        '<title id="chart-title">{title_text}</title>'
        '<rect width="{width}" height="{height}" fill="#fff"/>'
        '{title}{subtitle}<g transform="translate({left} {top})">{drawing}</g>{footer}</svg>\n',
        language=language,
        width=SVG_WIDTH,
        height=height,
        direction="rtl" if rtl else "ltr",
        font=FONT_FAMILY,
        size=SMALL_FONT,
        title_text=figure_title(dataset),
        title=title,
        subtitle=subtitle,
        left=MARGIN,
        top=chart_top,
        drawing=drawing,
        footer=format_html_join("", "{}", ((part,) for part in footer_parts)),
    )
    return mark_safe(_NOT_XML.sub("", document))  # noqa: S308  every value was escaped by format_html


def chart_svg(page, request, slug):
    dataset = find_dataset(page, slug)
    content = standalone_svg(dataset, page, request)
    response = HttpResponse(content.encode("utf-8"), content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="{file_name(dataset, "svg")}"'
    response["Access-Control-Allow-Origin"] = "*"
    # Opened directly, an SVG is a document that could run script: this one runs none and loads nothing.
    response["Content-Security-Policy"] = SVG_POLICY
    return response


# -- the embed page and the embed code -------------------------------------------------------------


def frameable(response):
    """Let other sites frame this response: no X-Frame-Options, CSP `frame-ancestors *`.

    Both are decided here, on the response, before the page cache stores it, so a
    cached copy is served with the same headers. Nothing else on the site calls this.
    """
    response.xframe_options_exempt = True  # django.middleware.clickjacking
    response._csp_replace = {"frame-ancestors": FRAME_ANCESTORS}  # django-csp
    return response


def chart_embed(page, request, slug):
    dataset = find_dataset(page, slug)
    response = TemplateResponse(
        request,
        "stats/embed.html",
        {
            "page": page,
            "dataset": dataset,
            "title": figure_title(dataset),
            "sample_disclaimer": sample_disclaimer() if dataset.sample else "",
            "chart": chart(dataset),
            "data_url": page.figure_full_url(dataset, request),  # the dataset's own page: table and files
            "citation": citation(dataset, page, request),
            "suppression_note": suppression_note(dataset) if dataset.cached_table.suppressed_any else "",
        },
    )
    return frameable(response)


def embed_code(dataset, page, request):
    """The HTML another site pastes: the iframe of the embed page and the citation under it."""
    rtl = translation.get_language_bidi()
    height = round(_chart_height(chart(dataset)) + IFRAME_EXTRA_HEIGHT)
    return format_html(
        '<iframe src="{src}" title="{title}" width="{width}" height="{height}" loading="lazy" '
        'style="border:0;max-width:100%"></iframe>\n<p lang="{language}" dir="{direction}">{citation}</p>',
        src=embed_url(page, dataset, request),
        title=figure_title(dataset),
        width=IFRAME_WIDTH,
        height=height,
        language=translation.get_language(),
        direction="rtl" if rtl else "ltr",
        citation=citation(dataset, page, request),
    )


def chart_reuse(dataset, page, request):
    """What the "reuse this chart" include shows: the SVG link and the embed code."""
    if dataset is None or page is None:
        return None
    return {
        "svg_url": svg_url(page, dataset),
        "svg_file_name": file_name(dataset, "svg"),
        "embed_url": embed_url(page, dataset, request),
        # Its height comes from drawing the chart: kept until content or the date changes.
        "code": fragment(
            f"embed-code:{dataset.pk}:{page.pk}:{translation.get_language()}:"
            f"{request.build_absolute_uri('/') if request else ''}:{datetime.date.today()}",
            lambda: embed_code(dataset, page, request),
            request=request,
        ),
        "id": f"embed-code-{dataset.slug}-{secrets.token_hex(3)}",  # unique where a chart shows twice
    }
