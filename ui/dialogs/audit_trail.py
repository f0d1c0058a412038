"""Tools > Audit trail: every change in the office, filtered by officer, date and kind; to xlsx."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cityapp.errors import UserError
from cityapp.fields import DATE, Field
from cityapp.filenames import file_name
from cityapp.services.history import (
    TrailFilter,
    audit_trail,
    export_audit,
    kind_label,
    kinds,
    officers,
)
from ui import worker
from ui.actions import read
from ui.context import AppContext
from ui.dialogs.export import ExportDialog, ExportDoneDialog
from ui.dialogs.messages import ErrorDialog
from ui.i18n import translated
from ui.widgets.history import fill_table, history_table
from ui.widgets.inputs import DateInput
from ui.worker import run_in_background

SHOWN = 1000  # entries on screen; the export carries all that match


class AuditTrailDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit trail"))
        self.officer = QComboBox(self)
        self.officer.addItem(self.tr("Everyone"), None)
        for name in read(ctx, officers):
            self.officer.addItem(name, name)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Every kind of record"), None)
        for table in read(ctx, kinds):
            self.kind.addItem(self.tr(kind_label(table)), table)
        self.since = DateInput(Field("since", "From", DATE), self)
        self.until = DateInput(Field("until", "To", DATE), self)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Officer"), self.officer),
            (self.tr("&Kind"), self.kind),
            (self.tr("&From"), self.since),
            (self.tr("&To"), self.until),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        self.apply_button = QPushButton(self.tr("&Show"), self)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.load)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        self.summary = QLabel(self)
        self.table = history_table(self, with_record=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(
            self.tr("&Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self.load()

    def where(self) -> TrailFilter | None:
        for widget in (self.since, self.until):
            problem = widget.problem()
            if problem:
                self.summary.setText(problem)
                return None
        return TrailFilter(
            officer=self.officer.currentData(),
            since=self.since.value(),
            until=self.until.value(),
            kind=self.kind.currentData(),
        )

    def load(self) -> None:
        where = self.where()
        if where is None:
            return
        visible = self.ctx.access.confidential
        lines = read(
            self.ctx, lambda s: audit_trail(s, where, sensitive_visible=visible, limit=SHOWN)
        )
        fill_table(self.table, lines, with_record=True)
        self.summary.setText(
            self.tr(
                "{n} changes, newest first (the latest {limit} entries at most; the export has all)."
            ).format(n=len(lines), limit=SHOWN)
        )

    def export(self) -> bool:
        where = self.where()
        if where is None:
            return False
        choice = ExportDialog.ask(
            self,
            self.tr("Export the audit trail"),
            file_name("Audit trail", ".xlsx"),
            "Excel (*.xlsx)",
        )
        if choice is None:
            return False
        path, confidential = choice
        visible = self.ctx.access.confidential

        def work(report, cancelled):
            return read(
                self.ctx,
                lambda s: export_audit(
                    s, path, where, sensitive_visible=visible, include_confidential=confidential
                ),
            )

        try:
            run_in_background(self, self.tr("Writing the audit trail…"), work)
        except worker.Cancelled:
            return False
        except (UserError, OSError) as exc:
            ErrorDialog.ask(self, self.tr("Export the audit trail"), translated(exc))
            return False
        ExportDoneDialog.ask(self, path)
        return True
