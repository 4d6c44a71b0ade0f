"""Small readers of rendered pages, for tests that check one attribute of one tag."""

import json
import re


def hero_alt(html):
    """The alt text of the page's hero picture (the one image loaded with high priority)."""
    tag = re.search(r'<img[^>]*fetchpriority="high"[^>]*>', html).group(0)
    return re.search(r'alt="([^"]*)"', tag).group(1)


def meta(html, attribute, name):
    """The content of `<meta {attribute}="{name}">`, e.g. meta(html, "property", "og:image:alt")."""
    marker = f'{attribute}="{name}" content="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def json_ld(html):
    """Every JSON-LD object the page carries, in page order."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    return [json.loads(block) for block in blocks]
