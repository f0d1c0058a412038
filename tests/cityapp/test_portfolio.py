"""The portfolio report and the targets' progress, computed from the data."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from sqlalchemy import select

from cityapp.excel.portfolio import export_portfolio
from cityapp.models import Agreement, AgreementKind, Target
from cityapp.services.strategy import cities_counting, progress_by_year
from tests import factories

TODAY = date(2026, 11, 27)


def test_the_portfolio_workbook(demo_db, tmp_path):
    target = tmp_path / "portfolio.xlsx"
    with demo_db.factory() as s:
        export_portfolio(s, target, TODAY)
    wb = load_workbook(target)
    assert wb.sheetnames == ["Partners", "Networks", "Targets", "Commitments", "Meetings"]
    partners = [[c.value for c in row] for row in wb["Partners"].iter_rows(min_row=5)]
    assert [
        "New York City",
        "New York City",
        "US",
        "sister",
        "Sister city affiliation",
        "sister_city",
    ] in [r[:6] for r in partners]
    assert len(wb["Targets"]._charts) == 1 and len(wb["Commitments"]._charts) == 1
    overdue = [r[6].value for r in wb["Commitments"].iter_rows(min_row=5) if r[6].value]
    assert "Send the disaster-preparedness handbook in Korean." in overdue
    for ws in wb.worksheets:
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_progress_follows_agreements_in_force(db):
    rule = {"any": [{"agreement_in_force": True}]}
    with db.factory.begin() as s:
        rome = factories.city(name_en="Rome", country_code="IT", timezone="Europe/Rome")
        oslo = factories.city(name_en="Oslo", country_code="NO", timezone="Europe/Oslo")
        s.add_all(
            [
                Agreement(
                    kind=AgreementKind.MOU, title="MoU", city=rome, signed_on=date(2015, 3, 1)
                ),
                Agreement(
                    kind=AgreementKind.MOU,
                    title="MoU",
                    city=oslo,
                    signed_on=date(2016, 3, 1),
                    ended_on=date(2018, 6, 1),
                ),
            ]
        )
        target = Target(title="Relations", target_count=2, deadline=date(2020, 12, 31), rule=rule)
        s.add(target)
    with db.factory() as s:
        assert progress_by_year(s, s.get(Target, target.id), range(2014, 2020), TODAY) == [
            (2014, 0),
            (2015, 1),
            (2016, 2),
            (2017, 2),
            (2018, 1),
            (2019, 1),
        ]
        assert cities_counting(s, rule, date(2016, 12, 31)) == {rome.id, oslo.id}


def test_the_demo_targets_show_progress(demo_db):
    with demo_db.factory() as s:
        thirty = s.scalars(select(Target).where(Target.target_count == 30)).one()
        progress = dict(progress_by_year(s, thirty, range(2013, 2021), TODAY))
    # 2013: the eleven partners signed by then. 2014: the Governor's 2014 meetings add Sochi,
    # Tomsk and London (Incheon was met at vice-mayor level).
    assert (progress[2013], progress[2014]) == (11, 14)
