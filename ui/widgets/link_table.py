"""A read-only table whose rows open records: the dashboard's lists and the timelines."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ui.widgets.rows_table import RowsTable


def open_link(widget: QWidget, kind: str, record_id: int) -> None:
    window = widget.window()
    if hasattr(window, "open_record"):
        window.open_record(kind, record_id)


class LinkTable(RowsTable):
    """Rows keyed by the record each opens, `(kind, id)`, on Enter or a double click."""

    def __init__(self, headers: Sequence[str], parent: QWidget, *, sortable: bool = False) -> None:
        super().__init__(headers, parent, sortable=sortable)
        self.opened.connect(self._open)

    def _open(self, link: tuple[str, int] | None) -> None:
        if link:
            open_link(self, *link)
