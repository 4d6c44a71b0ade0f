"""Local development: debug on, any local host, a throwaway secret key."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")  # noqa: F405, S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# == Languages: without a DeepL key, wagtail-localize's dummy machine translator
# (it reverses the words) lets developers try the "Machine translate" button.
if not DEEPL_API_KEY:  # noqa: F405
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
