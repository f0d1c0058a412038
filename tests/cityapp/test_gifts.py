"""The gift register: what is to declare and to value (one rule for lists, pages and exports),
the register's filters, a gift dated and tied to its meeting's trip, the declaration workbook
reopened cell by cell, and the upgrade that turned the free-text disposition into a choice."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime

from openpyxl import load_workbook
from sqlalchemy import select, text

from cityapp import fields
from cityapp.models import (
    Classification,
    Counterpart,
    Gift,
    GiftDirection,
    GiftDisposition,
    Meeting,
    Trip,
    TripDirection,
)
from cityapp.services import lists
from cityapp.services.gifts import (
    DECLARED,
    TO_DECLARE,
    TO_VALUE,
    gift_fiscal_years,
    meeting_day,
    set_gift_threshold,
    state_of,
)
from cityapp.services.records import create_record


def _gift(s, description, direction=GiftDirection.RECEIVED, value=None, on=date(2015, 5, 1), **kw):
    g = Gift(direction=direction, description=description, value_jpy=value, exchanged_on=on, **kw)
    s.add(g)
    s.flush()
    return g


def _states(s) -> dict[str, str | None]:
    column = [c.key for c in lists.GIFTS.columns].index("state") + 1
    return {row[3]: row[column] for row in lists.fetch_rows(s, lists.GIFTS, limit=1000)}


def test_to_declare_and_to_value_agree_between_the_list_and_a_gift_read(db):
    with db.factory.begin() as s:
        _gift(s, "Vase", value=80_000)
        _gift(s, "Book", value=None)
        _gift(s, "Pen", value=3_000)
        _gift(s, "Plate", direction=GiftDirection.GIVEN, value=90_000)
        _gift(s, "Declared bowl", value=120_000, declared_on=date(2015, 5, 20))
    with db.factory() as s:
        listed = _states(s)
        read = {g.description: state_of(g, 50_000) for g in s.scalars(select(Gift))}
    assert (
        listed
        == read
        == {
            "Vase": TO_DECLARE,
            "Book": TO_VALUE,
            "Pen": None,
            "Plate": None,
            "Declared bowl": DECLARED,
        }
    )
    # The office raises its threshold: the list follows the setting kept with the data.
    with db.factory.begin() as s:
        set_gift_threshold(s, 100_000)
    with db.factory() as s:
        assert _states(s)["Vase"] is None
        assert {g.description: state_of(g, 100_000) for g in s.scalars(select(Gift))}[
            "Vase"
        ] is None


def test_the_register_filters_by_direction_fiscal_year_counterpart_and_what_is_due(db):
    with db.factory.begin() as s:
        ana = Counterpart(family_name="Ruiz", given_name="Ana")
        s.add(ana)
        s.flush()
        _gift(s, "March gift", value=10_000, on=date(2015, 3, 31))  # fiscal 2014
        _gift(s, "April gift", value=10_000, on=date(2015, 4, 1), counterpart_id=ana.id)
        _gift(s, "Given", direction=GiftDirection.GIVEN, value=10_000, on=date(2015, 6, 1))
        _gift(s, "Unvalued", on=date(2016, 1, 10))
    with db.factory() as s:

        def names(**flags) -> set[str]:
            return {r[3] for r in lists.fetch_rows(s, lists.GIFTS, flags=flags)}

        assert names(fiscal_year=2014) == {"March gift"}
        assert names(fiscal_year=2015) == {"April gift", "Given", "Unvalued"}
        assert names(direction=GiftDirection.GIVEN) == {"Given"}
        assert names(counterpart=ana.id) == {"April gift"}
        assert names(state=TO_VALUE) == {"Unvalued"}
        assert names(state=TO_DECLARE) == set()
        assert names() == {"March gift", "April gift", "Given", "Unvalued"}
        assert {r[3] for r in lists.fetch_rows(s, lists.GIFTS, text="ruiz")} == {"April gift"}
        assert gift_fiscal_years(s) == [2015, 2014]


def test_a_gift_at_a_meeting_takes_its_day_and_its_trip(db):
    with db.factory.begin() as s:
        trip = Trip(
            title="To Los Angeles",
            direction=TripDirection.OUTBOUND,
            start_date=date(2026, 3, 1),
            end_date=date(2026, 3, 5),
        )
        s.add(trip)
        s.flush()
        # 19:00 on 2 March in Los Angeles is already 3 March in UTC.
        m = Meeting(
            title="Dinner",
            starts_at=datetime(2026, 3, 3, 3, 0, tzinfo=UTC),
            zone="America/Los_Angeles",
            trip_id=trip.id,
        )
        s.add(m)
        s.flush()
        assert meeting_day(s, m.id) == date(2026, 3, 2)
        g = create_record(
            s,
            Gift,
            {
                "direction": GiftDirection.RECEIVED,
                "description": "Book",
                "exchanged_on": date(2026, 3, 2),
                "meeting_id": m.id,
            },
            fields.GIFT_REGISTER,
        )
        assert g.trip_id == trip.id


def test_the_form_refuses_a_declaration_before_the_gift_and_a_fate_for_a_gift_given():
    errors = fields.validate(
        fields.GIFT_REGISTER,
        {
            "direction": GiftDirection.GIVEN,
            "description": "Plate",
            "exchanged_on": date(2026, 3, 2),
            "declared_on": date(2026, 3, 1),
            "disposition": GiftDisposition.STORED,
        },
    )
    assert set(errors) == {"declared_on", "disposition"}
    # The same when the choice comes as the stored word (an import, the command line).
    as_words = fields.validate(
        fields.GIFT_REGISTER,
        {
            "direction": "given",
            "description": "Plate",
            "exchanged_on": date(2026, 3, 2),
            "disposition": "stored",
        },
    )
    assert set(as_words) == {"disposition"}
    assert not fields.validate(
        fields.GIFT_REGISTER,
        {
            "direction": GiftDirection.RECEIVED,
            "description": "Plate",
            "exchanged_on": date(2026, 3, 2),
            "declared_on": date(2026, 3, 2),
            "disposition": GiftDisposition.STORED,
        },
    )


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    from cityapp.cli import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_declaration_workbook_of_a_fiscal_year_reopened_cell_by_cell(
    capsys, demo_file, tmp_path
):
    out = tmp_path / "gifts.xlsx"
    code, said, _ = _run(
        capsys,
        "export",
        "gifts",
        "--db",
        str(demo_file),
        "--fiscal-year",
        "2014",
        "--out",
        str(out),
    )
    assert code == 0 and "8 gifts" in said and str(out) in said
    ws = load_workbook(out).active
    assert ws.title == "Gift register"
    assert ws["A1"].value == "Gift register FY2014"
    assert ws["A2"].value == (
        "Gifts exchanged from 2014-04-01 to 2015-03-31 — 6 received, 2 given; declaration "
        "threshold 50,000 yen: 1 to declare, 1 to value"
    )
    assert ws["A3"].value == "INTERNAL — for official use"
    assert [c.value for c in ws[4]] == [
        "Date",
        "Given or received",
        "Counterpart",
        "Gift",
        "Value (yen)",
        "What became of it",
        "Where, or to whom",
        "Declared on",
        "Declaration number",
        "Meeting or trip",
        "Still to do",
    ]
    assert ws.print_title_rows == "$4:$4"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5)]
    assert len(rows) == 8
    assert rows[0][:9] == [
        datetime(2014, 4, 25),
        "Received",
        "Wang Wei",
        "Cloisonné vase",
        60_000,
        "Displayed",
        "Displayed in the reception room",
        datetime(2014, 5, 7),
        "GD-2014-180",
    ]
    by_gift = {r[3]: r for r in rows}
    assert by_gift["Gzhel porcelain tea set"][10] == "To declare"
    assert by_gift["Book of photographs of Berlin's bridges"][4] is None
    assert by_gift["Book of photographs of Berlin's bridges"][10] == "To value"
    assert by_gift["Arita porcelain plate"][1:6] == [
        "Given",
        "Emily Carter",
        "Arita porcelain plate",
        50_000,
        None,
    ]
    assert "Edo kiriko cut-glass pair" not in by_gift  # March 2014: fiscal 2013
    assert ws.cell(row=5, column=5).number_format != "General"  # yen shown as yen
    assert ws.cell(row=5, column=1).number_format == "yyyy-mm-dd"
    # In Japanese the same dates, written 2014年4月25日 (still dates Excel sorts), and 円.
    code, said, _ = _run(
        capsys,
        "export",
        "gifts",
        "--db",
        str(demo_file),
        "--fiscal-year",
        "2014",
        "--lang",
        "ja",
        "--out",
        str(out),
    )
    assert code == 0, said
    ws = load_workbook(out).active
    first = [ws.cell(row=5, column=c) for c in (1, 5, 8)]
    assert [c.value for c in first] == [datetime(2014, 4, 25), 60_000, datetime(2014, 5, 7)]
    assert [c.number_format for c in first] == [
        'yyyy"年"m"月"d"日"',
        '#,##0"円"',
        'yyyy"年"m"月"d"日"',
    ]


def test_gifts_of_a_confidential_meeting_stay_out_unless_asked_for(capsys, demo_file, tmp_path):
    from cityapp.db import open_database

    db_path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, db_path)
    db = open_database(str(db_path))
    with db.factory.begin() as s:
        meeting = s.scalars(
            select(Meeting).where(Meeting.title == "Talks with the Senate of Berlin")
        )
        meeting.one().classification = Classification.CONFIDENTIAL
    db.dispose()
    plain, cleared = tmp_path / "plain.xlsx", tmp_path / "cleared.xlsx"
    for out, extra in ((plain, []), (cleared, ["--include-confidential"])):
        code, _, _ = _run(
            capsys, "export", "gifts", "--db", str(db_path), "--out", str(out), *extra
        )
        assert code == 0
    plain_ws, cleared_ws = load_workbook(plain).active, load_workbook(cleared).active
    plain_gifts = {r[3] for r in plain_ws.iter_rows(min_row=5, values_only=True)}
    cleared_gifts = {r[3] for r in cleared_ws.iter_rows(min_row=5, values_only=True)}
    assert "KPM porcelain bear" not in plain_gifts and "KPM porcelain bear" in cleared_gifts
    assert plain_ws["A3"].value.startswith("INTERNAL")
    assert cleared_ws["A3"].value.startswith("CONFIDENTIAL")
    assert plain_ws["A1"].value == "Gift register, all years"


def test_a_fiscal_year_out_of_range_or_a_missing_database_is_one_clear_line(
    capsys, demo_file, tmp_path
):
    out = tmp_path / "x.xlsx"
    code, _, err = _run(
        capsys, "export", "gifts", "--db", str(demo_file), "--fiscal-year", "15", "--out", str(out)
    )
    assert code != 0 and "15 is not a fiscal year" in err and "Traceback" not in err
    code, _, err = _run(
        capsys, "export", "gifts", "--db", str(tmp_path / "none.sqlite3"), "--out", str(out)
    )
    assert code != 0 and "Traceback" not in err and err.strip()
    assert not out.exists()


def test_the_upgrade_turns_the_written_disposition_into_a_choice_and_keeps_the_words(
    db_target,
):
    from cityapp.demo import create_demo_database
    from cityapp.migrations import run_migration, upgrade_to_head

    db = create_demo_database(db_target)
    try:
        run_migration(db.engine, "downgrade", "0017")
        with db.engine.begin() as conn:
            words = dict(conn.execute(text("SELECT description, disposition FROM gift")).all())
            conn.execute(
                text(
                    "UPDATE gift SET disposition = 'Returned to the donor' WHERE description = :d"
                ),
                {"d": "Carved cedar box"},
            )
        upgrade_to_head(db.engine)
        with db.engine.connect() as conn:
            after = {
                d: (choice, note)
                for d, choice, note in conn.execute(
                    text("SELECT description, disposition, disposition_note FROM gift")
                )
            }
            events = conn.execute(text("SELECT count(*) FROM agreement_event")).scalar()
    finally:
        db.dispose()
    assert words["Cloisonné vase"] == "Displayed in the reception room"
    assert after["Cloisonné vase"] == ("displayed", "Displayed in the reception room")
    assert after["Celadon vase"] == ("kept", "Kept in the Governor's reception room")
    assert after["Gzhel porcelain tea set"] == ("stored", "Held by the protocol office")
    assert after["Carved cedar box"] == ("returned", "Returned to the donor")
    # A gift given has no fate of its own: its words stay as the note.
    assert after["Arita porcelain plate"] == (None, "Presented at City Hall")
    assert events == 0  # the downgrade took the history table; the upgrade made it anew
