"""The first start on an empty database: load the demo office, or start empty."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

DEMO, EMPTY = "demo", "empty"


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to City Diplomacy Desk"))
        text = QLabel(
            self.tr(
                "<p>Your database is empty.</p>"
                "<p><b>Load the demo office</b> to explore the program with Tokyo's partner cities, "
                "networks and the 2014 visits (people and meetings in it are fictional).</p>"
                "<p><b>Start empty</b> to begin keeping your own office's record.</p>"
            ),
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        demo = QPushButton(self.tr("Load the &demo office"), self)
        empty = QPushButton(self.tr("&Start empty"), self)
        buttons.addButton(demo, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(empty, QDialogButtonBox.ButtonRole.RejectRole)
        demo.clicked.connect(lambda: self._choose(DEMO))
        empty.clicked.connect(lambda: self._choose(EMPTY))
        demo.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        dialog.exec()
        return dialog.choice
