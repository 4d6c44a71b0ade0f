"""List demo segments with no hand-written translation, per locale.

Malay is checked on every demo page and snippet; the other locales on the
objects they are expected to translate (home/demo_translations/__init__.py).
Exits with status 1 when a gap is found, so it can gate a change.
"""

from django.core.management.base import BaseCommand, CommandError

from home.demo_translations import LOCALE_MODULES, untranslated_segments


class Command(BaseCommand):
    help = "List demo content segments that have no translation in a locale."

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale", action="append", choices=list(LOCALE_MODULES), help="Locale(s) to check."
        )

    def handle(self, *args, **options):
        total = 0
        for language_code in options["locale"] or LOCALE_MODULES:
            gaps = untranslated_segments(language_code)
            total += len(gaps)
            for obj, text in gaps:
                label = f"{obj._meta.label} {getattr(obj, 'slug', obj.pk)}"
                self.stdout.write(f"{language_code}\t{label}\t{text!r}")
        if total:
            raise CommandError(f"{total} untranslated demo segment(s)")
        self.stdout.write("Every expected demo segment is translated.")
