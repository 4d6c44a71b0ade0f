"""Settings shared by every environment.

Values that differ between machines come from the environment (see README,
"Configuration"). The defaults here are safe: development and test settings
relax them, production tightens them further.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty strings."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    # Project apps first, so their templates override the packages' ones.
    "home",
    "stats",
    "news",
    "campaigns",
    "perf",
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # backup codes
    "two_factor",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    "core.security.PrivateCacheControlMiddleware",  # outside the page cache: sees every response
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "perf.middleware.PageCacheMiddleware",  # anonymous pages from the cache; see perf/middleware.py
    "perf.compression.PublicPageGZipMiddleware",  # inside the cache: hits are stored compressed
    "core.fragments.RequestGenerationMiddleware",  # before any view loads content; see core/fragments.py
    "core.site_cache.CachedSiteMiddleware",  # the request's Site, kept per generation
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.two_factor.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "home.review_confirmation.ReviewConfirmationMiddleware",  # inside messages: adds one after a review
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.throttling.PasswordFormThrottleMiddleware",  # Wagtail's page and document password forms
    # Last, as django-axes requires: it turns lockouts into responses.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# DATABASE_URL, e.g. postgres://user@127.0.0.1:5432/iom; unset means a SQLite
# file in the project root, so a fresh clone runs with nothing else installed.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, otherwise files on this machine.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
            "KEY_PREFIX": "iom",
        }
    }
else:
    # Files under var/cache/ (CACHE_DIR), shared by every process on this machine:
    # gunicorn's workers and `manage.py publish_scheduled` see one another's
    # purges (perf/file_cache.py). Several machines need Redis. Django's default
    # of 300 entries is fewer than the site's pages need (each page's entry plus
    # its purge generations): pages would evict one another.
    CACHES = {
        "default": {
            "BACKEND": "perf.file_cache.SharedFileCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": 10000},
        }
    }

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked-out logins before checking passwords
    "django.contrib.auth.backends.ModelBackend",
]

# Login throttling: 5 failures for one user name from one address lock that
# pair out for 15 minutes (django-axes logs each failure and lockout).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_RESET_ON_SUCCESS = True
# The client's address (core/client_address.py) for django-axes and the page
# password throttle: the number of proxies in front of the site that append to
# X-Forwarded-For. 0 uses REMOTE_ADDR only; set 1 behind the TLS proxy
# (docs/deployment.md), or lockouts fall on the proxy's address, i.e. everyone.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"

# Two-factor authentication (TOTP) in the admin, after Wagtail's password login
# (core/two_factor.py, docs/security.md). Required for these groups and for
# superusers; anyone else may opt in from their account.
TWO_FACTOR_REQUIRED_GROUPS = ["Moderators", "Administrators"]
TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = True
LOGIN_URL = "wagtailadmin_login"
LOGIN_REDIRECT_URL = "wagtailadmin_home"
OTP_LOGIN_URL = "two_factor_verify"

# Sessions end after an hour without activity (each request renews them).
SESSION_COOKIE_AGE = 60 * 60
SESSION_SAVE_EVERY_REQUEST = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English is the source; the others are content locales managed
# with wagtail-localize. Arabic is right to left (Django's LANGUAGES_BIDI).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ms", "Bahasa Melayu"),
    ("zh-hans", "简体中文"),
    ("ta", "தமிழ்"),
    ("my", "မြန်မာဘာသာ"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Kuala_Lumpur"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = _("IOM Malaysia")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # Wagtail's database backend: PostgreSQL full-text search, each page's
    # vectors stored in its own language (core/search_backend.py), and SQLite
    # FTS locally; switch to Elasticsearch/OpenSearch here (docs/deployment.md).
    "default": {"BACKEND": "core.search_backend"},
}
# Uploads: no SVG images (they can carry script), bounded size and pixel count
# (a 100-megapixel photo would exhaust memory when resized), and documents that
# could run script in the browser are never accepted or shown inline.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Uploads must decode (a damaged file is a form error, not a 500): core/forms.py.
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.forms.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The password form of a protected page or document collection, in the site's layout and languages.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105  a template name
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105  a template name
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: editors' e-mail hashes are not sent to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail (alerts to subscribers, staff notifications): printed to the console
# unless EMAIL_HOST names an SMTP server; production always uses SMTP
# (config/settings/production.py), so no message lands in its logs.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", f"django.core.mail.backends.{'smtp' if EMAIL_HOST else 'console'}.EmailBackend"
)
EMAIL_HOST = EMAIL_HOST or "localhost"
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "IOM Malaysia <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Machine translation for translators, only when a DeepL key is configured.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

# Security defaults that hold everywhere; production adds HTTPS-only ones.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the Wagtail admin reads it from JavaScript
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# == Languages (docs/languages.md) ==
# New translations start as drafts: a half-translated page never reaches readers
# until its translator publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Page cache and purging (perf/). Every purge goes to each backend
# here: the local one empties Django's cache (Redis when REDIS_URL is set);
# set CDN_DISTRIBUTION_ID to purge a CloudFront distribution too (see
# docs/deployment.md for Cloudflare and others). perf's signals send the purges
# through wagtail.contrib.frontend_cache's functions and backends; the app itself
# is not installed, as its own signals would purge every publish a second time.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "1") == "1"
# Fragments many pages share (site chrome per language, download sizes), cached until the
# next purge (perf/fragments.py). On by default, independently of the page cache, so pages
# rendered from scratch (searches, filters, previews, misses) reuse them.
FRAGMENT_CACHE_ENABLED = os.environ.get("FRAGMENT_CACHE_ENABLED", "1") == "1"
# The release deployed (a git commit, say): fragments of another release are never read. Without
# it, a digest of the project's code, templates and messages stands in (core/fragments.py).
RELEASE = os.environ.get("RELEASE", "")
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "3600"))
# Concurrent misses of one page wait up to this many seconds for a single render
# (0: every request renders for itself). See perf/coalescing.py.
PAGE_CACHE_COALESCE_WAIT = float(os.environ.get("PAGE_CACHE_COALESCE_WAIT", "5"))
# The query parameters pages read (news filters, search, recipe filters, pages of
# results, dataset downloads, the sitemap's pages): only these tell cached copies
# apart; any other (?utm_source=...) shares the page's entry. A page that reads
# a new parameter must add it here (tests/perf/test_page_cache_keys.py checks).
PAGE_CACHE_QUERY_PARAMETERS = (
    "country",
    "diet",
    "hxl",
    "kind",
    "p",
    "page",
    "q",
    "servings",
    "topic",
    "version",
    "year",
)
WAGTAILFRONTENDCACHE = {"local": {"BACKEND": "perf.backends.LocalCacheBackend"}}
if os.environ.get("CDN_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cdn"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CDN_DISTRIBUTION_ID"],
    }

# == Reliability and logging (security branch) ==
# One JSON line per request and per error on stdout, without readers' personal
# data (core/middleware.py says what is logged). LOG_FORMAT=text for humans.
MIDDLEWARE = ["core.middleware.RequestLogMiddleware", *MIDDLEWARE]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "core.logging.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    # No link token or e-mail address in any line (core/logging.py).
    "filters": {"redact": {"()": "core.logging.RedactSecrets"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": os.environ.get("LOG_FORMAT", "json"),
            "filters": ["redact"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "iom.requests": {"level": os.environ.get("REQUEST_LOG_LEVEL", "INFO"), "propagate": True},
        # Django's request logger repeats every 404 with the path; the request log has them.
        "django.request": {"level": "ERROR"},
    },
}
