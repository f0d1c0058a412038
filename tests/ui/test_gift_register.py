"""The Gifts page and an agreement's history on the real widgets: filters, what is due marked,
a gift dated from its meeting, the declaration workbook from the page; Renew on the Cities
page, its history, and undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from cityapp.models import Agreement, AgreementEvent, City, Gift, GiftDisposition, Meeting
from tests.ui.helpers import page_of, select_by, show_tab


def _column(page, key: str) -> int:
    return [c.key for c in page.spec.columns].index(key)


def _shown(page, key: str) -> list[str]:
    page.model.load_until(page.model.total())
    column = _column(page, key)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_gifts_page_lists_filters_and_marks_what_is_due(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "gifts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)
    described = dict(zip(_shown(page, "description"), _shown(page, "state"), strict=True))
    assert described["Gzhel porcelain tea set"] == "To declare"
    assert described["Book of photographs of Berlin's bridges"] == "To value"
    assert described["Cloisonné vase"] == "Declared"
    row = _shown(page, "description").index("Book of photographs of Berlin's bridges")
    flagged = page.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    plain = page.model.index(_shown(page, "description").index("Cloisonné vase"), 0).data(
        Qt.ItemDataRole.ForegroundRole
    )
    assert flagged is not None and flagged != plain

    page.state_filter.setCurrentIndex(page.state_filter.findData("to_value"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _shown(page, "description") == ["Book of photographs of Berlin's bridges"]
    page.state_filter.setCurrentIndex(0)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2013))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _shown(page, "description") == ["Edo kiriko cut-glass pair"]
    assert page.year_filter.currentText() == "FY2013"
    page.year_filter.setCurrentIndex(0)
    page.direction_filter.setCurrentIndex(page.direction_filter.findText("Given"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert set(_shown(page, "direction")) == {"Given"}


def test_a_new_gift_is_dated_from_the_meeting_chosen_and_saved_field_by_field(
    start, demo_copy, qtbot, dialogs
):
    window = start("--db", str(demo_copy))
    page = page_of(window, "gifts")
    with window.ctx.database.factory() as s:
        berlin = s.scalars(
            select(Meeting.id).where(Meeting.title == "Talks with the Senate of Berlin")
        ).one()
    page.new_action.trigger()
    assert page.form.inputs["exchanged_on"].value() == page.today()
    assert page.form.inputs["direction"].value().value == "received"
    page.form.inputs["meeting_id"].set_value(berlin)
    assert page.form.inputs["exchanged_on"].value() == date(2014, 10, 29)
    # Opened, the picker lists every meeting by its local day (SQLite gives the time as text).
    picker = page.form.inputs["meeting_id"]
    picker.ensure_loaded()
    assert "2014-10-29 Talks with the Senate of Berlin" in picker._labels
    assert picker.value() == berlin
    page.form.inputs["description"].set_value("Silver pen")
    assert page.save()
    with window.ctx.database.factory() as s:
        gift = s.scalars(select(Gift).where(Gift.description == "Silver pen")).one()
        assert gift.exchanged_on == date(2014, 10, 29) and gift.meeting_id == berlin
        assert gift.trip_id is not None  # the meeting's trip
    # Valued and marked as displayed: only those two fields are written.
    select_by(page, _column(page, "description"), "Silver pen")
    page.form.inputs["value_jpy"].set_value(8_000)
    page.form.inputs["disposition"].set_value(GiftDisposition.DISPLAYED)
    assert page.save()
    with window.ctx.database.factory() as s:
        gift = s.scalars(select(Gift).where(Gift.description == "Silver pen")).one()
        assert (gift.value_jpy, gift.disposition) == (8_000, GiftDisposition.DISPLAYED)
        assert gift.exchanged_on == date(2014, 10, 29)
    assert dialogs["error"] == []


def test_the_declaration_workbook_from_the_page_is_of_the_year_chosen(
    start, demo_copy, qtbot, tmp_path, monkeypatch, dialogs
):
    from openpyxl import load_workbook

    from ui.dialogs.export import ExportDialog, ExportDoneDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "gifts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2014))
    target = tmp_path / "declaration.xlsx"
    asked = []
    monkeypatch.setattr(
        ExportDialog,
        "ask_with_language",
        classmethod(
            lambda cls, parent, title, suggested, kinds: (
                asked.append(suggested) or (target, "en", False)
            )
        ),
    )
    monkeypatch.setattr(ExportDoneDialog, "ask", classmethod(lambda cls, p, path: None))
    assert page.declaration_action.isEnabled()
    page.declaration_action.trigger()
    assert asked == ["Gift register FY2014.xlsx"]
    ws = load_workbook(target).active
    assert ws["A1"].value == "Gift register FY2014"
    assert len(list(ws.iter_rows(min_row=5))) == 8
    assert dialogs["error"] == []


def test_renew_on_the_cities_page_keeps_the_history_and_undoes_in_one_step(
    start, demo_copy, qtbot, monkeypatch, dialogs
):
    from ui.dialogs.record_dialog import RecordDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    with window.ctx.database.factory.begin() as s:
        seoul = s.scalars(select(City).where(City.name_en == "Seoul")).one()
        mou = s.scalars(
            select(Agreement).where(
                Agreement.city_id == seoul.id,
                Agreement.title == "Memorandum of understanding on cooperation",
            )
        ).one()
        mou.effective_on, mou.expires_on = date(2014, 7, 23), date(2027, 3, 31)
        mou_id = mou.id
    page.reload_from_database()
    select_by(page, 0, "Seoul")
    tab = show_tab(page, page.agreements)
    qtbot.waitUntil(lambda: bool(tab.records))
    assert tab.select(mou_id)
    history = page.agreement_history
    qtbot.waitUntil(lambda: history.owner_id == mou_id)
    assert "Memorandum of understanding on cooperation" in page.agreements_tab.heading.text()
    assert history.table.model().rowCount() == 0
    offered = {}

    def answer(cls, parent, title, form, provider, values):
        offered.update(values)
        return {**values, "document_ref": "Agreements/2026/seoul-renewal.pdf"}

    monkeypatch.setattr(RecordDialog, "ask", classmethod(answer))
    assert tab.renew_button.isEnabled()
    tab.renew_button.click()
    assert offered["happened_on"] == page.today()
    new_expiry = offered["expires_on"]
    assert new_expiry is not None and new_expiry > date(2027, 3, 31)
    qtbot.waitUntil(lambda: history.table.model().rowCount() == 1)
    assert history.table.model().index(0, 1).data() == "Renewal"
    with window.ctx.database.factory() as s:
        mou = s.get(Agreement, mou_id)
        assert (mou.renewed_on, mou.expires_on) == (page.today(), new_expiry)
    window.undo_stack.undo()
    with window.ctx.database.factory() as s:
        mou = s.get(Agreement, mou_id)
        assert (mou.renewed_on, mou.expires_on) == (None, date(2027, 3, 31))
        assert (
            s.scalars(select(AgreementEvent).where(AgreementEvent.agreement_id == mou_id)).all()
            == []
        )
    assert dialogs["error"] == []
