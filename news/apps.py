from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News stories, press releases and event announcements."""

    name = "news"
    verbose_name = _("News")
