"""Type-ahead boxes: the arrow keys in the text box move through the list of matches below it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget

MOVES = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class ArrowKeysToList(QObject):
    def __init__(self, box: QLineEdit, results: QListWidget) -> None:
        super().__init__(box)
        self.results = results
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in MOVES
        ):
            self.results.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)
