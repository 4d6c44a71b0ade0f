"""Bytes a first visit transfers, measured in Chromium on a phone-sized screen.

Usage: page_weight.py BASE_URL PATH [PATH ...]   (prints a Markdown section)

A fresh browser profile (empty cache) at 360 × 740 loads each page; every
response's encoded body size (what crossed the wire, after gzip/Brotli) is
summed by kind. "Without images" is the page, CSS, scripts and fonts;
"first screen" adds the images the browser fetched on load (lazy ones below the
fold wait); "whole page" adds those fetched after scrolling to the bottom.
"""

import sys
from collections import defaultdict

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 360, "height": 740}
# Production settings redirect plain HTTP to HTTPS; on loopback the proxy's header stands in.
HEADERS = {"X-Forwarded-Proto": "https"}


def visit(browser, url):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, extra_http_headers=HEADERS)
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    first_screen = list(responses)
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_timeout(500)  # lets lazy images start; networkidle below waits for them to finish
    page.wait_for_load_state("networkidle")
    whole = list(responses)
    measured = totals(first_screen), totals(whole), describe(first_screen)
    context.close()  # sizes are read from the browser: only before this
    return measured


def totals(requests):
    by_kind = defaultdict(int)
    for request in requests:
        by_kind[request.resource_type] += request.sizes()["responseBodySize"]
    return by_kind


def describe(requests):
    """Encoding and caching of the document and stylesheets, as served."""
    lines = []
    for request in requests:
        if request.resource_type in ("document", "stylesheet"):
            response = request.response()
            headers = response.all_headers() if response else {}
            lines.append(
                f"{request.resource_type} {request.url.split('/', 3)[-1]}: "
                f"{request.sizes()['responseBodySize']} B, {headers.get('content-encoding', 'identity')}, "
                f"cache-control: {headers.get('cache-control', '-')}"
            )
    return lines


def kb(value):
    return f"{value / 1024:.1f}"


def main(base_url, paths):
    out = [
        "## Page weight (first visit, phone screen, compressed bytes)",
        "",
        "Chromium at 360 × 740 CSS px (2× pixels), empty cache; `bench/page_weight.py`.",
        "",
        "| Page | HTML (KB) | CSS (KB) | Scripts (KB) | Without images (KB) | First screen with images (KB) "
        "| Whole page after scrolling (KB) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    notes = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for path in paths:
            first, whole, details = visit(browser, base_url + path)
            without_images = sum(size for kind, size in first.items() if kind != "image")
            out.append(
                f"| {path} | {kb(first['document'])} | {kb(first['stylesheet'])} | {kb(first['script'])} "
                f"| {kb(without_images)} | {kb(sum(first.values()))} | {kb(sum(whole.values()))} |"
            )
            notes += [f"- {path}: {line}" for line in details]
        browser.close()
    print("\n".join([*out, "", "As served:", "", *notes, ""]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
