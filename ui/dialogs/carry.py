"""Carrying a commitment into a later meeting: which meeting, what was said, and its status after."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from cityapp.labels import choice_label
from cityapp.models import CommitmentStatus
from ui.i18n import translated


class CarryDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        text: str,
        meetings: list[tuple[int, str]],
        status: CommitmentStatus,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carry into a later meeting"))
        self.meeting = QComboBox(self)
        for meeting_id, label in meetings:
            self.meeting.addItem(label, meeting_id)
        self.status = QComboBox(self)
        for s in CommitmentStatus:
            self.status.addItem(translated(choice_label(s)), s)
        self.status.setCurrentIndex(self.status.findData(status))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        summary = QLabel(text, self)
        summary.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Commitment"), summary)
        form.addRow(self.tr("&Meeting"), self.meeting)
        form.addRow(self.tr("&What was said"), self.note)
        form.addRow(self.tr("&Status after"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(meetings))
        form.addRow(buttons)
        self.resize(520, 300)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        text: str,
        meetings: list[tuple[int, str]],
        status: CommitmentStatus,
    ) -> tuple[int, str | None, CommitmentStatus] | None:
        dialog = cls(parent, text, meetings, status)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.meeting.currentData() is None:
            return None
        return (
            dialog.meeting.currentData(),
            dialog.note.toPlainText().strip() or None,
            dialog.status.currentData(),
        )
