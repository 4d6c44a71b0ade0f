"""Local development: debug on, any local host, a throwaway secret key."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")  # noqa: F405, S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")  # noqa: F405

# == Languages: without a DeepL key, wagtail-localize's dummy machine translator
# (it reverses the words) lets developers try the "Machine translate" button.
if not DEEPL_API_KEY:  # noqa: F405
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }

# == Two-factor authentication: production requires it of Moderators and
# Administrators (base.py); on a developer's machine the demo admin can sign in
# without an authenticator app. Anyone may still opt in from their account.
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS", "")  # noqa: F405
TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = os.environ.get("TWO_FACTOR_REQUIRED_FOR_SUPERUSERS", "0") == "1"  # noqa: F405
