"""Sensitive notes of people long out of office, for someone to review."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cityapp.services import privacy


class ReviewDialog(QDialog):
    """Counterparts out of office for more than five years who still have sensitive notes."""

    def __init__(self, parent: QWidget, lines: list[privacy.ReviewLine]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review old sensitive notes"))
        self.lines = lines
        self.chosen: int | None = None
        intro = QLabel(
            self.tr(
                "These people left office more than five years ago and we still hold dietary or "
                "protocol notes about them. Open each one and clear the notes that are no longer "
                "needed, or erase the person."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(lines), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Left office"), self.tr("Notes held")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 240)
        for row, line in enumerate(lines):
            for column, value in enumerate((line.name, line.term_end.isoformat(), line.notes)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.doubleClicked.connect(lambda _i: self._open())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(bool(lines))
        self.open_button.clicked.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not lines:
            layout.addWidget(QLabel(self.tr("Nothing to review."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            self.chosen = self.lines[row].counterpart_id
            self.accept()
