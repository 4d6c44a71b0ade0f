"""schema.org `Dataset` JSON-LD for the data page, as Google Dataset Search reads it.

One object per dataset: its name, a description of at least 50 characters,
who produced the figures (`creator`), who publishes them (`publisher`), the
licence, the date the figures were true (`temporalCoverage`), when they last
changed (`dateModified`) and the CSV and JSON downloads as absolute addresses.
"""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .formatting import format_date

MIN_DESCRIPTION = 50  # Google Dataset Search ignores shorter descriptions
MAX_DESCRIPTION = 5000
ENCODING_FORMATS = {"CSV": "text/csv", "JSON": "application/json"}


def dataset_description(dataset):
    """The dataset's description and note; when that is short, its title, categories and source too."""
    parts = [text.strip() for text in (dataset.description, dataset.note) if text and text.strip()]
    text = " ".join(parts)
    if len(text) < MIN_DESCRIPTION:
        categories = ", ".join(str(category) for category, _values in dataset.raw_rows())
        extra = [f"{dataset.title}."]
        if categories:
            extra.append(f"{dataset.category_label}: {categories}.")
        period = f"{dataset.period_label}, " if dataset.period_label else ""
        as_of = _("as of %(date)s") % {"date": format_date(dataset.as_of)}
        extra.append(f"{_('Source:')} {dataset.source_name}, {period}{as_of}.")
        text = " ".join([*parts, *extra])
    return text[:MAX_DESCRIPTION]


def date_modified(dataset):
    """When the live figures last changed: the last publish, else the last saved revision."""
    # With a draft state the latest revision may be an unpublished draft: the last publish comes first.
    changed = getattr(dataset, "last_published_at", None)
    if changed is None and dataset.latest_revision_id:
        changed = dataset.latest_revision.created_at  # loaded with the object (select_related)
    if changed is not None:
        return timezone.localdate(changed)
    return dataset.corrected_on or dataset.as_of


def dataset_structured_data(dataset, data_page, request, downloads):
    """The Dataset object of one data page entry; `downloads` as `stats.views.downloads` lists them."""
    figure_url = data_page.figure_full_url(dataset, request)
    publisher = {"@type": "Organization", "name": data_page.citation_name}
    creator = {"@type": "Organization", "name": dataset.source_name}
    if dataset.source_url:
        creator["url"] = dataset.source_url
    data = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": figure_url,
        "name": dataset.title,
        "description": dataset_description(dataset),
        "url": figure_url,
        "inLanguage": translation.get_language(),
        "creator": creator,
        "publisher": publisher,
        "isAccessibleForFree": True,
        "temporalCoverage": dataset.as_of.isoformat(),
        "dateModified": date_modified(dataset).isoformat(),
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": ENCODING_FORMATS[link["format"]],
                "contentUrl": request.build_absolute_uri(link["url"]) if request else link["url"],
            }
            for link in downloads
            if link["format"] in ENCODING_FORMATS
        ],
    }
    if dataset.licence_url:
        data["license"] = dataset.licence_url
    variables = [name for name in dataset.series_names if name]
    if variables:
        data["variableMeasured"] = variables
    return data
