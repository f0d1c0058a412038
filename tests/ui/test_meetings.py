"""The meeting log and commitments, driven through their widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from cityapp.clock import CLOCK
from cityapp.models import (
    Classification,
    Commitment,
    CommitmentProgress,
    CommitmentStatus,
    Meeting,
    OwnerSide,
)
from tests.ui.helpers import page_of, select_by, show_tab
from ui.dialogs.carry import CarryDialog
from ui.dialogs.drafts import DraftRestoreDialog
from ui.dialogs.record_dialog import RecordDialog

pytestmark = pytest.mark.gui


def test_a_meeting_is_logged_from_empty_to_saved_with_two_commitments(
    start, demo_copy, dialogs, qtbot, monkeypatch
):
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form.inputs
    assert page.is_new and form["zone"].value() == "Asia/Tokyo"
    qtbot.keyClicks(form["title"].edit, "Courtesy call by the Mayor of Rome")
    form["starts_local"].set_value(datetime(2026, 12, 1, 10, 0))
    form["ends_local"].set_value(datetime(2026, 12, 1, 11, 0))
    # The outcome is typed by keyboard alone: Tab moves on, text goes in as typed.
    form["outcome"].setFocus()
    qtbot.keyClicks(form["outcome"].edit, "Rome proposes a joint heritage exhibition.")
    qtbot.keyClick(form["outcome"].edit, Qt.Key.Key_Tab)
    assert page.form.focusWidget() is not form["outcome"].edit
    form["classification"].set_value(Classification.CONFIDENTIAL)
    qtbot.keyClick(form["title"].edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (meeting,) = [
        m
        for m in window.ctx.database.factory().scalars(select(Meeting))
        if m.title == "Courtesy call by the Mayor of Rome"
    ]
    assert (
        meeting.starts_at == datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
        and meeting.zone == "Asia/Tokyo"
    )
    assert meeting.outcome == "Rome proposes a joint heritage exhibition."
    assert page.badge.isVisibleTo(page) and page.badge.text().startswith("CONFIDENTIAL")

    answers = iter(
        [
            {
                "text": "Send the exhibition concept to Rome.",
                "owner_side": OwnerSide.OURS,
                "due_on": date(2027, 1, 31),
            },
            {
                "text": "Propose dates for the exhibition.",
                "owner_side": OwnerSide.THEIRS,
                "due_on": date(2027, 2, 28),
            },
        ]
    )
    monkeypatch.setattr(
        RecordDialog,
        "ask",
        classmethod(lambda cls, parent, title, form, provider, values: {**values, **next(answers)}),
    )
    page.tabs.setCurrentWidget(page.commitments)
    assert page.commitments.add() and page.commitments.add()
    with window.ctx.database.factory() as s:
        made = s.scalars(
            select(Commitment).where(Commitment.meeting_id == meeting.id).order_by(Commitment.id)
        ).all()
    assert [(c.text, c.status, c.owner_side) for c in made] == [
        ("Send the exhibition concept to Rome.", CommitmentStatus.OPEN, OwnerSide.OURS),
        ("Propose dates for the exhibition.", CommitmentStatus.OPEN, OwnerSide.THEIRS),
    ]
    assert page.commitments.table.row_count() == 2


def test_a_half_typed_outcome_survives_closing_the_window(start, demo_copy, qtbot, monkeypatch):
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Courtesy call on the Governor")
    outcome = page.form.inputs["outcome"]
    outcome.setFocus()
    qtbot.keyClicks(outcome.edit, "The Deputy Governor asked for training on")
    qtbot.waitUntil(lambda: not page.draft_timer.isActive())
    window.ctx.close()
    window.close()  # closed without saving, as after a crash

    offered = []
    monkeypatch.setattr(
        DraftRestoreDialog,
        "ask",
        classmethod(lambda cls, parent, when: offered.append(when) or True),
    )
    again = start("--db", str(demo_copy))
    page = page_of(again, "meetings")
    select_by(page, 1, "Courtesy call on the Governor")
    assert offered
    assert page.form.inputs["outcome"].value() == "The Deputy Governor asked for training on"
    assert page.form.is_dirty() and page.revert_action.isEnabled()
    assert page.save()
    with again.ctx.database.factory() as s:
        stored = s.scalars(
            select(Meeting).where(Meeting.title == "Courtesy call on the Governor")
        ).one()
    assert stored.outcome == "The Deputy Governor asked for training on"
    offered.clear()
    select_by(page, 1, "Talks with the Senate of Berlin")
    select_by(page, 1, "Courtesy call on the Governor")
    assert offered == []  # saved: the draft is gone


def test_overdue_commitments_are_marked_against_a_fixed_day(start, demo_copy):
    from ui import semantic

    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    CLOCK.set(date(2014, 12, 1))
    page.overdue_only.setChecked(True)
    texts = [page.model.index(r, 4).data() for r in range(page.model.rowCount())]
    assert texts == ["Send the disaster-preparedness handbook in Korean."]
    colour = page.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == semantic.color("overdue")
    page.overdue_only.setChecked(False)
    CLOCK.set(date(2026, 11, 27))
    page.reload()
    assert page.model.rowCount() == 18
    page.open_only.setChecked(True)
    assert page.model.rowCount() == 8


def test_a_status_changes_with_one_keystroke_and_undoes(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    select_by(page, 4, "Send Incheon's volunteer management report.")
    page.table.setFocus()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    with window.ctx.database.factory() as s:
        done = s.scalars(select(Commitment).where(Commitment.text.like("Send Incheon%"))).one()
    assert done.status is CommitmentStatus.DONE and done.completed_on == CLOCK.today()
    window.undo_action.trigger()
    with window.ctx.database.factory() as s:
        back = s.scalars(select(Commitment).where(Commitment.text.like("Send Incheon%"))).one()
    assert back.status is CommitmentStatus.OPEN and back.completed_on is None


def test_a_commitment_is_carried_into_two_later_meetings(start, demo_copy, dialogs, monkeypatch):
    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    select_by(page, 4, "Circulate the joint project report to ANMC21 members.")
    steps = iter(
        [
            (
                "Talks with the Government of Moscow",
                "Draft shared with Seoul.",
                CommitmentStatus.IN_PROGRESS,
            ),
            (
                "Talks with the Senate of Berlin",
                "Circulated to all members.",
                CommitmentStatus.DONE,
            ),
        ]
    )

    def choose(cls, parent, text, meetings, status):
        title, note, after = next(steps)
        return next(i for i, label in meetings if label.endswith(title)), note, after

    monkeypatch.setattr(CarryDialog, "ask", classmethod(choose))
    assert page.carry() and page.carry()
    show_tab(page, page.progress)
    rows = [
        [page.progress.table.text(r, c) for c in range(3)]
        for r in range(page.progress.table.row_count())
    ]
    assert rows == [
        ["Talks with the Government of Moscow", "In progress", "Draft shared with Seoul."],
        ["Talks with the Senate of Berlin", "Done", "Circulated to all members."],
    ]
    with window.ctx.database.factory() as s:
        assert (
            len(s.scalars(select(CommitmentProgress)).all()) == 3
        )  # one more was in the demo already
    assert page.form.inputs["status"].value() is CommitmentStatus.DONE
    meetings = page_of(window, "meetings")
    select_by(meetings, 1, "Talks with the Senate of Berlin")
    show_tab(meetings, meetings.carried)
    assert (
        meetings.carried.table.text(0, 1) == "Circulate the joint project report to ANMC21 members."
    )


def test_the_gift_threshold_is_settable_and_flags_follow(start, demo_copy, monkeypatch):
    from ui.main_window import ThresholdDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Talks with the Government of Moscow")
    show_tab(page, page.gifts)
    flags = lambda: [page.gifts.table.text(r, 4) for r in range(page.gifts.table.row_count())]  # noqa: E731
    assert flags() == ["To declare"]  # 120,000 yen, received, not declared; threshold 50,000
    monkeypatch.setattr(ThresholdDialog, "ask", classmethod(lambda cls, parent, current: 150_000))
    assert window.threshold_action.isEnabled()
    window.threshold_action.trigger()
    assert flags() == [""]


def test_a_new_counterpart_is_added_inline_and_seated(start, demo_copy, dialogs, monkeypatch):
    from cityapp.models import Counterpart, MeetingAttendee

    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Talks with the Senate of Berlin")
    given = {"family_name": "Schulz", "given_name": "Lena", "position": "Head of Protocol"}
    monkeypatch.setattr(
        RecordDialog,
        "ask",
        classmethod(lambda cls, parent, title, form, provider, values: {**values, **given}),
    )
    before = show_tab(page, page.attendees).table.row_count()
    assert page.new_person_button.isEnabled() and page.add_new_counterpart()
    assert page.attendees.table.row_count() == before + 1
    with window.ctx.database.factory() as s:
        person = s.scalars(select(Counterpart).where(Counterpart.family_name == "Schulz")).one()
        seat = s.scalars(
            select(MeetingAttendee).where(MeetingAttendee.counterpart_id == person.id)
        ).one()
        berlin = s.scalars(
            select(Meeting).where(Meeting.title == "Talks with the Senate of Berlin")
        ).one()
    assert person.city_id == berlin.city_id  # the meeting's city by default
    assert (seat.meeting_id, seat.side.value, seat.role) == (
        berlin.id,
        "theirs",
        "Head of Protocol",
    )


def test_commitments_filter_by_counterpart_and_due_date(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    page.counterpart_filter.ensure_loaded()  # offscreen it sits in the toolbar's overflow, unshown
    combo = page.counterpart_filter.combo
    combo.setCurrentIndex(combo.findText("Kim Min-jun"))
    texts = {page.model.index(r, 4).data() for r in range(page.model.rowCount())}
    assert "Hold a joint tourism promotion event in both cities." in texts
    assert all("Sochi" not in t for t in texts) and page.model.rowCount() == 3
    page.counterpart_filter.set_value(None)
    page.due_before.set_value(date(2014, 10, 1))
    due = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert due == ["2014-04-15", "2014-05-31", "2014-09-30"]


def test_the_sidebar_counts_overdue_commitments(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    from cityapp.services.commitments import count_overdue

    item = window.nav.item(list(window.pages).index("commitments"))
    with window.ctx.database.factory() as s:
        overdue = count_overdue(s, CLOCK.today())
    assert overdue >= 5  # the 2014–2015 ones stay overdue whatever today is
    # Counted by a worker once the window is on screen.
    qtbot.waitUntil(window.badges_counted)
    assert item.text() == f"Commitments ({overdue} overdue)"
    page = page_of(window, "commitments")
    select_by(page, 4, "Send Incheon's volunteer management report.")
    assert page.mark(CommitmentStatus.DONE)
    assert not window.badges_counted()
    qtbot.waitUntil(window.badges_counted)
    assert item.text() == f"Commitments ({overdue - 1} overdue)"


def test_the_record_of_discussion_is_exported_from_the_meeting(
    start, demo_copy, dialogs, tmp_path, monkeypatch
):
    from openpyxl import load_workbook

    from ui.dialogs.export import ExportDialog, ExportDoneDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Talks with the Senate of Berlin")
    target = tmp_path / "record.xlsx"
    asked, done = [], []
    monkeypatch.setattr(
        ExportDialog,
        "ask_with_language",
        classmethod(
            lambda cls, parent, title, suggested, kinds: (
                asked.append(suggested) or (target, "ja", False)
            )
        ),
    )
    monkeypatch.setattr(
        ExportDoneDialog, "ask", classmethod(lambda cls, p, path: done.append(path))
    )
    assert page.record_action.isEnabled()
    page.record_action.trigger()
    assert done == [target] and asked[0].endswith("Talks with the Senate of Berlin.xlsx")
    assert load_workbook(target).active.title == "会談記録"
    # A confidential meeting is refused in words unless its content is asked for.
    select_by(page, 1, "Delegation debrief: Moscow talks")
    assert not page.record_action.trigger() and done == [target]
    assert "confidential" in dialogs["error"][-1]


def test_the_record_of_discussion_as_pdf(start, demo_copy, dialogs, tmp_path, monkeypatch):
    from ui.dialogs.export import ExportDialog, ExportDoneDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Talks with the Senate of Berlin")
    target = tmp_path / "record.pdf"
    asked = []
    monkeypatch.setattr(
        ExportDialog,
        "ask_with_language",
        classmethod(
            lambda cls, parent, title, suggested, kinds: (
                asked.append((suggested, kinds)) or (target, "en", False)
            )
        ),
    )
    monkeypatch.setattr(ExportDoneDialog, "ask", classmethod(lambda cls, p, path: None))
    page.record_pdf_action.trigger()
    assert asked[0][0].endswith(".pdf") and asked[0][1] == "PDF (*.pdf)"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"/MediaBox" in data
    assert dialogs["error"] == []


def test_attendees_in_order_of_precedence_which_the_office_edits(start, demo_copy, qtbot):
    from ui.dialogs.precedence import PrecedenceDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Talks with the Senate of Berlin")
    table = show_tab(page, page.attendees).table

    def ours() -> list[tuple[str, str]]:
        return [
            (table.text(r, 1), table.text(r, 2))
            for r in range(table.row_count())
            if table.text(r, 0) == "Ours"
        ]

    assert ours()[0] == ("Kanda Haruto", "Governor or mayor")
    assert ours()[1][1] == "Director-general"
    # Tools > Order of precedence: the director-general's office moved to the top.
    dialog = PrecedenceDialog(window.ctx, window.undo_stack, window)
    dialog.show()
    offices = dialog.page
    select_by(offices, 1, "Director-general")
    offices.form.inputs["rank"].set_value(1)
    assert offices.save()
    dialog.close()
    qtbot.waitUntil(lambda: ours()[0][1] == "Director-general")
    assert ours()[1] == ("Kanda Haruto", "Governor or mayor")
    # Undone: the governor first again.
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: ours()[0] == ("Kanda Haruto", "Governor or mayor"))


def test_seating_is_proposed_swapped_by_keyboard_and_mouse_and_undone(start, demo_copy, qtbot):
    from cityapp.models import SeatingPlan
    from cityapp.services.seating import seating_of

    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Talks with the Seoul Metropolitan Government")
    # Behind the other tabs the plan is not read (selecting a meeting stays quick) ...
    assert not page.seating.isVisible() and page.seating.view is None
    assert page.seating.load_pending()
    tab = show_tab(page, page.seating)  # ... and is read when the tab is looked at
    assert tab.view is not None and not tab.view.saved
    assert not tab.load_pending()
    plan = tab.plan
    seat_of = {name: seat for seat, name in plan.names.items() if name}
    kanda, mori = seat_of["Kanda Haruto"], seat_of["Mori Aiko"]
    assert mori == (kanda[0], kanda[1] + 1)  # at the host's right, proposed from precedence
    # Keyboard: Space on Kanda, Right to Mori's seat, Space: swapped and saved.
    plan.setFocus()
    plan.current = kanda
    qtbot.keyClick(plan, Qt.Key.Key_Space)
    qtbot.keyClick(plan, Qt.Key.Key_Right)
    assert plan.current == mori
    qtbot.keyClick(plan, Qt.Key.Key_Space)

    def saved():
        with window.ctx.database.factory() as s:
            return seating_of(s, page.current_id)

    view = saved()
    assert view.saved
    names = {s.attendee_id: s.name for s in view.sitters}
    seated = {names[a]: seat for a, seat in view.plan.seats.items()}
    assert seated["Kanda Haruto"] == mori and seated["Mori Aiko"] == kanda
    # Our governor speaks Japanese, Seoul's vice mayor Korean and English, and no interpreter
    # attends: each principal is warned about; the list says so, with the rule.
    assert {w.key.split(":")[0] for w in view.warnings} == {"interpreter"}
    assert "interpreter beside or behind" in tab.warnings.item(0).text()
    # The mouse: Mori dragged back onto Kanda's seat.
    mori_box, kanda_box = plan.boxes[kanda], plan.boxes[mori]
    start_at = plan.mapFromScene(mori_box.rect().center())
    end_at = plan.mapFromScene(kanda_box.rect().center())
    qtbot.mousePress(plan.viewport(), Qt.MouseButton.LeftButton, pos=start_at)
    qtbot.mouseRelease(plan.viewport(), Qt.MouseButton.LeftButton, pos=end_at)
    seated = {names[a]: seat for a, seat in saved().plan.seats.items()}
    assert seated["Kanda Haruto"] == kanda and seated["Mori Aiko"] == mori
    # Undo twice: the swap, then the first save (no plan saved any more).
    window.undo_stack.undo()
    seated = {names[a]: seat for a, seat in saved().plan.seats.items()}
    assert seated["Kanda Haruto"] == mori
    window.undo_stack.undo()
    with window.ctx.database.factory() as s:
        assert s.query(SeatingPlan).count() == 0


def test_a_banquet_is_proposed_and_a_warning_acknowledged_with_a_note(
    start, demo_copy, monkeypatch
):
    from cityapp.models import SeatingLayout
    from ui.dialogs.note import NoteDialog

    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Talks with the Seoul Metropolitan Government")
    tab = show_tab(page, page.seating)
    tab.layout_box.setCurrentIndex(tab.layout_box.findData(SeatingLayout.ROUND))
    tab.per_table.setValue(6)
    assert tab.propose()
    assert tab.view.saved and tab.view.plan.layout is SeatingLayout.ROUND
    names = {s.attendee_id: s.name for s in tab.view.sitters}
    host = next(a for a, n in names.items() if n == "Kanda Haruto")
    guest = next(a for a, n in names.items() if n == "Kim Min-jun")
    table, seat = tab.view.plan.seats[host]
    assert tab.view.plan.seats[guest] == (table, seat + 1)  # at the host's right
    warned = [tab.warnings.item(i) for i in range(tab.warnings.count())]
    assert warned and all(i.text().startswith("⚠") for i in warned)
    tab.warnings.setCurrentItem(warned[0])
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, parent, text: "Agreed."))
    assert tab.acknowledge_selected()
    first = tab.warnings.item(0).text()
    assert first.startswith("✓") and "acknowledged: Agreed." in first
