from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """The Dari Dapur campaign and its recipes."""

    name = "campaigns"
    verbose_name = _("Campaigns")
