"""The program's log file, where unexpected failures and their tracebacks go.

The log carries no personal data: statements are logged without their values
(engines hide parameters), and a traceback keeps only the first line of each
exception's message, since databases quote the refused row's values below it
(PostgreSQL's DETAIL). The file rotates at 2 MB, keeping three old ones.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from . import paths

LOG_NAME = "city-diplomacy-desk.log"
log = logging.getLogger("cityapp")


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:500] if text else ""


class PrivateFormatter(logging.Formatter):
    """Tracebacks with each exception's first line only: where it failed, never what was in it."""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # another handler may have cached the full text; never reuse it
        return super().format(record)

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        chain: list[BaseException] = []
        exc = ei[1]
        while exc is not None and exc not in chain and len(chain) < 10:
            chain.append(exc)
            exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        parts = []
        for exc in reversed(chain):
            kind = type(exc)
            parts.append(
                "Traceback (most recent call last):\n"
                + "".join(traceback.format_tb(exc.__traceback__))
                + f"{kind.__module__}.{kind.__qualname__}: {first_line(exc)}"
            )
        return "\n\nThe above led to:\n\n".join(parts)


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the program's log to a rotating file in the user log folder; None if it cannot be made."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path
