"""The gift register: every gift given and received, what became of it, its declaration; the
gifts still to declare or to value marked; the register of a fiscal year for the annual
declaration as a workbook."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QWidget

from cityapp import fields
from cityapp.errors import UserError
from cityapp.formats import format_fiscal_year
from cityapp.labels import choice_label
from cityapp.models import Gift, GiftDirection
from cityapp.services import lists
from cityapp.services.gifts import (
    DECLARED,
    TO_DECLARE,
    TO_VALUE,
    gift_fiscal_years,
    meeting_day,
)
from ui import language, worker
from ui.actions import read, show_status
from ui.context import AppContext
from ui.i18n import translated
from ui.views.record_page import RecordPage
from ui.worker import run_in_background


class GiftsPage(RecordPage):
    """Gifts given and received, filtered by direction, fiscal year, counterpart and what they
    still need; a received gift above the threshold and not declared, or with no value, marked."""

    also_shows = ("counterpart", "meeting", "office_setting")

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.direction_filter, self.year_filter = QComboBox(), QComboBox()
        self.state_filter = QComboBox()
        self.counterpart_filter = None
        super().__init__(
            ctx,
            undo_stack,
            key="gifts",
            title=self.tr("Gifts"),
            spec=lists.GIFTS,
            form=fields.GIFT_REGISTER,
            record_class=Gift,
            parent=parent,
        )
        self._build_filters()
        state = [c.key for c in lists.GIFTS.columns].index("state") + 1
        self.model.row_color = lambda row: (
            "overdue" if row[state] in (TO_DECLARE, TO_VALUE) else None
        )
        self.form.inputs["meeting_id"].changed.connect(self._meeting_picked)
        self.declaration_action = QAction(self.tr("&Declaration workbook…"), self)
        self.declaration_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.declaration_action.setToolTip(
            self.tr(
                "The register of the fiscal year chosen above (or of every year), for the "
                "annual declaration, for Excel (Ctrl+Shift+E)"
            )
        )
        self.declaration_action.triggered.connect(self.export_register)
        self.addAction(self.declaration_action)
        self.toolbar.insertSeparator(self.reload_action)
        self.toolbar.insertAction(self.reload_action, self.declaration_action)
        self.splitter.setSizes([760, 440])  # the list wide enough for the gifts' names

    def heading_for(self, obj: Any) -> str:
        return obj.description

    # -- filters ------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        from cityapp.fields import REF, Field
        from ui.widgets.inputs import RefInput

        self.direction_filter.addItem(self.tr("Given and received"), None)
        for direction in GiftDirection:
            self.direction_filter.addItem(translated(choice_label(direction)), direction)
        self.year_filter.addItem(self.tr("All fiscal years"), None)
        self.state_filter.addItem(self.tr("Any declaration"), None)
        for state in (TO_DECLARE, TO_VALUE, DECLARED):
            self.state_filter.addItem(translated(choice_label(state)), state)
        for combo, name in (
            (self.direction_filter, self.tr("Given or received")),
            (self.year_filter, self.tr("Fiscal year")),
            (self.state_filter, self.tr("Declaration")),
        ):
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.reload)
            self.add_filter(combo)
        self.counterpart_filter = RefInput(
            Field("counterpart", "Counterpart", REF, ref="counterpart"),
            self.form.inputs_provider(),
            self,
        )
        self.counterpart_filter.setToolTip(
            self.tr("Only gifts given to or received from this person")
        )
        self.counterpart_filter.setMinimumWidth(160)
        self.counterpart_filter.changed.connect(self.reload)
        self.add_filter(self.counterpart_filter)

    def fill_filter_choices(self) -> None:
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        while self.year_filter.count() > 1:
            self.year_filter.removeItem(1)
        for year in read(self.ctx, gift_fiscal_years):
            self.year_filter.addItem(format_fiscal_year(year, language.current()), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)

    def flags(self) -> dict[str, Any]:
        return {
            "direction": self.direction_filter.currentData(),
            "fiscal_year": self.year_filter.currentData(),
            "state": self.state_filter.currentData(),
            "counterpart": self.counterpart_filter.value() if self.counterpart_filter else None,
        }

    # -- the form -----------------------------------------------------------------------------

    def new_record(self, values: dict[str, Any] | None = None) -> None:
        """A new gift: received today, unless told otherwise."""
        super().new_record(
            {"direction": GiftDirection.RECEIVED, "exchanged_on": self.today(), **(values or {})}
        )

    def _meeting_picked(self) -> None:
        """Choosing the meeting where the gift was exchanged dates the gift on the meeting's day
        (the officer can still change it): only when the officer picks, never while loading."""
        if self.form.is_loading():
            return
        meeting_id = self.form.inputs["meeting_id"].value()
        if meeting_id is None or meeting_id == self.form.loaded_value("meeting_id"):
            return
        day = read(self.ctx, lambda s: meeting_day(s, meeting_id))
        if day is not None and day != self.form.inputs["exchanged_on"].value():
            self.form.show_unsaved({"exchanged_on": day})

    # -- the declaration ------------------------------------------------------------------------

    def export_register(self) -> bool:
        from cityapp.excel.gifts import export_gift_register  # openpyxl loads when used
        from ui.dialogs.export import ExportDialog, ExportDoneDialog, say_not_written

        year = self.year_filter.currentData()
        title = self.tr("Gift register")
        suggested = (
            self.tr("Gift register {year}.xlsx").format(
                year=format_fiscal_year(year, language.current())
            )
            if year is not None
            else self.tr("Gift register.xlsx")
        )
        choice = ExportDialog.ask_with_language(self, title, suggested, "Excel (*.xlsx)")
        if choice is None:
            return False
        path, lang, confidential = choice

        def work(_report, _cancelled):
            return read(
                self.ctx,
                lambda s: export_gift_register(
                    s, path, year, include_confidential=confidential, lang=lang
                ),
            )

        try:
            n = run_in_background(self, self.tr("Writing the gift register…"), work)
        except worker.Cancelled:
            return False
        except (UserError, OSError) as exc:
            return say_not_written(self, title, exc)
        show_status(
            self,
            self.tr("Wrote 1 gift.") if n == 1 else self.tr("Wrote {n} gifts.").format(n=n),
            8000,
        )
        ExportDoneDialog.ask(self, path)
        return True
