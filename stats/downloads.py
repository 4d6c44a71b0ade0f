"""CSV and JSON files of statistics and datasets, built for journalists and spreadsheets.

- CSV is UTF-8 with a byte-order mark, so Excel reads non-Latin text correctly.
- Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, return)
  are prefixed with an apostrophe.
- Provenance survives every download: title, source and its link, as-of date,
  licence and its link, suggested citation, note (with the disclaimer of sample
  data), the provisional and sample flags and the correction log ride along as
  companion columns of every CSV row, so a row copied elsewhere keeps them, and
  as top-level fields of the JSON. The CSV is also described by W3C "CSV on the
  Web" metadata (stats/csvw.py), which the CSV response links with
  `Link: <...>; rel="describedby"`.
- `hxl=True` adds an HXL hashtag row under the header so humanitarian tools can
  combine files.
- Suppressed small counts are written as '*' (CSV) or null (JSON), never as the number.
"""

import csv
import io
import json
import re
import unicodedata
from decimal import Decimal

from django.utils.translation import gettext as _

from .corrections import correction_log
from .sample import figure_title, note_with_disclaimer
from .table import plain_number

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text):
    """Text a spreadsheet will show as text, never evaluate."""
    text = "" if text is None else str(text)
    return "'" + text if text.startswith(FORMULA_START) else text


def json_number(value):
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(plain_number(value))


def hxl_attribute(text, index):
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    attribute = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    return attribute or f"series{index + 1}"


def file_name(obj, extension, version=None):
    suffix = f"_v{version}" if version else ""
    return f"{obj.slug}_{obj.as_of.isoformat()}{suffix}.{extension}"


def suppression_note(obj):
    """The footnote for '*'; it also covers cells hidden so a small count cannot be worked out."""
    if obj.cached_table.secondary_any:
        return _(
            "* Fewer than %(threshold)d, or hidden as well so that a count below %(threshold)d cannot be "
            "worked out from a total: suppressed so that no one can be identified."
        ) % {"threshold": obj.suppression_threshold}
    return _("* Fewer than %(threshold)d: suppressed so that no one can be identified.") % {
        "threshold": obj.suppression_threshold
    }


def corrections_json(log):
    return [
        {
            "date": correction.date.isoformat(),
            "note": str(correction.note),
            "changes": [
                {
                    "what": str(change.what),
                    "before": json_number(change.before),  # null when absent or suppressed
                    "after": json_number(change.after),
                }
                for change in correction.changes
            ],
            "version": correction.revision_id,
            "superseded_version": correction.superseded_revision_id,
        }
        for correction in log
    ]


def corrections_text(log):
    """The log in one cell: '2024-01-05: <note> (value: 113166 → 113266); 2023-…'."""
    entries = []
    for correction in log:
        changes = ", ".join(change.text() for change in correction.changes)
        text = f"{correction.date.isoformat()}: {correction.note}".rstrip()
        entries.append(f"{text} ({changes})" if changes else text)
    return "; ".join(entries)


def provenance(obj, citation="", log=None):
    """Where the figure comes from and how to reuse it: what every download carries."""
    log = correction_log(obj) if log is None else log
    return {
        "title": figure_title(obj),
        "source": {"name": obj.source_name, "url": obj.source_url},
        "as_of": obj.as_of.isoformat(),
        "licence": {"id": obj.licence, "name": obj.licence_label, "url": obj.licence_url},
        "suggested_citation": citation,
        "note": note_with_disclaimer(obj),
        "provisional": obj.provisional,
        "sample": obj.sample,
        "corrections": corrections_json(log),
    }


def _yes_no(flag):
    return "yes" if flag else "no"


# The companion columns of every CSV row, with their HXL hashtags (existing ones kept as they were).
COMPANION = [
    ("title", "#meta+title"),
    ("unit", "#meta+unit"),
    ("as_of", "#date+reported"),
    ("period", "#date+period"),
    ("source", "#meta+source"),
    ("source_url", "#meta+url"),
    ("licence", "#meta+licence"),
    ("licence_url", "#meta+licence+url"),
    ("provisional", "#meta+provisional"),
    ("sample", "#meta+sample"),
    ("note", "#meta+note"),
    ("suggested_citation", "#meta+citation"),
    ("corrections", "#meta+corrections"),
]
COMPANION_HEADER = [name for name, _tag in COMPANION]
COMPANION_HXL = [tag for _name, tag in COMPANION]


def _companion_cells(obj, citation, log, extra_note=""):
    cells = {
        "title": figure_title(obj),
        "unit": obj.unit,
        "as_of": obj.as_of.isoformat(),
        "period": obj.period_label,
        "source": obj.source_name,
        "source_url": obj.source_url,
        "licence": obj.licence_label,
        "licence_url": obj.licence_url,
        "provisional": _yes_no(obj.provisional),
        "sample": _yes_no(obj.sample),
        "note": " ".join(part for part in [extra_note, note_with_disclaimer(obj)] if part),
        "suggested_citation": citation,
        "corrections": corrections_text(log),
    }
    return [neutralise(cells[name]) for name in COMPANION_HEADER]


def data_header(obj):
    """The CSV's own columns before the companion ones: category and series, or label and value."""
    if obj.is_dataset:
        return [obj.category_label, *obj.table().series]
    return ["label", "value"]


def csv_header(obj):
    """The CSV's header row, exactly as written (the csvw metadata's column titles are these)."""
    return [neutralise(name) for name in [*data_header(obj), *COMPANION_HEADER]]


def data_hxl(obj):
    if obj.is_dataset:
        return [
            "#category",
            *[f"#indicator+num+{hxl_attribute(name, i)}" for i, name in enumerate(obj.table().series)],
        ]
    return ["#indicator+name", "#indicator+num"]


def dataset_csv(dataset, hxl=False, citation="", log=None):
    log = correction_log(dataset) if log is None else log
    table = dataset.table()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_header(dataset))
    if hxl:
        writer.writerow([*data_hxl(dataset), *COMPANION_HXL])
    for row in table.rows:
        cells = ["*" if cell.suppressed else plain_number(cell.value) for cell in row.cells]
        note = suppression_note(dataset) if any(cell.suppressed for cell in row.cells) else ""
        writer.writerow([neutralise(row.category), *cells, *_companion_cells(dataset, citation, log, note)])
    return "\ufeff" + buffer.getvalue()


def statistic_csv(statistic, hxl=False, citation="", log=None):
    log = correction_log(statistic) if log is None else log
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_header(statistic))
    if hxl:
        writer.writerow([*data_hxl(statistic), *COMPANION_HXL])
    writer.writerow(
        [
            neutralise(statistic.label),
            plain_number(statistic.value),
            *_companion_cells(statistic, citation, log),
        ]
    )
    return "\ufeff" + buffer.getvalue()


def _common_json(obj, url, citation, log):
    data = {
        "slug": obj.slug,
        "unit": obj.unit,
        "period": obj.period_label,
        **provenance(obj, citation, log),
        "correction": (
            {"date": obj.corrected_on.isoformat(), "note": obj.correction_note} if obj.corrected_on else None
        ),
        "language": obj.locale.language_code,
        "url": url,
    }
    return data


def dataset_json(dataset, url="", citation="", log=None):
    log = correction_log(dataset) if log is None else log
    table = dataset.table()
    data = {"type": "dataset"}
    data.update(_common_json(dataset, url, citation, log))
    data.update(
        {
            "description": dataset.description,
            "category_label": dataset.category_label,
            "series": table.series,
            "rows": [
                {
                    "category": row.category,
                    "values": [json_number(cell.shown) for cell in row.cells],
                    "suppressed": [cell.suppressed for cell in row.cells],
                }
                for row in table.rows
            ],
            "suppression": {
                "threshold": dataset.suppression_threshold if dataset.suppresses else 0,
                "note": suppression_note(dataset) if table.suppressed_any else "",
            },
        }
    )
    return json.dumps(data, ensure_ascii=False, indent=2)


def statistic_json(statistic, url="", citation="", log=None):
    log = correction_log(statistic) if log is None else log
    data = {"type": "statistic"}
    data.update(_common_json(statistic, url, citation, log))
    data.update({"label": statistic.label, "value": json_number(statistic.value)})
    return json.dumps(data, ensure_ascii=False, indent=2)


def build_file(obj, file_format, hxl=False, url="", citation="", log=None):
    """(content, content type) for a download; `log` (the correction log) is read when not given."""
    is_dataset = obj.is_dataset
    if file_format == "csv":
        build = dataset_csv if is_dataset else statistic_csv
        return build(obj, hxl, citation, log), "text/csv; charset=utf-8"
    build = dataset_json if is_dataset else statistic_json
    return build(obj, url, citation, log), "application/json; charset=utf-8"


def file_size(obj, file_format):
    content, _type = build_file(obj, file_format)
    return len(content.encode("utf-8"))
