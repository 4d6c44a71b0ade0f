"""Local development: debug on, any local host, a throwaway secret key."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")  # noqa: F405, S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
