"""A record's tabs in rows that wrap: every tab stays in sight however narrow the panel (a tab
bar hides what does not fit behind arrows, and a trip has ten tabs).

The widget answers the part of QTabWidget's interface the pages use (addTab, setCurrentWidget,
indexOf, tabText, setTabText, currentChanged, …), so a page holds it as it held a tab widget.
Alt with a tab's underlined letter, Ctrl+Tab and Ctrl+Shift+Tab (Ctrl+PgDown and Ctrl+PgUp)
go to a tab, as in any Windows program.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next row when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 2) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _lay_out(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and row_height > 0:
                x, y = rect.x(), y + row_height + gap
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class WrappingTabs(QWidget):
    """Tabs whose buttons wrap onto more rows instead of scrolling."""

    currentChanged = Signal(int)  # noqa: N815 (QTabWidget's name)

    STYLE = (
        "QToolButton { padding: 3px 8px; border: 1px solid transparent; border-radius: 3px; }"
        "QToolButton:hover { border-color: palette(mid); }"
        "QToolButton:checked { border-color: palette(mid); background: palette(base);"
        " font-weight: bold; }"
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = QWidget(self)
        self.strip.setStyleSheet(self.STYLE)
        self.strip.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._flow = FlowLayout(self.strip)
        self._stack = QStackedWidget(self)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(self._stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.strip)
        layout.addWidget(frame, 1)
        self._buttons: list[QToolButton] = []
        self._stack.currentChanged.connect(self._changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, step, what in (
            ("Ctrl+Tab", 1, self.tr("Next tab")),
            ("Ctrl+PgDown", 1, self.tr("Next tab")),
            ("Ctrl+Shift+Tab", -1, self.tr("Previous tab")),
            ("Ctrl+Backtab", -1, ""),  # what Ctrl+Shift+Tab sends on some systems
            ("Ctrl+PgUp", -1, self.tr("Previous tab")),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(lambda s=step: self._step(s))

    # -- QTabWidget's interface --------------------------------------------------------------

    def addTab(self, widget: QWidget, text: str) -> int:  # noqa: N802
        index = self._stack.addWidget(widget)
        button = QToolButton(self.strip)
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _checked=False, w=widget: self.setCurrentWidget(w))
        self._flow.addWidget(button)
        self._buttons.append(button)
        self._show_current(self._stack.currentIndex())
        return index

    def count(self) -> int:
        return self._stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self._stack.widget(index)

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802
        return self._stack.indexOf(widget)

    def currentIndex(self) -> int:  # noqa: N802
        return self._stack.currentIndex()

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if 0 <= index < self._stack.count():
            self._stack.setCurrentIndex(index)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        self._stack.setCurrentWidget(widget)

    def tabText(self, index: int) -> str:  # noqa: N802
        return self._buttons[index].text() if 0 <= index < len(self._buttons) else ""

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802
        if 0 <= index < len(self._buttons):
            self._buttons[index].setText(text)

    def tabButton(self, index: int) -> QToolButton:  # noqa: N802
        """The button that shows the tab (tests and screenshots look at it)."""
        return self._buttons[index]

    # -- inside ---------------------------------------------------------------------------

    def _show_current(self, index: int) -> None:
        for i, button in enumerate(self._buttons):
            button.setChecked(i == index)

    def _changed(self, index: int) -> None:
        self._show_current(index)
        self.currentChanged.emit(index)

    def _step(self, by: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + by) % self.count())
