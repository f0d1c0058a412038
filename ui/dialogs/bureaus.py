"""Tools > Bureaus: the bureaus of our government (the office's own list), which lead projects,
own commitments and act on lessons."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cityapp import fields
from cityapp.models import Bureau
from cityapp.services import lists
from ui.context import AppContext
from ui.dialogs.page_dialog import PageDialog
from ui.views.record_page import RecordPage


class BureausPage(RecordPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="bureaus",
            title=self.tr("Bureaus"),
            spec=lists.BUREAUS,
            form=fields.BUREAU,
            record_class=Bureau,
            parent=parent,
        )


class BureausDialog(PageDialog):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bureaus"))
        self.hold(BureausPage(ctx, undo_stack, self), size=(900, 560))
