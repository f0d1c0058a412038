"""Organizations (city governments, embassies, network secretariats), kept in their own window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from cityapp import fields
from cityapp.models import Organization
from cityapp.services import lists
from ui.context import AppContext
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


class OrganizationsDialog(QDialog):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organizations"))
        self.page = OrganizationsPage(ctx, undo_stack, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)

    def reject(self) -> None:
        if self.page._confirm_leave():
            super().reject()

    @classmethod
    def show_for(
        cls,
        ctx: AppContext,
        undo_stack: QUndoStack,
        parent: QWidget | None,
        organization_id: int | None = None,
    ) -> bool:
        dialog = cls(ctx, undo_stack, parent)
        # Closed means gone: no dialog stays alive behind the window, reloading on every change.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if organization_id is not None:
            dialog.page.select_record(organization_id)
        dialog.exec()  # its saves publish what they changed, like any page's
        return True
