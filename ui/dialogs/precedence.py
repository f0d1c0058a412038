"""Tools > Order of precedence: the office's own list of offices and their ranks."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cityapp import fields
from cityapp.models import PrecedenceOffice
from cityapp.services import lists
from ui.context import AppContext
from ui.dialogs.page_dialog import PageDialog
from ui.views.record_page import RecordPage


class OfficesPage(RecordPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="offices",
            title=self.tr("Order of precedence"),
            spec=lists.OFFICES,
            form=fields.OFFICE,
            record_class=PrecedenceOffice,
            parent=parent,
        )


class PrecedenceDialog(PageDialog):
    """The offices in their order: people are named and seated by the rank of their office,
    then by the date their term began, then by name."""

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order of precedence"))
        explanation = self.tr(
            "People are named and seated by the rank of their office (1 first), then by "
            "the date their term began, then by name. Give each counterpart and staff "
            "member an office on their page; a meeting can name the office that counts "
            "there, or set someone's place with a reason."
        )
        self.hold(OfficesPage(ctx, undo_stack, self), explanation=explanation)
