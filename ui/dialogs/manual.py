"""Help > Manual (F1): a short manual in the window's language; Help > Keyboard shortcuts: every
key the window answers, gathered from the actions themselves so the list cannot fall behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import language
from ui.models.rows import Row
from ui.widgets.rows_table import RowsTable

MANUAL = Path(__file__).resolve().parents[2] / "resources" / "manual"


def manual_text(lang: str) -> str:
    """The manual in Markdown, in the language asked for (English where there is none)."""
    for code in (lang, "en"):
        path = MANUAL / f"manual_{code}.md"
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(manual_text(language.current()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)


def _plain(text: str) -> str:
    """A menu text as read: no access-key marks, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def gather_shortcuts(window) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every key the window answers, every page built first."""
    pages = getattr(window, "pages", {})
    titles = window.page_titles() if hasattr(window, "page_titles") else {}
    built = {key: pages[key] for key in pages}  # builds each page not built yet
    proxies = set(getattr(window, "record_actions", {}).values())

    def where(obj) -> str:
        holder = obj
        while holder is not None:
            for key, page in built.items():
                if holder is page:
                    return titles.get(key, key)
            holder = holder.parent()
        return QCoreApplication.translate("ShortcutsDialog", "Everywhere")

    found: dict[tuple[str, str, str], None] = {}
    for action in window.findChildren(QAction):
        if action in proxies or not action.shortcuts():
            continue
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        found[(where(action), keys, _plain(action.text()) or action.toolTip())] = None
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key().isEmpty() or not shortcut.whatsThis():
            continue
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        found[
            (
                QCoreApplication.translate("ShortcutsDialog", "A record's tabs"),
                keys,
                shortcut.whatsThis(),
            )
        ] = None
    first = QCoreApplication.translate("ShortcutsDialog", "Everywhere")
    return sorted(found, key=lambda row: (row[0] != first, row[0], row[1], row[2]))


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = gather_shortcuts(window)
        self.table = RowsTable([self.tr("Where"), self.tr("Keys"), self.tr("What")], self)
        self.table.fill([Row(list(row), i) for i, row in enumerate(self.rows)])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr("Alt with an underlined letter also reaches a menu, a tab or a field."), self
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(720, 600)
