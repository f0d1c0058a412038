"""Help > About: the program, its version, where it keeps its files, and the third-party
software it contains with the licence texts (Qt under the GNU LGPL v3)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cityapp import __version__
from cityapp.licences import third_party_notice


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, database: str, log_file: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About City Diplomacy Desk"))
        tabs = QTabWidget(self)
        about = QLabel(
            self.tr(
                "<h3>City Diplomacy Desk {version}</h3>"
                "<p>For the international-affairs and protocol office of a city: partner "
                "cities, trips, meetings, commitments and Excel briefings.</p>"
                "<p>Database: {db}<br>Log file: {log}</p>"
                "<p>Python {python}, Qt {qt}, Qt for Python {pyside}.</p>"
                "<p>Qt and Qt for Python are used under the GNU Lesser General Public License "
                "version 3; they are separate libraries in the program's folder and may be "
                "replaced. The licences of all third-party software are under Licences.</p>"
            ).format(
                version=__version__,
                db=database,
                log=log_file,
                python=platform.python_version(),
                qt=qVersion(),
                pyside=pyside_version,
            ),
            self,
        )
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tabs.addTab(about, self.tr("&About"))
        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        tabs.addTab(self.licences, self.tr("&Licences"))
        tabs.currentChanged.connect(self._show_licences)
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _show_licences(self, index: int) -> None:
        if self.tabs.widget(index) is self.licences and not self.licences.toPlainText():
            self.licences.setPlainText(third_party_notice())  # read when first looked at
