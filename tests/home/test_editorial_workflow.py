"""Roles and four-eyes moderation: editors submit, another person approves."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.moderation import moderate_tree
from tests.factories.home import StandardPageFactory
from tests.factories.users import approve as approve_task
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderated_page(roles, home_page):
    section = StandardPageFactory(parent=home_page, title="Newsroom")
    moderate_tree(section)
    return StandardPageFactory(parent=section, title="Training schedule", introduction="First draft.")


def edit_post(page, introduction, action):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": introduction,
            "body": streamfield([]),
            "listing_summary": "",
            "comments": inline_formset([]),
            action: "1",
        }
    )
    return data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.fixture
def approve(django_capture_on_commit_callbacks):
    """POST the moderator's approval; publishing runs as a task when the transaction commits."""

    def run(client, page, comment=""):
        return approve_task(client, page, django_capture_on_commit_callbacks, comment)

    return run


def awaiting_review_panel(client):
    """The text of the dashboard's "Awaiting your review" panel ('' when it is not shown)."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.find('id="awaiting-review-section"')
    return "" if start == -1 else html[start : html.find("</section>", start)]


def test_roles_exist_with_the_workflow(roles):
    assert {"Editors", "Moderators", "Administrators"} <= set(Group.objects.values_list("name", flat=True))
    editors = Group.objects.get(name="Editors")
    assert not editors.page_permissions.filter(permission__codename="publish_page").exists()
    moderators = Group.objects.get(name="Moderators")
    assert moderators.page_permissions.filter(permission__codename="publish_page").exists()


def test_editor_cannot_publish_even_with_a_forged_post(client, moderated_page):
    make_user("editor", "Editors")
    client.force_login(get_user_model().objects.get(username="editor"))
    page_html = client.get(edit_url(moderated_page)).content.decode()
    assert 'name="action-publish"' not in page_html
    client.post(edit_url(moderated_page), edit_post(moderated_page, "Editor's change.", "action-publish"))
    moderated_page.refresh_from_db()
    assert moderated_page.introduction == "First draft."  # the live page did not change


def test_submitted_page_is_published_only_when_another_moderator_approves(client, moderated_page, approve):
    make_user("editor", "Editors")
    make_user("moderator", "Moderators")
    client.force_login(get_user_model().objects.get(username="editor"))
    client.post(
        edit_url(moderated_page), edit_post(moderated_page, "Ten workshops in seven cities.", "action-submit")
    )
    moderated_page.refresh_from_db()
    assert moderated_page.workflow_in_progress
    assert moderated_page.introduction == "First draft."
    client.logout()

    client.force_login(get_user_model().objects.get(username="moderator"))
    assert "Training schedule" in awaiting_review_panel(client)
    response = approve(client, moderated_page)
    assert response.status_code in {200, 302}
    live = Page.objects.get(pk=moderated_page.pk).specific
    assert live.introduction == "Ten workshops in seven cities."


def test_rejected_page_keeps_the_editors_text_and_shows_the_comment(client, moderated_page):
    make_user("editor", "Editors")
    make_user("moderator", "Moderators")
    client.force_login(get_user_model().objects.get(username="editor"))
    client.post(edit_url(moderated_page), edit_post(moderated_page, "A draft to review.", "action-submit"))
    client.logout()
    client.force_login(get_user_model().objects.get(username="moderator"))
    moderated_page.refresh_from_db()
    task_state = moderated_page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[moderated_page.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Please add the venue for Kuching."})
    client.logout()
    client.force_login(get_user_model().objects.get(username="editor"))
    html = client.get(edit_url(moderated_page)).content.decode()
    assert "A draft to review." in html
    assert "Please add the venue for Kuching." in html


def test_moderator_cannot_approve_a_revision_they_wrote(client, moderated_page, approve):
    make_user("moderator", "Moderators")
    client.force_login(get_user_model().objects.get(username="moderator"))
    client.post(edit_url(moderated_page), edit_post(moderated_page, "My own change.", "action-submit"))
    moderated_page.refresh_from_db()
    assert moderated_page.workflow_in_progress
    assert "Training schedule" not in awaiting_review_panel(client)  # not offered for their review
    response = approve(client, moderated_page)
    assert response.status_code == 302  # the admin turns PermissionDenied into a redirect with a message
    moderated_page.refresh_from_db()
    assert moderated_page.workflow_in_progress
    assert Page.objects.get(pk=moderated_page.pk).specific.introduction == "First draft."


def test_moderator_has_no_publish_button_on_moderated_pages(client, moderated_page):
    make_user("moderator", "Moderators")
    client.force_login(get_user_model().objects.get(username="moderator"))
    assert 'name="action-publish"' not in client.get(edit_url(moderated_page)).content.decode()
    client.post(edit_url(moderated_page), edit_post(moderated_page, "Sneaky.", "action-publish"))
    assert Page.objects.get(pk=moderated_page.pk).specific.introduction == "First draft."


def test_pages_outside_moderated_trees_publish_directly_for_moderators(client, roles, home_page):
    page = StandardPageFactory(parent=home_page, title="Work with us", introduction="Old.")
    make_user("moderator", "Moderators")
    client.force_login(get_user_model().objects.get(username="moderator"))
    client.post(edit_url(page), edit_post(page, "New vacancies.", "action-publish"))
    assert Page.objects.get(pk=page.pk).specific.introduction == "New vacancies."


def test_each_editor_sees_only_their_own_drafts_on_the_dashboard(client, roles, home_page):
    alice = make_user("alice", "Editors")
    bob = make_user("bob", "Editors")
    page = StandardPageFactory(parent=home_page, title="Partnerships")
    page.title = "Partnerships draft by Alice"
    page.save_revision(user=alice)
    other = StandardPageFactory(parent=home_page, title="Work with us")
    other.title = "Work with us draft by Bob"
    other.save_revision(user=bob)
    client.force_login(alice)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    drafts = html[html.index('id="my-drafts-section"') :]
    drafts = drafts[: drafts.index("</section>")]
    assert "draft by Alice" in drafts
    assert "draft by Bob" not in drafts
    assert "Awaiting your review" not in html  # editors moderate nothing


@pytest.fixture
def submitted_page(client, moderated_page):
    """The page submitted for review by an Editor; the client is signed in as a Moderator."""
    make_user("editor", "Editors")
    make_user("moderator", "Moderators")
    client.force_login(get_user_model().objects.get(username="editor"))
    client.post(edit_url(moderated_page), edit_post(moderated_page, "Venues added.", "action-submit"))
    client.force_login(get_user_model().objects.get(username="moderator"))
    moderated_page.refresh_from_db()
    return moderated_page


def dashboard_panel_ids(client):
    """The dashboard's panels, top to bottom, by their section ids."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    return re.findall(r'<section[^>]*\bid="([\w-]+)-section"', html)


def review_from_dashboard(client, page, action, comment=""):
    """POST `action` on the page's task as the dashboard's dialog does, then open the dashboard."""
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    client.post(url, {"comment": comment}, headers={"x-requested-with": "XMLHttpRequest"})
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_review_queue_is_the_first_panel_a_moderator_sees(client, submitted_page):
    panels = dashboard_panel_ids(client)
    assert panels[0] == "awaiting-review", panels
    assert len(panels) > 3  # the editor's own panels follow it


def test_approving_from_the_dashboard_says_so(client, submitted_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        html = review_from_dashboard(client, submitted_page, "approve")
    assert "Approved: “Training schedule”." in html
    assert "Training schedule" not in awaiting_review_panel(client)
    assert "Approved:" not in client.get(reverse("wagtailadmin_home")).content.decode()  # said once
    task_state = TaskState.objects.filter(workflow_state__object_id=str(submitted_page.pk)).get()
    url = reverse("wagtailadmin_pages:workflow_action", args=[submitted_page.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})  # sent again
    assert "Approved:" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_requesting_changes_from_the_dashboard_says_so(client, submitted_page):
    html = review_from_dashboard(client, submitted_page, "reject", "Please add the venue for Kuching.")
    assert "Changes requested: “Training schedule” goes back to its author with your comment." in html


def test_no_confirmation_when_nothing_was_approved(client, moderated_page):
    make_user("moderator", "Moderators")
    client.force_login(get_user_model().objects.get(username="moderator"))
    client.post(edit_url(moderated_page), edit_post(moderated_page, "My own change.", "action-submit"))
    moderated_page.refresh_from_db()
    html = review_from_dashboard(client, moderated_page, "approve")  # their own revision: refused
    assert "Approved:" not in html
    assert moderated_page.workflow_in_progress
