"""Picking a new city from the offline list of world cities, by any of its names in any script."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cityapp.worldcities import WorldCity, find_world_cities, warm_up
from ui.widgets.typeahead import ArrowKeysToList

CITY_ROLE = Qt.ItemDataRole.UserRole + 1
BY_HAND = "by hand"


class WorldCityDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New city"))
        self.chosen: WorldCity | str | None = None
        intro = QLabel(
            self.tr(
                "Type the city's name in any script (Wien, Москва, 서울, 東京). "
                "Country, time zone, coordinates and names are filled in for you."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("City name"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.status = QLabel(self)
        buttons = QDialogButtonBox(self)
        self.pick_button = buttons.addButton(
            self.tr("&Use this city"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.by_hand_button = QPushButton(self.tr("Enter by &hand"), self)
        buttons.addButton(self.by_hand_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.pick_button.clicked.connect(self.pick)
        self.by_hand_button.clicked.connect(self.by_hand)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self.timer.start)
        self.box.returnPressed.connect(self.pick)
        self.results.itemActivated.connect(lambda _item: self.pick())
        self.results.currentRowChanged.connect(lambda row: self.pick_button.setEnabled(row >= 0))
        self.arrows = ArrowKeysToList(self.box, self.results)
        self.pick_button.setEnabled(False)
        self.resize(640, 460)

    def run_search(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = find_world_cities(self.box.text())
        finally:
            QApplication.restoreOverrideCursor()
        self.results.clear()
        for city in found:
            item = QListWidgetItem(city.label)
            item.setData(CITY_ROLE, city)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self.status.setText("")
        elif self.box.text().strip():
            self.status.setText(
                self.tr(
                    "No city of over 15,000 people starts with “{text}”. You can enter it by hand."
                ).format(text=self.box.text().strip())
            )

    def pick(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self.chosen = item.data(CITY_ROLE)
            self.accept()

    def by_hand(self) -> None:
        self.chosen = BY_HAND
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> WorldCity | str | None:
        """A WorldCity, BY_HAND, or None when cancelled."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            warm_up()
        finally:
            QApplication.restoreOverrideCursor()
        dialog = cls(parent)
        dialog.exec()
        return dialog.chosen
