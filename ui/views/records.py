"""The record pages: cities, counterparts, networks and staff."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QWidget

from cityapp import fields
from cityapp.models import City, Counterpart, Network, StaffMember
from cityapp.services import lists
from ui.context import AppContext
from ui.views.record_page import RecordPage


class CitiesPage(RecordPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="cities",
            title=self.tr("Cities"),
            spec=lists.CITIES,
            form=fields.CITY,
            model=City,
            parent=parent,
        )


class CounterpartsPage(RecordPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.show_past = QCheckBox()
        super().__init__(
            ctx,
            undo_stack,
            key="counterparts",
            title=self.tr("Counterparts"),
            spec=lists.COUNTERPARTS,
            form=fields.COUNTERPART,
            model=Counterpart,
            parent=parent,
        )
        self.show_past.setParent(self)
        self.show_past.setText(self.tr("Show &past office holders"))
        self.show_past.toggled.connect(self.reload)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.show_past)
        self.model.muted_rows = lambda row: row[7] is not None and row[7] < self.today()

    def flags(self) -> dict[str, Any]:
        return {"current_only": None if self.show_past.isChecked() else self.today()}

    def record_label(self, values: dict[str, Any]) -> str:
        return " ".join(v for v in (values.get("given_name"), values.get("family_name")) if v)


class NetworksPage(RecordPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="networks",
            title=self.tr("Networks"),
            spec=lists.NETWORKS,
            form=fields.NETWORK,
            model=Network,
            parent=parent,
        )


class StaffPage(RecordPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.show_inactive = QCheckBox()
        super().__init__(
            ctx,
            undo_stack,
            key="staff",
            title=self.tr("Staff"),
            spec=lists.STAFF,
            form=fields.STAFF,
            model=StaffMember,
            parent=parent,
        )
        self.show_inactive.setParent(self)
        self.show_inactive.setText(self.tr("Show &former staff"))
        self.show_inactive.toggled.connect(self.reload)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.show_inactive)

    def flags(self) -> dict[str, Any]:
        return {"active_only": not self.show_inactive.isChecked()}

    def record_label(self, values: dict[str, Any]) -> str:
        return " ".join(v for v in (values.get("given_name"), values.get("family_name")) if v)
