"""Turn bench/bench.sh's measurements into docs/benchmarks.md, with the targets checked."""

import os
import statistics
import sys

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")
BENCHMARKS = os.path.join(DOCS, "benchmarks.md")
# Written by `make bench-render` (bench/miss_render.py) and `make lighthouse`
# (bench/lighthouse.sh), which do not run with every `make bench`: each kept in its
# own file and put back here, in this order, as the last sections each time.
RENDER = os.path.join(DOCS, "benchmarks-render.md")
RENDER_HEADING = "## Pages rendered from scratch (page cache bypassed)"
LIGHTHOUSE = os.path.join(DOCS, "lighthouse.md")
LIGHTHOUSE_HEADING = "## Lighthouse (mobile)"
KEPT_SECTIONS = ((RENDER_HEADING, RENDER), (LIGHTHOUSE_HEADING, LIGHTHOUSE))
FLOOR = "search form"  # bench.sh's lightest page


def ms(value):
    """wrk's latency ("1.23ms", "850.00us", "1.10s") in milliseconds."""
    for suffix, factor in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if value.endswith(suffix):
            return float(value[: -len(suffix)]) * factor
    return float("nan")


def with_kept_sections(text):
    """The benchmarks text with docs/benchmarks-render.md and docs/lighthouse.md as its last
    sections (replacing older copies)."""
    for heading, _path in KEPT_SECTIONS:
        text = text.split(heading)[0]
    text = text.rstrip("\n")
    for _heading, path in KEPT_SECTIONS:
        if os.path.exists(path):
            text += "\n\n" + open(path).read().rstrip("\n")
    return text + "\n"


def cold_cost(data, static):
    """Server time per request (workers ÷ requests/s): what the bypassed p99 ratio comes down to."""
    workers = len(os.sched_getaffinity(0))  # bench.sh starts `nproc` workers: the CPUs it may use
    if not static[0]:
        return []
    static_ms = 1000 * workers / static[0]
    cold = {
        label: 1000 * workers / values[0]
        for (label, phase), values in data.items()
        if phase == "bypassed" and values[0]
    }
    if not cold:
        return []
    cheapest = min(cold, key=cold.get)
    return [
        "",
        "### What a page rendered from scratch costs",
        "",
        f"Server time per request (workers ÷ requests/s): static file {static_ms:.1f} ms; bypassed pages"
        f" {min(cold.values()):.0f}–{max(cold.values()):.0f} ms (cheapest: {cheapest}). With wrk's 8",
        f"connections on {workers} workers a request waits for the ones queued before it, so both p99s",
        "grow with the same queue and their ratio is about the ratio of these server times. A bypassed p99",
        f"under 10× the static file's would need a whole page render in about {10 * static_ms:.0f} ms:",
        "less than the SQL queries (at most 20 with the fragments warm) and the template rendering of",
        "one page cost here",
        "(tests/perf/test_query_budgets.py).",
        *floor_sentence(cold),
        "Readers get static-file speed from the page cache (the warm rows); after a purge, a page",
        "is rendered once, by the first request that finds it missing (see Purges under load).",
    ]


def floor_sentence(cold):
    """What the lightest page costs: the site's header, menu, languages and footer around a form."""
    if FLOOR not in cold:
        return []
    return [
        f"The lightest page the site renders, the {FLOOR} with nothing searched (the site's header,",
        f"menu, language switcher and footer around one form), alone costs {cold[FLOOR]:.0f} ms.",
    ]


def growth_medians(measured):
    """{(label, phase): (rounds, median of each measure)} of the alternating growth rounds."""
    rounds = {}
    for key, values in measured:
        if key[1].startswith("growth"):
            rounds.setdefault(key, []).append(values)
    return {
        key: (len(runs), tuple(statistics.median(run[i] for run in runs) for i in range(4)))
        for key, runs in rounds.items()
    }


def purge_storm(storm_path):
    """bench/purge_storm.py's lines: renders per purge with and without coalesced misses."""
    if not storm_path or not os.path.exists(storm_path):
        return []
    rows = [line.rstrip("\n").split("\t") for line in open(storm_path) if line.strip()]
    if not rows:
        return []
    out = [
        "",
        "## Purges under load",
        "",
        "A story purged every quarter second (an editor publishing corrections) while wrk reads it",
        "with 16 connections, for 4 s, on a server of 8 sync workers: as many workers as several app",
        "servers sharing one cache would have. Renders are the responses the server marked as",
        "`X-Page-Cache: miss` (bench/purge_storm.py).",
        "",
        "| Misses | Purges | Renders | Renders per purge | Requests/s | p99 (ms) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, purges, renders, rps, p99 in rows:
        per_purge = int(renders) / int(purges) if int(purges) else float("nan")
        out.append(f"| {label} | {purges} | {renders} | {per_purge:.2f} | {float(rps):.0f} | {ms(p99):.1f} |")
    return out


def main(path, stories, small, scale, elapsed, duration, weight_path=None, storm_path=None):
    rows = [line.rstrip("\n").split("\t") for line in open(path) if line.strip()]
    measured = [((r[0], r[1]), (float(r[2] or 0), ms(r[3]), ms(r[4]), int(r[5] or 0))) for r in rows]
    data = {key: values for key, values in measured if not key[1].startswith(("growth", "static-pair"))}
    # The static file measured just before each warm page (bench.sh): the machine's speed drifts.
    paired_static = {label: values for (label, phase), values in measured if phase == "static-pair"}
    growth = growth_medians(measured)
    static = data[("static file (reference)", "static")]
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/bench.sh); numbers from the last run on this machine.",
        "",
        f"- Machine: {os.cpu_count()} CPU cores; gunicorn, one sync worker per core, production settings,",
        "  PostgreSQL and Redis (dbs 5 and 4) on 127.0.0.1; wrk `-t2 -c8 -d" + duration + " --latency`.",
        f"- Content: demo content plus `manage.py generate_volume --stories {stories}` in every locale.",
        "  Warm = served from the page cache in Redis. Bypassed = the page cache switched off",
        "  (PAGE_CACHE_ENABLED=0: every request renders its page) with the fragments many pages share",
        "  cached in Redis as in production (core/fragments.py: menu, footer, language links, related",
        "  and latest stories, charts, download sizes; warm after the first request). Pristine = page",
        "  and fragment caches both off (FRAGMENT_CACHE_ENABLED=0): every request renders everything.",
        "  Compiled templates, renditions and per-process caches (QR codes) are warm in all three.",
        "- Warm targets: each warm page is compared with the static file measured just before it",
        "  (the table's static row is the first of those measurements).",
        f"- Growth: a copy of the database with {small} stories per locale has its own bypassed server.",
        "  The two volumes are measured in turn, 2 s each, round after round, so both run in the",
        "  same minutes of a machine whose speed drifts; the ratio compares the rounds' medians.",
        "- Command: `make bench` (set BENCH_STORIES, BENCH_DURATION to change volume and length).",
        f"- Total time of the run: {elapsed} s.",
        "",
        "| Page | Phase | Requests/s | p50 (ms) | p99 (ms) | non-2xx |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for (label, phase), (rps, p50, p99, bad) in data.items():
        out.append(f"| {label} | {phase} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {bad} |")
    for (label, phase), (rounds, (rps, p50, p99, bad)) in growth.items():
        volume = small if phase == "growth-small" else stories
        name = f"bypassed, {volume} stories per locale (median of {rounds} rounds)"
        out.append(f"| {label} | {name} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {bad} |")
    out += ["", "## Targets (ratios from this run)", ""]
    load = os.getloadavg()[0]
    if load > os.cpu_count():
        out += [
            f"Load average {load:.1f} on {os.cpu_count()} cores at the end of the run (the benchmark's own"
            " servers and wrk included): absolute figures vary with the machine, ratios within the run"
            " stay comparable.",
            "",
        ]
    for (label, phase), (rps, _p50, p99, _bad) in data.items():
        if rps == 0:
            out.append(f"- {label} ({phase}): no request completed, target not measured")
            continue
        if phase == "warm":
            reference = paired_static.get(label, static)[0] or static[0]
            ratio = rps / reference
            verdict = "met" if ratio >= 0.65 else "NOT met"
            share = f"{ratio:.0%} of the static file's requests/s ({reference:.0f}, measured just before)"
            out.append(f"- Warm {label}: {share} (target ≥ 65 %): {verdict}")
        if phase == "bypassed":
            ratio = p99 / static[2]
            verdict = "met" if ratio < 10 else "NOT met"
            out.append(f"- Bypassed {label}: p99 {ratio:.1f}× the static file's (target < 10×): {verdict}")
    for label in ("news index", "story", "search"):
        small_run, large_run = growth.get((label, "growth-small")), growth.get((label, "growth-large"))
        if small_run and large_run and small_run[1][1] > 0:
            ratio = large_run[1][1] / small_run[1][1]
            verdict = "met" if ratio <= 1.5 else "NOT met"
            out.append(
                f"- {label}: p50 with {stories} stories per locale is {ratio:.2f}× that with {small}"
                f" (target ≤ 1.5×): {verdict}"
            )
    out += cold_cost(data, static)
    out += purge_storm(storm_path)
    out += ["", "## Scale-out", "", f"Two app servers sharing PostgreSQL and Redis: {scale}.", ""]
    if weight_path and os.path.exists(weight_path):
        out.append(open(weight_path).read())
    print(with_kept_sections("\n".join(out)), end="")


if __name__ == "__main__":
    main(*sys.argv[1:])
