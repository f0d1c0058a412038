"""The window shows what the connected officer may do, and says plainly when the server refuses."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from cityapp import server
from tests.cityapp.test_server import as_role
from tests.conftest import backends
from tests.ui.helpers import page_of, select_by, show_tab

pytestmark = pytest.mark.parametrize(
    "db_target", [b for b in backends() if b == "postgresql"], indirect=True
)


@pytest.fixture
def reader(demo_db, db_target):
    name = f"officer_reader_{uuid.uuid4().hex[:8]}"
    server.setup(demo_db.engine)
    server.grant(demo_db.engine, name, "reader", confidential=False)
    yield name, as_role(db_target, name)
    engine = create_engine(db_target)
    with engine.begin() as conn:
        conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()


def test_a_reader_sees_no_save_and_a_refusal_is_plain(start, reader, dialogs):
    name, url = reader
    window = start("--db", url)
    assert window.ctx.access.level == "reader" and not window.ctx.access.confidential
    assert "(reads only)" in window.officer_label.text() and name in window.officer_label.text()
    page = page_of(window, "cities")
    select_by(page, 0, "Seoul")
    assert not page.save_action.isEnabled()
    assert not page.new_action.isEnabled() and not page.delete_action.isEnabled()
    # The related lists of a record (a city's agreements) add, edit and remove nothing either.
    show_tab(page, page.agreements).table.selectRow(0)
    assert page.agreements.selected() is not None
    assert not page.agreements.add_button.isEnabled()
    assert not page.agreements.edit_button.isEnabled()
    # Nor do a trip's own tabs: the programme, the warnings, the exchange rates.
    trips = page_of(window, "trips")
    select_by(trips, 4, "London and Berlin: Games legacy and memorandum")
    show_tab(trips, trips.itinerary).table.selectRow(0)
    assert trips.itinerary.selected() is not None
    assert not any(action.isEnabled() for action in trips.itinerary.actions.values())
    show_tab(trips, trips.warnings)
    if trips.warnings.table.row_count():
        trips.warnings.table.selectRow(0)
    assert not trips.warnings.ack_button.isEnabled()
    assert not trips.budget_footer.apply.isEnabled() and trips.budget_footer.rates.isReadOnly()
    # Even if an action reached the server, the refusal is explained, not shown as a failure.
    from ui.actions import run_action

    def change(s):
        s.execute(text("UPDATE city SET notes = 'x'"))

    assert run_action(window.ctx, window, "Save", change) is None
    assert dialogs["error"] and "does not let you make this change" in dialogs["error"][-1]
