"""Tools > Dates and years: how the office's documents write dates and count years."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cityapp.clock import CLOCK
from cityapp.services.office import Conventions
from cityapp.wording import Wording


class ConventionsDialog(QDialog):
    """Two office-wide choices, with an example of each as it will read."""

    def __init__(self, parent: QWidget | None, current: Conventions) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dates and years"))
        self.era = QCheckBox(self.tr("Date Japanese documents with the &era"), self)
        self.era.setChecked(current.era)
        self.fiscal = QCheckBox(self.tr("Count figures by &fiscal year (April to March)"), self)
        self.fiscal.setChecked(current.fiscal_years)
        self.example = QLabel(self)
        self.example.setWordWrap(True)
        note = QLabel(
            self.tr(
                "For the whole office: exports, reports and the dashboard follow these choices. "
                "English documents keep 2015-10-14 and FY2015."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.era, self.fiscal, self.example, note, buttons):
            layout.addWidget(widget)
        self.era.toggled.connect(self._show_example)
        self.fiscal.toggled.connect(self._show_example)
        self._show_example()

    def chosen(self) -> Conventions:
        return Conventions(era=self.era.isChecked(), fiscal_years=self.fiscal.isChecked())

    def _show_example(self) -> None:
        chosen = self.chosen()
        words = Wording("ja", era=chosen.era, fiscal_years=chosen.fiscal_years)
        today: date = CLOCK.today()
        self.example.setText(
            self.tr("In Japanese documents: {day}, figures for {year}").format(
                day=words.date(today), year=words.year(words.year_of(today))
            )
        )

    @classmethod
    def ask(cls, parent: QWidget | None, current: Conventions) -> Conventions | None:
        dialog = cls(parent, current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
