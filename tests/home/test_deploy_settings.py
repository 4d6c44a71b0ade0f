"""Production settings pass Django's deployment checks with no warning."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_check_deploy_prints_no_warning():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 20 + "-production-like-secret-key-for-the-check-0123456789",
        "ALLOWED_HOSTS": "www.example.org",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def production_setting(name, **environment):
    """A setting's value under production settings, with `environment` added."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "www.example.org",
        **environment,
    }
    if "EMAIL_HOST" not in environment:
        env.pop("EMAIL_HOST", None)
    code = f"from django.conf import settings; print(settings.{name})"
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


def test_production_mails_through_smtp_and_never_to_the_logs():
    # Alerts carry subscribers' addresses and secret links: the console backend would log them.
    assert production_setting("EMAIL_BACKEND").stdout.strip() == "django.core.mail.backends.smtp.EmailBackend"
    for backend in ("console", "filebased", "locmem", "dummy"):
        refused = production_setting(
            "EMAIL_BACKEND", EMAIL_BACKEND=f"django.core.mail.backends.{backend}.EmailBackend"
        )
        assert refused.returncode != 0 and "Production sends mail through SMTP" in refused.stderr, backend
    configured = production_setting("EMAIL_HOST", EMAIL_HOST="smtp.example.org")
    assert configured.stdout.strip() == "smtp.example.org"


def test_a_build_without_the_web_fonts_does_not_pass_the_deployment_check(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "www.example.org",
        "PYTHONPATH": str(ROOT),
    }
    code = (
        "import django; django.setup();"
        "from unittest import mock; from django.contrib.staticfiles import finders;"
        "from core.checks import built_stylesheets_exist;"
        "real = finders.find;"
        "fake = lambda name, *a, **k: None if name == 'css/fonts.css' else real(name, *a, **k);"
        "p = mock.patch.object(finders, 'find', fake); p.start();"
        "print([error.id for error in built_stylesheets_exist(None)])"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "['core.E001']", result.stderr
