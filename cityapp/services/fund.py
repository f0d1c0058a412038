"""The fund that pays for exchange programmes: what it holds, what each fiscal year spent, what
remains, and the rule that no programme spends more than remains.

Every write of a programme's fiscal year, of a programme's fund and of a fund's total passes
the rules below (`records.rule`), whatever page, dialog or import makes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..formats import format_yen_in_text
from ..i18n import QT_TRANSLATE_NOOP, Text
from ..models import (
    Fund,
    Objective,
    Programme,
    ProgrammeParticipant,
    ProgrammeYear,
    StaffMember,
    programme_objective,
)
from .records import InvalidRecord, rule


def _yen(amount: Decimal | int) -> str:
    return format_yen_in_text(amount)


def spent_from(session: Session, fund_id: int, *, leaving_out: int | None = None) -> Decimal:
    """What the fund's programmes spent in all their fiscal years (one year left out: the one
    being changed)."""
    stmt = (
        select(func.coalesce(func.sum(ProgrammeYear.spending_yen), 0))
        .join(Programme, Programme.id == ProgrammeYear.programme_id)
        .where(Programme.fund_id == fund_id)
    )
    if leaving_out is not None:
        stmt = stmt.where(ProgrammeYear.id != leaving_out)
    return Decimal(session.scalar(stmt) or 0)


def _locked_fund(session: Session, fund_id: int) -> Fund | None:
    """The fund, locked for the rest of the transaction on a shared server, so two officers
    spending at once cannot both take the last of it."""
    return session.scalars(select(Fund).where(Fund.id == fund_id).with_for_update()).first()


def _overspend(fund: Fund, spent_elsewhere: Decimal, spending: Decimal) -> Text:
    remaining = Decimal(fund.total_yen) - spent_elsewhere
    return QT_TRANSLATE_NOOP(
        "fund", "This spends {spending}, but only {remaining} remains in {fund}: nothing was saved."
    ).format(spending=_yen(spending), remaining=_yen(max(remaining, Decimal(0))), fund=fund.name)


@rule(ProgrammeYear)
def _one_row_a_year(session: Session, year: ProgrammeYear | None, values: dict) -> dict:
    """A programme has one row a fiscal year: a second is refused with its reason."""
    programme_id = values.get("programme_id", year.programme_id if year else None)
    fiscal = values.get("fiscal_year", year.fiscal_year if year else None)
    if programme_id is None or fiscal is None:
        return values
    stmt = select(ProgrammeYear.id).where(
        ProgrammeYear.programme_id == programme_id, ProgrammeYear.fiscal_year == fiscal
    )
    if year is not None:
        stmt = stmt.where(ProgrammeYear.id != year.id)
    if session.scalar(stmt.limit(1)) is not None:
        raise InvalidRecord(
            {
                "fiscal_year": QT_TRANSLATE_NOOP(
                    "fund", "This fiscal year is recorded already: edit that one instead."
                )
            }
        )
    return values


@rule(ProgrammeYear)
def _within_fund(session: Session, year: ProgrammeYear | None, values: dict) -> dict:
    """A fiscal year's spending fits in what remains of the programme's fund, and falls in a
    year the fund runs."""
    programme_id = values.get("programme_id", year.programme_id if year else None)
    programme = session.get(Programme, programme_id) if programme_id is not None else None
    if programme is None or programme.fund_id is None:
        return values
    fund = _locked_fund(session, programme.fund_id)
    if fund is None:
        return values
    fiscal = values.get("fiscal_year", year.fiscal_year if year else None)
    if fiscal is not None and int(fiscal) < fund.start_fiscal_year:
        raise InvalidRecord(
            {
                "fiscal_year": QT_TRANSLATE_NOOP(
                    "fund", "{fund} runs from fiscal year {start}: it paid nothing before."
                ).format(fund=fund.name, start=fund.start_fiscal_year)
            }
        )
    spending = Decimal(values.get("spending_yen", year.spending_yen if year else 0) or 0)
    elsewhere = spent_from(session, fund.id, leaving_out=year.id if year else None)
    if elsewhere + spending > Decimal(fund.total_yen):
        raise InvalidRecord({"spending_yen": _overspend(fund, elsewhere, spending)})
    return values


@rule(Programme)
def _moves_within_fund(session: Session, programme: Programme | None, values: dict) -> dict:
    """A programme moved to another fund brings its spending, which must fit there."""
    if programme is None or "fund_id" not in values or values["fund_id"] == programme.fund_id:
        return values
    if values["fund_id"] is None:
        return values
    fund = _locked_fund(session, values["fund_id"])
    if fund is None:
        return values
    spending = Decimal(
        session.scalar(
            select(func.coalesce(func.sum(ProgrammeYear.spending_yen), 0)).where(
                ProgrammeYear.programme_id == programme.id
            )
        )
        or 0
    )
    elsewhere = spent_from(session, fund.id)
    if elsewhere + spending > Decimal(fund.total_yen):
        raise InvalidRecord({"fund_id": _overspend(fund, elsewhere, spending)})
    return values


@rule(Fund)
def _total_covers_spending(session: Session, fund: Fund | None, values: dict) -> dict:
    """A fund's total cannot fall below what it has already paid."""
    if fund is None or values.get("total_yen") is None:
        return values
    spent = spent_from(session, fund.id)
    if Decimal(values["total_yen"]) < spent:
        raise InvalidRecord(
            {
                "total_yen": QT_TRANSLATE_NOOP(
                    "fund", "The fund has already paid {spent}; its total cannot be less."
                ).format(spent=_yen(spent))
            }
        )
    return values


@dataclass(slots=True)
class FundReport:
    """A fund's balance: its total, spending and participants by fiscal year, by objective."""

    fund_id: int
    name: str
    name_ja: str | None
    total: Decimal
    start_fiscal_year: int
    spent_by_year: dict[int, Decimal] = field(default_factory=dict)
    participants_by_year: dict[int, int] = field(default_factory=dict)
    # objective (number, title, title_ja) -> spending of the programmes serving it; a programme
    # serving two objectives counts under each, so these do not add up to the total spent.
    spent_by_objective: dict[tuple[int, str, str | None], Decimal] = field(default_factory=dict)
    unassigned: Decimal = Decimal(0)  # spent by programmes that name no objective

    @property
    def spent(self) -> Decimal:
        return sum(self.spent_by_year.values(), Decimal(0))

    @property
    def remaining(self) -> Decimal:
        return self.total - self.spent

    def balance_by_year(self) -> list[tuple[int, Decimal, int, Decimal]]:
        """(fiscal year, spent that year, participants, remaining at the year's end), from the
        fund's first year to the last year with spending."""
        if not self.spent_by_year:
            return []
        last = max(max(self.spent_by_year), self.start_fiscal_year)
        rows, left = [], self.total
        for fy in range(self.start_fiscal_year, last + 1):
            spent = self.spent_by_year.get(fy, Decimal(0))
            left -= spent
            rows.append((fy, spent, self.participants_by_year.get(fy, 0), left))
        return rows


def fund_reports(session: Session) -> list[FundReport]:
    """Every fund's balance, by fiscal year and by objective."""
    reports = {
        f.id: FundReport(f.id, f.name, f.name_ja, Decimal(f.total_yen), f.start_fiscal_year)
        for f in session.scalars(select(Fund).order_by(Fund.start_fiscal_year, Fund.name))
    }
    if not reports:
        return []
    by_year = session.execute(
        select(
            Programme.fund_id,
            ProgrammeYear.fiscal_year,
            func.sum(ProgrammeYear.spending_yen),
            func.sum(ProgrammeYear.participants),
        )
        .join(Programme, Programme.id == ProgrammeYear.programme_id)
        .where(Programme.fund_id.is_not(None))
        .group_by(Programme.fund_id, ProgrammeYear.fiscal_year)
    )
    for fund_id, fy, spent, people in by_year:
        reports[fund_id].spent_by_year[int(fy)] = Decimal(spent or 0)
        reports[fund_id].participants_by_year[int(fy)] = int(people or 0)
    spent_per_programme = (
        select(
            ProgrammeYear.programme_id.label("programme_id"),
            func.sum(ProgrammeYear.spending_yen).label("spent"),
        )
        .group_by(ProgrammeYear.programme_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Programme.fund_id,
            Objective.number,
            Objective.title,
            Objective.title_ja,
            spent_per_programme.c.spent,
        )
        .join(spent_per_programme, spent_per_programme.c.programme_id == Programme.id)
        .outerjoin(programme_objective, programme_objective.c.programme_id == Programme.id)
        .outerjoin(Objective, Objective.id == programme_objective.c.objective_id)
        .where(Programme.fund_id.is_not(None))
    )
    by_objective: dict[int, dict[Any, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for fund_id, number, title, title_ja, spent in rows:
        if number is None:
            reports[fund_id].unassigned += Decimal(spent or 0)
        else:
            by_objective[fund_id][(number, title, title_ja)] += Decimal(spent or 0)
    for fund_id, spent in by_objective.items():
        reports[fund_id].spent_by_objective = dict(sorted(spent.items()))
    return list(reports.values())


def programme_years(session: Session, programme_id: int) -> list[ProgrammeYear]:
    return list(
        session.scalars(
            select(ProgrammeYear)
            .where(ProgrammeYear.programme_id == programme_id)
            .order_by(ProgrammeYear.fiscal_year)
        )
    )


def participants_of(session: Session, programme_id: int) -> list[ProgrammeParticipant]:
    """Our staff in a programme, by fiscal year then name."""
    return list(
        session.scalars(
            select(ProgrammeParticipant)
            .join(StaffMember, StaffMember.id == ProgrammeParticipant.staff_id)
            .where(ProgrammeParticipant.programme_id == programme_id)
            .options(selectinload(ProgrammeParticipant.staff))
            .order_by(ProgrammeParticipant.fiscal_year, StaffMember.family_name, StaffMember.id)
        )
    )


def fund_of_programme(session: Session, programme_id: int) -> FundReport | None:
    """The balance of the fund that pays for the programme, if one does."""
    fund_id = session.scalar(select(Programme.fund_id).where(Programme.id == programme_id))
    if fund_id is None:
        return None
    return next((r for r in fund_reports(session) if r.fund_id == fund_id), None)
