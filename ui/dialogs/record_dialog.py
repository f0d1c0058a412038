"""A dialog holding one record's form (an agreement, a membership, a plenary)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from cityapp.fields import RecordForm
from ui.widgets.inputs import RefProvider
from ui.widgets.record_form import RecordFormWidget


class RecordDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        form: RecordForm,
        provider: RefProvider,
        values: dict[str, Any],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = RecordFormWidget(form, provider, self)
        self.form.set_values(values)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(560, min(720, 120 + 44 * len(form.fields)))
        self.result_values: dict[str, Any] | None = None

    def _accept_if_valid(self) -> None:
        problems = self.form.problems(self.form.edited_values())
        self.form.show_errors(problems)
        if not problems:
            self.result_values = self.form.edited_values()
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        form: RecordForm,
        provider: RefProvider,
        values: dict[str, Any],
    ) -> dict[str, Any] | None:
        """The form's values when the user presses OK with everything valid; None on Cancel."""
        dialog = cls(parent, title, form, provider, values)
        dialog.exec()
        return dialog.result_values
