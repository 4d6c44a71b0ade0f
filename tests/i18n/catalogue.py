"""Find the interface strings in our code without GNU gettext.

Python files go through Babel's Python extractor with Django's gettext
keywords; templates are first turned into gettext calls by Django's own
`templatize` (what `makemessages` does before it runs xgettext), then read the
same way. The result is the set of (context, msgid) pairs `makemessages`
would write, so the catalogue tests run anywhere Python runs.
"""

import io
from pathlib import Path

from babel.messages.extract import extract_python
from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parent.parent.parent
PYTHON_DIRS = ["config", "home", "news", "campaigns", "stats", "core", "perf"]
TEMPLATE_DIRS = ["templates"]

KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}

# Strings only editors and administrators see in the Wagtail admin (field
# labels, help texts, block names, dashboard panels, workflow steps). They may
# stay English: the admin's own interface language is the editor's choice and
# Wagtail's strings are translated by Wagtail. Everything else a reader can see.
ADMIN_ONLY_FILES = {
    "models.py",
    "taxonomy.py",
    "blocks.py",
    "wagtail_hooks.py",
    "dashboard.py",
    "review_confirmation.py",
    "workflow.py",
    "approval_task.py",
    "forms.py",
    "apps.py",
    "roles.py",
    "translation_status.py",
    "link_safety.py",
    "publishing_guards.py",
    "translation_guards.py",
    "publications.py",
    "translator_panel.py",
    "start_translation.py",
    "translator_notifications.py",
    "translation_editor_labels.py",
    "translation_editor_warnings.py",
}
# Files named like admin files above whose strings readers see: the e-mail alerts' form.
READER_FILES = {"news/alerts/forms.py"}
ADMIN_ONLY_TEMPLATE_DIRS = (
    "templates/dashboard/",
    "templates/two_factor/",
    "templates/translation_status/",
    "templates/wagtailadmin/",
)

# Strings defined in admin files that readers do see (choice labels shown on
# pages, section names). They must be translated like any public string.
PUBLIC_STRINGS_FROM_ADMIN_FILES = {
    # campaigns.models.DietaryTag
    "Halal",
    "Vegetarian",
    "Vegan",
    "Gluten-free",
    "Dairy-free",
    "Contains nuts",
    "Spicy",
    # campaigns.models.RecipePage.summary_text, when the editor wrote no summary
    "A recipe from the %(community)s community.",
    # home.models.HistoryPage jump links
    "Timeline",
    "Regional processes",
    "Key figures",
    # stats.models units
    "count",
    "people",
    "per cent",
    # news.taxonomy.StoryKind
    "News",
    "Press release",
    "Event",
    "Feature",
    # news.publications.PublicationKind
    "Report",
    "Guide",
    "Newsletter",
    # news.blocks.PHOTO_LICENCES, shown beside each press photo
    "CC BY 4.0: free to reuse for any purpose, with the credit",
    "Free for news reporting about this story, with the credit",
}


def _messages(code):
    for _lineno, funcname, message, _comments in extract_python(
        io.BytesIO(code.encode("utf-8")), KEYWORDS.keys(), [], {}
    ):
        spec = KEYWORDS[funcname]
        if isinstance(message, str):
            yield None, message
            continue
        # Plural forms are keyed by their singular, as in a .po file.
        message = list(message)
        if spec and isinstance(spec[0], tuple):  # context first
            yield message[0], message[1]
        else:
            yield None, message[0]


def extract():
    """{(context, msgid): [relative paths]} for every interface string."""
    found = {}

    def add(key, path):
        found.setdefault(key, []).append(path)

    for folder in PYTHON_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            relative = path.relative_to(ROOT).as_posix()
            for key in _messages(path.read_text(encoding="utf-8")):
                add(key, relative)
    for folder in TEMPLATE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.html")) + sorted((ROOT / folder).rglob("*.txt")):
            relative = path.relative_to(ROOT).as_posix()
            code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
            # templatize keeps the template's indentation, which Python's tokenizer
            # rejects; every gettext call it writes is on one line, so drop it.
            code = "\n".join(line.lstrip() for line in code.splitlines())
            for key in _messages(code):
                add(key, relative)
    return found


def is_public(key, paths):
    _context, msgid = key
    if msgid in PUBLIC_STRINGS_FROM_ADMIN_FILES:
        return True
    for path in paths:
        if path in READER_FILES:
            return True
        if path.endswith(".py") and Path(path).name not in ADMIN_ONLY_FILES:
            return True
        if path.endswith((".html", ".txt")) and not path.startswith(ADMIN_ONLY_TEMPLATE_DIRS):
            return True
    return False


def public_strings():
    return {key: paths for key, paths in extract().items() if is_public(key, paths)}
