"""Which cached pages a change affects, as full URLs (some ending in `*`: a subtree).

A page's own URL and the subtree below it (routable sub-pages, feeds), the
same for its translations, every ancestor (listings), for page types that list
their siblings (`page_cache_purges_siblings`) their section, pages that link
to it or use it (Wagtail's ReferenceIndex), and the search page of its
language. A snippet or image: the pages that use it or any of its translations
(ReferenceIndex again) as if they were published, and the pages its model says
list it in full (`page_cache_listed_by`); things every page shows
(`page_cache_scope = "site"`) and a collection's view restriction: the whole site.
"""

import copy

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex, Site


def site_root_url(page):
    url_parts = page.get_url_parts()
    if url_parts is None:
        return None, None
    _site_id, root_url, page_path = url_parts
    return root_url, page_path


def page_urls(page, seen=None):
    """Full URLs (some ending in `*`) to purge when `page` changes."""

    seen = set() if seen is None else seen
    urls = set()
    pages = list(Page.objects.filter(translation_key=page.translation_key)) or [page]
    if page.pk not in {p.pk for p in pages}:
        pages.append(page)
    for each in pages:
        root_url, path = site_root_url(each)
        if root_url is None:
            continue
        urls.update({root_url + path, root_url + path + "*"})
        parent = each.get_parent()
        if getattr(type(page.specific_deferred), "page_cache_purges_siblings", False) and parent.depth > 1:
            # Siblings list related stories or recipes, and the parent's feeds live below it.
            parent_root, parent_path = site_root_url(parent)
            if parent_root is not None:
                urls.add(parent_root + parent_path + "*")
        for ancestor in each.get_ancestors().filter(depth__gt=1):
            ancestor_root, ancestor_path = site_root_url(ancestor)
            if ancestor_root is not None:
                urls.add(ancestor_root + ancestor_path)
        language = each.locale.language_code
        urls.add(f"{root_url}/{language}/search/")
        seen.add(("page", each.pk))
        urls.update(_referencing_urls(each, seen))
    return urls


def _referencing_urls(obj, seen):
    """URLs of pages that use `obj` (through Wagtail's ReferenceIndex), following snippets once more."""
    urls = set()
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(obj).values_list("base_content_type_id", "object_id")
    page_ids, others = set(), []
    for base_type_id, object_id in references:
        if base_type_id == page_type.pk:
            page_ids.add(int(object_id))
        else:
            others.append((base_type_id, object_id))
    for referencing in Page.objects.filter(pk__in=page_ids).live():
        if ("page", referencing.pk) not in seen:
            seen.add(("page", referencing.pk))
            root_url, path = site_root_url(referencing)
            if root_url is not None:
                urls.update({root_url + path, root_url + path + "*"})
                parent = referencing.get_parent()
                if parent.depth > 1:
                    parent_root, parent_path = site_root_url(parent)
                    urls.add(parent_root + parent_path)  # its card on the listing
    for base_type_id, object_id in others:
        if (base_type_id, object_id) in seen:
            continue
        seen.add((base_type_id, object_id))
        model = ContentType.objects.get_for_id(base_type_id).model_class()
        source = model and model._default_manager.filter(pk=object_id).first()
        if source is not None:
            urls.update(_referencing_urls(source, seen) | _declared_urls(model, seen))
    return urls


def _declared_urls(model, seen):
    """The pages a model says show it beyond its references: every page, or the pages that list
    them all. Pages draw site-wide snippets from the base template and reach topics through a
    many-to-many field, neither of which the ReferenceIndex records."""
    if getattr(model, "page_cache_scope", None) == "site":
        return site_urls()
    return listing_urls(model, seen)


def site_urls():
    """Every site's root subtree: for things every page shows."""

    return {site.root_url + "/*" for site in Site.objects.all()}


def object_urls(obj):
    """Full URLs to purge when a snippet or image changes."""
    seen = {(None, None)}
    urls = set()
    objects = [obj]
    translation_key = getattr(obj, "translation_key", None)
    if translation_key is not None:
        objects += list(type(obj)._default_manager.filter(translation_key=translation_key).exclude(pk=obj.pk))
    for each in objects:
        urls.update(_referencing_urls(each, seen))
    return urls


def listing_urls(model, seen=None):
    """The pages that list every object of `model` (its `page_cache_listed_by`), and what they affect."""
    seen = set() if seen is None else seen
    urls = set()
    for page_label in getattr(model, "page_cache_listed_by", ()):
        for page in apps.get_model(page_label).objects.live():
            if ("page", page.pk) not in seen:
                urls.update(page_urls(page, seen))
    return urls


def old_address_urls(page, url_path_before):
    """The page's former address (with its language prefix) and the subtree below it."""
    if not url_path_before:
        return set()
    before = copy.copy(page)
    before.url_path = url_path_before
    root_url, path = site_root_url(before)
    return set() if root_url is None else {root_url + path, root_url + path + "*"}


def site_urls_for_old_parents(url_path_before):

    if not url_path_before:
        return set()
    parent_path = url_path_before.rstrip("/").rsplit("/", 1)[0] + "/"
    urls = set()
    for parent in Page.objects.filter(url_path=parent_path):
        root_url, path = site_root_url(parent)
        if root_url is not None:
            urls.update({root_url + path, root_url + path + "*"})
    return urls
