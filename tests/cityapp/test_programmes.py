"""Exchange programmes and the fund, coordination with the national government, lessons into
policy and prospective partners: their records, the fund's balance and its refusal of
overspending, the trip's checklist, the prospects' scores with their reasons."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from cityapp.fields import (
    FUND,
    LESSON,
    NATIONAL_CONTACT,
    PARTICIPANT,
    PROGRAMME,
    PROGRAMME_YEAR,
    validate,
)
from cityapp.models import (
    ActionStatus,
    Bureau,
    CityStatus,
    Counterpart,
    DelegateRole,
    Fund,
    Lesson,
    Meeting,
    NationalBody,
    NationalContact,
    Network,
    NetworkMembership,
    Objective,
    Programme,
    ProgrammeKind,
    ProgrammeYear,
    Project,
    ProjectStatus,
    RelationshipLevel,
    StaffMember,
    TripDelegate,
    TripDirection,
    TripStop,
)
from cityapp.services.coordination import contacts_about, trip_checklist
from cityapp.services.fund import fund_reports
from cityapp.services.lessons import lesson_rows, lessons_of
from cityapp.services.prospects import prospects, set_weights, start_relations, weights
from cityapp.services.records import InvalidRecord, create_record, update_record
from tests import factories

BILLION = Decimal(1_000_000_000)


def _fund_and_programme(s) -> tuple[Fund, Programme, Objective]:
    goal = Objective(number=1, title="Success of the 2020 Games")
    fund = Fund(name="Human resources fund", total_yen=8 * BILLION, start_fiscal_year=2015)
    s.add_all([goal, fund])
    s.flush()
    programme = create_record(
        s,
        Programme,
        {
            "title": "Youth exchange",
            "kind": ProgrammeKind.YOUTH_EXCHANGE,
            "fund_id": fund.id,
            "objectives": [goal.id],
        },
    )
    return fund, programme, goal


def test_the_forms_refuse_what_makes_no_sense():
    assert set(validate(FUND, {"name": "Fund", "total_yen": 0, "start_fiscal_year": 2015})) == {
        "total_yen"
    }
    assert set(validate(PARTICIPANT, {"fiscal_year": 2016})) == {"staff_id"}
    assert "title" in validate(PROGRAMME, {"title": "", "kind": ProgrammeKind.TRAINING})
    assert "participants" in validate(
        PROGRAMME_YEAR, {"fiscal_year": 2016, "participants": -1, "spending_yen": 0}
    )
    assert "whom" in validate(
        NATIONAL_CONTACT, {"contacted_on": date(2026, 1, 5), "body": NationalBody.EMBASSY}
    )
    # An adopted action says what it is and when it was adopted.
    adopted = {
        "learned_on": date(2016, 9, 1),
        "learned": "Temporary venues",
        "action_status": ActionStatus.ADOPTED,
    }
    assert set(validate(LESSON, adopted)) == {"action_on"}
    assert "action" in validate(LESSON, {**adopted, "action_on": date(2016, 11, 1)})
    assert not validate(
        LESSON, {**adopted, "action_on": date(2016, 11, 1), "action": "Review the venue plans"}
    )


def test_the_fund_refuses_spending_above_what_remains(db):
    with db.factory.begin() as s:
        fund, programme, _ = _fund_and_programme(s)
        first = create_record(
            s,
            ProgrammeYear,
            {
                "programme_id": programme.id,
                "fiscal_year": 2015,
                "participants": 40,
                "spending_yen": 5 * BILLION,
            },
        )
        with pytest.raises(InvalidRecord) as refused:
            create_record(
                s,
                ProgrammeYear,
                {
                    "programme_id": programme.id,
                    "fiscal_year": 2016,
                    "participants": 40,
                    "spending_yen": 3 * BILLION + 1,
                },
            )
        assert set(refused.value.errors) == {"spending_yen"}
        assert "only ¥3,000,000,000 remains" in refused.value.errors["spending_yen"]
        # Exactly what remains is allowed; then raising an earlier year is refused too.
        create_record(
            s,
            ProgrammeYear,
            {
                "programme_id": programme.id,
                "fiscal_year": 2016,
                "participants": 35,
                "spending_yen": 3 * BILLION,
            },
        )
        with pytest.raises(InvalidRecord):
            update_record(s, ProgrammeYear, first.id, {"spending_yen": 5 * BILLION + 1}, 1)
        update_record(s, ProgrammeYear, first.id, {"spending_yen": 4 * BILLION}, 1)
        # A year before the fund began is refused; the fund cannot shrink below its spending.
        with pytest.raises(InvalidRecord) as early:
            create_record(
                s,
                ProgrammeYear,
                {"programme_id": programme.id, "fiscal_year": 2014, "spending_yen": 0},
            )
        assert set(early.value.errors) == {"fiscal_year"}
        with pytest.raises(InvalidRecord) as shrink:
            update_record(s, Fund, fund.id, {"total_yen": 6 * BILLION}, fund.version)
        assert set(shrink.value.errors) == {"total_yen"}
        # A programme moved onto a fund brings its spending, which must fit.
        small = Fund(name="Small fund", total_yen=BILLION, start_fiscal_year=2015)
        s.add(small)
        s.flush()
        with pytest.raises(InvalidRecord) as moved:
            update_record(s, Programme, programme.id, {"fund_id": small.id}, programme.version)
        assert set(moved.value.errors) == {"fund_id"}


def test_the_balance_by_fiscal_year_and_by_objective(db):
    with db.factory.begin() as s:
        fund, programme, goal = _fund_and_programme(s)
        other_goal = Objective(number=3, title="Sustainable growth")
        s.add(other_goal)
        s.flush()
        training = create_record(
            s,
            Programme,
            {
                "title": "Staff training",
                "kind": ProgrammeKind.TRAINING,
                "fund_id": fund.id,
                "objectives": [goal.id, other_goal.id],
            },
        )
        unassigned = create_record(
            s,
            Programme,
            {"title": "Scholarships", "kind": ProgrammeKind.SCHOLARSHIP, "fund_id": fund.id},
        )
        for p, fy, people, yen in (
            (programme, 2015, 40, 300_000_000),
            (programme, 2017, 50, 400_000_000),
            (training, 2015, 10, 100_000_000),
            (unassigned, 2016, 5, 20_000_000),
        ):
            create_record(
                s,
                ProgrammeYear,
                {
                    "programme_id": p.id,
                    "fiscal_year": fy,
                    "participants": people,
                    "spending_yen": yen,
                },
            )
        (report,) = fund_reports(s)
    assert report.spent == Decimal(820_000_000)
    assert report.remaining == 8 * BILLION - Decimal(820_000_000)
    assert report.balance_by_year() == [
        (2015, Decimal(400_000_000), 50, 8 * BILLION - 400_000_000),
        (2016, Decimal(20_000_000), 5, 8 * BILLION - 420_000_000),
        (2017, Decimal(400_000_000), 50, 8 * BILLION - 820_000_000),
    ]
    by_number = {key[0]: spent for key, spent in report.spent_by_objective.items()}
    assert by_number == {1: Decimal(800_000_000), 3: Decimal(100_000_000)}
    assert report.unassigned == Decimal(20_000_000)


def test_the_trip_checklist_asks_whether_the_embassy_was_told_before_departure(db):
    with db.factory.begin() as s:
        tokyo = factories.city(
            name_en="Tokyo", country_code="JP", timezone="Asia/Tokyo", is_home=True
        )
        berlin = factories.city()
        s.add_all([tokyo, berlin])
        s.flush()
        trip = factories.trip(destination_city_id=berlin.id, start_date=date(2026, 3, 2))
        s.add(trip)
        s.flush()
        s.add(TripStop(trip_id=trip.id, city_id=berlin.id, position=0))
        mori = StaffMember(family_name="Mori", given_name="Aiko")
        s.add(mori)
        s.flush()
        s.add(TripDelegate(trip_id=trip.id, staff_id=mori.id, role=DelegateRole.HEAD))
        s.flush()
        checks = {c.key: c for c in trip_checklist(s, trip.id)}
        assert checks["delegation"].done and not checks["itinerary"].done
        assert not checks["mission"].done
        # A contact on the day of departure is too late; the Ministry is not the embassy.
        for on, body in (
            (date(2026, 3, 2), NationalBody.EMBASSY),
            (date(2026, 2, 1), NationalBody.FOREIGN_MINISTRY),
        ):
            create_record(
                s,
                NationalContact,
                {"trip_id": trip.id, "contacted_on": on, "body": body, "whom": "Political section"},
            )
        assert not {c.key: c for c in trip_checklist(s, trip.id)}["mission"].done
        create_record(
            s,
            NationalContact,
            {
                "trip_id": trip.id,
                "contacted_on": date(2026, 2, 16),
                "body": NationalBody.EMBASSY,
                "whom": "Embassy of Japan in Germany",
                "subject": "Courtesy call on the Governing Mayor",
            },
        )
        mission = {c.key: c for c in trip_checklist(s, trip.id)}["mission"]
        assert mission.done and mission.on == date(2026, 2, 16)
        assert [c.contacted_on for c in contacts_about(s, trip_id=trip.id)] == [
            date(2026, 2, 1),
            date(2026, 2, 16),
            date(2026, 3, 2),
        ]
        # A trip within the country needs no mission; a visit to us asks for the Ministry.
        osaka = factories.city(name_en="Osaka", country_code="JP", timezone="Asia/Tokyo")
        s.add(osaka)
        s.flush()
        domestic = factories.trip(title="Osaka", destination_city_id=osaka.id)
        visit = factories.trip(
            title="Visit from Berlin",
            direction=TripDirection.INBOUND,
            destination_city_id=tokyo.id,
        )
        s.add_all([domestic, visit])
        s.flush()
        assert "mission" not in {c.key for c in trip_checklist(s, domestic.id)}
        inbound = {c.key: c for c in trip_checklist(s, visit.id)}["mission"]
        assert not inbound.done and "Ministry" in inbound.label


def test_a_contact_is_about_a_trip_or_a_project_never_both(db):
    with pytest.raises(IntegrityError), db.factory.begin() as s:  # the database's own rule
        s.add(
            NationalContact(
                contacted_on=date(2026, 1, 1), body=NationalBody.EMBASSY, whom="Embassy"
            )
        )


def test_lessons_by_trip_objective_and_bureau(db):
    with db.factory.begin() as s:
        trip = factories.trip(title="London: Games legacy")
        goal = Objective(number=1, title="Success of the 2020 Games")
        bureau = Bureau(name_en="Bureau of Olympic and Paralympic Games Preparation")
        other = Bureau(name_en="Bureau of Urban Development")
        s.add_all([trip, goal, bureau, other])
        s.flush()
        meeting = Meeting(
            title="Olympic Park legacy company",
            trip_id=trip.id,
            starts_at=datetime(2026, 3, 3, 10, tzinfo=UTC),
            zone="Europe/London",
        )
        s.add(meeting)
        s.flush()
        venue = create_record(
            s,
            Lesson,
            {
                "meeting_id": meeting.id,
                "learned_on": date(2026, 3, 3),
                "learned": "Temporary venues avoid white elephants",
                "objective_id": goal.id,
                "bureau_id": bureau.id,
                "action": "Review of the venue plans",
                "action_status": ActionStatus.ADOPTED,
                "action_on": date(2026, 11, 1),
            },
        )
        create_record(
            s,
            Lesson,
            {
                "trip_id": trip.id,
                "learned_on": date(2026, 3, 5),
                "learned": "Cycle lanes on main roads",
                "bureau_id": other.id,
                "action_status": ActionStatus.PROPOSED,
            },
        )
        assert [lesson.id for lesson in lessons_of(s, meeting_id=meeting.id)] == [venue.id]
        assert len(lessons_of(s, trip_id=trip.id)) == 2  # the trip's and its meeting's
        rows = lesson_rows(s, objective_id=goal.id)
        assert [(r.source, r.source_kind, r.objective) for r in rows] == [
            ("Olympic Park legacy company", "meeting", "1. Success of the 2020 Games")
        ]
        assert [r.learned for r in lesson_rows(s, bureau_id=other.id)] == [
            "Cycle lanes on main roads"
        ]
        assert [r.learned for r in lesson_rows(s)] == [
            "Cycle lanes on main roads",
            "Temporary venues avoid white elephants",
        ]


def test_prospects_are_scored_with_their_reasons_and_move_into_the_record(db):
    today = date(2026, 11, 30)
    with db.factory.begin() as s:
        tokyo = factories.city(
            name_en="Tokyo",
            country_code="JP",
            timezone="Asia/Tokyo",
            is_home=True,
            relationship_level=RelationshipLevel.NONE,
            population=14_000_000,
        )
        lagos = factories.city(
            name_en="Lagos",
            country_code="NG",
            timezone="Africa/Lagos",
            population=15_000_000,
            status=CityStatus.PROSPECT,
            relationship_level=RelationshipLevel.NONE,
        )
        quito = factories.city(
            name_en="Quito",
            country_code="EC",
            timezone="America/Guayaquil",
            population=2_000_000,
            status=CityStatus.PROSPECT,
            relationship_level=RelationshipLevel.NONE,
        )
        paris = factories.city(
            name_en="Paris",
            country_code="FR",
            timezone="Europe/Paris",
            relationship_level=RelationshipLevel.FRIENDSHIP,
            status=CityStatus.ACTIVE,
        )
        c40 = Network(name="C40 Cities Climate Leadership Group", short_name="C40")
        s.add_all([tokyo, lagos, quito, paris, c40])
        s.flush()
        for city in (tokyo, lagos, paris):
            s.add(NetworkMembership(network_id=c40.id, city_id=city.id))
        create_record(
            s,
            Project,
            {"title": "Cap-and-trade", "status": ProjectStatus.RUNNING, "networks": [c40.id]},
        )
        s.add(Counterpart(family_name="Okafor", given_name="Ada", city_id=quito.id))
        s.flush()
        found = prospects(s, today)
        assert [p.name for p in found] == ["Lagos", "Quito"]  # Paris has relations; Tokyo is us
        lagos_p, quito_p = found
        reasons = [str(r) for r in lagos_p.reasons]
        assert "Population 15,000,000" in reasons
        assert "Shares the issue of “Cap-and-trade” (through C40)" in reasons
        assert "Fellow member of C40" in reasons
        assert quito_p.parts["contacts"] == pytest.approx(0.2)
        assert lagos_p.score > quito_p.score
        # Weighing existing contacts alone puts Quito first.
        set_weights(s, {"population": 0, "issues": 0, "networks": 0, "contacts": 5})
        assert weights(s)["contacts"] == 5
        assert [p.name for p in prospects(s, today)][0] == "Quito"
        with pytest.raises(InvalidRecord):
            set_weights(s, {"population": 0, "issues": 0, "networks": 0, "contacts": 0})
        start_relations(s, quito.id)
        s.flush()
        assert (quito.status, quito.relationship_level) == (
            CityStatus.ACTIVE,
            RelationshipLevel.CONTACT,
        )
        assert [p.name for p in prospects(s, today)] == ["Lagos"]


def _run(capsys, *argv: str) -> tuple[int, str]:
    from cityapp.cli import main

    code = main(list(argv))
    return code, capsys.readouterr().out


def test_report_fund_prints_the_balance_by_fiscal_year(capsys, demo_file):
    code, out = _run(capsys, "report", "fund", "--db", str(demo_file))
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0] == [
        "Human Resources Fund for City Diplomacy",
        "2015",
        "290000000",
        "160",
        "7710000000",
    ]
    assert [line[1] for line in lines] == ["2015", "2016", "2017", "2018", "2019"]
    assert lines[-1][4] == "5688000000"  # 8 billion less 2.312 billion spent


def test_the_fiscal_year_report_reopened_cell_by_cell(capsys, demo_file, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "fy2016.xlsx"
    code, said = _run(
        capsys,
        "export",
        "programmes",
        "--db",
        str(demo_file),
        "--fiscal-year",
        "2016",
        "--out",
        str(out),
    )
    assert code == 0 and str(out) in said
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Joint projects",
        "Programmes and fund",
        "National government",
        "Lessons and actions",
    ]
    projects = wb["Joint projects"]
    assert projects["A1"].value == "FY2016: Joint projects"
    assert projects["A2"].value == "From 2016-04-01 to 2017-03-31"
    assert projects.print_title_rows == "$4:$4"
    rows = [[c.value for c in row] for row in projects.iter_rows(min_row=5)]
    cap = next(
        i for i, r in enumerate(rows) if r[0] == "Cap-and-trade knowledge sharing with C40 cities"
    )
    # Measured by 31 March 2017: 12.2 of a way from 13.6 to 11.
    assert rows[cap][1:4] == ["Running", "Bureau of Environment", "Seoul, Los Angeles, C40"]
    assert rows[cap][6] == 24_000_000
    assert rows[cap][7:] == [
        "CO₂ emitted by the covered facilities (Mt-CO₂)",
        13.6,
        12.2,
        11,
        "54%",
    ]
    assert rows[cap + 1][0] is None and rows[cap + 1][7] == "Partner-city staff trained (people)"
    assert rows[cap + 1][9:] == [45, 120, "38%"]
    # The Jakarta project starts in 2027: not in this year.
    assert not any(r[0] and "Jakarta" in r[0] for r in rows)
    programmes = wb["Programmes and fund"]
    rows = [[c.value for c in row] for row in programmes.iter_rows(min_row=5)]
    scholarships = next(r for r in rows if r[0] == "Scholarships for students from Asian capitals")
    assert scholarships[1] == "Scholarships" and scholarships[5:8] == [55, 290_000_000, 500_000_000]
    fund = next(i for i, r in enumerate(rows) if r[0] and str(r[0]).startswith("Human Resources"))
    assert rows[fund][0].endswith("remaining at the year's end ¥7,244,000,000.")
    assert rows[fund + 2][:4] == ["FY2015", 290_000_000, 160, 7_710_000_000]
    assert rows[fund + 3][:4] == ["FY2016", 466_000_000, 247, 7_244_000_000]
    contacts = [[c.value for c in row] for row in wb["National government"].iter_rows(min_row=5)]
    assert contacts == [
        [
            "2016-05-12",
            "Cap-and-trade knowledge sharing with C40 cities",
            "Another ministry",
            "Ministry of the Environment, Climate Change Policy Division",
            "Shared the workshops' results; asked how they fit the national plan.",
            "Joint session at the 2016 C40 workshop.",
        ]
    ]
    lessons = wb["Lessons and actions"]
    assert lessons["A5"].value == "No lesson learned or acted on in this year."


def test_confidential_trips_keep_their_contacts_and_lessons_out(capsys, demo_file, tmp_path):
    import shutil

    from openpyxl import load_workbook

    from cityapp.db import open_database
    from cityapp.models import Classification, Trip

    db_path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, db_path)
    db = open_database(str(db_path))
    with db.factory.begin() as s:
        trip = s.scalars(
            select(Trip).where(Trip.title == "London and Berlin: Games legacy and memorandum")
        ).one()
        trip.classification = Classification.CONFIDENTIAL
    db.dispose()
    plain, cleared = tmp_path / "plain.xlsx", tmp_path / "cleared.xlsx"
    for out, extra in ((plain, []), (cleared, ["--include-confidential"])):
        code, _ = _run(
            capsys,
            "export",
            "programmes",
            "--db",
            str(db_path),
            "--fiscal-year",
            "2014",
            "--out",
            str(out),
            *extra,
        )
        assert code == 0
    hidden, shown = load_workbook(plain), load_workbook(cleared)

    def column(wb, sheet, col):
        return [r[col].value for r in wb[sheet].iter_rows(min_row=5) if r[col].value]

    # The trip's own lesson and its meetings' go with it; the Tomsk trip's stays.
    assert column(hidden, "Lessons and actions", 1) == [
        "Tomsk and Moscow: ANMC21 plenary and Moscow visit"
    ]
    assert len(column(shown, "Lessons and actions", 1)) == 4
    assert hidden["National government"]["A5"].value.startswith("No contact")
    assert len(column(shown, "National government", 1)) == 3
    assert shown["Lessons and actions"]["A3"].value.startswith("CONFIDENTIAL")
    assert hidden["Lessons and actions"]["A3"].value.startswith("INTERNAL")


def test_a_fiscal_year_out_of_range_is_one_clear_line(capsys, demo_file, tmp_path):
    from cityapp.cli import main

    code = main(
        [
            "export",
            "programmes",
            "--db",
            str(demo_file),
            "--fiscal-year",
            "15",
            "--out",
            str(tmp_path / "x.xlsx"),
        ]
    )
    err = capsys.readouterr().err
    assert code != 0 and "15 is not a fiscal year" in err and "Traceback" not in err
    assert not (tmp_path / "x.xlsx").exists()


def test_a_second_row_for_the_same_year_or_day_is_refused_with_its_reason(db):
    from cityapp.models import Indicator, Measurement

    with db.factory.begin() as s:
        _fund, programme, _goal = _fund_and_programme(s)
        first = {
            "programme_id": programme.id,
            "fiscal_year": 2016,
            "participants": 3,
            "spending_yen": 1,
        }
        create_record(s, ProgrammeYear, first)
        with pytest.raises(InvalidRecord) as twice:
            create_record(s, ProgrammeYear, first)
        assert set(twice.value.errors) == {"fiscal_year"}
        project = create_record(
            s, Project, {"title": "Cap-and-trade", "status": ProjectStatus.RUNNING}
        )
        co2 = Indicator(project_id=project.id, name="CO₂", unit="Mt", baseline=10, target=8)
        s.add(co2)
        s.flush()
        value = {"indicator_id": co2.id, "measured_on": date(2017, 3, 31), "value": 9}
        measured = create_record(s, Measurement, value)
        with pytest.raises(InvalidRecord) as again:
            create_record(s, Measurement, {**value, "value": 8.5})
        assert set(again.value.errors) == {"measured_on"}
        # Editing the one there is fine.
        update_record(s, Measurement, measured.id, {"value": 8.8}, measured.version)
