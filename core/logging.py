"""JSON-lines log formatting for stdout (one object per line, for a log collector)."""

import json
import logging
from datetime import UTC, datetime

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
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)
