"""Security headers, login throttling, sessions and rich-text safety."""

import logging

import pytest
from django.contrib.auth import get_user_model
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import expand_db_html

pytestmark = pytest.mark.django_db


def csp_directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ") if part}


def test_public_pages_send_a_strict_policy_and_security_headers(client, home_page):
    response = client.get("/en/")
    directives = csp_directives(response)
    assert directives["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_login_gets_the_admin_policy_and_the_same_headers(client, home_page):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    directives = csp_directives(response)
    assert "'unsafe-inline'" in directives["style-src"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] in {"DENY", "SAMEORIGIN"}


def login(client, username, password):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR="203.0.113.9"
    )


def test_five_failed_logins_lock_the_account_for_that_address(client, home_page, caplog):
    get_user_model().objects.create_superuser("moderator", "m@example.org", "correct horse battery staple")
    with caplog.at_level(logging.WARNING):
        for _attempt in range(5):
            assert login(client, "moderator", "wrong password").status_code in {200, 429}
    response = login(client, "moderator", "correct horse battery staple")
    assert response.status_code == 429
    assert "locked for 15 minutes" in response.content.decode()
    assert any("lock" in record.getMessage().lower() for record in caplog.records)


def test_a_different_user_name_is_not_locked_out(client, home_page):
    get_user_model().objects.create_superuser("editor", "e@example.org", "correct horse battery staple")
    for _attempt in range(5):
        login(client, "someone-else", "wrong password")
    response = login(client, "editor", "correct horse battery staple")
    assert response.status_code == 302


def test_passwords_need_twelve_characters():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("Short1!abc")
    validate_password("a sufficiently long passphrase")


def test_sessions_expire_after_an_hour_of_inactivity(settings):
    assert settings.SESSION_COOKIE_AGE == 3600
    assert settings.SESSION_SAVE_EVERY_REQUEST is True


def test_rich_text_cannot_carry_javascript_links():
    converter = ContentstateConverter(features=["link"])
    contentstate = converter.from_database_format('<p><a href="javascript:alert(1)">click</a></p>')
    stored = converter.to_database_format(contentstate)
    assert "javascript:" not in expand_db_html(stored)
