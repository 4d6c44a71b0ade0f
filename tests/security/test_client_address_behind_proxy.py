"""Login lockouts fall on the client's address, read through the trusted proxies only.

Behind the TLS proxy (TRUSTED_PROXY_COUNT=1) every request comes from the
proxy's address; the client is the address the proxy appended to
X-Forwarded-For (core/client_address.py). Without a trusted proxy the header is
ignored, so forging it does not escape a lockout.
"""

import pytest
from django.contrib.auth.models import Group, User

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough password 123"
PROXY = "10.0.0.2"
CLIENT_A = "203.0.113.10"
CLIENT_B = "198.51.100.20"


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def sign_in(client, user, password, remote_addr, forwarded_for=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post("/admin/login/", {"username": user.username, "password": password}, **headers)


def lock_out(client, user, remote_addr, forwarded_for=None):
    responses = [sign_in(client, user, "wrong password", remote_addr, forwarded_for) for _attempt in range(5)]
    statuses = [response.status_code for response in responses]
    assert statuses == [200, 200, 200, 200, 429]  # the fifth failure locks


def test_behind_one_proxy_two_clients_are_locked_out_separately(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    lock_out(client, editor, PROXY, CLIENT_A)
    assert sign_in(client, editor, "wrong password", PROXY, CLIENT_A).status_code == 429
    assert sign_in(client, editor, PASSWORD, PROXY, CLIENT_A).status_code == 429
    response = sign_in(client, editor, PASSWORD, PROXY, CLIENT_B)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_behind_one_proxy_a_forged_leftmost_address_does_not_escape_a_lockout(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    lock_out(client, editor, PROXY, CLIENT_A)
    # The client sent "X-Forwarded-For: CLIENT_B"; the proxy appended CLIENT_A.
    assert sign_in(client, editor, PASSWORD, PROXY, f"{CLIENT_B}, {CLIENT_A}").status_code == 429


def test_without_a_trusted_proxy_a_forged_forwarded_for_does_not_escape_a_lockout(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    lock_out(client, editor, CLIENT_A)
    assert sign_in(client, editor, PASSWORD, CLIENT_A, CLIENT_B).status_code == 429
    assert sign_in(client, editor, PASSWORD, CLIENT_A, f"{CLIENT_B}, 192.0.2.7").status_code == 429


def test_the_page_password_throttle_reads_the_same_client_address():
    from django.conf import settings

    from core import throttling
    from core.client_address import client_address

    assert settings.AXES_CLIENT_IP_CALLABLE == "core.client_address.client_address"
    assert throttling.client_address is client_address
