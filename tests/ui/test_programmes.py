"""The strategy beyond trips on screen: the Programmes page and its fund, Tools > Funds, the
Government and Lessons tabs with the trip's checklist, bureau filters, prospective partners, and
the Dashboard's objectives with projects, lessons and indicators."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from cityapp.models import City, CityStatus, ProgrammeYear
from tests.ui.helpers import figures_shown, page_of, select_by, show_tab


def _answer(monkeypatch, **answer):
    """The next record dialog comes back with these values on top of its own."""
    from ui.dialogs.record_dialog import RecordDialog

    monkeypatch.setattr(
        RecordDialog,
        "ask",
        classmethod(lambda cls, parent, title, form, provider, values: {**values, **answer}),
    )


def test_the_programmes_page_shows_years_staff_and_the_fund(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    qtbot.keyClick(
        window,
        Qt.Key.Key_8,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.current_page()
    assert page is window.pages["programmes"]
    select_by(page, 0, "Staff secondment to C40 and partner cities")
    assert page.model.index(page.table.currentIndex().row(), 3).data() == "142,000,000"
    years = show_tab(page, page.years).table
    assert [years.text(r, 0) for r in range(years.row_count())] == ["FY2016", "FY2017", "FY2018"]
    assert years.text(0, 2) == "¥36,000,000"
    # Spent in all: 2,310,000,000 of 8 billion.
    assert "remaining ¥5,688,000,000" in page.fund_line.text()
    staff = show_tab(page, page.staff).table
    assert {staff.text(r, 1) for r in range(staff.row_count())} == {"Watanabe Kaito", "Suzuki Hana"}
    # Ctrl+0 still goes to Reports, the tenth key.
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["reports"]


def test_spending_above_what_remains_is_refused_with_a_clear_message(
    start, demo_copy, monkeypatch, dialogs
):
    window = start("--db", str(demo_copy))
    page = page_of(window, "programmes")
    select_by(page, 0, "Training for officials of Asian cities")
    show_tab(page, page.years)
    _answer(monkeypatch, fiscal_year=2019, participants=40, spending_yen=6_000_000_000)
    assert not page.years.add()
    assert len(dialogs["error"]) == 1
    assert "only ¥5,688,000,000 remains" in dialogs["error"][0]
    with window.ctx.database.factory() as s:
        assert s.scalar(select(func.count()).where(ProgrammeYear.fiscal_year == 2019)) == 2
    _answer(monkeypatch, fiscal_year=2019, participants=40, spending_yen=60_000_000)
    assert page.years.add()
    assert "remaining ¥5,628,000,000" in page.fund_line.text()


def test_the_funds_window_shows_the_balance_by_fiscal_year(start, demo_copy, qtbot):
    from ui.dialogs.funds import FundsDialog

    window = start("--db", str(demo_copy))
    dialog = FundsDialog(window.ctx, window.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page
    page.ensure_loaded()
    select_by(page, 0, "Human Resources Fund for City Diplomacy")
    balance = show_tab(page, page.balance)
    rows = [
        [balance.by_year.text(r, c) for c in range(4)] for r in range(balance.by_year.row_count())
    ]
    assert rows[0] == ["FY2015", "¥290,000,000", "160", "¥7,710,000,000"]
    assert rows[-1][0] == "FY2019" and rows[-1][3] == "¥5,688,000,000"
    objectives = {
        balance.by_objective.text(r, 0)[:2] for r in range(balance.by_objective.row_count())
    }
    assert objectives == {"1.", "2.", "3."}
    dialog.close()


def test_the_trip_checklist_and_the_government_tab(start, demo_copy, monkeypatch, dialogs):
    window = start("--db", str(demo_copy))
    page = page_of(window, "trips")
    select_by(page, 4, "London and Berlin: Games legacy and memorandum")
    contacts = show_tab(page, page.government)
    assert contacts.table.row_count() == 3
    assert "✓" in page.checklist.text() and "Embassy or consulate informed" in page.checklist.text()
    # The Los Angeles trip has told no one yet: the checklist says so, and a contact fixes it.
    select_by(page, 4, "Los Angeles: Games partnership follow-up")
    assert "✗</span> Embassy or consulate informed" in page.checklist.text()
    from cityapp.models import NationalBody

    _answer(
        monkeypatch,
        contacted_on=date(2027, 1, 20),
        body=NationalBody.CONSULATE,
        whom="Consulate-General of Japan in Los Angeles",
    )
    assert contacts.add()
    assert "✓</span> Embassy or consulate informed" in page.checklist.text()
    lessons = show_tab(page, page.lessons)
    select_by(page, 4, "London and Berlin: Games legacy and memorandum")
    # The trip's own lesson and those of its meetings.
    assert lessons.table.row_count() == 3
    assert dialogs["error"] == []


def test_a_lesson_opens_from_the_objectives_where_it_was_learned(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    dashboard = figures_shown(qtbot, page_of(window, "dashboard"))
    tab = dashboard.objectives
    dashboard.tabs.setCurrentWidget(tab)
    figures_shown(qtbot, dashboard)
    tab.overview.select_row(0)  # 1. the Games
    headers = [tab.overview.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[5:] == ["Joint projects", "Lessons"]
    assert tab.overview.text(0, 6) == "2"
    kinds = [tab.items.text(r, 1) for r in range(tab.items.row_count())]
    assert "Lesson and action" in kinds and "Joint project" in kinds
    benefit = [tab.benefit.text(r, 1) for r in range(tab.benefit.row_count())]
    assert benefit == ["Volunteers trained with London's programme (people)"]
    assert tab.benefit.text(0, 5) == "78%"
    row = next(
        r for r in range(tab.items.row_count()) if tab.items.text(r, 2).startswith("London built")
    )
    tab.items.open_row(row)
    meetings = window.pages["meetings"]
    assert window.current_page() is meetings
    assert meetings.tabs.currentWidget() is meetings.lessons
    assert meetings.lessons.selected().learned.startswith("London built temporary venues")


def test_lists_filter_by_bureau(start, demo_copy):
    window = start("--db", str(demo_copy))
    projects = page_of(window, "projects")
    combo = projects.bureau_filter
    combo.setCurrentIndex(combo.findText("Bureau of Environment"))
    assert projects.model.rowCount() == 1
    assert projects.model.index(0, 0).data().startswith("Cap-and-trade")
    commitments = page_of(window, "commitments")
    everyone = commitments.model.total()
    combo = commitments.bureau_filter
    combo.setCurrentIndex(combo.findText("Bureau of Olympic and Paralympic Games Preparation"))
    assert 0 < commitments.model.total() < everyone
    meetings = page_of(window, "meetings")
    combo = meetings.bureau_filter
    combo.setCurrentIndex(combo.findText("Office of the Governor for Policy Planning"))
    assert [meetings.model.index(r, 1).data() for r in range(meetings.model.rowCount())] == [
        "Talks with the Senate of Berlin"
    ]
    programmes = page_of(window, "programmes")
    combo = programmes.bureau_filter
    combo.setCurrentIndex(combo.findText("Bureau of General Affairs"))
    assert programmes.model.rowCount() == 2


def test_a_prospect_moves_into_the_relationship_record(start, demo_copy, qtbot, dialogs):
    from ui.dialogs.prospects import ProspectsDialog

    window = start("--db", str(demo_copy))
    dialog = ProspectsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    found = {p.name: p for p in dialog.found}
    assert "Tokyo" not in found and "London" not in found  # us, and a partner
    first = dialog.found[0]
    assert dialog.table.text(0, 3) == str(first.score) and first.reasons
    assert dialog.table.text(0, 4).startswith("Population")
    # Weigh existing contacts alone: the order follows them.
    for key, spin in dialog.spins.items():
        spin.setValue(5 if key == "contacts" else 0)
    scores = [p.parts["contacts"] for p in dialog.found]
    assert scores == sorted(scores, reverse=True)
    assert dialog.save_weights()
    chosen = dialog.found[0]
    dialog.table.select_key(chosen.city_id)
    assert dialog.start() and dialog.chosen_city == chosen.city_id
    with window.ctx.database.factory() as s:
        assert s.get(City, chosen.city_id).status == CityStatus.ACTIVE
    again = ProspectsDialog(window.ctx, window)
    qtbot.addWidget(again)
    assert chosen.city_id not in {p.city_id for p in again.found}
    assert again.spins["population"].value() == 0  # the weights were kept
    assert dialogs["error"] == []
