"""Every table in the window stands on a sound model: the rows model and the paged list model,
checked by qtmodeltester while they fill, refill and sort."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableWidget, QTabWidget

from tests.ui.helpers import figures_shown
from ui.models.rows import ID_ROLE, Row, RowsModel
from ui.widgets.rows_table import RowsTable
from ui.widgets.wrapping_tabs import WrappingTabs


def test_the_rows_model_sorts_numbers_as_numbers_and_keeps_keys_and_selection(qtbot, model_tester):
    table = RowsTable(["City", "Score"], None, sortable=True)
    qtbot.addWidget(table)
    model = table.rows_model
    model_tester(model)
    table.fill(
        [
            Row(["Paris", 9], 1),
            Row(["berlin", 10], 2),
            Row(["Αθήνα", None], 3),
            Row(["Cairo", 2], 4),
        ]
    )
    assert table.select_key(2) and table.selected_key() == 2
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [table.text(r, 1) for r in range(4)] == ["2", "9", "10", ""]  # numbers, blanks last
    assert table.selected_key() == 2 and table.current_row() == 2  # the selection follows its row
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [table.key(r) for r in range(4)] == [2, 4, 1, 3]  # case does not decide the order
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    opened = []
    table.opened.connect(opened.append)
    table.open_row(3)
    assert opened == [3]
    table.fill([])
    assert table.row_count() == 0 and table.selected_key() is None
    assert model.index(0, 0).data(ID_ROLE) is None and model.rowCount(model.index(0, 0)) == 0


def test_a_heading_row_spans_the_table_and_a_cross_table_names_its_rows(qtbot, model_tester):
    table = RowsTable(["When", "What"], None)
    qtbot.addWidget(table)
    model_tester(table.rows_model)
    table.fill([Row(["Monday"], heading=True), Row(["10:00", "Talks"], 7)])
    assert table.columnSpan(0, 0) == 2 and table.columnSpan(1, 0) == 1
    assert table.cell(0, 0, Qt.ItemDataRole.FontRole).bold()
    cross = RowsModel([])
    model_tester(cross)
    cross.set_headers(["2025", "2026"], ["Trips", "Meetings"])
    cross.set_rows([Row([1, None], "trips"), Row([None, 3], "meetings")])
    assert cross.headerData(1, Qt.Orientation.Vertical) == "Meetings"
    assert cross.index(1, 1).data() == "3" and cross.index(0, 1).data() == ""
    assert not cross.index(0, 0, QModelIndex()).flags() & Qt.ItemFlag.ItemIsEditable


def _visit_everything(window, qtbot) -> None:
    for key, page in window.pages.items():
        window.show_page(key)
        if key == "dashboard":
            for tab in page.TABS:
                page.show_tab(tab)
                figures_shown(qtbot, page)
            continue
        model = getattr(page, "model", None)
        if model is None:  # a page of its own kind (Reports)
            continue
        rows = min(model.rowCount(), 40)
        if key == "trips":  # its programme is read when its tab is shown
            page.tabs.setCurrentWidget(page.itinerary)
        for row in range(rows):  # the first record whose tabs have most to show
            page.table.selectRow(row)
            if key != "trips" or page.itinerary.table.row_count() > 2:
                break
        for tabs in [*page.findChildren(QTabWidget), *page.findChildren(WrappingTabs)]:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(1)


def test_every_table_in_the_window_passes_the_model_tester(start, demo_copy, qtbot, model_tester):
    window = start("--db", str(demo_copy))
    _visit_everything(window, qtbot)
    assert window.findChildren(QTableWidget) == []  # every table stands on a model
    tables = [t for t in window.findChildren(RowsTable) if t.row_count()]
    kinds = {type(t).__name__ for t in tables}
    assert {"RowsTable", "LinkTable", "DayView"} <= kinds, kinds
    holders = {type(t.parent()).__name__ for t in tables}
    assert {
        "RelatedList",
        "ItineraryPanel",
        "HistoryPanel",
        "ObjectivesTab",
        "HealthTab",
    } <= holders
    assert len(tables) >= 20, len(tables)
    for table in tables:
        model_tester(table.model())
    for page in window.pages.values():
        if hasattr(page, "model"):
            model_tester(page.model)
    # They stay sound while they refill and sort: the tester watches every signal.
    window.reload_current()
    for table in tables:
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
