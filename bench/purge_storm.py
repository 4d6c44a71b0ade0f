"""Purges under load: how many renders a page costs when it is purged while readers hammer it.

Usage (from bench/bench.sh, with the server's DJANGO_SETTINGS_MODULE and REDIS_URL):
    purge_storm.py LABEL URL ACCESS_LOG DURATION_S

Runs wrk on URL for DURATION_S seconds while purging the page every quarter
second, as an editor publishing corrections to a story readers are sharing
would. The server writes each response's X-Page-Cache header to ACCESS_LOG
(gunicorn --access-logformat '%({x-page-cache}o)s'); every "miss" there is a
render. Prints one tab-separated line: label, purges, renders, requests/s, p99.
"""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
PURGE_EVERY = 0.25


def purge_while(process, path):
    from perf.store import purge_paths

    purges = 0
    while process.poll() is None:
        time.sleep(PURGE_EVERY)
        if process.poll() is None:
            purge_paths([path])
            purges += 1
    return purges


def main(label, url, access_log, duration):
    import django

    django.setup()
    log = Path(access_log)
    lines_before = len(log.read_text().splitlines()) if log.exists() else 0
    command = ["wrk", "-t2", "-c16", f"-d{duration}s", "--timeout", "10s", "--latency"]
    command += ["-H", "X-Forwarded-Proto: https", url]
    wrk = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)  # noqa: S603
    purges = purge_while(wrk, urlsplit(url).path)
    out = wrk.communicate()[0]
    time.sleep(1)  # the access log is written after each response
    renders = sum(1 for line in log.read_text().splitlines()[lines_before:] if line.strip() == "miss")
    rps = next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec"))
    p99 = next(line.split()[1] for line in out.splitlines() if line.strip().startswith("99%"))
    print(f"{label}\t{purges}\t{renders}\t{rps}\t{p99}")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    main(*sys.argv[1:])
