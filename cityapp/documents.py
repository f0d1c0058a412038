"""Which stored document paths may be handed to the operating system to open.

An agreement's document reference is text anyone with write access could have typed.
Handing it to the system's "open" would run a program (.exe, .bat, .lnk), and merely
checking whether a network path exists contacts that server. So: documents of known
document types, by absolute local path; remote places only after the officer agrees,
and never probed first; everything else refused with the reason.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from .i18n import QT_TRANSLATE_NOOP

DOCUMENT_TYPES = frozenset(
    {
        # PDF and text
        ".pdf", ".txt", ".rtf", ".csv", ".md",
        # Microsoft Office (documents without macros) and OpenDocument
        ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp",
        # images
        ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic",
        # e-mail
        ".eml", ".msg",
    }
)  # fmt: skip

OPEN, ASK, REFUSED = "open", "ask", "refused"


@dataclass(frozen=True)
class DocumentCheck:
    verdict: str  # OPEN, ASK (remote: only after the officer agrees) or REFUSED
    path: str
    reason: str = ""


def _suffix(text: str) -> str:
    name = PureWindowsPath(text).name if "\\" in text else PurePosixPath(text).name
    return os.path.splitext(name.rstrip(". "))[1].lower()


def _is_remote(text: str) -> bool:
    if text.startswith(("\\\\", "//")):
        return True
    lowered = text.lower()
    if "://" in lowered:
        return True
    from .db import _windows_drive_is_remote  # a mapped network drive

    return _windows_drive_is_remote(Path(text))


def _is_absolute(text: str) -> bool:
    return PureWindowsPath(text).is_absolute() or PurePosixPath(text).is_absolute()


def check_document(reference: str | None) -> DocumentCheck:
    """What may be done with a stored document reference, and why not when refused."""
    text = (reference or "").strip().strip('"')
    if not text:
        return DocumentCheck(
            REFUSED, "", QT_TRANSLATE_NOOP("documents", "No document is recorded.")
        )
    if any(ord(ch) < 32 for ch in text):
        return DocumentCheck(
            REFUSED, text, QT_TRANSLATE_NOOP("documents", "The path holds control characters.")
        )
    suffix = _suffix(text)
    if suffix not in DOCUMENT_TYPES:
        kind = (
            QT_TRANSLATE_NOOP("documents", "“{suffix}” files").format(suffix=suffix)
            if suffix
            else QT_TRANSLATE_NOOP("documents", "Files without a type")
        )
        return DocumentCheck(
            REFUSED,
            text,
            QT_TRANSLATE_NOOP(
                "documents",
                "{kind} are not opened from here: only documents (PDF, Office, OpenDocument, "
                "images, text, e-mail) are, so that no program is started from a stored path.",
            ).format(kind=kind),
        )
    if _is_remote(text):
        return DocumentCheck(
            ASK,
            text,
            QT_TRANSLATE_NOOP(
                "documents",
                "The document is on another computer; opening it contacts that computer.",
            ),
        )
    if not _is_absolute(text):
        return DocumentCheck(
            REFUSED,
            text,
            QT_TRANSLATE_NOOP(
                "documents",
                "The path is not complete (it does not start at a drive or folder root); "
                "edit the agreement to give the full path.",
            ),
        )
    path = Path(text)
    if not path.is_file():
        return DocumentCheck(
            REFUSED,
            text,
            QT_TRANSLATE_NOOP(
                "documents",
                "The document is not there. It may have been moved, or the drive is not connected.",
            ),
        )
    real = path.resolve()
    if _suffix(str(real)) not in DOCUMENT_TYPES:  # a link named .pdf that leads to a program
        return DocumentCheck(
            REFUSED,
            text,
            QT_TRANSLATE_NOOP("documents", "The path leads to a file that is not a document."),
        )
    return DocumentCheck(OPEN, str(real))
