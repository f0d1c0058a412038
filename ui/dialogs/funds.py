"""Tools > Funds: the funds that pay for exchange programmes (the human-resources fund), each
with its balance by fiscal year and by objective."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.dialogs.page_dialog import PageDialog
from ui.views.programmes import FundsPage


class FundsDialog(PageDialog):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Funds"))
        self.hold(
            FundsPage(ctx, undo_stack, self),
            explanation=self.tr(
                "Spending recorded on a programme's fiscal years comes out of its fund; "
                "spending more than remains is refused."
            ),
            size=(1000, 620),
        )
