"""Hostile input sweep: every public URL, in every locale, with hostile query strings and paths.

No answer may be a server error (5xx), and no value we sent may come back
unescaped. The URLs come from the site's own /sitemap.xml, so a new page is
swept without changing this file; search, feeds, data downloads and .ics
files are added by hand because the sitemap does not list them.

Run time: every URL gets the script probe in every parameter at once, one
rotating hostile value in every parameter, and one rotating hostile path
suffix; the English copy of each page also gets a rotating sample of single
(parameter, value) pairs, so each pair is tried on several page types.
"""

import itertools
import re
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.django_db

# What a reflected value would look like unescaped. Escaped, it shows as
# "&lt;xss7probe" and "&quot; onmouseover=&quot;xss7attr".
PROBE_TAG = "<xss7probe"
PROBE_ATTR = 'onmouseover="xss7attr'
SCRIPT_PROBE = quote('</script><script>alert(1)</script>"\'<xss7probe>" onmouseover="xss7attr')

# Query-string values, already percent-encoded as a browser or an attacker would send them.
HOSTILE_VALUES = [
    SCRIPT_PROBE,
    "9" * 5000,  # longer than Python will turn into an int (4300 digits)
    "a" * 20_000,
    "%00",
    "abc%00def",
    "%ff%fe%fd",  # invalid UTF-8
    "%C0%AF",  # overlong UTF-8 for "/"
    quote("../../../../etc/passwd"),
    "..%2F..%2F..%2Fetc%2Fpasswd",
    quote("' OR 1=1--"),
    quote("1; DROP TABLE wagtailcore_page; --"),
    quote("{{ 7|add:7 }}{% debug %}${7*7}<%= 7*7 %>"),
    quote("²"),  # str.isdigit() says yes, int() says no
    quote("١٢٣"),  # Arabic-Indic digits
    "-1",
    "0",
    "1e309",
    "NaN",
    "-9223372036854775809",
    "18446744073709551616",
    quote("\u202e\ufeff\u200b"),  # bidi override, BOM, zero width space
    "%F0%9F%92%A9" * 100,  # emoji
    "",
]
# Every parameter a public view reads, plus names that no view knows.
PARAMETERS = [
    "page",
    "q",
    "topic",
    "kind",
    "year",
    "country",
    "diet",
    "servings",
    "version",
    "hxl",
    "format",
    "lang",
    "%ff",
    SCRIPT_PROBE,
]
# Appended to a page's URL: must be a 404 (or a redirect), never an error.
HOSTILE_SUFFIXES = [
    "junk/",
    "%00/",
    "..%2F..%2Fetc%2Fpasswd/",
    "%ff%fe/",
    SCRIPT_PROBE.replace("%2F", "") + "/",
    "a" * 2000 + "/",
    "feed/rss/junk/",
    "calendar/x/99999999999999999999999999/",
    "resettlement/xml/",
    "9" * 5000 + "/",
    "%2e%2e/%2e%2e/",
    "index.php",
    ".env",
]
# Addresses outside any page: unknown locales, traversal, odd prefixes.
HOSTILE_PATHS = [
    "/xx/",
    "/xx/news/",
    "/en-gb/",
    "/EN/",
    "/zz-latn/news/feed/rss/",
    "/%00/",
    "/en/%00/",
    "/en/%ff/",
    "/en/../../etc/passwd",
    "/en/..%2F..%2Fetc%2Fpasswd/",
    "/..%2F/",
    "//evil.example/",
    "/en//evil.example/",
    "/en/" + SCRIPT_PROBE.replace("%2F", "") + "/",
    "/en/search/" + SCRIPT_PROBE.replace("%2F", "") + "/",
    "/en/data/" + "a" * 300 + "/csv/",
    "/en/data/no-such-dataset/json/",
    "/en/news/topic/no-such-topic/feed/rss/",
    "/en/news/topic/" + "%ff" + "/feed/atom/",
    "/en/news/training/calendar/x/0/",
    "/healthz/%00",
    "/sitemap.xml?p=" + "9" * 5000,
    "/robots.txt/%00",
    "/documents/999999999/x.pdf",
    "/documents/" + "9" * 5000 + "/x.pdf",
]


def sitemap_paths(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = re.findall(r"<loc>https?://[^/<]+(/[^<]*)</loc>", response.content.decode())
    return sorted(set(urls))


def extra_paths(public_site, locales):
    """Public addresses the sitemap does not list: search, feeds, downloads, calendars."""
    story = public_site["story"]
    paths = []
    for code in locales:
        paths += [
            f"/{code}/search/",
            f"/{code}/news/feed/rss/",
            f"/{code}/news/feed/atom/",
            f"/{code}/news/media/",
            f"/{code}/news/topic/{public_site['topic']}/feed/rss/",
            f"/{code}/news/topic/{public_site['topic']}/feed/atom/",
            f"/{code}/news/{story.slug}/calendar/{public_site['schedule_id']}/0/",
        ]
        for slug in public_site["datasets"]:
            paths += [f"/{code}/data/{slug}/csv/", f"/{code}/data/{slug}/json/"]
    return paths


def query(value):
    """Every parameter at once, all set to `value`."""
    return "&".join(f"{name}={value}" for name in PARAMETERS)


def short(path):
    return path if len(path) < 120 else f"{path[:100]}...({len(path)} characters)"


def check(client, path, failures, *, expect_found=False):
    response = client.get(path)
    body = response.content.decode("utf-8", errors="replace")
    if response.status_code >= 500:
        failures.append(f"{response.status_code} {short(path)}")
    elif PROBE_TAG in body or PROBE_ATTR in body:
        failures.append(f"unescaped reflection {short(path)}")
    elif expect_found and response.status_code != 200:
        failures.append(f"{response.status_code} for a plain request {short(path)}")
    location = response.headers.get("Location", "")
    if location.startswith("//") or "://" in location.split("?")[0] and "testserver" not in location:
        failures.append(f"redirect off the site to {location[:100]} from {short(path)}")
    return response


def sweep_query_strings(client, paths, failures):
    values = itertools.cycle(HOSTILE_VALUES[1:])
    pairs = itertools.cycle(itertools.product(PARAMETERS, HOSTILE_VALUES))
    for path in paths:
        check(client, path, failures, expect_found=True)
        check(client, f"{path}?{query(SCRIPT_PROBE)}", failures)
        check(client, f"{path}?{query(next(values))}", failures)
        if path.startswith("/en/"):
            for _ in range(8):
                name, value = next(pairs)
                check(client, f"{path}?{name}={value}", failures)


def sweep_downloads(client, paths, failures):
    """Downloads and calendars read parameters of their own: every value, in English."""
    downloads = [
        path
        for path in paths
        if path.startswith("/en/") and ("/calendar/" in path or path.endswith(("/csv/", "/json/")))
    ]
    assert len(downloads) == 5
    for path, value in itertools.product(downloads, HOSTILE_VALUES):
        check(client, f"{path}?{query(value)}", failures)


def sweep_page_numbers(client, paths, failures):
    listings = [path for path in paths if path.endswith(("/news/", "/search/", "/dari-dapur/"))]
    assert len(listings) == 3 * 6
    for path, value in itertools.product(listings, ["9" * 5000, "-1", "0", "1e309", quote("²"), "%00"]):
        check(client, f"{path}?page={value}&q=migration", failures)


def sweep_path_suffixes(client, paths, failures):
    suffixes = itertools.cycle(HOSTILE_SUFFIXES)
    for path in paths:
        base = path if path.endswith("/") else path + "/"
        check(client, base + next(suffixes), failures)


FIGURE_PAGE = re.compile(r"^/[\w-]+/data/[\w-]+/$")


def sweep_paths_outside_pages(client, failures):
    for path in HOSTILE_PATHS:
        response = check(client, path, failures)
        if response.status_code == 200 and path.startswith(("/xx/", "/zz-latn/", "/en-gb/")):
            failures.append(f"unknown locale served as a page: {path}")


def test_hostile_input_sweep(client, public_site, locales):
    """One test, so the translated site is built once for the whole sweep."""
    client.raise_request_exception = False  # collect every 500, not just the first
    paths = sitemap_paths(client)
    # Every page in every locale, or the sweep proves less than it claims; the sitemap also
    # lists each figure's own page (/<lang>/data/<slug>/), which the sweep visits too.
    page_paths = [path for path in paths if not FIGURE_PAGE.match(path)]
    assert len(page_paths) == len(public_site["pages"]) == 8 * len(locales)
    paths += extra_paths(public_site, locales)
    failures = []
    sweep_query_strings(client, paths, failures)
    sweep_downloads(client, paths, failures)
    sweep_page_numbers(client, paths, failures)
    sweep_path_suffixes(client, paths, failures)
    sweep_paths_outside_pages(client, failures)
    assert not failures, "\n".join(failures)


def test_search_reflects_the_query_escaped(client, home_page):
    response = client.get("/en/search/?q=" + SCRIPT_PROBE)
    html = response.content.decode()
    assert response.status_code == 200
    assert "&lt;xss7probe&gt;" in html  # shown back to the reader, escaped
    assert PROBE_TAG not in html
