"""A missing database gives a friendly 503; logs are JSON lines without readers' personal data;
the admin audit trail records publishes, permission changes and translations."""

import json
import logging
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import OperationalError, connection
from wagtail.models import ModelLogEntry, PageLogEntry

from core.logging import JsonFormatter
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_database_outage_is_a_friendly_503_not_a_traceback(client, home_page, monkeypatch):
    client.raise_request_exception = False
    assert client.get("/en/").status_code == 200

    def refused(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(connection, "cursor", refused)
    response = client.get("/en/")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Back in a moment" in html
    assert "Traceback" not in html and "OperationalError" not in html
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]


def test_other_errors_stay_500(rf):
    from core.middleware import server_error

    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/en/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_request_log_lines_are_json_without_personal_data(client, home_page, caplog):
    formatter = JsonFormatter()
    with caplog.at_level(logging.INFO):
        client.cookies["sessionid"] = "secret-session-value"
        client.get(
            "/en/search/?q=jane.doe%40example.org",
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR="198.51.100.7",
            HTTP_USER_AGENT="Mozilla/5.0 (reader's phone)",
            HTTP_REFERER="https://mail.example.org/inbox/jane",
        )
        client.get("/en/no-such-page/?email=jane.doe%40example.org")
    lines = [formatter.format(record) for record in caplog.records]
    entries = [json.loads(line) for line in lines]
    requests = [entry for entry in entries if entry["logger"] == "iom.requests"]
    assert [(entry["method"], entry["path"], entry["status"]) for entry in requests] == [
        ("GET", "/en/search/", 200),
        ("GET", "/en/no-such-page/", 404),
    ]
    assert all(isinstance(entry["duration_ms"], float) and entry["staff"] is False for entry in requests)
    text = "\n".join(lines)
    for personal in ["jane.doe", "203.0.113.9", "198.51.100.7", "secret-session-value", "Mozilla", "inbox"]:
        assert personal not in text


def test_error_log_lines_carry_the_traceback_but_not_the_request(caplog):
    request_like = {"COOKIE": "sessionid=secret"}
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s", ("/en/",), None
    )
    record.request = request_like
    record.status_code = 500
    entry = json.loads(JsonFormatter().format(record))
    assert entry == {
        "time": entry["time"],
        "level": "ERROR",
        "logger": "django.request",
        "message": "Internal Server Error: /en/",
        "status_code": 500,
    }


class FormFields(HTMLParser):
    """The values a browser would submit for the form with the given action."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form, self.select, self.textarea = [], False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post":
            self.in_form = True
        if not self.in_form or "name" not in attrs and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.fields.append((attrs["name"], attrs.get("value", "on" if "checked" in attrs else "")))
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value", "")))
        elif tag == "textarea":
            self.textarea = attrs["name"]
            self.fields.append((self.textarea, ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "form":
            self.in_form = False


def form_data(html):
    parser = FormFields()
    parser.feed(html)
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    return data


def test_audit_trail_records_publishes_permission_changes_and_translations(
    admin_client, admin_user, home_page, translate_now
):
    page = StandardPageFactory(parent=home_page, title="About", slug="about", publish=False)
    page.save_revision(user=admin_user).publish(user=admin_user)
    publish = PageLogEntry.objects.get(page=page, action="wagtail.publish")
    assert publish.user == admin_user

    group = Group.objects.create(name="Reviewers")
    url = f"/admin/groups/edit/{group.pk}/"
    data = form_data(admin_client.get(url).content.decode())
    permission = Permission.objects.get(codename="access_admin")
    data["permissions"] = [*data.get("permissions", []), str(permission.pk)]
    response = admin_client.post(url, data)
    assert response.status_code == 302, re.findall(r'class="error-message">(.*?)<', response.content.decode())
    assert group.permissions.filter(pk=permission.pk).exists()
    change = ModelLogEntry.objects.for_instance(group).get(action="wagtail.edit")
    assert change.user == admin_user

    translate_now(page)
    copies = PageLogEntry.objects.filter(
        action="wagtail.copy_for_translation", page__translation_key=page.translation_key
    )
    assert copies.count() == 5  # one per other language
