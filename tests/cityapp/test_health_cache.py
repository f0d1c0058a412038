"""Office-wide figures (relationship health, target progress) come from a cache while nothing
has changed, and follow a change."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cityapp.models import City
from cityapp.services.health import office_health
from cityapp.services.records import update_record

TODAY = date(2026, 11, 27)


def test_health_is_cached_until_something_changes(demo_db):
    with demo_db.factory() as s:
        first = office_health(s, TODAY)
        assert office_health(s, TODAY) is first  # nothing changed: the same answer
        assert office_health(s, date(2026, 11, 28)) is not first  # another day
        seoul = s.scalars(select(City).where(City.name_en == "Seoul")).one()
        seoul_id, version = seoul.id, seoul.version
    with demo_db.writing() as s:
        update_record(s, City, seoul_id, {"relationship_level": "contact"}, version)
    with demo_db.factory() as s:
        again = office_health(s, TODAY)
    assert again is not first
    before = {h.city_id: h.level for h in first}
    after = {h.city_id: h.level for h in again}
    assert before[seoul_id] != after[seoul_id] == "contact"


def test_target_progress_is_cached_until_something_changes(demo_db):
    from cityapp.models import Agreement
    from cityapp.services.strategy import office_targets

    with demo_db.factory() as s:
        first = office_targets(s, TODAY)
        assert first and office_targets(s, TODAY) is first  # nothing changed: the same answer
        assert office_targets(s, date(2026, 11, 28)) is not first  # another day
        deal = s.scalars(select(Agreement).where(Agreement.ended_on.is_(None))).first()
        deal_id, version = deal.id, deal.version
    with demo_db.writing() as s:
        update_record(s, Agreement, deal_id, {"ended_on": date(2026, 1, 1)}, version)
    with demo_db.factory() as s:
        again = office_targets(s, TODAY)
    assert again is not first
