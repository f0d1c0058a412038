"""File names suggested from stored text, valid on Windows (and so everywhere)."""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 200
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in "123456789¹²³"),
    *(f"LPT{i}" for i in "123456789¹²³"),
}


def file_name(text: str | None, suffix: str = "", fallback: str = "export") -> str:
    """A file name from a title: no characters Windows refuses, no reserved device name
    (CON, NUL, COM1, …, also with an extension), no trailing dot or space, no invisible
    format characters, at most 200 characters with the suffix."""
    name = " ".join(unicodedata.normalize("NFC", text or "").split())  # line breaks, tabs
    name = "".join(
        "_" if _FORBIDDEN.match(ch) else ch
        for ch in name
        if unicodedata.category(ch) != "Cf"  # bidirectional overrides, zero-width joiners, …
    )
    name = name[: MAX_LENGTH - len(suffix)].rstrip(" .")
    if not name.strip("_ "):
        name = fallback
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = "_" + name
    return name + suffix
