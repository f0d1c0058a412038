"""Agreements, members and plenaries edited from their owner; global search opening records."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from cityapp.clock import CLOCK
from cityapp.models import Agreement, AgreementKind, City, MembershipRole, NetworkMembership
from tests.ui.helpers import page_of, select_by, show_tab
from tests.ui.typing import type_text
from ui.dialogs.record_dialog import RecordDialog
from ui.dialogs.search_popup import SearchPopup

pytestmark = pytest.mark.gui


@pytest.fixture
def answers(monkeypatch):
    """RecordDialog.ask returns what the test puts here (merged over the dialog's starting values)."""
    given: dict = {}
    seen: list[dict] = []

    def ask(cls, parent, title, form, provider, values):
        seen.append(dict(values))
        return {**values, **given} if given is not None else None

    monkeypatch.setattr(RecordDialog, "ask", classmethod(ask))
    return given, seen


def test_an_agreement_is_added_ended_and_undone(start, demo_copy, dialogs, answers):
    given, seen = answers
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Rome")
    tab = show_tab(page, page.agreements)
    assert tab.table.row_count() == 1
    given.update(
        kind=AgreementKind.MOU, title="MoU on cultural heritage", signed_on=date(2026, 5, 1)
    )
    assert tab.add()
    assert seen[0]["city_id"] == page.current_id  # the city is filled in
    assert tab.table.row_count() == 2
    assert tab.selected().title == "MoU on cultural heritage"
    given.clear()
    assert tab.end_button.isEnabled()
    assert tab.end_button.click() is None
    assert seen[-1]["ended_on"] == CLOCK.today()
    with window.ctx.database.factory() as s:
        mou = s.scalars(
            select(Agreement).where(Agreement.title == "MoU on cultural heritage")
        ).one()
    assert mou.ended_on == CLOCK.today()
    window.undo_action.trigger()  # the ending
    window.undo_action.trigger()  # the adding
    with window.ctx.database.factory() as s:
        assert (
            s.scalars(
                select(Agreement).where(Agreement.title == "MoU on cultural heritage")
            ).first()
            is None
        )
    assert tab.table.row_count() == 1


def test_an_incomplete_document_path_is_explained(start, demo_copy, dialogs, tmp_path):
    from ui.views.cities_tabs import open_document

    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Seoul")
    show_tab(page, page.agreements).table.selectRow(
        1
    )  # the 2014 MoU's document path is relative to a folder the demo does not know
    assert not open_document(page.agreements)
    assert "The path is not complete" in dialogs["error"][0]


def test_the_history_is_newest_first_with_reciprocity(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Moscow")
    show_tab(page, page.history)
    table = page.timeline
    days = [table.text(r, 0) for r in range(table.row_count())]
    assert days == sorted(days, reverse=True)
    assert days[-1] == "1991-07-16"
    summary = page.history.summary.text()
    assert (
        "2014-09-03 — Tomsk and Moscow: ANMC21 plenary and Moscow visit (led by Kanda Haruto, Governor)"
        in summary
    )
    assert "Invite a Moscow delegation to Tokyo for talks on urban renewal." in summary
    assert "Their last visit to us:</b> none recorded" in summary


def test_a_network_member_is_added(start, demo_copy, dialogs, answers):
    given, _seen = answers
    window = start("--db", str(demo_copy))
    page = page_of(window, "networks")
    select_by(page, 0, "ANMC21")
    assert show_tab(page, page.members).table.row_count() == 13
    with window.ctx.database.factory() as s:
        incheon = s.scalar(select(City.id).where(City.name_en == "Incheon"))
    given.update(city_id=incheon, role=MembershipRole.OBSERVER, joined_on=date(2026, 1, 1))
    assert page.members.add()
    assert page.members.table.row_count() == 14
    with window.ctx.database.factory() as s:
        member = s.scalars(
            select(NetworkMembership).where(NetworkMembership.city_id == incheon)
        ).one()
    assert member.role is MembershipRole.OBSERVER
    assert page.model.index(page.model.row_of(page.current_id), 3).data() == "14"


def test_the_counterpart_shows_meetings_and_open_commitments(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "counterparts")
    select_by(page, 0, "Kim")
    show_tab(page, page.meetings)
    meetings = [page.meetings.table.text(r, 1) for r in range(page.meetings.table.row_count())]
    assert meetings == [  # newest first
        "Meeting with the city's leadership: Urban safety cooperation",
        "Courtesy call on the Governor: Resuming exchanges after the pandemic",
        "Talks with the Seoul Metropolitan Government",
    ]
    show_tab(page, page.commitments)
    texts = [page.commitments.table.text(r, 3) for r in range(page.commitments.table.row_count())]
    assert "Hold a joint tourism promotion event in both cities." in texts
    assert all("youth exchange" not in t for t in texts)  # done ones are not open


@pytest.mark.parametrize(
    ("typed", "page_key", "heading"),
    [
        ("москва", "cities", "Moscow"),
        ("東京", "cities", "Tokyo"),
        ("seoul", "cities", "Seoul"),
        ("김민준", "counterparts", "Kim Min-jun"),
        ("asian network", "networks", "Asian Network of Major Cities 21"),
    ],
)
def test_ctrl_k_finds_and_opens_records(
    start, demo_copy, qtbot, monkeypatch, typed, page_key, heading
):
    window = start("--db", str(demo_copy))

    def drive(cls, ctx, parent):
        popup = cls(ctx, parent)
        qtbot.addWidget(popup)
        type_text(popup.box, typed)
        qtbot.waitUntil(lambda: popup.results.count() > 0)
        qtbot.keyClick(popup.box, Qt.Key.Key_Return)
        return popup.chosen

    monkeypatch.setattr(SearchPopup, "ask", classmethod(drive))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages[page_key]
    assert window.pages[page_key].heading.text() == heading


def test_search_opens_an_agreement_on_its_city(start, demo_copy):
    window = start("--db", str(demo_copy))
    with window.ctx.database.factory() as s:
        mou = s.scalars(select(Agreement).where(Agreement.title.like("%finance%"))).one()
    assert window.open_record("agreement", mou.id)
    page = window.pages["cities"]
    assert page.heading.text() == "London"
    assert page.tabs.currentWidget() is page.agreements_tab
    assert page.agreements.selected().id == mou.id


def test_search_opens_a_trip_a_meeting_and_a_commitment(start, demo_copy):
    from cityapp.models import Commitment, Meeting, Trip

    window = start("--db", str(demo_copy))
    with window.ctx.database.factory() as s:
        trip = s.scalars(select(Trip).where(Trip.title.like("Incheon%"))).one()
        meeting = s.scalars(
            select(Meeting).where(Meeting.title.like("Talks with the Senate%"))
        ).one()
        promise = s.scalars(
            select(Commitment).where(Commitment.text.like("Hold a joint urban forum%"))
        ).one()
    assert window.open_record("trip", trip.id)
    assert window.pages["trips"].current_id == trip.id
    assert window.open_record("meeting", meeting.id)
    assert window.current_page() is window.pages["meetings"]
    assert window.pages["meetings"].current_id == meeting.id
    assert window.open_record("commitment", promise.id)
    assert window.pages["commitments"].current_id == promise.id


def test_a_record_hidden_by_the_filter_is_still_opened(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    page.filter_box.setText("berlin")
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    with window.ctx.database.factory() as s:
        cairo = s.scalar(select(City.id).where(City.name_en == "Cairo"))
    assert window.open_record("city", cairo)
    assert page.heading.text() == "Cairo"
    assert page.filter_text() == ""


def test_a_network_shows_our_role(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "networks")
    show_tab(page, page.members)
    select_by(page, 0, "U20")
    assert page.our_role.text() == "Our role: Chair — since 2018-01-24"
    select_by(page, 0, "C40")
    assert page.our_role.text().startswith("Our role: Vice chair")


def test_arrow_keys_in_the_search_box_choose_among_the_matches(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    popup = SearchPopup(window.ctx, window)
    qtbot.addWidget(popup)
    type_text(popup.box, "москва")
    qtbot.waitUntil(lambda: popup.results.count() > 1)
    qtbot.keyClick(popup.box, Qt.Key.Key_Down)
    assert popup.results.currentRow() == 1
    qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    assert popup.chosen.kind == "counterpart"


@pytest.mark.parametrize(
    ("reference", "opened", "asked", "refused"),
    [
        ("{tmp}/signed.pdf", True, False, False),
        ("{tmp}/setup.exe", False, False, True),
        (r"\\server\share\signed.pdf", True, True, False),
        ("signed.pdf", False, False, True),
    ],
)
def test_open_document_opens_documents_only(
    start, demo_copy, dialogs, tmp_path, monkeypatch, reference, opened, asked, refused
):
    from PySide6.QtGui import QDesktopServices

    from cityapp.models import Agreement
    from ui.views.cities_tabs import open_document

    (tmp_path / "signed.pdf").write_bytes(b"%PDF")
    (tmp_path / "setup.exe").write_bytes(b"MZ")
    handed = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: handed.append(url) or True)
    window = start("--db", str(demo_copy))
    with window.ctx.database.factory.begin() as s:
        for agreement in s.query(Agreement):
            agreement.document_ref = reference.format(tmp=tmp_path)
    page = page_of(window, "cities")
    select_by(page, 0, "Seoul")
    show_tab(page, page.agreements).table.selectRow(0)
    assert open_document(page.agreements) is opened
    assert bool(handed) is opened
    assert bool(dialogs["confirm"]) is asked
    assert bool(dialogs["error"]) is refused


def test_the_home_city_says_what_its_history_holds_and_others_come_in_pages(
    start, demo_copy, monkeypatch
):
    import cityapp.services.relations as relations

    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    select_by(page, 0, "Tokyo")
    show_tab(page, page.history)
    summary = page.history.summary.text()
    assert "Our own city" in summary and "Meetings" in summary
    with window.ctx.database.factory() as s:
        from cityapp.models import Meeting

        meetings = s.scalar(select(func.count(Meeting.id)))
    assert f"{meetings:,} meetings" in summary
    assert page.timeline.row_count() == 0 and not page.timeline.isVisible()
    assert not page.history.older_button.isVisible()

    monkeypatch.setattr(relations, "HISTORY_PAGE", 4)
    select_by(page, 0, "Moscow")
    assert page.timeline.row_count() == 4 and page.history.older_button.isVisible()
    first = [page.timeline.text(r, 2) for r in range(4)]
    page.history.older_button.click()
    assert page.timeline.row_count() == 8
    assert [page.timeline.text(r, 2) for r in range(4)] == first  # the newest stay on top
    while page.history.older_button.isVisible():
        page.history.older_button.click()
    days = [page.timeline.text(r, 0) for r in range(page.timeline.row_count())]
    assert days == sorted(days, reverse=True) and days[-1] == "1991-07-16"
    with window.ctx.database.factory() as s:
        moscow = s.scalar(select(City.id).where(City.name_en == "Moscow"))
        everything = relations.city_history(s, moscow)
    assert page.timeline.row_count() == len(everything)
