"""The Reports page: Excel hand-offs out (portfolio, all meetings) and lists in (imports)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cityapp.errors import UserError
from ui import language, worker
from ui.actions import commit, explain_failure, read, show_status
from ui.context import AppContext
from ui.dialogs.export import ExportDialog, ExportDoneDialog, say_not_written
from ui.dialogs.files import FileChooser
from ui.dialogs.import_preview import ImportPreview
from ui.dialogs.messages import ErrorDialog
from ui.worker import run_in_background


class ReportsPage(QWidget):
    key = "reports"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Reports")
        out = QGroupBox(self.tr("Hand off"), self)
        out_layout = QVBoxLayout(out)
        self.portfolio_button = self._button(
            out_layout,
            self.tr("&Portfolio report…"),
            self.portfolio,
            self.tr("Partners, networks, targets with charts, commitments, meetings"),
        )
        self.meetings_button = self._button(
            out_layout,
            self.tr("All &meetings…"),
            self.all_meetings,
            self.tr("Every meeting in one workbook (confidential ones only if asked for)"),
        )
        self.commitments_button = self._button(
            out_layout,
            self.tr("All c&ommitments…"),
            self.all_commitments,
            self.tr(
                "Every commitment in one workbook (those of confidential meetings only if asked for)"
            ),
        )
        hint = QLabel(
            self.tr("Trip briefings are exported from the Trips page (Ctrl+Shift+E)."), out
        )
        out_layout.addWidget(hint)
        into = QGroupBox(self.tr("Bring in"), self)
        into_layout = QVBoxLayout(into)
        self.import_people = self._button(
            into_layout,
            self.tr("Import &counterparts…"),
            lambda: self.import_file("counterparts"),
            self.tr("From an Excel list"),
        )
        self.import_cities = self._button(
            into_layout,
            self.tr("Import c&ities…"),
            lambda: self.import_file("cities"),
            self.tr("From an Excel list"),
        )
        row = QHBoxLayout()
        self.template_people = QPushButton(self.tr("Blank template for counterparts…"), into)
        self.template_cities = QPushButton(self.tr("Blank template for cities…"), into)
        self.template_people.clicked.connect(lambda: self.template("counterparts"))
        self.template_cities.clicked.connect(lambda: self.template("cities"))
        row.addWidget(self.template_people)
        row.addWidget(self.template_cities)
        row.addStretch(1)
        into_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(QLabel(f"<h2>{self.tr('Reports')}</h2>", self))
        layout.addWidget(out)
        layout.addWidget(into)
        layout.addStretch(1)

    def _button(self, layout: QVBoxLayout, text: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def _fail(self, title: str, exc: Exception) -> bool:
        return say_not_written(self, title, exc)

    def portfolio(self) -> bool:
        from cityapp.excel.portfolio import SHEETS, export_portfolio  # openpyxl loads when used

        choice = ExportDialog.ask_with_language(
            self, self.tr("Portfolio report"), "Portfolio.xlsx", "Excel (*.xlsx)"
        )
        if choice is None:
            return False
        path, lang, confidential = choice
        steps = list(SHEETS)

        def work(report, cancelled):
            def sheet(name: str) -> None:
                report(steps.index(name), len(steps))
                if cancelled():
                    raise worker.Cancelled()

            return read(
                self.ctx,
                lambda s: export_portfolio(
                    s, path, progress=sheet, include_confidential=confidential, lang=lang
                ),
            )

        try:
            run_in_background(self, self.tr("Writing the portfolio report…"), work)
        except worker.Cancelled:
            return False
        except (UserError, OSError) as exc:
            return self._fail(self.tr("Portfolio report"), exc)
        ExportDoneDialog.ask(self, path)
        return True

    def all_meetings(self) -> bool:
        from cityapp.excel.meetings_export import export_meetings  # openpyxl loads when used

        return self._every(
            export_meetings,
            self.tr("All meetings"),
            "Meetings.xlsx",
            self.tr("Writing meetings…"),
            lambda n: (
                self.tr("Wrote 1 meeting.")
                if n == 1
                else self.tr("Wrote {n} meetings.").format(n=n)
            ),
        )

    def all_commitments(self) -> bool:
        from cityapp.excel.commitments_export import export_commitments  # openpyxl when used

        return self._every(
            export_commitments,
            self.tr("All commitments"),
            "Commitments.xlsx",
            self.tr("Writing commitments…"),
            lambda n: (
                self.tr("Wrote 1 commitment.")
                if n == 1
                else self.tr("Wrote {n} commitments.").format(n=n)
            ),
        )

    def _every(self, export, title: str, suggested: str, writing: str, wrote) -> bool:
        """A long table of every record of a kind, streamed with progress and a Cancel."""
        choice = ExportDialog.ask_with_language(self, title, suggested, "Excel (*.xlsx)")
        if choice is None:
            return False
        path, lang, confidential = choice

        def work(report, cancelled):
            return read(
                self.ctx,
                lambda s: export(
                    s,
                    path,
                    include_confidential=confidential,
                    progress=report,
                    cancelled=cancelled,
                    lang=lang,
                ),
            )

        try:
            n = run_in_background(self, writing, work)
        except worker.Cancelled:
            return False
        except (UserError, OSError) as exc:
            return self._fail(title, exc)
        show_status(self, wrote(n), 8000)
        ExportDoneDialog.ask(self, path)
        return True

    def words(self, what: str) -> str:
        """What an import or template holds, in words: counterparts or cities."""
        return self.tr("counterparts") if what == "counterparts" else self.tr("cities")

    def template(self, what: str) -> bool:
        from cityapp.excel.imports import write_template  # openpyxl loads when used

        path = FileChooser.save(
            self, self.tr("Blank template"), f"{what.capitalize()} template.xlsx"
        )
        if path is None:
            return False
        try:
            write_template(what, path, lang=language.current())
        except (UserError, OSError) as exc:
            return self._fail(self.tr("Blank template"), exc)
        ExportDoneDialog.ask(self, path)
        return True

    def import_file(self, what: str) -> bool:
        from cityapp.excel.imports import import_rows  # openpyxl loads when used

        path = FileChooser.open(self, self.tr("Import {what}").format(what=self.words(what)))
        if path is None:
            return False
        title = self.tr("Import {what}").format(what=self.words(what))

        def checked(report, cancelled):
            def progress(done: int, total: int) -> None:
                report(done, total)
                if cancelled():
                    raise worker.Cancelled()

            return progress

        def preview(report, cancelled):
            return read(
                self.ctx,
                lambda s: import_rows(
                    s, what, path, dry_run=True, progress=checked(report, cancelled)
                ),
            )

        def write(report, cancelled):
            return commit(
                self.ctx,
                lambda s: import_rows(s, what, path, progress=checked(report, cancelled)),
            )

        def in_background(work):
            """The work's result; None when cancelled, or when the failure was explained."""
            try:
                return run_in_background(self, title + "…", work)
            except worker.Cancelled:
                return None
            except Exception as exc:
                if explain_failure(self, title, exc):
                    return None
                raise

        checked_rows = in_background(preview)
        if checked_rows is None or not ImportPreview.ask(self, checked_rows, path):
            return False
        written = in_background(write)
        if written is None:
            return False
        done, changes = written
        self.ctx.publish(changes)
        if not done.written:
            ErrorDialog.ask(
                self,
                title,
                self.tr("The file changed since the preview; nothing was imported. Try again."),
            )
            return False
        show_status(
            self,
            self.tr("Imported {n} {what}.").format(n=len(done.accepted), what=self.words(what)),
            8000,
        )
        return True
