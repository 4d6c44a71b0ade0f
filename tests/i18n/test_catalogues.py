"""Every interface string a reader can see is translated into every content language."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.utils import translation

from .catalogue import PYTHON_DIRS, ROOT, TEMPLATE_DIRS, extract, public_strings

LANGUAGE_DIRS = {"ms": "ms", "zh-hans": "zh_Hans", "ta": "ta", "my": "my", "ar": "ar"}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]")


def load_catalogue(language):
    path = ROOT / "locale" / LANGUAGE_DIRS[language] / "LC_MESSAGES" / "django.po"
    with path.open("rb") as po_file:
        return read_po(po_file)


def catalogue_entries(catalogue):
    entries = {}
    for message in catalogue:
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        entries[(message.context, msgid)] = message
    return entries


@pytest.mark.parametrize("language", LANGUAGE_DIRS)
def test_every_public_string_is_translated(language):
    entries = catalogue_entries(load_catalogue(language))
    untranslated = []
    for key, paths in public_strings().items():
        message = entries.get(key)
        strings = [] if message is None else message.string
        strings = [strings] if isinstance(strings, str) else list(strings)
        if not strings or not all(strings) or (message and message.fuzzy):
            untranslated.append(f"{key[1]!r} ({paths[0]})")
    assert not untranslated, (
        f"{len(untranslated)} public interface string(s) have no {language} translation in "
        f"locale/{LANGUAGE_DIRS[language]}/LC_MESSAGES/django.po:\n" + "\n".join(sorted(untranslated))
    )


@pytest.mark.parametrize("language", LANGUAGE_DIRS)
def test_translations_keep_every_placeholder(language):
    wrong = []
    for message in load_catalogue(language):
        if not message.id or not message.string:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        expected = sorted(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            if text and sorted(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{ids[0]!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_the_public_set_is_the_sites_strings_not_the_admins():
    strings = {msgid for _context, msgid in public_strings()}
    assert "Skip to main content" in strings  # a template
    assert "Press release" in strings  # a choice label readers see
    assert "Your search was very long, so only its first %(count)s characters were used." in strings
    all_strings = {msgid for _context, msgid in extract()}
    admin_only = all_strings - strings
    assert "The publication date readers see; defaults to today." in admin_only  # a help text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ms", "Langkau ke kandungan utama"),
        ("zh-hans", "跳到主要内容"),
        ("ta", "முதன்மை உள்ளடக்கத்துக்குச் செல்லவும்"),
        ("my", "အဓိကအကြောင်းအရာသို့ ကျော်သွားရန်"),
        ("ar", "انتقل إلى المحتوى الرئيسي"),
    ],
)
def test_pages_show_the_interface_in_the_readers_language(client, translated_home, language, expected):
    html = client.get(f"/{language}/").content.decode()
    assert expected in html
    assert "Skip to main content" not in html


def test_plural_forms_follow_the_language():
    with translation.override("ar"):
        assert translation.ngettext("%(minutes)s minute", "%(minutes)s minutes", 5) % {"minutes": 5} == (
            "5 دقائق"
        )
    with translation.override("ta"):
        assert translation.ngettext("%(minutes)s minute", "%(minutes)s minutes", 1) % {"minutes": 1} == (
            "1 நிமிடம்"
        )


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed")
def test_extractor_finds_what_makemessages_finds(tmp_path):
    """The pure-Python extractor agrees with Django's makemessages (when GNU gettext exists)."""
    for folder in [*PYTHON_DIRS, *TEMPLATE_DIRS]:
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    (tmp_path / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "ms", "--no-location"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"},
    )
    with Path(tmp_path / "locale/ms/LC_MESSAGES/django.po").open("rb") as po_file:
        made = set(catalogue_entries(read_po(po_file)))
    assert made == set(extract())
