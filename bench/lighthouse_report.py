"""Turn bench/lighthouse.sh's reports into docs/lighthouse.md and put it in docs/benchmarks.md.

Usage: lighthouse_report.py REPORT_DIR LIGHTHOUSE_VERSION ELAPSED_SECONDS NAME [NAME ...]
(REPORT_DIR/NAME.report.json for every NAME).
"""

import json
import os
import sys

from report import BENCHMARKS, LIGHTHOUSE, with_kept_sections

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
COMMAND = (
    "CHROME_PATH=/usr/bin/chromium lighthouse URL --form-factor=mobile"
    " --only-categories=performance,accessibility,best-practices,seo"
    ' --chrome-flags="--headless=new --no-sandbox --disable-background-networking"'
)


def scores(report):
    """Each category's score out of 100 ("-" when Lighthouse could not score it)."""
    values = []
    for category in CATEGORIES:
        score = report["categories"][category]["score"]
        values.append("-" if score is None else str(round(score * 100)))
    return values


def failed_audits(report):
    """Titles of the failed audits outside performance (those do not depend on the machine's load)."""
    titles = []
    for category in CATEGORIES[1:]:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                titles.append(f"{category}: {audit['title']}")
    return titles


def section(directory, version, elapsed, names):
    reports = {name: json.load(open(os.path.join(directory, f"{name}.report.json"))) for name in names}
    cores = os.cpu_count()
    load = os.getloadavg()[0]
    out = [
        "## Lighthouse (mobile)",
        "",
        "Written by `make lighthouse` (bench/lighthouse.sh, not part of `make bench`); scores out of 100",
        "from the last run on this machine.",
        "",
        f"- Lighthouse {version}, Debian's Chromium, mobile form factor with the default simulated",
        "  throttling (slow 4G, 4× CPU slowdown), fresh browser profile for each page.",
        "- Site: gunicorn, one sync worker per core, production settings, PostgreSQL and Redis on",
        "  127.0.0.1, demo content. Each page is requested once before Lighthouse loads it, so it comes",
        "  from the page cache. bench/loopback_proxy.py stands in for the TLS proxy and web server in",
        "  front of the site: it adds `X-Forwarded-Proto: https` to every request and serves /media/.",
        f"- Command, for each page: `{COMMAND}`; the whole run took {elapsed} s.",
    ]
    if load > cores:
        out += [
            f"- Load average {load:.1f} on {cores} cores at the end of the run: other work shared the CPUs.",
            "  Lighthouse simulates the page load from the CPU time it measured, so the performance score",
            "  is lower than on an idle machine; accessibility, best practices and SEO do not depend on it.",
        ]
    else:
        out.append(f"- Load average {load:.1f} on {cores} cores at the end of the run.")
    out += [
        "",
        "| Page | Performance | Accessibility | Best practices | SEO |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, report in reports.items():
        path = report["finalDisplayedUrl"].split("/", 3)[-1]
        out.append(f"| {name} (`/{path}`) | " + " | ".join(scores(report)) + " |")
    failures = sorted({title for report in reports.values() for title in failed_audits(report)})
    out += ["", "Failed audits outside performance: " + ("; ".join(failures) if failures else "none") + "."]
    warnings = {" ".join(text.split()) for report in reports.values() for text in report["runWarnings"]}
    out += [f"\nLighthouse warned: {text}" for text in sorted(warnings)]
    return "\n".join(out) + "\n"


def main(directory, version, elapsed, *names):
    text = section(directory, version, elapsed, names)
    with open(LIGHTHOUSE, "w") as file:
        file.write(text)
    benchmarks = open(BENCHMARKS).read() if os.path.exists(BENCHMARKS) else ""
    with open(BENCHMARKS, "w") as file:
        file.write(with_kept_sections(benchmarks))


if __name__ == "__main__":
    main(*sys.argv[1:])
