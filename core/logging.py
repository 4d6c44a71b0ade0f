"""JSON-lines log formatting for stdout (one object per line, for a log collector), and the
filter that keeps secrets and e-mail addresses out of every log line."""

import json
import logging
import re
from datetime import UTC, datetime

# A secret link's token in a path (news/alerts/urls.py), and anything shaped like an e-mail address.
SECRET_TOKEN = re.compile(r"(/alerts/[a-z]+/)[A-Za-z0-9_-]{43}(?=/)")
EMAIL_ADDRESS = re.compile(r"[^\s@<>()\[\]:;,\"']+@[^\s@<>()\[\]:;,\"']+\.[A-Za-z]{2,}")


def redact(text):
    return EMAIL_ADDRESS.sub("<address>", SECRET_TOKEN.sub(r"\1<token>", text))


class RedactSecrets(logging.Filter):
    """Rewrites a record's message and traceback without link tokens or e-mail addresses.

    Set on the console handler (config/settings/base.py): every line written,
    whichever logger wrote it (django.security.csrf logs paths), passes through it.
    """

    def filter(self, record):
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if isinstance(getattr(record, "path", None), str):
            record.path = redact(record.path)
        return True


# Only these extra attributes are copied into a line: a record's other
# attributes (Django attaches the whole request to django.request records)
# could carry cookies, addresses or form data.
ALLOWED_EXTRAS = ("method", "path", "status", "duration_ms", "staff", "status_code")


class JsonFormatter(logging.Formatter):
    def format(self, record):
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in ALLOWED_EXTRAS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        if record.exc_text or record.exc_info:
            line["exception"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)
