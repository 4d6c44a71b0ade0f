"""Two-factor authentication (TOTP) for the admin.

Wagtail's own login form stays the first step (django-axes throttles it). Then,
on any admin URL, a signed-in user who must use a second factor and has not
given a code in this session is sent on:

- with a confirmed device: to `verify_view` (django-otp's token form);
- without one: to django-two-factor-auth's setup wizard (QR code, first code).

Members of `TWO_FACTOR_REQUIRED_GROUPS` and (with `TWO_FACTOR_REQUIRED_FOR_SUPERUSERS`)
superusers must; anyone else may opt in by setting up a device, after which
they are asked for codes too.

Private content on the public site (pages restricted to signed-in users or to
groups, documents in such collections) asks the same: a user who owes a second
factor is sent to the same step before it is served (`before_serve_page` and
`before_serve_document` hooks, registered by HomeConfig.ready). Public pages and
password-protected ones are not affected.
"""

from django.conf import settings
from django.shortcuts import redirect, resolve_url
from django.urls import Resolver404, resolve
from django.utils.http import urlencode
from django_otp import user_has_device
from django_otp.views import LoginView
from wagtail import hooks
from wagtail.models import BaseViewRestriction

# Admin URLs that open before the second factor: signing in and out, the code
# form, and (for users without a device) the setup wizard and its QR code.
ALWAYS_OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "two_factor_verify",
}
SETUP_NAMESPACE = "two_factor"
SETUP = "two_factor:setup"
VERIFY = "two_factor_verify"
# Restrictions that open content to signed-in users (not to a shared password).
SIGNED_IN_RESTRICTIONS = {BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS}


def two_factor_required(user):
    """True when `user` may not use the admin on a password alone."""
    if user.is_superuser and settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS:
        return True
    required_groups = settings.TWO_FACTOR_REQUIRED_GROUPS
    return bool(required_groups) and user.groups.filter(name__in=required_groups).exists()


def second_factor_step(user):
    """Where a signed-in `user` without a verified code goes: VERIFY, SETUP or None (nowhere)."""
    if user_has_device(user, confirmed=True):
        return VERIFY
    return SETUP if two_factor_required(user) else None


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
        # With a device, every step asks for its code: a device is never replaced
        # or removed without it. Without one, the setup itself stays open.
        step = second_factor_step(user)
        if step is None or (step == SETUP and kind == "setup"):
            return None
        return redirect(with_next(step, request))


def private_content_detour(request, get_restrictions):
    """Before private content: send a signed-in user who owes a second factor to it.

    `get_restrictions` is called only for such a user: readers cost no query.
    """
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return None
    if not any(restriction.restriction_type in SIGNED_IN_RESTRICTIONS for restriction in get_restrictions()):
        return None
    step = second_factor_step(user)
    return redirect(with_next(step, request)) if step else None


@hooks.register("before_serve_page")
def private_page_needs_second_factor(page, request, serve_args, serve_kwargs):
    return private_content_detour(request, page.get_view_restrictions)


@hooks.register("before_serve_document")
def private_document_needs_second_factor(document, request):
    return private_content_detour(request, document.collection.get_view_restrictions)


class VerifyView(LoginView):
    """django-otp's login view: a signed-in, unverified user is asked for the code only."""

    template_name = "two_factor/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(with_next("wagtailadmin_login", request))
        return super().dispatch(request, *args, **kwargs)
