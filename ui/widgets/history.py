"""A record's history: who changed what, when, old → new, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cityapp.i18n import QT_TRANSLATE_NOOP
from cityapp.services.history import HistoryLine, record_history, shown
from cityapp.timefmt import HOME_ZONE, in_zone
from ui import i18n
from ui.actions import read
from ui.context import AppContext
from ui.models.rows import Row
from ui.widgets.rows_table import RowsTable

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("history", "created"),
    "update": QT_TRANSLATE_NOOP("history", "changed"),
    "delete": QT_TRANSLATE_NOOP("history", "deleted"),
}


def fill_table(table: RowsTable, lines: list[HistoryLine], with_record: bool = False) -> None:
    """Lines into a read-only table: When (Tokyo), Officer, Action, [Kind, Record,] Field, Old, New."""
    rows = []
    for line in lines:
        cells = [
            f"{in_zone(line.at, HOME_ZONE):%Y-%m-%d %H:%M}",
            line.actor,
            i18n.translated(ACTIONS.get(line.action, line.action)),
        ]
        if with_record:
            cells += [i18n.translated(line.kind_label), line.row_id]
        cells += [
            i18n.translated(line.field_label) if line.field else "",
            shown(line.old),
            shown(line.new),
        ]
        rows.append(Row(cells))
    table.fill(rows, fit=False)


def history_table(parent: QWidget, with_record: bool = False) -> RowsTable:
    headers = [
        QCoreApplication.translate("history", "When (Tokyo)"),
        QCoreApplication.translate("history", "Officer"),
        QCoreApplication.translate("history", "Action"),
    ]
    if with_record:
        headers += [
            QCoreApplication.translate("history", "Kind"),
            QCoreApplication.translate("history", "Record"),
        ]
    headers += [
        QCoreApplication.translate("history", "Field"),
        QCoreApplication.translate("history", "Old value"),
        QCoreApplication.translate("history", "New value"),
    ]
    table = RowsTable(headers, parent, stripes=True)
    for column, width in enumerate(
        [120, 110, 70] + ([100, 60] if with_record else []) + [140, 160]
    ):
        table.setColumnWidth(column, width)
    return table


class HistoryPanel(QWidget):
    """The History tab of a record page; reads the trail only when it is shown."""

    def __init__(self, ctx: AppContext, table_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.table_name = ctx, table_name
        self.record_id: int | None = None
        self._stale = True
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = history_table(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        if self.record_id is None:
            self.table.fill([], fit=False)
            self.note.setText(self.tr("No record is selected."))
            return
        visible = self.ctx.access.confidential
        lines = read(
            self.ctx,
            lambda s: record_history(s, self.table_name, self.record_id, sensitive_visible=visible),
        )
        fill_table(self.table, lines)
        if not lines:
            self.note.setText(self.tr("No changes are recorded for this record."))
        elif visible:
            self.note.setText(self.tr("Every change, newest first."))
        else:
            self.note.setText(
                self.tr(
                    "Every change, newest first. Sensitive notes show that they changed, "
                    "not what they said: you are not cleared for them."
                )
            )
