"""The window's side of `cityapp.i18n`: messages translated through Qt's translator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cityapp import i18n


def translated(value: Any) -> str:
    """A message (or an error carrying one) in the window's language; anything else as str."""
    return i18n.shown(value, QCoreApplication.translate)
