"""Two-factor authentication in the admin (core/two_factor.py).

Moderators, Administrators and superusers need a TOTP code after Wagtail's
password login; editors and translators may opt in. Codes come from
django-otp's own TOTP helper, as an authenticator app would compute them.
"""

import base64

import pytest
from django.contrib.auth.models import Group, User
from django_otp.oath import TOTP, totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough password 123"
SETUP = "/admin/account/two_factor/setup/"
VERIFY = "/admin/two-factor/verify/"


@pytest.fixture(autouse=True)
def two_factor_on(settings):
    """What config/settings/base.py sets (the test settings turn it off for other tests)."""
    settings.TWO_FACTOR_REQUIRED_GROUPS = ["Moderators", "Administrators"]
    settings.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = True


def member_of(group_name):
    user = User.objects.create_user(group_name.lower(), f"{group_name.lower()}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def sign_in(client, user, password=PASSWORD):
    """Wagtail's own login form, the first step for everyone."""
    return client.post("/admin/login/", {"username": user.username, "password": password})


def device_for(user):
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def current_code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


def code_form(device, code, next_url="/admin/"):
    """The code form as the browser sends it: the device chosen (the only one) and the code."""
    return {"otp_device": device.persistent_id, "otp_token": code, "next": next_url}


def wrong_code(device):
    return "000000" if current_code(device) != "000000" else "111111"


def test_the_base_settings_require_it_for_moderators_administrators_and_superusers():
    from config.settings import base

    assert base.TWO_FACTOR_REQUIRED_GROUPS == ["Moderators", "Administrators"]
    assert base.TWO_FACTOR_REQUIRED_FOR_SUPERUSERS is True


@pytest.mark.parametrize("group_name", ["Moderators", "Administrators"])
def test_without_a_device_moderators_and_administrators_are_sent_to_set_one_up(client, group_name):
    assert sign_in(client, member_of(group_name)).status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/users/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith(f"{SETUP}?next=")
    assert client.get(SETUP).status_code == 200


def test_superusers_are_sent_to_set_up_a_device_too(client):
    superuser = User.objects.create_superuser("root", "root@example.org", PASSWORD)
    sign_in(client, superuser)
    assert client.get("/admin/")["Location"].startswith(SETUP)


def test_the_setup_wizard_confirms_a_device_and_opens_the_admin(client):
    moderator = member_of("Moderators")
    sign_in(client, moderator)
    client.get(SETUP)
    response = client.post(SETUP, {"setup_view-current_step": "welcome"})
    assert response.status_code == 200  # the QR code step
    assert client.get("/admin/account/two_factor/qrcode/").status_code == 200
    secret = base64.b32decode(client.session["django_two_factor-qr_secret_key"])
    code = f"{TOTP(secret).token():06d}"
    response = client.post(SETUP, {"setup_view-current_step": "generator", "generator-token": code})
    assert response.status_code == 302
    assert TOTPDevice.objects.filter(user=moderator, confirmed=True).exists()
    assert client.get("/admin/").status_code == 200


def test_with_a_device_the_admin_asks_for_the_code_and_a_valid_one_opens_it(client):
    moderator = member_of("Moderators")
    device = device_for(moderator)
    sign_in(client, moderator)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    form_page = client.get(response["Location"]).content.decode()
    assert device.persistent_id in form_page and 'name="otp_token"' in form_page
    response = client.post(VERIFY, code_form(device, current_code(device), "/admin/pages/"))
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_is_refused(client):
    administrator = member_of("Administrators")
    device = device_for(administrator)
    sign_in(client, administrator)
    response = client.post(VERIFY, code_form(device, wrong_code(device)))
    assert response.status_code == 200  # the form again, with its error
    assert client.get("/admin/")["Location"].startswith(VERIFY)
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # django-otp slows down guessing


def test_a_device_is_not_replaced_or_removed_without_its_code(client):
    moderator = member_of("Moderators")
    device_for(moderator)
    sign_in(client, moderator)
    for path in (SETUP, "/admin/account/two_factor/", "/admin/account/two_factor/disable/"):
        assert client.get(path)["Location"].startswith(VERIFY), path


def test_editors_are_not_asked_but_may_opt_in(client):
    editor = member_of("Editors")
    sign_in(client, editor)
    assert client.get("/admin/").status_code == 200
    assert client.get(SETUP).status_code == 200
    device = device_for(editor)
    assert client.get("/admin/")["Location"].startswith(VERIFY)
    client.post(VERIFY, code_form(device, current_code(device)))
    assert client.get("/admin/").status_code == 200


def test_the_code_form_needs_the_password_first_and_wagtails_login_is_the_only_one(client):
    for path in (VERIFY, "/admin/account/login/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), path


def test_login_throttling_still_locks_the_password_step(client):
    moderator = member_of("Moderators")
    device_for(moderator)
    for _attempt in range(5):
        sign_in(client, moderator, "wrong password")
    assert sign_in(client, moderator).status_code == 429


def test_the_account_page_links_to_the_two_factor_settings(client):
    editor = member_of("Editors")
    sign_in(client, editor)
    assert "/admin/account/two_factor/" in client.get("/admin/account/").content.decode()
    assert client.get("/admin/account/two_factor/").status_code == 200
