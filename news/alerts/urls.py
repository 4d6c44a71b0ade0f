from django.urls import path, register_converter

from .views import confirm, manage, requested, subscribe, unsubscribe

app_name = "news_alerts"


class TokenConverter:
    regex = "[A-Za-z0-9_-]{43}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TokenConverter, "alert_token")

urlpatterns = [
    path("", subscribe, name="subscribe"),
    path("requested/", requested, name="requested"),
    path("confirm/<alert_token:token>/", confirm, name="confirm"),
    path("manage/<alert_token:token>/", manage, name="manage"),
    path("unsubscribe/<alert_token:token>/", unsubscribe, name="unsubscribe"),
]
