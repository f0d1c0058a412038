"""Exchange programmes (youth exchange, staff secondment, scholarships, training), each fiscal
year's participants and spending, our staff taking part; and the funds that pay for them
(Tools > Funds), with each fund's balance by fiscal year and by objective."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from cityapp import fields
from cityapp.formats import format_fiscal_year, format_yen_in_text
from cityapp.models import Fund, Programme, ProgrammeParticipant, ProgrammeYear
from cityapp.models.people import written_name
from cityapp.services import lists
from cityapp.services.fund import (
    FundReport,
    fund_of_programme,
    fund_reports,
    participants_of,
    programme_years,
)
from ui import language
from ui.actions import read
from ui.context import AppContext
from ui.models.rows import Row
from ui.views.record_page import RecordPage
from ui.widgets.related import RelatedList
from ui.widgets.rows_table import RowsTable
from ui.widgets.when_shown import LoadsWhenShown


def fiscal(year: int | None) -> str:
    return format_fiscal_year(year, language.current()) if year is not None else ""


def yen(amount: Any) -> str:
    return format_yen_in_text(amount) if amount is not None else ""


class ProgrammesPage(RecordPage):
    """Exchange programmes paid for by a fund, with participants and spending by fiscal year."""

    also_shows = (
        "programme_year",
        "programme_participant",
        "fund",
        "bureau",
        "city",
        "staff_member",
    )

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="programmes",
            title=self.tr("Programmes"),
            spec=lists.PROGRAMMES,
            form=fields.PROGRAMME,
            record_class=Programme,
            parent=parent,
        )

    def add_extra_tabs(self) -> None:
        self.years = RelatedList(
            self,
            record_class=ProgrammeYear,
            form=fields.PROGRAMME_YEAR,
            owner_key="programme_id",
            columns=[
                (self.tr("Fiscal year"), lambda y: fiscal(y.fiscal_year)),
                (self.tr("Participants"), lambda y: f"{y.participants:,}"),
                (self.tr("Spending"), lambda y: yen(y.spending_yen)),
                (self.tr("Note"), lambda y: " ".join((y.note or "").split())[:120]),
            ],
            load=programme_years,
            empty=self.tr("No fiscal year recorded yet: add its participants and spending."),
            describe=lambda y: fiscal(y.fiscal_year),
        )
        self.fund_line = QLabel(self)
        self.fund_line.setWordWrap(True)
        self.years.layout().insertWidget(0, self.fund_line)
        self.years.refreshed.connect(self._show_fund)
        self.staff = RelatedList(
            self,
            record_class=ProgrammeParticipant,
            form=fields.PARTICIPANT,
            owner_key="programme_id",
            columns=[
                (self.tr("Fiscal year"), lambda p: fiscal(p.fiscal_year)),
                (
                    self.tr("Staff member"),
                    lambda p: written_name(p.staff.family_name, p.staff.given_name, True),
                ),
                (self.tr("Role"), lambda p: p.role or ""),
            ],
            load=participants_of,
            empty=self.tr("None of our staff recorded as taking part."),
            describe=lambda p: written_name(p.staff.family_name, p.staff.given_name, True),
        )
        self.tabs.addTab(self.years, self.tr("Fiscal &years"))
        self.tabs.addTab(self.staff, self.tr("Our &staff"))

    def _show_fund(self) -> None:
        owner = self.years.owner_id
        report = read(self.ctx, lambda s: fund_of_programme(s, owner)) if owner else None
        if report is None:
            self.fund_line.setText(self.tr("Not paid for by a fund."))
            return
        self.fund_line.setText(
            self.tr("{fund}: {total} from {start}; spent {spent}; remaining {remaining}.").format(
                fund=fund_name(report),
                total=yen(report.total),
                start=fiscal(report.start_fiscal_year),
                spent=yen(report.spent),
                remaining=yen(report.remaining),
            )
        )

    def load_extra(self, record_id: int | None) -> None:
        self.years.set_owner(record_id)
        self.staff.set_owner(record_id)


def fund_name(report: FundReport) -> str:
    return report.name_ja if language.current() == "ja" and report.name_ja else report.name


class BalanceTab(LoadsWhenShown, QWidget):
    """A fund's balance: by fiscal year (spent, participants, remaining) and by objective."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.owner_id: int | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.by_year = RowsTable(
            [
                self.tr("Fiscal year"),
                self.tr("Spent"),
                self.tr("Participants"),
                self.tr("Remaining"),
            ],
            self,
        )
        self.by_objective = RowsTable([self.tr("Objective"), self.tr("Spent")], self)
        header = self.by_objective.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.by_year, 2)
        note = QLabel(
            self.tr("By objective (a programme serving two objectives counts under each):"), self
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.by_objective, 1)

    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.load_when_shown()

    def load_now(self) -> None:
        owner = self.owner_id
        report = (
            next((r for r in read(self.page.ctx, fund_reports) if r.fund_id == owner), None)
            if owner
            else None
        )
        if report is None:
            self.summary.setText("")
            self.by_year.fill([])
            self.by_objective.fill([])
            return
        self.summary.setText(
            self.tr("Total {total}; spent {spent}; remaining {remaining}.").format(
                total=yen(report.total), spent=yen(report.spent), remaining=yen(report.remaining)
            )
        )
        self.by_year.fill(
            [
                Row([fiscal(fy), yen(spent), f"{people:,}", yen(left)], fy)
                for fy, spent, people, left in report.balance_by_year()
            ]
        )
        ja = language.current() == "ja"
        rows = [
            Row([f"{number}. {title_ja if ja and title_ja else title}", yen(spent)], number)
            for (number, title, title_ja), spent in report.spent_by_objective.items()
        ]
        if report.unassigned:
            rows.append(Row([self.tr("No objective named"), yen(report.unassigned)], None))
        self.by_objective.fill(rows)


class FundsPage(RecordPage):
    also_shows = ("programme", "programme_year")

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="funds",
            title=self.tr("Funds"),
            spec=lists.FUNDS,
            form=fields.FUND,
            record_class=Fund,
            parent=parent,
        )

    def add_extra_tabs(self) -> None:
        self.balance = BalanceTab(self)
        self.tabs.addTab(self.balance, self.tr("&Balance"))

    def load_extra(self, record_id: int | None) -> None:
        self.balance.set_owner(record_id)
