"""Sample data says so: the words every title, chart, citation and download adds for invented numbers.

`PublishedFigure.sample` marks invented or illustrative numbers (a demonstration,
a layout test). Whatever a reader or a reuser sees of such a figure (the
heading, the chart's description, the suggested citation, every file) carries
these words in the reader's language.
"""

from django.utils.translation import gettext as _


def figure_title(obj):
    """The figure's title as readers and files name it: a dataset's title, a statistic's number and label."""
    return sample_title(obj.title, getattr(obj, "sample", False))


def sample_title(title, sample):
    if not sample:
        return str(title)
    return _("%(title)s (sample data)") % {"title": title}


def sample_disclaimer():
    return _("Sample data: these numbers are illustrative, not published figures. Do not cite them as facts.")


def note_with_disclaimer(obj):
    """The figure's note, after the sample disclaimer when the numbers are invented."""
    parts = [sample_disclaimer()] if getattr(obj, "sample", False) else []
    if obj.note:
        parts.append(str(obj.note))
    return " ".join(parts)
