"""Joint projects: their records and validation, indicators' progress either way, projects by
objective."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from cityapp.fields import INDICATOR, MILESTONE, PROJECT, validate
from cityapp.models import (
    Bureau,
    City,
    Indicator,
    Measurement,
    MilestoneStatus,
    Network,
    Objective,
    Project,
    ProjectStatus,
)
from cityapp.services.projects import indicators_of, progress_of, projects_by_objective
from cityapp.services.records import InvalidRecord, create_record
from tests import factories


def test_the_forms_refuse_what_makes_no_sense():
    assert "ends_on" in validate(
        PROJECT,
        {
            "title": "Cap-and-trade",
            "status": ProjectStatus.RUNNING,
            "starts_on": date(2016, 4, 1),
            "ends_on": date(2015, 4, 1),
        },
    )
    assert "target" in validate(
        INDICATOR, {"name": "CO₂", "unit": "t", "baseline": 10.0, "target": 10.0}
    )
    assert "reached_on" in validate(
        MILESTONE, {"title": "Workshop", "status": MilestoneStatus.REACHED}
    )
    assert not validate(
        MILESTONE,
        {"title": "Workshop", "status": MilestoneStatus.REACHED, "reached_on": date(2016, 5, 1)},
    )


def test_a_project_with_partners_objectives_and_an_indicator(db):
    with db.factory.begin() as s:
        berlin = factories.city()
        c40 = Network(name="C40 Cities Climate Leadership Group", short_name="C40")
        goal = Objective(number=2, title="Solving issues common to the world's metropolises")
        env = Bureau(name_en="Bureau of Environment", name_ja="環境局")
        s.add_all([berlin, c40, goal, env])
        s.flush()
        project = create_record(
            s,
            Project,
            {
                "title": "Cap-and-trade knowledge sharing",
                "status": ProjectStatus.RUNNING,
                "bureau_id": env.id,
                "starts_on": date(2015, 4, 1),
                "budget_yen": Decimal(12_000_000),
                "cities": [berlin.id],
                "networks": [c40.id],
                "objectives": [goal.id],
            },
            PROJECT,
        )
        with pytest.raises(InvalidRecord):
            create_record(s, Project, {"title": "", "status": ProjectStatus.PLANNED}, PROJECT)
        # Less is better: tonnes of CO₂ from 100 down to 60.
        co2 = Indicator(project=project, name="CO₂ emitted", unit="kt", baseline=100, target=60)
        s.add(co2)
        s.flush()
        assert progress_of(co2).latest is None and progress_of(co2).share == 0.0
        co2.measurements.append(Measurement(measured_on=date(2016, 3, 31), value=90))
        co2.measurements.append(Measurement(measured_on=date(2017, 3, 31), value=70))
        s.flush()
        now = progress_of(co2)
        assert (now.latest, now.measured_on) == (70, date(2017, 3, 31))
        assert now.share == pytest.approx(0.75) and not now.reached
        assert progress_of(co2, as_of=date(2016, 12, 31)).share == pytest.approx(0.25)
        co2.measurements.append(Measurement(measured_on=date(2018, 3, 31), value=55))
        s.flush()
        assert progress_of(co2).reached
        project_id = project.id
    with db.factory() as s:
        project = s.get(Project, project_id)
        assert [c.name_en for c in project.cities] == ["Berlin"]
        assert [n.short_name for n in project.networks] == ["C40"]
        assert project.bureau.name_ja == "環境局"
        (indicator,) = indicators_of(s, project_id)
        progress = progress_of(indicator)
        assert indicator.unit == "kt" and progress.reached
        assert progress.of_the_way("reached") == "reached"
        assert projects_by_objective(s) == {2: {"all": 1, "running": 1}}
        assert s.scalar(select(City.name_en)) == "Berlin"


def test_the_short_lists_filter_by_their_words_taken_literally(demo_file):
    from cityapp.db import open_database
    from cityapp.services.lists import BUREAUS, OFFICES, PROJECTS, fetch_rows

    db = open_database(demo_file)
    try:
        with db.factory() as s:

            def found(spec, text):
                return [row[1] for row in fetch_rows(s, spec, text=text, limit=None)]

            assert found(PROJECTS, "c40 CITIES") == [
                "Cap-and-trade knowledge sharing with C40 cities"
            ]
            # By its leading bureau's Japanese name, which the Japanese window's list shows.
            assert found(PROJECTS, "環境") == ["Cap-and-trade knowledge sharing with C40 cities"]
            assert found(PROJECTS, "environment") == [
                "Cap-and-trade knowledge sharing with C40 cities"
            ]  # by its leading bureau
            assert found(PROJECTS, "%") == [] and found(PROJECTS, "_") == []
            assert found(OFFICES, "知事・市長") == [
                3
            ]  # rank 3: governor or mayor, by its Japanese name
            assert found(BUREAUS, "environ") == ["Bureau of Environment"]
    finally:
        db.dispose()
