"""Organizations (city governments, embassies, network secretariats), kept in their own window."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cityapp import fields
from cityapp.models import Organization
from cityapp.services import lists
from ui.context import AppContext
from ui.dialogs.page_dialog import PageDialog
from ui.views.record_page import RecordPage


class OrganizationsPage(RecordPage):
    also_shows = ("city",)

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="organizations",
            title=self.tr("Organizations"),
            spec=lists.ORGANIZATIONS,
            form=fields.ORGANIZATION,
            record_class=Organization,
            parent=parent,
        )


class OrganizationsDialog(PageDialog):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organizations"))
        self.hold(OrganizationsPage(ctx, undo_stack, self), size=(1100, 640))
