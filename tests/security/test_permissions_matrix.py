"""Who may see and do what in the admin: every role against the admin views, on pages of every locale.

Recent Wagtail security advisories were missing permission checks in views
like these (several in translation features), so each cell is asserted, not
just a sample. A new role is one line in ROLES plus its column in EXPECTED.

Views on one locale's object (a page, a dataset, a translation) are checked in
several locales. A translator group in a view's set may open it only on its own
locale's object, never on the English source or another locale; the other roles
are not limited by locale.

"allowed" means the view answers 200; anything else (a redirect to the login
or to the dashboard with "permission denied", a 403 or a 404) is "denied".

Opening a view is one half; what a role can make live through it is the other:
test_routes_to_live.py walks every route to "live" (Publish, revert, copy,
alias, move, bulk publish and move, sync and publish, the translation editor,
scheduled publishing) for each editorial role and a translator.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.models import Page, Workflow
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.moderation import moderate_tree
from home.roles import TRANSLATOR_GROUPS
from tests.factories.home import ImageFactory, StandardPageFactory
from tests.factories.stats import DatasetFactory

pytestmark = pytest.mark.django_db

# Role -> the group its users belong to (None: not signed in).
ROLES = {
    "anonymous": None,
    "editor": "Editors",
    "moderator": "Moderators",
    "administrator": "Administrators",
    "translator_ms": "Translators (Malay)",
    "translator_zh_hans": "Translators (Chinese)",
    "translator_ta": "Translators (Tamil)",
    "translator_my": "Translators (Burmese)",
    "translator_ar": "Translators (Arabic)",
}
# A translator role's own locale, from its group's name.
OWN_LOCALE = {
    role: code for role, group in ROLES.items() for code, name in TRANSLATOR_GROUPS.items() if group == name
}
TRANSLATORS = set(OWN_LOCALE)  # in their own locale only (see the module's docstring)
EDITORIAL = {"editor", "moderator", "administrator"}
EVERYONE_SIGNED_IN = EDITORIAL | TRANSLATORS
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
    "page unpublish": PUBLISHERS | TRANSLATORS,
    # Wagtail lets whoever may publish a page delete or move it (when it has no
    # children: bulk_delete is for subtrees); editors only their own drafts.
    # Translators publish in their own tree, so the same holds for them there.
    "page delete": PUBLISHERS | TRANSLATORS,
    "page move": PUBLISHERS | TRANSLATORS,
    "page copy": EVERYONE_SIGNED_IN,
    "page workflow history": EVERYONE_SIGNED_IN,
    # wagtail-localize, source side ("Translate this page", "Sync translated pages").
    # wagtail-localize's own migration gives submit_translation to groups named
    # "Editors" and "Moderators"; home/roles.py gives it to Administrators too.
    "translate page": EDITORIAL,
    "translate snippet": EDITORIAL,
    "sync translations": EDITORIAL,
    # A read-only listing of every translation (titles and locales), for any admin user.
    "translations report": EVERYONE_SIGNED_IN,
    "locales": ADMINS,
    # wagtail-localize, translation side: the translation of a page or dataset into one locale.
    "page translation PO download": EVERYONE_SIGNED_IN,
    "page translation preview": EVERYONE_SIGNED_IN,
    "dataset translation PO download": EVERYONE_SIGNED_IN,
    # Snippets (translators may view every locale's datasets in the listing)
    "dataset list": EVERYONE_SIGNED_IN,
    "dataset add": EDITORIAL,
    "dataset edit": EVERYONE_SIGNED_IN,
    "dataset delete": PUBLISHERS,
    "main menu list": ADMINS | TRANSLATORS,
    # Media (translators have no collection permissions)
    "image list": EDITORIAL,
    "image add": EDITORIAL,
    "image edit": EDITORIAL,
    # Wagtail's "change" permission on a collection includes deleting (home/roles.py
    # gives "delete" to moderators only, but "change" to editors too).
    "image delete": EDITORIAL,
    "document list": EDITORIAL,
    "document add": EDITORIAL,
    "document edit": EDITORIAL,
    "document delete": EDITORIAL,
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
# On the dataset in each locale.
SNIPPET_VIEWS = {
    "dataset edit": "/admin/snippets/stats/dataset/edit/{dataset}/",
    "dataset delete": "/admin/snippets/stats/dataset/delete/{dataset}/",
}
# On the translation into each locale but English (which is the source).
TRANSLATION_VIEWS = {
    "page translation PO download": "/admin/localize/translate/{page_translation}/pofile/download/",
    "page translation preview": "/admin/localize/translate/{page_translation}/preview/",
    "dataset translation PO download": "/admin/localize/translate/{dataset_translation}/pofile/download/",
}
OTHER_VIEWS = {
    "translate page": "/admin/localize/submit/page/{source_page}/",
    "translate snippet": "/admin/localize/submit/snippet/stats/dataset/{dataset}/",
    "sync translations": "/admin/localize/update/{page_source}/",
    "translations report": "/admin/localize/reports/translations/",
    "locales": "/admin/locales/",
    "dataset list": "/admin/snippets/stats/dataset/",
    "dataset add": "/admin/snippets/stats/dataset/add/",
    "main menu list": "/admin/snippets/core/mainmenu/",
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


def translation_of(instance, locale):
    source = TranslationSource.objects.get(object_id=instance.translation_key, locale=instance.locale)
    return Translation.objects.get(source=source, target_locale=locale)


@pytest.fixture
def content(home_page, locales, translate_now):
    translate_now(home_page)  # each locale's home, where its translators get their page permissions
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
        "locales": {code: objects_in(locale, page, dataset) for code, locale in locales.items()},
        "pages": {code: page.get_translation(locale) for code, locale in locales.items()},
        "source_page": page.pk,
        "page_source": TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale).pk,
        "dataset": dataset.pk,
        "image": ImageFactory().pk,
        "document": document.pk,
        "workflow": Workflow.objects.get(name="Editorial approval").pk,
    }


def objects_in(locale, page, dataset):
    """The URL parameters of the page, the dataset and their translations in one locale."""
    translated_page = page.get_translation(locale)
    is_source = locale.pk == page.locale_id
    return {
        "page": translated_page.pk,
        "revision": translated_page.latest_revision_id,
        "dataset": dataset.get_translation(locale).pk,
        "page_translation": None if is_source else translation_of(page, locale).pk,
        "dataset_translation": None if is_source else translation_of(dataset, locale).pk,
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


def expected(role, view, code=None):
    """What `role` should get from `view` on the object in locale `code` (None: not a locale's object)."""
    if role not in EXPECTED[view]:
        return "denied"
    if role in OWN_LOCALE and code is not None and code != OWN_LOCALE[role]:
        return "denied"
    return "allowed"


def locales_for(role, view_index, codes, with_source=True):
    """English, the role's own locale if it has one, and one other locale per view, rotating.

    Over the views every role meets every locale; translators meet each of
    theirs and three others' on every view.
    """
    own = OWN_LOCALE.get(role)
    others = [code for code in codes if code not in ("en", own)]
    return [
        *(["en"] if with_source else []),
        *([own] if own else []),
        others[view_index % len(others)],
    ]


def locale_cells(role, codes):
    """(view, locale, URL template, with_source) for every view checked per locale."""
    views = [
        *((view, template, True) for view, template in PAGE_VIEWS.items()),
        *((view, template, True) for view, template in SNIPPET_VIEWS.items()),
        *((view, template, False) for view, template in TRANSLATION_VIEWS.items()),
    ]
    for index, (view, template, with_source) in enumerate(views):
        for code in locales_for(role, index, codes, with_source):
            yield view, code, template


def test_every_role_on_every_admin_view_in_every_locale(clients, content):
    mismatches = []
    codes = list(content["locales"])
    for role, browser in clients.items():
        for view, code, template in locale_cells(role, codes):
            url = template.format(**content["locales"][code])
            actual = outcome(browser, url)
            if actual.split(" (")[0] != expected(role, view, code):
                mismatches.append(
                    f"{role} / {view} ({code}): {actual}, expected {expected(role, view, code)} — {url}"
                )
        for view, template in OTHER_VIEWS.items():
            url = template.format(**content)
            actual = outcome(browser, url)
            if actual.split(" (")[0] != expected(role, view):
                mismatches.append(f"{role} / {view}: {actual}, expected {expected(role, view)} — {url}")
    assert not mismatches, "\n".join(mismatches)


def test_the_matrix_names_every_view_once():
    views = [*PAGE_VIEWS, *SNIPPET_VIEWS, *TRANSLATION_VIEWS, *OTHER_VIEWS]
    assert len(views) == len(set(views)) and set(EXPECTED) == set(views)


def test_every_translators_group_has_a_role():
    assert set(OWN_LOCALE.values()) == set(TRANSLATOR_GROUPS)


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


def test_translators_write_only_their_own_locales_translations(clients, content, settings):
    """POSTs, not just GETs: machine translation and string edits change only the translator's locale."""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
    codes = list(content["locales"])
    segment = StringSegment.objects.filter(source_id=content["page_source"]).first()
    mismatches = []
    for index, (role, own) in enumerate(OWN_LOCALE.items()):
        others = [code for code in codes if code not in ("en", own)]
        for code in (own, others[index % len(others)]):
            translation = content["locales"][code]["page_translation"]
            base = f"/admin/localize/translate/{translation}"
            before = StringTranslation.objects.filter(locale__language_code=code).count()
            clients[role].post(f"{base}/machine_translate/", {"next": "/admin/"})
            machine_translated = StringTranslation.objects.filter(locale__language_code=code).count() > before
            clients[role].put(
                f"{base}/strings/{segment.pk}/edit/",
                urlencode({"value": f"written by {role}"}),
                content_type="application/x-www-form-urlencoded",
            )
            edited = StringTranslation.objects.filter(
                locale__language_code=code, data=f"written by {role}"
            ).exists()
            if (machine_translated, edited) != (code == own, code == own):
                mismatches.append(
                    f"{role} in {code}: machine translated {machine_translated}, edited {edited}"
                )
    assert not mismatches, "\n".join(mismatches)
