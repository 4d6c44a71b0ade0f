"""CSV and JSON files of statistics and datasets, built for journalists and spreadsheets.

- CSV is UTF-8 with a byte-order mark, so Excel reads non-Latin text correctly.
- Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, return)
  are prefixed with an apostrophe.
- Source, as-of date, unit and licence ride along as companion columns, so a
  row copied elsewhere keeps them; `hxl=True` adds an HXL hashtag row under the
  header so humanitarian tools can combine files.
- Suppressed small counts are written as '*' (CSV) or null (JSON), never as the number.
"""

import csv
import io
import json
import re
import unicodedata
from decimal import Decimal

from django.utils.translation import gettext as _

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text):
    """Text a spreadsheet will show as text, never evaluate."""
    text = "" if text is None else str(text)
    return "'" + text if text.startswith(FORMULA_START) else text


def plain_number(value):
    """'113166' and '80.6': the exact value without trailing zeros or exponent."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


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
    return _("* Fewer than %(threshold)d: suppressed so that no one can be identified.") % {
        "threshold": obj.suppression_threshold
    }


def _meta_cells(obj):
    return [obj.unit, obj.as_of.isoformat(), obj.source_name, obj.source_url, obj.licence_label]


META_HEADER = ["unit", "as_of", "source", "source_url", "licence"]
META_HXL = ["#meta+unit", "#date+reported", "#meta+source", "#meta+url", "#meta+licence"]


def dataset_csv(dataset, hxl=False):
    table = dataset.table()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [neutralise(name) for name in [dataset.category_label, *table.series, *META_HEADER, "note"]]
    )
    if hxl:
        writer.writerow(
            [
                "#category",
                *[f"#indicator+num+{hxl_attribute(name, i)}" for i, name in enumerate(table.series)],
                *META_HXL,
                "#meta+note",
            ]
        )
    meta = [neutralise(cell) for cell in _meta_cells(dataset)]
    for row in table.rows:
        cells = ["*" if cell.suppressed else plain_number(cell.value) for cell in row.cells]
        note = suppression_note(dataset) if any(cell.suppressed for cell in row.cells) else ""
        writer.writerow([neutralise(row.category), *cells, *meta, neutralise(note)])
    return "\ufeff" + buffer.getvalue()


def statistic_csv(statistic, hxl=False):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["label", "value", *META_HEADER, "period", "provisional"])
    if hxl:
        writer.writerow(["#indicator+name", "#indicator+num", *META_HXL, "#date+period", "#meta+provisional"])
    writer.writerow(
        [
            neutralise(statistic.label),
            plain_number(statistic.value),
            *[neutralise(cell) for cell in _meta_cells(statistic)],
            neutralise(statistic.period_label),
            "yes" if statistic.provisional else "no",
        ]
    )
    return "\ufeff" + buffer.getvalue()


def _common_json(obj, url, citation):
    return {
        "slug": obj.slug,
        "unit": obj.unit,
        "as_of": obj.as_of.isoformat(),
        "period": obj.period_label,
        "source": {"name": obj.source_name, "url": obj.source_url},
        "licence": {"id": obj.licence, "name": obj.licence_label, "url": obj.licence_url},
        "provisional": obj.provisional,
        "note": obj.note,
        "correction": (
            {"date": obj.corrected_on.isoformat(), "note": obj.correction_note} if obj.corrected_on else None
        ),
        "language": obj.locale.language_code,
        "url": url,
        "suggested_citation": citation,
    }


def dataset_json(dataset, url="", citation=""):
    table = dataset.table()
    data = {"type": "dataset", "title": dataset.title, "description": dataset.description}
    data.update(_common_json(dataset, url, citation))
    data.update(
        {
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


def statistic_json(statistic, url="", citation=""):
    data = {"type": "statistic", "label": statistic.label, "value": json_number(statistic.value)}
    data.update(_common_json(statistic, url, citation))
    return json.dumps(data, ensure_ascii=False, indent=2)


def build_file(obj, file_format, hxl=False, url="", citation=""):
    """(content, content type) for a download."""
    from .models import Dataset

    is_dataset = isinstance(obj, Dataset)
    if file_format == "csv":
        content = dataset_csv(obj, hxl) if is_dataset else statistic_csv(obj, hxl)
        return content, "text/csv; charset=utf-8"
    content = dataset_json(obj, url, citation) if is_dataset else statistic_json(obj, url, citation)
    return content, "application/json; charset=utf-8"


def file_size(obj, file_format):
    content, _type = build_file(obj, file_format)
    return len(content.encode("utf-8"))
