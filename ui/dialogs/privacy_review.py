"""Sensitive notes of people long out of office, for someone to review."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cityapp.services import privacy
from ui.i18n import day
from ui.models.rows import Row
from ui.widgets.rows_table import RowsTable


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
        self.table = RowsTable(
            [self.tr("Name"), self.tr("Left office"), self.tr("Notes held")], self
        )
        self.table.fill(
            [
                Row([line.name, day(line.term_end), line.notes], line.counterpart_id)
                for line in lines
            ],
            fit=False,
        )
        self.table.setColumnWidth(0, 240)
        self.table.opened.connect(lambda _key: self._open())
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
        chosen = self.table.selected_key()
        if chosen is not None:
            self.chosen = chosen
            self.accept()
