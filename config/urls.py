from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from two_factor.urls import urlpatterns as two_factor_urls
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.two_factor import VerifyView
from home import views as home_views
from news.sitemaps import SITEMAPS, robots_txt


def not_found(request):
    raise Http404


# Language-neutral addresses.
urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    # Two-factor authentication (core/two_factor.py): the code form, and
    # django-two-factor-auth's setup wizard and profile under /admin/account/.
    path("admin/two-factor/verify/", VerifyView.as_view(), name="two_factor_verify"),
    # Its own login wizard would be a second login page: Wagtail's is the one.
    path("admin/account/login/", RedirectView.as_view(pattern_name="wagtailadmin_login", query_string=True)),
    path("admin/", include(two_factor_urls)),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document URL takes any run of digits as an id; more than 19
    # digits cannot be a database id and would make the ORM raise (a 500).
    re_path(r"^documents/\d{20,}/", not_found),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Local development and browser tests only; production serves media from
    # its storage (disk behind the web server, or object storage).
    from django.views.static import serve

    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# Everything a reader sees carries its language: /en/, /ms/, /ar/ ...
# A request for "/" is redirected by LocaleMiddleware to the reader's language.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("alerts/", include("news.alerts.urls")),  # e-mail alerts (news/alerts/)
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database that cannot be reached gives a friendly 503 instead of a 500.
handler500 = "core.middleware.server_error"
