"""Admin forms for statistics and datasets.

They add what a plain model form cannot: rows filled from pasted CSV, errors
placed on the row and field that is wrong (the editor's input is kept, as
Django forms do), and a correction note required when a published value changes.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.blocks import StreamBlockValidationError, StreamValue, StructBlockValidationError

from .table import PERCENT_TOLERANCE, TableError, parse_csv, parse_number, split_values


class CorrectionMixin:
    """Changing a published figure needs a correction note; the change date is recorded.

    "Published" is the live version (the database row), not the latest draft the
    form edits: a figure never published needs no note, and a draft that corrects
    a live value keeps its note through later saves.
    """

    def _published(self):
        if not self.instance.pk:
            return None
        return type(self.instance).objects.filter(pk=self.instance.pk, live=True).first()

    def check_correction(self, new_numbers):
        published = self._published()
        self.value_changed = published is not None and published.numbers() != new_numbers
        if not self.value_changed:
            return
        note = (self.cleaned_data.get("correction_note") or "").strip()
        if not note or note == (published.correction_note or "").strip():
            self.add_error(
                "correction_note",
                _(
                    "This figure is already published. Say briefly what was corrected and why; "
                    "readers will see the note and can still download the previous values."
                ),
            )

    def save(self, commit=True):
        if getattr(self, "value_changed", False):
            self.instance.corrected_on = datetime.date.today()
        return super().save(commit=commit)


class StatisticForm(CorrectionMixin, WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        value = cleaned_data.get("value")
        unit = cleaned_data.get("unit")
        if value is not None and unit:
            self.check_correction((value.normalize(), unit))
        return cleaned_data


class DatasetForm(CorrectionMixin, WagtailAdminModelForm):
    csv_paste = forms.CharField(
        label=gettext_lazy("Fill rows from CSV"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        help_text=gettext_lazy(
            "Optional. Paste from a spreadsheet or a CSV file: a header row (the category heading, then "
            "each series name) and one row per category. It replaces the series and rows below."
        ),
    )
    csv_file = forms.FileField(
        label=gettext_lazy("…or upload a CSV file"),
        required=False,
        help_text=gettext_lazy("Optional. UTF-8 CSV in the same shape as the pasted text."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "total_note" in self.fields:
            self.fields["total_note"].help_text = _(
                "Only for percentages. A series may be up to ±%(tolerance)s percentage points from 100 for "
                "rounding; further off, the dataset can only be saved with this note. Say why the total is "
                "right, e.g. 'Figures are rounded' or 'Other countries are not shown'; readers see the note "
                "beside the table and chart."
            ) % {"tolerance": PERCENT_TOLERANCE}

    def clean(self):
        # Percentages off 100 without a `total_note` are refused by Dataset.clean(), which Django runs
        # on the instance built from this form's data (pasted CSV included) and Wagtail runs before
        # every saved revision: one rule for the admin, the demo loader and any other route.
        cleaned_data = super().clean()
        pasted = self._csv_text()
        if pasted:
            try:
                series, rows = parse_csv(pasted)
            except TableError as error:
                self.add_error("csv_paste" if cleaned_data.get("csv_paste") else "csv_file", str(error))
                return cleaned_data
            for name in ("series", "rows"):  # the pasted table replaces whatever these held
                self._errors.pop(name, None)
            header = pasted.strip().lstrip("\ufeff").splitlines()[0]
            cleaned_data["series"] = self._stream("series", [("series", name) for name in series])
            cleaned_data["rows"] = self._stream(
                "rows",
                [
                    ("row", {"category": category, "values": "; ".join(str(v) for v in values)})
                    for category, values in rows
                ],
            )
            separator = "\t" if "\t" in header else ","
            cleaned_data["category_label"] = header.split(separator)[0].strip().strip(
                '"'
            ) or cleaned_data.get("category_label")
            numbers = [(category, values) for category, values in rows]
        else:
            numbers = self._check_rows(cleaned_data)
            if numbers is None:
                return cleaned_data
        unit = cleaned_data.get("unit")
        if unit:
            self.check_correction(
                (unit, tuple(tuple(v.normalize() for v in values) for _c, values in numbers))
            )
        return cleaned_data

    def _csv_text(self):
        text = self.cleaned_data.get("csv_paste") or ""
        upload = self.cleaned_data.get("csv_file")
        if not text.strip() and upload:
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                self.add_error("csv_file", _("The file is not UTF-8 text; save it as 'CSV UTF-8'."))
                return ""
        return text.strip()

    def _stream(self, name, items):
        block = self.fields[name].block
        return StreamValue(
            block, [(kind, block.child_blocks[kind].to_python(value)) for kind, value in items]
        )

    def _check_rows(self, cleaned_data):
        """Every row has one number per series; errors go on the row that is wrong."""
        series = cleaned_data.get("series")
        rows = cleaned_data.get("rows")
        if series is None or rows is None:
            return None  # the field's own errors are already shown
        expected = len(series)
        if not expected:
            self.add_error("series", _("Name at least one series, e.g. 'Number of people'."))
            return None
        block_errors = {}
        numbers = []
        for index, row in enumerate(rows):
            parts = split_values(row.value["values"])
            try:
                values = [parse_number(part) for part in parts]
            except TableError as error:
                block_errors[index] = StructBlockValidationError(
                    block_errors={"values": ValidationError(str(error))}
                )
                continue
            if len(values) != expected:
                message = _(
                    "“%(category)s” has %(found)d values but there are %(expected)d series; "
                    "give one value per series, separated by semicolons."
                ) % {"category": row.value["category"], "found": len(values), "expected": expected}
                block_errors[index] = StructBlockValidationError(
                    block_errors={"values": ValidationError(message)}
                )
                continue
            numbers.append((row.value["category"], values))
        if block_errors:
            self.add_error("rows", StreamBlockValidationError(block_errors=block_errors))
            return None
        return numbers
