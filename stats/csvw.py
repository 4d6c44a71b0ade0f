"""W3C "CSV on the Web" metadata for each figure's CSV: what the file is, where it comes from, its terms.

The metadata document (JSON-LD, https://www.w3.org/TR/tabular-metadata/) is a
route of the data page, `/<lang>/data/<slug>/csv/metadata/` (`?hxl=1` describes
the CSV with HXL hashtags), and the CSV response points to it with
`Link: <...>; rel="describedby"; type="application/csvm+json"`, the way the
csvw specification locates metadata. It names the CSV (`url`), carries the
title (with "sample data" for invented numbers), source, licence, dates, the
suggested citation, the note, the provisional flag and the correction log
(`notes`, as Web Annotations), and describes every column of the CSV in order:
its name, its title (the header cell exactly), and its datatype, `number` for
values, with `*` (a suppressed small count) read as null.
"""

from .corrections import correction_log
from .downloads import (
    COMPANION_HEADER,
    csv_header,
    hxl_attribute,
)
from .sample import figure_title, note_with_disclaimer

CONTENT_TYPE = "application/csvm+json"
YES_NO = {"base": "boolean", "format": "yes|no"}
COMPANION_DATATYPES = {
    "as_of": "date",
    "source_url": "anyURI",
    "licence_url": "anyURI",
    "provisional": YES_NO,
    "sample": YES_NO,
}


def metadata_url(page, obj, hxl=False):
    url = page.url + page.reverse_subpage("csv_metadata_route", kwargs={"slug": obj.slug})
    return url + "?hxl=1" if hxl else url


def describedby_link(page, request, obj, hxl=False):
    """The value of the CSV response's `Link` header, pointing to its csvw metadata."""
    url = request.build_absolute_uri(metadata_url(page, obj, hxl))
    return f'<{url}>; rel="describedby"; type="{CONTENT_TYPE}"'


def _data_columns(obj, header):
    if not obj.is_dataset:
        return [
            {"name": "label", "titles": header[0], "datatype": "string"},
            {"name": "value", "titles": header[1], "datatype": "number"},
        ]
    columns = [{"name": "category", "titles": header[0], "datatype": "string"}]
    used = {"category", *COMPANION_HEADER}
    for index, title in enumerate(header[1 : len(header) - len(COMPANION_HEADER)]):
        name = hxl_attribute(title, index)
        while name in used:
            name = f"{name}_{index + 1}"
        used.add(name)
        columns.append({"name": name, "titles": title, "datatype": "number", "null": ["", "*"]})
    return columns


def columns(obj):
    """One description per CSV column, in the CSV's order; titles are the header cells as written."""
    header = csv_header(obj)
    companion_titles = header[len(header) - len(COMPANION_HEADER) :]
    return [
        *_data_columns(obj, header),
        *[
            {"name": name, "titles": title, "datatype": COMPANION_DATATYPES.get(name, "string")}
            for name, title in zip(COMPANION_HEADER, companion_titles, strict=True)
        ],
    ]


def _text(value, language):
    return {"type": "TextualBody", "value": value, "language": language}


def correction_notes(log, csv_url, language, version_url=None):
    """The correction log as Web Annotations (motivation "editing"), newest first."""
    notes = []
    for correction in log:
        body = (
            [_text(str(correction.note), getattr(correction.note, "lang", language))]
            if correction.note
            else []
        )
        body += [_text(change.text(), "zxx") for change in correction.changes]
        note = {
            "type": "Annotation",
            "motivation": "editing",
            "target": csv_url,
            "created": correction.date.isoformat(),
            "body": body,
            "schema:version": str(correction.revision_id),
        }
        if version_url and correction.superseded_revision_id:
            note["dc:replaces"] = {"@id": version_url(correction.superseded_revision_id)}
        notes.append(note)
    return notes


def _date(value):
    return {"@value": value.isoformat(), "@type": "xsd:date"}


def metadata(obj, csv_url, citation="", hxl=False, log=None, version_url=None):
    """The csvw metadata document (a dict) describing the CSV at `csv_url`."""
    log = correction_log(obj) if log is None else log
    language = obj.locale.language_code
    document = {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": language}],
        "url": csv_url,
        "dc:title": figure_title(obj),
    }
    description = getattr(obj, "description", "")
    if description:
        document["dc:description"] = description
    source = {"schema:name": obj.source_name}
    if obj.source_url:
        source["@id"] = obj.source_url
    document["dc:source"] = source
    document["dc:license"] = (
        {"@id": obj.licence_url, "schema:name": obj.licence_label} if obj.licence_url else obj.licence_label
    )
    document["dc:temporal"] = _date(obj.as_of)  # "as of": the date the figures were true
    created = getattr(obj, "first_published_at", None)
    modified = getattr(obj, "last_published_at", None)
    if created:
        document["dc:created"] = _date(created.date())
    if modified or obj.corrected_on:
        document["dc:modified"] = _date(max(filter(None, [modified and modified.date(), obj.corrected_on])))
    document.update(
        {
            "dc:language": language,
            "dc:bibliographicCitation": citation,
            "schema:creativeWorkStatus": "provisional" if obj.provisional else "final",
            "schema:isAccessibleForFree": True,
        }
    )
    notes = []
    note = note_with_disclaimer(obj)
    if note:
        notes.append(
            {
                "type": "Annotation",
                "motivation": "describing",
                "target": csv_url,
                "body": _text(note, language),
            }
        )
    notes += correction_notes(log, csv_url, language, version_url)
    document["notes"] = notes
    document["dialect"] = {
        "encoding": "utf-8",
        "header": True,
        "headerRowCount": 1,
        # The HXL hashtag row under the header starts with '#': csvw reads it as a comment line.
        "commentPrefix": "#",
    }
    document["tableSchema"] = {"columns": columns(obj)}
    return document
