"""Who may see and do what in the admin: every role against the admin views, on pages of every locale.

Recent Wagtail security advisories were missing permission checks in views
like these (several in translation features), so each cell is asserted, not
just a sample. A new role is one line in ROLES plus its column in EXPECTED
(for the per-language Translators groups: the group name and the views it may open).

"allowed" means the view answers 200; anything else (a redirect to the login
or to the dashboard with "permission denied", a 403 or a 404) is "denied".
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.models import Page, Workflow

from home.roles import moderate_tree
from tests.factories.home import ImageFactory, StandardPageFactory
from tests.factories.stats import DatasetFactory

pytestmark = pytest.mark.django_db

# Role -> the group its users belong to (None: not signed in).
ROLES = {
    "anonymous": None,
    "editor": "Editors",
    "moderator": "Moderators",
    "administrator": "Administrators",
    # "translator_ms": "Translators (Malay)",  <- one line per Translators group, when it exists
}
EVERYONE_SIGNED_IN = {"editor", "moderator", "administrator"}
PUBLISHERS = {"moderator", "administrator"}
ADMINS = {"administrator"}

# View -> the roles that may open it. Page views are checked on the page in every locale.
EXPECTED = {
    # Pages
    "page explorer": EVERYONE_SIGNED_IN,
    "page edit": EVERYONE_SIGNED_IN,
    "page add child": EVERYONE_SIGNED_IN,
    "page preview": EVERYONE_SIGNED_IN,
    "page history": EVERYONE_SIGNED_IN,
    "page revision view": EVERYONE_SIGNED_IN,
    "page revision compare": EVERYONE_SIGNED_IN,
    "page unpublish": PUBLISHERS,
    # Wagtail lets whoever may publish a page delete or move it (when it has no
    # children: bulk_delete is for subtrees); editors only their own drafts.
    "page delete": PUBLISHERS,
    "page move": PUBLISHERS,
    "page copy": EVERYONE_SIGNED_IN,
    "page workflow history": EVERYONE_SIGNED_IN,
    # wagtail-localize
    # wagtail-localize's own migration gives submit_translation to groups named
    # "Editors" and "Moderators"; home/roles.py gives it to Administrators too.
    "translate page": EVERYONE_SIGNED_IN,
    "translate snippet": EVERYONE_SIGNED_IN,
    "translations report": EVERYONE_SIGNED_IN,
    "locales": ADMINS,
    # Snippets
    "dataset list": EVERYONE_SIGNED_IN,
    "dataset add": EVERYONE_SIGNED_IN,
    "dataset edit": EVERYONE_SIGNED_IN,
    "dataset delete": PUBLISHERS,
    "main menu list": ADMINS,
    # Media
    "image list": EVERYONE_SIGNED_IN,
    "image add": EVERYONE_SIGNED_IN,
    "image edit": EVERYONE_SIGNED_IN,
    # Wagtail's "change" permission on a collection includes deleting (home/roles.py
    # gives "delete" to moderators only, but "change" to editors too).
    "image delete": EVERYONE_SIGNED_IN,
    "document list": EVERYONE_SIGNED_IN,
    "document add": EVERYONE_SIGNED_IN,
    "document edit": EVERYONE_SIGNED_IN,
    "document delete": EVERYONE_SIGNED_IN,
    # Workflows, users, settings
    "workflow list": ADMINS,
    "workflow edit": ADMINS,
    "workflow tasks": ADMINS,
    "users": ADMINS,
    "groups": ADMINS,
    "sites": ADMINS,
    "redirects": ADMINS,
}
PAGE_VIEWS = {
    "page explorer": "/admin/pages/{page}/",
    "page edit": "/admin/pages/{page}/edit/",
    "page add child": "/admin/pages/{page}/add_subpage/",
    "page preview": "/admin/pages/{page}/edit/preview/",
    "page history": "/admin/pages/{page}/history/",
    "page revision view": "/admin/pages/{page}/revisions/{revision}/view/",
    "page revision compare": "/admin/pages/{page}/revisions/compare/earliest...{revision}/",
    "page unpublish": "/admin/pages/{page}/unpublish/",
    "page delete": "/admin/pages/{page}/delete/",
    "page move": "/admin/pages/{page}/move/",
    "page copy": "/admin/pages/{page}/copy/",
    "page workflow history": "/admin/pages/{page}/workflow_history/",
}
OTHER_VIEWS = {
    "translate page": "/admin/localize/submit/page/{source_page}/",
    "translate snippet": "/admin/localize/submit/snippet/stats/dataset/{dataset}/",
    "translations report": "/admin/localize/reports/translations/",
    "locales": "/admin/locales/",
    "dataset list": "/admin/snippets/stats/dataset/",
    "dataset add": "/admin/snippets/stats/dataset/add/",
    "dataset edit": "/admin/snippets/stats/dataset/edit/{dataset}/",
    "dataset delete": "/admin/snippets/stats/dataset/delete/{dataset}/",
    "main menu list": "/admin/snippets/home/mainmenu/",
    "image list": "/admin/images/",
    "image add": "/admin/images/multiple/add/",
    "image edit": "/admin/images/{image}/",
    "image delete": "/admin/images/{image}/delete/",
    "document list": "/admin/documents/",
    "document add": "/admin/documents/multiple/add/",
    "document edit": "/admin/documents/edit/{document}/",
    "document delete": "/admin/documents/delete/{document}/",
    "workflow list": "/admin/workflows/list/",
    "workflow edit": "/admin/workflows/edit/{workflow}/",
    "workflow tasks": "/admin/workflows/tasks/index/",
    "users": "/admin/users/",
    "groups": "/admin/groups/",
    "sites": "/admin/sites/",
    "redirects": "/admin/redirects/",
}


@pytest.fixture
def content(home_page, locales, translate_now):
    section = StandardPageFactory(parent=home_page, title="About us", slug="about")
    page = StandardPageFactory(parent=section, title="Our team", slug="team")
    page.save_revision()  # a second revision to compare
    dataset = DatasetFactory(slug="arrivals")
    translate_now(section)
    translate_now(page)
    translate_now(dataset)
    moderate_tree(section)
    document = get_document_model().objects.create(title="Annual report", file="documents/report.pdf")
    return {
        "pages": {code: page.get_translation(locale) for code, locale in locales.items()},
        "source_page": page.pk,
        "dataset": dataset.pk,
        "image": ImageFactory().pk,
        "document": document.pk,
        "workflow": Workflow.objects.get(name="Editorial approval").pk,
    }


@pytest.fixture
def clients(db):
    from django.test import Client

    made = {}
    for role, group in ROLES.items():
        browser = Client()
        if group is not None:
            user = get_user_model().objects.create_user(
                role, f"{role}@example.org", "a long enough password 123"
            )
            user.groups.add(Group.objects.get(name=group))
            browser.force_login(user)
        made[role] = browser
    return made


def outcome(browser, url):
    response = browser.get(url)
    assert response.status_code < 500, url
    return (
        "allowed"
        if response.status_code == 200
        else f"denied ({response.status_code} {response.get('Location', '')})"
    )


def locales_for(view_index, codes):
    """English plus one other locale per view, rotating, so every locale is covered by several views."""
    others = [code for code in codes if code != "en"]
    return ["en", others[view_index % len(others)]]


def test_every_role_on_every_admin_view_in_every_locale(clients, content):
    mismatches = []
    codes = list(content["pages"])
    for role, browser in clients.items():
        for index, (view, template) in enumerate(PAGE_VIEWS.items()):
            for code in locales_for(index, codes):
                page = content["pages"][code]
                url = template.format(page=page.pk, revision=page.latest_revision_id)
                expected = "allowed" if role in EXPECTED[view] else "denied"
                actual = outcome(browser, url)
                if actual.split(" (")[0] != expected:
                    mismatches.append(f"{role} / {view} ({code}): {actual}, expected {expected} — {url}")
        for view, template in OTHER_VIEWS.items():
            url = template.format(**content)
            expected = "allowed" if role in EXPECTED[view] else "denied"
            actual = outcome(browser, url)
            if actual.split(" (")[0] != expected:
                mismatches.append(f"{role} / {view}: {actual}, expected {expected} — {url}")
    assert not mismatches, "\n".join(mismatches)


def test_the_matrix_names_every_view_once():
    assert set(EXPECTED) == set(PAGE_VIEWS) | set(OTHER_VIEWS)


def test_denied_actions_change_nothing(clients, content):
    """POSTs, not just GETs: an editor cannot delete or unpublish a page in any locale, nor a dataset."""
    editor = clients["editor"]
    for page in content["pages"].values():
        editor.post(f"/admin/pages/{page.pk}/delete/")
        editor.post(f"/admin/pages/{page.pk}/unpublish/")
    editor.post(f"/admin/snippets/stats/dataset/delete/{content['dataset']}/")
    pages = Page.objects.filter(pk__in=[page.pk for page in content["pages"].values()])
    assert pages.count() == len(content["pages"]) and all(page.live for page in pages)
    from stats.models import Dataset

    assert Dataset.objects.filter(pk=content["dataset"]).exists()
    anonymous = clients["anonymous"]
    response = anonymous.post(f"/admin/localize/submit/page/{content['source_page']}/", {"locales": [1]})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
