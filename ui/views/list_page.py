"""The frame every list page shares: toolbar, filter box, list and detail side by side."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.wrapping_tabs import FlowLayout

FILTER_DELAY_MS = 250


READABLE = 150  # px: the narrowest a list's title column gets before the list scrolls sideways


class _OnResize(QObject):
    """Calls back when the watched widget changes size."""

    def __init__(self, callback, watched: QWidget) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


class ListPage(QWidget):
    """A list page. Subclasses fill the model in `reload()` and the detail in `show_detail()`."""

    counts_changed = Signal(int, int)  # rows shown, rows in total
    key = "list"
    title = "List"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = 0
        self.total = 0
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter_box = QLineEdit(self)
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.filter_box.setAccessibleName(self.tr("Filter"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.filter_box.textChanged.connect(self._filter_timer.start)
        self.filter_box.returnPressed.connect(self._apply_filter_now)

        self.table = QTableView(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the list for the form (walking cell by cell would change the record).
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        # A long title keeps its start and its end ("London and … memorandum"); the tooltip
        # holds it whole.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_stack)

        # The list's own filters (year, status, bureau…) in a row that wraps: always in sight,
        # never behind the toolbar's overflow arrow.
        self.filter_row = QWidget(self)
        self._filter_flow = FlowLayout(self.filter_row, spacing=6)
        self.filter_row.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.splitter, 1)
        self.toolbar.addWidget(QWidget(self))

    def keep_readable(self, section: int) -> None:
        """The list's stretched column (a title) fills the room the others leave, but never
        gets narrower than `READABLE`: with less room (long Japanese dates, a narrow window)
        it keeps that width and the list scrolls sideways instead."""
        self._readable = section
        self._fitter = _OnResize(self._fit_readable, self.table.viewport())
        self.table.horizontalHeader().sectionResized.connect(self._other_resized)

    def _other_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self._readable:
            self._fit_readable()

    def _fit_readable(self) -> None:
        header, section = self.table.horizontalHeader(), self._readable
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != section and not header.isSectionHidden(i)
        )
        roomy = self.table.viewport().width() - others >= READABLE
        mode = QHeaderView.ResizeMode.Stretch if roomy else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(section) != mode:
            header.setSectionResizeMode(section, mode)
        if not roomy and header.sectionSize(section) != READABLE:
            header.resizeSection(section, READABLE)

    def add_filter(self, widget: QWidget) -> QWidget:
        """A filter of the list (a combo box, a check box, a labelled field) in the filter row."""
        widget.setParent(self.filter_row)
        self._filter_flow.addWidget(widget)
        self.filter_row.show()
        return widget

    def set_detail(self, widget: QWidget) -> None:
        self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 340])

    def filter_text(self) -> str:
        return self.filter_box.text().strip()

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        self.reload()

    def show_list(self, shown: int, total: int, empty_message: str) -> None:
        self.shown, self.total = shown, total
        self.empty_label.setText(empty_message)
        self.list_stack.setCurrentWidget(self.table if shown else self.empty_label)
        self.counts_changed.emit(shown, total)

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    # -- remembered layout ---------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"pages/{self.key}/splitter", self.splitter.saveState())
        settings.setValue(f"pages/{self.key}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"pages/{self.key}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = settings.value(f"pages/{self.key}/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
