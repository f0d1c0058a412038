"""Tabs that read their contents when they are looked at, not whenever their record changes."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class LoadsWhenShown:
    """For a QWidget: `load_when_shown()` reads now if the widget is on screen, else when it
    is next shown (a tab behind another, a page not shown). Subclasses define `load_now`."""

    _load_pending = False

    def load_now(self) -> None:  # pragma: no cover - each subclass reads its own
        raise NotImplementedError

    def load_when_shown(self) -> None:
        self._load_pending = True
        if self.isVisible():  # type: ignore[attr-defined]
            self._load_pending = False
            self.load_now()

    def load_pending(self) -> bool:
        return self._load_pending

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._load_pending:
            self._load_pending = False
            self.load_now()
