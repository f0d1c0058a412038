"""The portfolio report and the targets' progress, computed from the data."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from cityapp.excel.portfolio import export_portfolio

TODAY = date(2026, 11, 27)


def test_the_portfolio_workbook(demo_db, tmp_path):
    target = tmp_path / "portfolio.xlsx"
    with demo_db.factory() as s:
        export_portfolio(s, target, TODAY)
    wb = load_workbook(target)
    assert wb.sheetnames == [
        "Partners",
        "Networks",
        "Targets",
        "Commitments",
        "Meetings",
        "Lessons",
    ]
    lessons = [[c.value for c in row] for row in wb["Lessons"].iter_rows(min_row=5)]
    assert lessons[0][:3] == [
        "2014-10-31",
        "London and Berlin: Games legacy and memorandum",
        "London's volunteers programme trained people in its boroughs a year ahead.",
    ]
    venue = next(
        r for r in lessons if r[1] == "Talks with the Greater London Authority on Games legacy"
    )
    assert venue[3:] == [
        "1. A successful 2020 Olympic and Paralympic Games",
        "Bureau of Olympic and Paralympic Games Preparation",
        "Review of the 2020 Games venue plans: temporary or existing venues where no lasting "
        "use is in sight.",
        "Adopted",
        "2014-11-12",
    ]
    partners = [[c.value for c in row] for row in wb["Partners"].iter_rows(min_row=5)]
    assert [
        "New York City",
        "New York City",
        "United States",
        "Sister",
        "Sister city affiliation",
        "Sister city",
    ] in [r[:6] for r in partners]
    assert len(wb["Targets"]._charts) == 1 and len(wb["Commitments"]._charts) == 1
    overdue = [r[6].value for r in wb["Commitments"].iter_rows(min_row=5) if r[6].value]
    assert "Send the disaster-preparedness handbook in Korean." in overdue
    for ws in wb.worksheets:
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_the_targets_sheet_follows_the_computed_progress(demo_db, tmp_path):
    target = tmp_path / "portfolio.xlsx"
    with demo_db.factory() as s:
        export_portfolio(s, target, TODAY)
    ws = load_workbook(target)["Targets"]
    by_year = {r[0]: r[1:3] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]}
    assert by_year[2014] == (14, 14) and by_year[2017] == (22, 22) and by_year[2020] == (27, 27)
    assert by_year["Target"] == (15, 30)
    assert 2027 not in by_year  # years ahead are left out
