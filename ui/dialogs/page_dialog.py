"""A list-and-form page of the office's own records in a window of its own (the Tools menu:
organizations, bureaus, the order of precedence): closed means gone, and a form with unsaved
changes asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.views.record_page import RecordPage


class PageDialog(QDialog):
    page: RecordPage

    def hold(
        self,
        page: RecordPage,
        *,
        explanation: str | None = None,
        size: tuple[int, int] = (1000, 600),
    ) -> None:
        """Lay the page out in the window, under an optional explanation."""
        self.page = page
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if explanation:
            label = QLabel(explanation, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(page, 1)
        layout.addWidget(buttons)
        self.resize(*size)

    def reject(self) -> None:
        if self.page._confirm_leave():
            super().reject()

    @classmethod
    def show_for(
        cls,
        ctx: AppContext,
        undo_stack: QUndoStack,
        parent: QWidget | None,
        record_id: int | None = None,
    ) -> bool:
        dialog = cls(ctx, undo_stack, parent)
        # Closed means gone: no dialog stays alive behind the window, reloading on every change.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if record_id is not None:
            dialog.page.select_record(record_id)
        dialog.exec()  # its saves publish what they changed, like any page's
        return True
