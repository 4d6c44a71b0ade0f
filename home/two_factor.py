"""Two-factor authentication (TOTP) for the admin.

Wagtail's own login form stays the first step (django-axes throttles it). Then,
on any admin URL, a signed-in user who must use a second factor and has not
given a code in this session is sent on:

- with a confirmed device: to `verify_view` (django-otp's token form);
- without one: to django-two-factor-auth's setup wizard (QR code, first code).

Members of `TWO_FACTOR_REQUIRED_GROUPS` and (with `TWO_FACTOR_REQUIRED_FOR_SUPERUSERS`)
superusers must; anyone else may opt in by setting up a device, after which
they are asked for codes too.
"""

from django.conf import settings
from django.shortcuts import redirect, resolve_url
from django.urls import Resolver404, resolve
from django.utils.http import urlencode
from django_otp import user_has_device
from django_otp.views import LoginView

# Admin URLs that open before the second factor: signing in and out, the code
# form, and (for users without a device) the setup wizard and its QR code.
ALWAYS_OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "two_factor_verify",
}
SETUP_NAMESPACE = "two_factor"


def two_factor_required(user):
    """True when `user` may not use the admin on a password alone."""
    if user.is_superuser and settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS:
        return True
    required_groups = settings.TWO_FACTOR_REQUIRED_GROUPS
    return bool(required_groups) and user.groups.filter(name__in=required_groups).exists()


def url_kind(path):
    """ "open", "setup" or "guarded" for an admin path."""
    try:
        match = resolve(path)
    except Resolver404:
        return "open"  # a 404 either way
    if match.url_name in ALWAYS_OPEN:
        return "open"
    return "setup" if SETUP_NAMESPACE in match.namespaces else "guarded"


def with_next(url_name, request):
    return f"{resolve_url(url_name)}?{urlencode({'next': request.get_full_path()})}"


class AdminTwoFactorMiddleware:
    """Send admin requests without a verified second factor to the code form or the setup wizard.

    After django_otp.middleware.OTPMiddleware, which gives `request.user.is_verified()`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.detour(request) or self.get_response(request)

    def detour(self, request):
        user = request.user
        if not (request.path_info.startswith("/admin/") and user.is_authenticated) or user.is_verified():
            return None
        kind = url_kind(request.path_info)
        if kind == "open":
            return None
        if user_has_device(user, confirmed=True):
            # A device is never replaced or removed without its code.
            return redirect(with_next("two_factor_verify", request))
        if kind == "guarded" and two_factor_required(user):
            return redirect(with_next("two_factor:setup", request))
        return None


class VerifyView(LoginView):
    """django-otp's login view: a signed-in, unverified user is asked for the code only."""

    template_name = "two_factor/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(with_next("wagtailadmin_login", request))
        return super().dispatch(request, *args, **kwargs)
