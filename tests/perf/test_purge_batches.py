"""One change, one purge, after its commit: every backend gets each batch once.

The calls to the backends are counted: the page cache's own backend
(LocalCacheBackend) and CloudFront's, whose client is a stand-in here.
`on_commit()` commits the test's changes; nothing may be purged before. Ask
for `pages` before `purges`: the setup's own purges are not counted.
"""

import sys
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, PageViewRestriction

from perf.backends import LocalCacheBackend
from perf.purging import one_purge_afterwards
from tests.factories.home import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def purges(monkeypatch):
    """The URL lists LocalCacheBackend.purge_batch is called with, one per call."""
    calls = []
    purge_batch = LocalCacheBackend.purge_batch

    def recording(self, urls):
        calls.append(sorted(urls))
        purge_batch(self, urls)

    monkeypatch.setattr(LocalCacheBackend, "purge_batch", recording)
    return calls


@pytest.fixture
def pages(home_page, on_commit):
    """Four pages, committed (with the home page): their own purges are sent before a test counts."""
    with on_commit():
        return [StandardPageFactory(parent=home_page, title=f"Page {n}", slug=f"page-{n}") for n in range(4)]


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-password-1")
    client.force_login(user)
    return client


def test_a_publish_is_purged_once_and_only_after_its_commit(pages, purges, on_commit):
    page = pages[0]
    page.title = "Retitled"
    with on_commit():
        page.save_revision().publish()
        assert purges == []  # not before the commit: a reader could cache the old page again
    assert len(purges) == 1
    assert "http://testserver/en/page-0/" in purges[0]


@pytest.mark.parametrize("action", ["unpublish", "delete"])
def test_a_bulk_action_over_several_pages_is_one_purge(admin_client, pages, purges, on_commit, action):
    query = "&".join(f"id={page.pk}" for page in pages)
    with on_commit():
        response = admin_client.post(f"/admin/bulk/wagtailcore/page/{action}/?{query}", {})
    assert response.status_code == 302, response.content.decode()[:500]
    assert not Page.objects.filter(pk__in=[page.pk for page in pages], live=True).exists()
    assert len(purges) == 1
    assert {f"http://testserver/en/page-{n}/" for n in range(4)} <= set(purges[0])


def test_a_bulk_load_purges_only_the_whole_site_at_its_end(client, home_page, pages, purges, on_commit):
    assert client.get("/en/page-1/").status_code == 200
    assert client.get("/en/page-1/")["X-Page-Cache"] == "hit"
    with on_commit(), one_purge_afterwards():
        pages[0].title = "Loaded in bulk"
        pages[0].save_revision().publish()
        pages[1].unpublish()
        PageViewRestriction.objects.create(page=pages[2], restriction_type=PageViewRestriction.LOGIN)
        Page.objects.get(pk=pages[3].pk).move(pages[0], pos="last-child")
        Page.objects.get(pk=pages[3].pk).delete()
    assert purges == [["http://testserver/*"]]
    assert client.get("/en/page-1/").status_code == 404


@pytest.fixture
def cloudfront(settings, monkeypatch):
    """A CloudFront backend beside the local one; its boto3 client records the invalidations."""
    invalidations = []
    fake_client = SimpleNamespace(create_invalidation=lambda **kwargs: invalidations.append(kwargs))
    botocore = SimpleNamespace(exceptions=SimpleNamespace(ClientError=OSError))
    monkeypatch.setitem(sys.modules, "boto3", SimpleNamespace(client=lambda *args, **kwargs: fake_client))
    monkeypatch.setitem(sys.modules, "botocore", botocore)
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": "E123EXAMPLE",
        },
    }
    return invalidations


def test_a_cdn_gets_the_same_single_batch_without_wagtails_frontend_cache_app(
    pages, purges, cloudfront, on_commit
):
    with on_commit():
        pages[0].unpublish()
    assert len(purges) == 1 and len(cloudfront) == 1
    paths = cloudfront[0]["InvalidationBatch"]["Paths"]["Items"]
    assert "/en/page-0/" in paths and "/en/page-0/*" in paths
    assert cloudfront[0]["DistributionId"] == "E123EXAMPLE"


def test_a_cdn_is_purged_with_the_page_cache_off(settings, pages, cloudfront, on_commit):
    settings.PAGE_CACHE_ENABLED = False  # only the CDN can hold a stale copy
    with on_commit():
        pages[0].unpublish()
    assert len(cloudfront) == 1
    assert "/en/page-0/" in cloudfront[0]["InvalidationBatch"]["Paths"]["Items"]


@pytest.fixture
def section(home_page):
    section = StandardPageFactory(parent=home_page, title="Section", slug="section")
    for n in range(3):
        StandardPageFactory(parent=section, title=f"Child {n}", slug=f"child-{n}")
    return section


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_request_that_commits_several_times_purges_once_at_its_end(admin_client, section, purges):
    """Unpublishing with descendants commits page by page: the request still sends one purge."""
    response = admin_client.post(f"/admin/pages/{section.pk}/unpublish/", {"include_descendants": "on"})
    assert response.status_code == 302
    assert not Page.objects.descendant_of(section, inclusive=True).live().exists()
    assert len(purges) == 1
    assert {f"http://testserver/en/section/child-{n}/" for n in range(3)} <= set(purges[0])
