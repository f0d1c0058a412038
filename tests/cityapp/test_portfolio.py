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
    assert wb.sheetnames == ["Partners", "Networks", "Targets", "Commitments", "Meetings"]
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
