"""WSGI entry point. Production servers set DJANGO_SETTINGS_MODULE=config.settings.production."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

application = get_wsgi_application()

# The first request's one-off work, done now, before the server accepts requests.
from core.warm_up import warm_up  # noqa: E402  (Django is set up by get_wsgi_application)

warm_up()
