"""Guesses at one page password are limited once, whichever translation's form they go through.

A password restriction is copied to each translation with the same password
(core/view_restrictions.py); the throttle counts guesses per password, so an
attacker does not get the limit again in every language.
"""

import pytest
from wagtail.models import PageViewRestriction

from core.throttling import FAILURE_LIMIT
from tests.factories.home import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]
PASSWORD = "the shared password"


def test_guesses_against_one_password_are_limited_once(client, home_page, locales, translate_now):
    translate_now(home_page)
    page = StandardPageFactory(parent=home_page, title="Partners only", slug="partners-only")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    translate_now(page)
    restrictions = PageViewRestriction.objects.filter(page__translation_key=page.translation_key)
    assert {r.password for r in restrictions} == {PASSWORD} and restrictions.count() == len(locales)

    wrong_guesses_answered = 0
    for restriction in restrictions:
        url = f"/en/_util/authenticate_with_password/{restriction.id}/{restriction.page_id}/"
        for _ in range(FAILURE_LIMIT + 1):
            response = client.post(
                url, {"password": "a guess", "return_url": "/"}, REMOTE_ADDR="203.0.113.10"
            )
            if response.status_code == 200:  # the guess was checked (and was wrong)
                wrong_guesses_answered += 1
    assert wrong_guesses_answered <= FAILURE_LIMIT, (
        f"{wrong_guesses_answered} guesses checked against one password"
    )
