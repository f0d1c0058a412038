"""Every ORM change leaves an audit entry in the same transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cityapp.db import open_database
from cityapp.models import AuditAction, AuditEntry, City
from tests import factories


def entries(db) -> list[AuditEntry]:
    with db.factory() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_insert_update_delete_are_recorded_with_old_and_new_values(db):
    with db.factory.begin() as s:
        city = factories.city(
            name_en="Moscow", name_local="Москва", country_code="RU", timezone="Europe/Moscow"
        )
        s.add(city)
    with db.factory.begin() as s:
        s.get(City, city.id).name_ja = "モスクワ"
    with db.factory.begin() as s:
        s.delete(s.get(City, city.id))

    inserted, updated, deleted = entries(db)
    assert [e.action for e in (inserted, updated, deleted)] == [
        AuditAction.INSERT,
        AuditAction.UPDATE,
        AuditAction.DELETE,
    ]
    assert {e.table_name for e in (inserted, updated, deleted)} == {"city"}
    assert {e.row_id for e in (inserted, updated, deleted)} == {str(city.id)}
    assert inserted.changes["name_local"] == [None, "Москва"]
    assert updated.changes == {"name_ja": [None, "モスクワ"]}
    assert deleted.changes["name_ja"] == ["モスクワ", None]
    assert deleted.changes["relationship_level"] == ["none", None]
    assert all(e.actor == "tester" for e in (inserted, updated, deleted))
    assert inserted.at.tzinfo is not None


def test_a_rolled_back_change_leaves_no_entry(db):
    with pytest.raises(RuntimeError), db.factory.begin() as s:
        s.add(factories.city())
        s.flush()
        raise RuntimeError("the officer cancelled")
    assert entries(db) == []


def test_an_update_that_changes_nothing_is_not_recorded(db):
    with db.factory.begin() as s:
        city = factories.city()
        s.add(city)
    with db.factory.begin() as s:
        s.get(City, city.id).name_en = "Berlin"
    assert [e.action for e in entries(db)] == [AuditAction.INSERT]


def test_the_actor_defaults_to_the_os_user(db_target):
    from cityapp.audit import os_user

    db = open_database(db_target)
    try:
        with db.factory.begin() as s:
            s.add(factories.city())
        assert [e.actor for e in entries(db)] == [os_user()]
    finally:
        db.dispose()


def test_cascaded_children_are_recorded_too(db):
    from datetime import date

    from cityapp.models import Agreement, AgreementKind

    with db.factory.begin() as s:
        trip = factories.trip()
        s.add(trip)
        city = factories.city()
        s.add(
            Agreement(kind=AgreementKind.MOU, title="MoU", city=city, signed_on=date(2014, 10, 29))
        )
    tables = sorted(e.table_name for e in entries(db))
    assert tables == ["agreement", "city", "trip"]


def test_changed_links_to_objectives_are_recorded(db):
    from cityapp.models import Objective, Trip

    with db.factory.begin() as s:
        first, second = (
            Objective(number=1, title="Games"),
            Objective(number=2, title="Urban issues"),
        )
        trip = factories.trip(objectives=[first])
        s.add_all([first, second, trip])
    with db.factory.begin() as s:
        loaded = s.get(Trip, trip.id)
        loaded.objectives.append(s.get(Objective, second.id))
    trip_entries = [e for e in entries(db) if e.table_name == "trip"]
    assert trip_entries[0].changes["objectives"] == [[], [str(first.id)]]
    assert trip_entries[1].action is AuditAction.UPDATE
    assert trip_entries[1].changes == {
        "objectives": [[str(first.id)], sorted([str(first.id), str(second.id)])]
    }


def test_every_newly_opened_database_is_audited_and_indexed(tmp_path):
    """Factories come and go (File > Open); each new one must get the audit and search listeners."""
    import gc

    from cityapp.models import SearchEntry

    for i in range(40):
        db = open_database(tmp_path / f"office-{i}.sqlite3")
        try:
            with db.factory.begin() as s:
                s.add(factories.city())
            with db.factory() as s:
                assert s.scalar(select(AuditEntry.action)) is AuditAction.INSERT, i
                assert s.scalar(select(SearchEntry.kind)) == "city", i
        finally:
            db.dispose()
        del db
        gc.collect()
