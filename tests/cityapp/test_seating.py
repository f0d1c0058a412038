"""Seating plans proposed from precedence, and the rules each warning names."""

from __future__ import annotations

from cityapp.seating import Layout, Plan, Sitter, check, neighbours, propose, right_of, spots


def people(ours: int, theirs: int, *, interpreters: int = 0, ja=("ja",), en=("en",)):
    found = [
        Sitter(n, True, n, ("staff", n), f"Our {n}", frozenset(ja)) for n in range(1, ours + 1)
    ]
    found += [
        Sitter(100 + n, False, n, ("counterpart", n), f"Their {n}", frozenset(en))
        for n in range(1, theirs + 1)
    ]
    found += [
        Sitter(
            200 + n,
            n % 2 == 1,
            n,
            ("staff", 200 + n),
            f"Interpreter {n}",
            frozenset({"ja", "en"}),
            interpreter=True,
        )
        for n in range(1, interpreters + 1)
    ]
    return found


def test_talks_principals_face_each_other_and_the_rest_alternate_right_and_left():
    sitters = people(4, 3, interpreters=2)
    plan = Plan(Layout.TALKS)
    plan.seats = propose(plan, sitters)
    # Five seats a side; the principals in the middle, face to face.
    assert plan.seats[1] == (1, 2) and plan.seats[101] == (2, 2)
    # Our second at our principal's right (+x as we sit), third at the left; theirs mirrored.
    assert plan.seats[2] == (1, 3) and plan.seats[3] == (1, 1) and plan.seats[4] == (1, 4)
    assert plan.seats[102] == (2, 1) and plan.seats[103] == (2, 3)
    assert right_of(plan, plan.seats[1]) == plan.seats[2]
    assert right_of(plan, plan.seats[101]) == plan.seats[102]
    # Interpreters behind their principals; then no rule is broken.
    assert plan.seats[201] == (3, 2) and plan.seats[202] == (4, 2)
    assert [w.key for w in check(plan, sitters)] == []
    assert {(s.table, s.seat) for s in spots(plan, sitters)} >= set(plan.seats.values())


def test_a_principal_without_an_interpreter_when_the_sides_share_no_language():
    sitters = people(2, 2, interpreters=1)  # only our side has one
    plan = Plan(Layout.TALKS)
    plan.seats = propose(plan, sitters)
    assert [w.key for w in check(plan, sitters)] == ["interpreter:101"]
    shared = people(2, 2, en=("en", "ja"))
    plan.seats = propose(plan, shared)
    assert [w.key for w in check(plan, shared)] == []  # a language in common: none needed


def test_banquet_guest_of_honour_at_the_hosts_right_sides_mixed():
    sitters = people(5, 5, en=("en", "ja"))
    for layout in (Layout.ROUND, Layout.LONG):
        plan = Plan(layout, tables=1, per_table=10)
        plan.seats = propose(plan, sitters)
        assert right_of(plan, plan.seats[1]) == plan.seats[101], layout
        assert len(set(plan.seats.values())) == 10
        assert [w.key for w in check(plan, sitters)] == [], layout
        # Swapping the guest of honour with another guest breaks the first rule.
        plan.seats[101], plan.seats[102] = plan.seats[102], plan.seats[101]
        assert [w.key for w in check(plan, sitters)] == ["honour"], layout


def test_several_tables_each_headed_by_ours_with_their_next_guest():
    sitters = people(6, 6, en=("en", "ja"))
    plan = Plan(Layout.ROUND, tables=2, per_table=6)
    plan.seats = propose(plan, sitters)
    assert plan.seats[1][0] == 1 and plan.seats[2][0] == 2  # our first two head the tables
    assert right_of(plan, plan.seats[2]) == plan.seats[102]
    assert all(sum(1 for t, _ in plan.seats.values() if t == n) <= 6 for n in (1, 2))
    assert [w.key for w in check(plan, sitters)] == []
    plan.keep_delegations_together = True  # the officer's choice: the sides are split
    assert [w.key for w in check(plan, sitters)] == ["split:ours", "split:theirs"]


def test_neighbours_without_a_common_language_twice_seated_and_unseated():
    sitters = people(3, 3)  # ja against en: neighbours across sides share nothing
    plan = Plan(Layout.ROUND, per_table=6)
    plan.seats = propose(plan, sitters)
    keys = [w.key for w in check(plan, sitters)]
    assert "neighbours:1:101" in keys and "interpreter:1" in keys
    again = Sitter(999, True, 9, ("staff", 1), "Our 1 again", frozenset({"ja"}))
    plan.seats[999] = (1, 5)
    missing = Sitter(1000, True, 10, ("staff", 77), "Not seated", frozenset({"ja"}))
    keys = [w.key for w in check(plan, [*sitters, again, missing])]
    assert "twice:staff:1" in keys and "unseated:1000" in keys


def test_signing_rows_the_guest_signatory_at_the_hosts_right_others_behind():
    sitters = people(3, 3, en=("en", "ja"))
    plan = Plan(Layout.ROWS)
    plan.seats = propose(plan, sitters)
    assert plan.seats[1][0] == 1 and plan.seats[101][0] == 1  # the signatories in front
    assert right_of(plan, plan.seats[1]) == plan.seats[101]
    assert all(plan.seats[n][0] == 2 for n in (2, 3, 102, 103))  # the others behind
    assert all(plan.seats[n][1] >= plan.seats[1][1] for n in (2, 3))  # behind their own
    assert all(plan.seats[n][1] <= plan.seats[101][1] for n in (102, 103))
    assert [w.key for w in check(plan, sitters)] == []
    assert (1, 0) in neighbours(plan, (1, 1))


# -- the meeting's plan: saved, proposed, acknowledged, printed ---------------------------------

import pytest  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from sqlalchemy import select  # noqa: E402

from cityapp.cli import main  # noqa: E402
from cityapp.errors import UserError  # noqa: E402
from cityapp.models import Meeting, MeetingAttendee, SeatingPlan  # noqa: E402
from cityapp.services.seating import (  # noqa: E402
    acknowledge,
    parse_languages,
    save_seating,
    seating_of,
)


def _seoul(db) -> int:
    with db.factory() as s:
        return s.scalar(
            select(Meeting.id).where(
                Meeting.title == "Talks with the Seoul Metropolitan Government"
            )
        )


def test_a_meeting_is_proposed_from_precedence_then_saved_and_acknowledged(demo_db):
    seoul = _seoul(demo_db)
    with demo_db.factory() as s:
        view = seating_of(s, seoul)
        assert not view.saved and view.plan.layout is Layout.TALKS
        by_name = {p.name: p for p in view.sitters}
        kanda, kim = by_name["Kanda Haruto"], by_name["Kim Min-jun"]
        assert view.plan.seats[kanda.attendee_id][1] == view.plan.seats[kim.attendee_id][1]
        plan = view.plan
    # Swapped by hand and saved: the saved plan comes back as it was left.
    first, second = sorted(plan.seats)[:2]
    plan.seats[first], plan.seats[second] = plan.seats[second], plan.seats[first]
    with demo_db.factory.begin() as s:
        save_seating(s, seoul, plan)
    with demo_db.factory() as s:
        again = seating_of(s, seoul)
        assert again.saved and again.plan.seats == plan.seats
        # Another layout is a proposal beside it, not saved.
        banquet = seating_of(s, seoul, layout=Layout.ROUND)
        assert not banquet.saved and banquet.plan.layout is Layout.ROUND
    with demo_db.factory.begin() as s:
        acknowledge(s, seoul, "neighbours:1:2", "They share English.", "tester")
    with demo_db.factory() as s:
        assert seating_of(s, seoul).acknowledged == {"neighbours:1:2": "They share English."}


def test_only_the_meetings_attendees_are_seated(demo_db):
    seoul = _seoul(demo_db)
    with demo_db.factory.begin() as s:
        stranger = s.scalar(
            select(MeetingAttendee.id).where(MeetingAttendee.meeting_id != seoul).limit(1)
        )
        plan = seating_of(s, seoul).plan
        plan.seats[stranger] = (1, 9)
        with pytest.raises(UserError):
            save_seating(s, seoul, plan)
    with demo_db.factory() as s:
        assert s.scalar(select(SeatingPlan).where(SeatingPlan.meeting_id == seoul)) is None


def test_languages_as_records_list_them():
    assert parse_languages("ko, en") == {"ko", "en"}
    assert parse_languages("ja、en / ZH") == {"ja", "en", "zh"}
    assert parse_languages(None) == frozenset()


def test_the_seating_workbook_chart_order_and_cards(demo_db, db_target, tmp_path, capsys):
    seoul = _seoul(demo_db)
    out = tmp_path / "seating.xlsx"
    assert (
        main(["export", "seating", "--db", db_target, "--meeting", str(seoul), "--out", str(out)])
        == 0
    )
    assert "Wrote the seating plan" in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb.sheetnames == ["Seating chart", "Order of precedence", "Place cards"]
    chart = wb["Seating chart"]
    assert chart.page_setup.orientation == "landscape" and chart.page_setup.fitToHeight == 1
    boxes = [
        c.value
        for row in chart.iter_rows()
        for c in row
        if isinstance(c.value, str) and "\n" in c.value
    ]
    assert any("Kanda Haruto" in b and "神田" in b for b in boxes)
    assert any("Kim Min-jun" in b and "김민준" in b for b in boxes)
    order = [
        [c for c in row] for row in wb["Order of precedence"].iter_rows(min_row=4, values_only=True)
    ]
    assert [r[2] for r in order if r[0] == "Ours"][0] == "Kanda Haruto"
    assert [r[1] for r in order if r[0] == "Theirs"] == [1, 2]
    cards = [c.value for c in wb["Place cards"]["A"] if c.value]
    assert cards[:3] == ["神田 陽翔", "Kanda Haruto", "Governor or mayor"]
    # In Japanese: the sheets, the sides and the offices.
    ja = tmp_path / "seating-ja.xlsx"
    assert (
        main(
            [
                "export",
                "seating",
                "--db",
                db_target,
                "--meeting",
                str(seoul),
                "--out",
                str(ja),
                "--lang",
                "ja",
            ]
        )
        == 0
    )
    wb = load_workbook(ja)
    assert wb.sheetnames == ["席次表", "席次", "席札"]
    rows = list(wb["席次"].iter_rows(min_row=4, values_only=True))
    assert rows[0][0] == "当方" and rows[0][4] == "知事・市長"


def test_the_briefing_shows_a_saved_plan_in_the_meetings_brief(demo_db, tmp_path):
    from cityapp.excel.briefing import BriefingOptions, export_briefing
    from cityapp.models import Trip

    with demo_db.factory() as s:
        berlin = s.scalar(
            select(Meeting.id).where(Meeting.title == "Talks with the Senate of Berlin")
        )
        trip = s.scalar(select(Trip.id).where(Trip.title.like("London and Berlin%")))
    with demo_db.factory.begin() as s:
        save_seating(s, berlin, seating_of(s, berlin).plan)
    with demo_db.factory() as s:
        export_briefing(s, trip, tmp_path / "b.xlsx", BriefingOptions(include_confidential=True))
    texts = [
        v
        for row in load_workbook(tmp_path / "b.xlsx")["Meeting briefs"].iter_rows(values_only=True)
        for v in row
        if v is not None
    ]
    start = texts.index("Talks with the Senate of Berlin")
    after = texts[start:]
    seating = after.index("Seating")
    assert after[seating + 1] == "Talks across a table"
    assert "Kanda Haruto" in after[seating:] and "Jonas Weber" in after[seating:]
    assert texts.count("Seating") == 1  # only the meeting with a saved plan


def test_who_interprets_is_set_on_the_attendee_and_seats_them_behind(demo_db):
    from cityapp.fields import ATTENDEE
    from cityapp.services.records import update_record

    seoul = _seoul(demo_db)

    def principals_warned() -> set[str]:
        with demo_db.factory() as s:
            view = seating_of(s, seoul)
            names = {p.attendee_id: p.name for p in view.sitters}
            return {
                names[int(w.key.split(":")[1])]
                for w in view.warnings
                if w.key.startswith("interpreter:")
            }

    # Kobayashi interprets Korean for us: only Seoul's vice mayor is left without one.
    assert principals_warned() == {"Kim Min-jun"}
    with demo_db.factory.begin() as s:
        kobayashi = next(
            a
            for a in s.get(Meeting, seoul).attendees
            if a.staff is not None and a.staff.family_name == "Kobayashi"
        )
        update_record(
            s, MeetingAttendee, kobayashi.id, {"interpreter": False}, kobayashi.version, ATTENDEE
        )
    assert principals_warned() == {"Kim Min-jun", "Kanda Haruto"}
