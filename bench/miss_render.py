"""Render each page type in-process with the page cache bypassed: median ms and queries.

`make bench-render` (or `.venv/bin/python bench/miss_render.py [--renders N]`) on the
database DATABASE_URL names, with the demo content loaded, under the settings
DJANGO_SETTINGS_MODULE names (docs/benchmarks.md uses production's, with Redis).

- **bypassed**: each page is requested through Django's test client with
  PAGE_CACHE_ENABLED off (the page-cache middleware neither reads nor stores pages),
  after one warm-up request, so the fragments (core/fragments.py), compiled templates,
  renditions and per-process caches (QR codes, image filters) are warm: what a reader
  gets when a page is not in the page cache (a search, a filter, a miss after a purge
  of another page).
- **pristine**: the same with FRAGMENT_CACHE_ENABLED off as well (only per-process
  caches warm): what the first render after a purge of everything costs.

The queries of one request are counted; the time is the median of N requests.
`--cold-start` reports instead the first request of a fresh process (the home page).
`--reference FILE` adds the equivalent pages of another site measured the same way (a
JSON object {"home": [queries, ms], ...}: docs/benchmarks.md says how bakerydemo's are
measured); `--write` puts the table in docs/benchmarks-render.md and docs/benchmarks.md.
"""

import argparse
import datetime
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from report import BENCHMARKS, RENDER, RENDER_HEADING, with_kept_sections  # noqa: E402  (bench/, the script's folder)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
# Requests name the demo site's own host (its Site, as `load_demo_content` makes it), as readers'
# browsers name the site's: a host no Site has is looked up afresh each time (core/site_cache.py).
HOST = os.environ.get("BENCH_HOST", "127.0.0.1")


def pages():
    """(name, URL) for each page type, from the demo content."""
    # Models are imported once Django is set up (main).
    from campaigns.models import RecipePage
    from home.models import HistoryPage
    from news.models import NewsIndexPage, NewsStoryPage
    from stats.models import DataPage

    english = {"locale__language_code": "en"}
    stories = NewsStoryPage.objects.live().filter(**english)
    story = next((s for s in stories if s.schedules()), stories.first())
    return [
        ("home", "/en/"),
        ("news index", NewsIndexPage.objects.live().filter(**english).first().url),
        ("story with an event schedule", story.url),
        ("recipe", RecipePage.objects.live().filter(**english).first().url),
        ("history", HistoryPage.objects.live().filter(**english).first().url),
        ("data page", DataPage.objects.live().filter(**english).first().url),
        ("search ?q=refugee", "/en/search/?q=refugee"),
    ]


def measure(client, url, renders):
    from django.db import connection

    response = client.get(url, HTTP_HOST=HOST, secure=True)  # warm-up
    if response.status_code != 200:
        raise SystemExit(f"{url}: {response.status_code}")
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url, HTTP_HOST=HOST, secure=True)
    times = []
    for _ in range(renders):
        start = time.perf_counter()
        client.get(url, HTTP_HOST=HOST, secure=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(queries)


# Which of bakerydemo's pages each of ours is compared with.
EQUIVALENTS = {
    "home": "home",
    "news index": "blog index",
    "story with an event schedule": "blog page",
    "search ?q=refugee": "search",
}


def table(results, reference):
    """The markdown table of `results` [(page, bypassed ms, queries, pristine ms, queries)]."""
    head = "| page | bypassed: queries | bypassed: median ms | pristine: queries | pristine: median ms |"
    rule = "|---|---:|---:|---:|---:|"
    if reference:
        head += " reference page: queries, median ms | bypassed ÷ reference |"
        rule += "---|---:|"
    lines = [head, rule]
    for name, bypassed_ms, bypassed_queries, pristine_ms, pristine_queries in results:
        cells = [name, bypassed_queries, f"{bypassed_ms:.1f}", pristine_queries, f"{pristine_ms:.1f}"]
        other = EQUIVALENTS.get(name)
        if reference:
            if other in reference:
                queries, ms = reference[other]
                cells += [f"{other}: {queries}, {ms:.1f}", f"{bypassed_ms / ms:.2f}"]
            else:
                cells += ["–", ""]
        lines.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    return "\n".join(lines)


REFERENCE_METHOD = """The reference pages are wagtail/bakerydemo's
(https://github.com/wagtail/bakerydemo), measured on the same machine in the same minutes, by
the same method (Django's test client, one warm-up, the queries of one request, the median of
the given number of requests), under its own production settings: PostgreSQL, DEBUG off, no
page caching (it has none), its Redis cache, WhiteNoise. Nothing of it is in this
repository; to set it up beside this site: a snapshot of the repository (its commit goes in the
note of the run), a Python 3.12 virtual environment with `requirements/production.txt` (it
needs Django 6), `DATABASE_URL` pointing at a PostgreSQL database of its own,
`DJANGO_SECRET_KEY`, `DJANGO_ALLOWED_HOSTS=localhost`, `SECURE_SSL_REDIRECT=False`,
`REDIS_URL=redis://127.0.0.1:6379` (no database number: its settings add `/0` and `/1`), then
`migrate`, `load_initial_data` and `collectstatic`; measure `/`, the blog index, a blog page and
`/search/?q=bread` as `measure()` here does, and pass the medians as `--reference` JSON:
{"home": [queries, ms], "blog index": ..., "blog page": ..., "search": ...}."""


def cold_start_line():
    """The first request of a fresh process, measured in one (`--cold-start`)."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, __file__, "--cold-start"], capture_output=True, text=True, check=False
    )
    return next((line for line in result.stdout.splitlines() if line.startswith("start-up")), "not measured")


def write_section(text):
    """docs/benchmarks-render.md, and the same section in docs/benchmarks.md (bench/report.py)."""
    Path(RENDER).write_text(f"{RENDER_HEADING}\n\n{text}\n")
    with open(BENCHMARKS) as file:
        benchmarks = file.read()
    with open(BENCHMARKS, "w") as file:
        file.write(with_kept_sections(benchmarks))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--cold-start", action="store_true")
    parser.add_argument("--reference", help="JSON of another site's pages: {name: [queries, ms]}")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--json", help="also write {page: [bypassed queries, ms, pristine queries, ms]} here")
    args = parser.parse_args()
    start = time.perf_counter()
    # Django's modules are imported once it is set up (the app registry must be ready):
    # the WSGI module sets it up, and warms the process up, as under gunicorn.
    importlib.import_module("config.wsgi")
    from django.test import Client
    from django.test.utils import override_settings

    with override_settings(PAGE_CACHE_ENABLED=False, ALLOWED_HOSTS=[HOST]):
        client = Client()
        if args.cold_start:
            ready = time.perf_counter()
            response = client.get("/en/", HTTP_HOST=HOST, secure=True)
            done = time.perf_counter()
            print(
                "start-up (WSGI application loaded, as a gunicorn worker does): "
                f"{(ready - start) * 1000:.0f} ms; "
                f"first request for /en/: {(done - ready) * 1000:.0f} ms (status {response.status_code})"
            )
            return
        results = []
        for name, url in pages():
            bypassed_ms, bypassed_queries = measure(client, url, args.renders)
            with override_settings(FRAGMENT_CACHE_ENABLED=False):
                pristine_ms, pristine_queries = measure(client, url, args.renders)
            results.append((name, bypassed_ms, bypassed_queries, pristine_ms, pristine_queries))
    if args.json:
        rows = {
            name: [queries, ms, pristine_queries, pristine_ms]
            for name, ms, queries, pristine_ms, pristine_queries in results
        }
        Path(args.json).write_text(json.dumps(rows))
    reference = json.loads(Path(args.reference).read_text()) if args.reference else None
    text = table(results, reference)
    print(text)
    if args.write:
        load = os.getloadavg()[0]
        write_section(
            f"Written by `make bench-render` (bench/miss_render.py) on {datetime.date.today()}, "
            f"{args.renders} renders per page and mode, load average {load:.1f} on {os.cpu_count()} cores "
            "at the end.\n\n"
            + __doc__.split("\n\n", 2)[2].split("\n`--cold-start`")[0]
            + "\n\n"
            + text
            + (f"\n\n{REFERENCE_METHOD}" if reference else "")
            + f"\n\nFirst request after a restart (`--cold-start`): {cold_start_line()}."
        )


if __name__ == "__main__":
    main()
