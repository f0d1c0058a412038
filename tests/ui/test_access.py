"""The window shows what the connected officer may do, and says plainly when the server refuses."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text

from cityapp import server
from tests.cityapp.test_server import as_role
from tests.conftest import backends
from tests.ui.helpers import page_of, select_by

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
    page.agreements.table.selectRow(0)
    assert not page.agreements.add_button.isEnabled()
    assert not page.agreements.edit_button.isEnabled()
    # Even if an action reached the server, the refusal is explained, not shown as a failure.
    from ui.actions import run_action

    def change(s):
        s.execute(text("UPDATE city SET notes = 'x'"))

    assert run_action(window.ctx, window, "Save", change) is None
    assert dialogs["error"] and "does not let you make this change" in dialogs["error"][-1]
