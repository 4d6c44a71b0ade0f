#!/usr/bin/env python3
# ruff: noqa: S603, S607 - a test script that runs fixed local programs
"""`make soak`: load and fault test of the production setup, on loopback only, bounded under 5 minutes.

1. A throwaway PostgreSQL 15 cluster (initdb in a temporary folder, its own
   port) loaded with the demo content. The shared cluster on 5432 is never touched.
2. Backup round trip: scripts/backup.sh, scripts/restore.sh into a second
   database and media folder; every count (pages, revisions, translations,
   snippets, images, documents) and every media file must match.
3. gunicorn with the production settings; wrk (Debian's, installed when
   missing) with 64 connections for 60 seconds across the main pages: zero
   errors (non-2xx/3xx answers or socket errors).
4. The database is stopped under load: answers must be fast 503 pages
   (no hang, no traceback) and /healthz 503; after the database is back the
   site must answer 200 within 5 seconds, with the same gunicorn workers.

Prints the figures as JSON (and writes var/soak/<time>.json); exits 1 when a check fails.
"""

import concurrent.futures
import hashlib
import http.client
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
PG_PORT = int(os.environ.get("SOAK_PG_PORT", "5544"))
WEB_PORT = int(os.environ.get("SOAK_WEB_PORT", "8201"))
# The page cache in Redis, as in production; db 6 is the soak's own and is emptied first.
REDIS_URL = os.environ.get("SOAK_REDIS_URL", "redis://127.0.0.1:6379/6")
DB_NAME = "iom_security_soak"
RESTORE_DB_NAME = "iom_security_soak_restore"
CONNECTIONS = 64
DURATION = int(os.environ.get("SOAK_SECONDS", "60"))
OUTAGE_SECONDS = 10
RECOVERY_LIMIT = 5.0
HOST = "127.0.0.1"
PROXY_HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https"}  # as the TLS proxy would send


def log(message):
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", flush=True)


def as_postgres(command):
    """PostgreSQL's server programs refuse to run as root; run them as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Cluster:
    def __init__(self, folder):
        self.data = folder / "pgdata"
        self.socket_dir = folder
        self.log = folder / "postgres.log"

    def url(self, name):
        return f"postgres://postgres@{HOST}:{PG_PORT}/{name}"

    def init(self):
        subprocess.run(
            as_postgres([str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust"]),
            check=True,
            capture_output=True,
        )

    def start(self):
        options = f"-p {PG_PORT} -k {self.socket_dir} -c listen_addresses={HOST} -c max_connections=200"
        subprocess.run(
            as_postgres(
                [
                    str(PG_BIN / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-o",
                    options,
                    "-l",
                    str(self.log),
                    "-w",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )

    def stop(self, mode="fast"):
        subprocess.run(
            as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"]),
            check=False,
            capture_output=True,
        )

    def psql(self, database, sql):
        result = subprocess.run(
            [
                str(PG_BIN / "psql"),
                "-h",
                HOST,
                "-p",
                str(PG_PORT),
                "-U",
                "postgres",
                "-d",
                database,
                "-Atc",
                sql,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout.strip()


def manage(env, *args):
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


COUNTS = {
    "pages": "SELECT count(*) FROM wagtailcore_page",
    "live pages": "SELECT count(*) FROM wagtailcore_page WHERE live",
    "revisions": "SELECT count(*) FROM wagtailcore_revision",
    "translations": "SELECT count(*) FROM wagtail_localize_translation",
    "string translations": "SELECT count(*) FROM wagtail_localize_stringtranslation",
    "locales": "SELECT count(*) FROM wagtailcore_locale",
    "images": "SELECT count(*) FROM wagtailimages_image",
    "renditions": "SELECT count(*) FROM wagtailimages_rendition",
    "documents": "SELECT count(*) FROM wagtaildocs_document",
    "statistics (snippet)": "SELECT count(*) FROM stats_statistic",
    "datasets (snippet)": "SELECT count(*) FROM stats_dataset",
    "topics (snippet)": "SELECT count(*) FROM news_topic",
    "log entries": "SELECT count(*) FROM wagtailcore_pagelogentry",
    "page titles checksum": (
        "SELECT md5(string_agg(title || url_path, ',' ORDER BY path)) FROM wagtailcore_page"
    ),
}


ADD_DOCUMENT = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
document = get_document_model()(title="Backup round-trip check")
document.file.save("round-trip-check.csv", ContentFile(b"label,value\\nround trip,1\\n"))
"""


def files_digest(folder):
    digests = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digests[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def backup_round_trip(cluster, env, folder):
    """make backup, then make restore into another database and media folder: everything must match."""
    cluster.psql("postgres", f"CREATE DATABASE {RESTORE_DB_NAME}")
    backup_env = {**env, "BACKUP_DIR": str(folder / "backups"), "PG_BIN": str(PG_BIN)}
    started = time.monotonic()
    archive = subprocess.run(
        ["bash", str(ROOT / "scripts" / "backup.sh")],
        env=backup_env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    backup_seconds = time.monotonic() - started
    restored_media = folder / "media-restored"
    restore_env = {
        **backup_env,
        "DATABASE_URL": cluster.url(RESTORE_DB_NAME),
        "MEDIA_ROOT": str(restored_media),
    }
    started = time.monotonic()
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "restore.sh"), archive],
        env=restore_env,
        check=True,
        capture_output=True,
    )
    restore_seconds = time.monotonic() - started
    original = {name: cluster.psql(DB_NAME, sql) for name, sql in COUNTS.items()}
    restored = {name: cluster.psql(RESTORE_DB_NAME, sql) for name, sql in COUNTS.items()}
    media = files_digest(Path(env["MEDIA_ROOT"]))
    media_restored = files_digest(restored_media)
    return {
        "archive_bytes": Path(archive).stat().st_size,
        "backup_seconds": round(backup_seconds, 1),
        "restore_seconds": round(restore_seconds, 1),
        "counts": original,
        "counts_match": original == restored,
        "mismatched_counts": {
            name: (original[name], restored[name]) for name in original if original[name] != restored[name]
        },
        "media_files": len(media),
        "media_match": bool(media) and media == media_restored,
    }


def get(path, timeout=10):
    started = time.monotonic()
    connection = http.client.HTTPConnection(HOST, WEB_PORT, timeout=timeout)
    try:
        connection.request("GET", path, headers=PROXY_HEADERS)
        response = connection.getresponse()
        body = response.read()
        return response.status, time.monotonic() - started, body, response.getheader("X-Page-Cache", "")
    except OSError as error:
        return f"error: {type(error).__name__}", time.monotonic() - started, b"", ""
    finally:
        connection.close()


def main_pages():
    """Every English and Malay page from the sitemap, plus search and a feed in each language."""
    status, _, body, _ = get("/sitemap.xml")
    if status != 200:
        raise RuntimeError(f"/sitemap.xml answered {status}")
    paths = re.findall(rf"<loc>https?://{re.escape(HOST)}(?::\d+)?(/[^<]*)</loc>", body.decode())
    chosen = [path for path in paths if path.startswith(("/en/", "/ms/"))]
    chosen += [path for path in paths if path.count("/") == 2]  # every language's home page
    for code in ("en", "ms", "ar", "zh-hans", "ta", "my"):
        chosen += [f"/{code}/search/?q=migration", f"/{code}/news/feed/rss/"]
    return sorted(set(chosen))


def ensure_wrk():
    if shutil.which("wrk"):
        return "wrk"
    log("Installing Debian's wrk")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], check=True, capture_output=True)
    return "wrk"


def run_wrk(paths, folder):
    script = folder / "paths.lua"
    lua_paths = ", ".join(json.dumps(path) for path in paths)
    script.write_text(
        f"local paths = {{{lua_paths}}}\n"
        "local i = 0\n"
        'wrk.headers["X-Forwarded-Proto"] = "https"\n'
        "request = function()\n"
        "  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\n'
        "end\n"
    )
    result = subprocess.run(
        [
            ensure_wrk(),
            "-t",
            "4",
            "-c",
            str(CONNECTIONS),
            "-d",
            f"{DURATION}s",
            "--timeout",
            "30s",
            "--latency",
            "-s",
            str(script),
            f"http://{HOST}:{WEB_PORT}",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    output = result.stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", output, re.M))
    return {
        "connections": CONNECTIONS,
        "seconds": DURATION,
        "paths": len(paths),
        "requests": requests,
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "non_2xx_3xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in socket.groups()) if socket else 0,
        "latency_percentiles": latency,
        "wrk_output": output,
    }


def worker_pids(master_pid):
    result = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master_pid)], capture_output=True, text=True)
    return sorted(int(pid) for pid in result.stdout.split())


def outage(cluster, paths):
    """Probe the site from 8 threads while the database is stopped and started again."""
    records = []
    lock = threading.Lock()
    stop = threading.Event()
    probe_paths = ["/healthz", "/en/", "/en/news/", "/ms/", "/en/data/"] + paths[:5]

    def probe(offset):
        index = offset
        while not stop.is_set():
            path = probe_paths[index % len(probe_paths)]
            index += 1
            status, seconds, body, cache = get(path)
            if status == 200 and cache == "hit":
                status = "200 from the page cache"  # served without the database
            with lock:
                records.append((time.monotonic(), path, status, seconds, body[:4000]))

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        for offset in range(8):
            pool.submit(probe, offset)
        time.sleep(3)
        down_at = time.monotonic()
        cluster.stop("fast")
        stopped_at = time.monotonic()
        time.sleep(OUTAGE_SECONDS)
        # The database accepts connections a moment before pg_ctl returns: answers
        # after this instant belong to the recovery, not the outage.
        starting_at = time.monotonic()
        cluster.start()
        back_at = time.monotonic()
        time.sleep(10)
        stop.set()

    during = [r for r in records if stopped_at + 0.5 <= r[0] - r[3] and r[0] <= starting_at]
    after = [r for r in records if r[0] - r[3] >= back_at]
    statuses = {}
    for _, _path, status, _, _ in during:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    healthz = sorted({r[2] for r in during if r[1] == "/healthz"}, key=str)
    # The site's own 503 page, in the reader's language (so no fixed sentence to look for).
    friendly = all(
        b"<h1>" in r[4] and b'href="/"' in r[4] and b"Traceback" not in r[4]
        for r in during
        if r[1] != "/healthz" and r[2] == 503
    )
    # Recovery: the first moment after which every answer is a 200.
    failures_after = [r for r in after if r[2] not in (200, "200 from the page cache")]
    last_failure_end = max((r[0] for r in failures_after), default=back_at)
    return {
        "stop_took_seconds": round(stopped_at - down_at, 2),
        "outage_seconds": round(back_at - stopped_at, 1),
        "start_took_seconds": round(back_at - starting_at, 2),
        "requests_during_outage": len(during),
        "statuses_during_outage": statuses,
        "max_latency_during_outage_ms": round(max((r[3] for r in during), default=0) * 1000),
        "p95_latency_during_outage_ms": (
            round(sorted(r[3] for r in during)[int(len(during) * 0.95)] * 1000) if during else None
        ),
        "median_latency_during_outage_ms": round(sorted(r[3] for r in during)[len(during) // 2] * 1000)
        if during
        else None,
        "healthz_during_outage": healthz,
        "outage_pages_are_friendly": friendly,
        "tracebacks_shown": sum(b"Traceback" in r[4] for r in records),
        "requests_after_recovery": len(after),
        "seconds_until_all_200_after_database_back": round(last_failure_end - back_at, 2),
        "non_200_after_recovery": len(failures_after),
    }


def main():
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="iom_security_soak_"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(folder)
    gunicorn = None
    results = {}
    try:
        log(f"Throwaway PostgreSQL cluster on port {PG_PORT} in {folder}")
        cluster.init()
        cluster.start()
        cluster.psql("postgres", f"CREATE DATABASE {DB_NAME}")
        media = folder / "media"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DATABASE_URL": cluster.url(DB_NAME),
            "SECRET_KEY": secrets.token_urlsafe(60),
            "ALLOWED_HOSTS": HOST,
            "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
            "MEDIA_ROOT": str(media),
            "REDIS_URL": REDIS_URL,
            "LOG_LEVEL": "WARNING",
            "REQUEST_LOG_LEVEL": "WARNING",
        }
        redis.Redis.from_url(REDIS_URL).flushdb()
        log("migrate, demo content, collectstatic")
        # collectstatic needs no database: it runs beside the migration and the demo load.
        with concurrent.futures.ThreadPoolExecutor(1) as side:
            static = side.submit(manage, env, "collectstatic", "--noinput")
            manage(env, "migrate", "--noinput")
            manage(env, "load_demo_content")
            static.result()
        # The demo has no uploaded documents: add one, so the round trip must restore a document file.
        manage(env, "shell", "-c", ADD_DOCUMENT)
        log("Backup round trip")
        results["backup"] = backup_round_trip(cluster, env, folder)

        log(f"gunicorn on {HOST}:{WEB_PORT}")
        server_log = (folder / "gunicorn.log").open("w")
        gunicorn = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "config.wsgi",
                "--bind",
                f"{HOST}:{WEB_PORT}",
                "--workers",
                "3",
                "--worker-class",
                "gthread",
                "--threads",
                "8",
                "--timeout",
                "60",
                "--backlog",
                "256",
            ],
            cwd=ROOT,
            env=env,
            stdout=server_log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while get("/healthz", timeout=2)[0] != 200:
            if time.monotonic() > deadline or gunicorn.poll() is not None:
                raise RuntimeError("gunicorn did not start; see " + str(folder / "gunicorn.log"))
            time.sleep(0.5)
        paths = main_pages()
        for path in paths:  # warm up, and every page must answer before the load starts
            status = get(path, timeout=30)[0]
            if status != 200:
                raise RuntimeError(f"{path} answered {status} before the load test")
        workers_before = worker_pids(gunicorn.pid)

        log(f"wrk: {CONNECTIONS} connections for {DURATION} s over {len(paths)} pages")
        results["load"] = run_wrk(paths, folder)
        log("Stopping the database under load")
        results["outage"] = outage(cluster, paths)
        results["workers_unchanged"] = worker_pids(gunicorn.pid) == workers_before
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)
        cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)

    results["total_seconds"] = round(time.monotonic() - started)
    load, down, backup = results["load"], results["outage"], results["backup"]
    checks = {
        "backup restores every count": backup["counts_match"],
        "backup restores every media file": backup["media_match"],
        "no errors under load": load["non_2xx_3xx"] == 0 and load["socket_errors"] == 0,
        # Pages already in the page cache (Redis) keep being served; everything else is a 503.
        "outage answers are 503s or cached pages": set(down["statuses_during_outage"])
        <= {"503", "200 from the page cache"},
        # Fast, not a hang: 95% under a second, none near a timeout (the machine may be busy).
        "outage answers are fast (p95 < 1 s, max < 3 s)": (
            down["p95_latency_during_outage_ms"] < 1000 and down["max_latency_during_outage_ms"] < 3000
        ),
        "outage pages are friendly, no traceback": down["outage_pages_are_friendly"]
        and not down["tracebacks_shown"],
        "healthz says 503 during the outage": down["healthz_during_outage"] == [503],
        "200s again within 5 s": down["seconds_until_all_200_after_database_back"] <= RECOVERY_LIMIT,
        "no worker restart": results["workers_unchanged"],
        "bounded under 5 minutes": results["total_seconds"] < 300,
    }
    results["checks"] = checks
    report = {key: value for key, value in results.items()}
    report["load"] = {key: value for key, value in load.items() if key != "wrk_output"}
    out = ROOT / "var" / "soak"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{time.strftime('%Y%m%dT%H%M%S')}.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(report, indent=2))
    failed = [name for name, ok in checks.items() if not ok]
    if failed:
        log("FAILED: " + "; ".join(failed))
        return 1
    log("All checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
