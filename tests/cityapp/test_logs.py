"""The log names the failure and the records, never their values, and rotates."""

from __future__ import annotations

import logging
import logging.handlers
from datetime import date

import pytest
from sqlalchemy.exc import DBAPIError

from cityapp import logs
from cityapp.models import Counterpart, Gift, GiftDirection

SECRET = "ZQXdietaryhalal"


@pytest.fixture
def log_text():
    path = logs.setup_logging()
    assert path is not None
    root = logging.getLogger()
    handler = next(h for h in root.handlers if getattr(h, "baseFilename", None) == str(path))
    yield lambda: (handler.flush(), path.read_text(encoding="utf-8"))[1]
    root.removeHandler(handler)
    handler.close()


def test_a_refused_save_logs_kind_and_id_not_values(db, log_text):
    with db.factory.begin() as s:
        person = Counterpart(family_name="Haddad", dietary_notes="none")
        s.add(person)
        s.flush()
        person_id = person.id
    with pytest.raises(DBAPIError) as caught, db.writing() as s:
        person = s.get(Counterpart, person_id)
        person.dietary_notes = SECRET
        # A gift of negative value breaks a CHECK; PostgreSQL quotes the whole row in DETAIL.
        s.add(
            Gift(
                direction=GiftDirection.GIVEN,
                counterpart=person,
                description=SECRET,
                value_jpy=-1,
                exchanged_on=date(2026, 1, 5),
            )
        )
    assert f"counterpart {person_id}" in caught.value.records
    assert "gift new" in caught.value.records
    logging.getLogger("cityapp").error(
        "save failed (%s)", caught.value.records, exc_info=caught.value
    )
    text = log_text()
    assert f"counterpart {person_id}" in text and "IntegrityError" in text
    assert SECRET not in text
    assert "Traceback" in text  # where it failed is still there


def test_the_log_rotates():
    path = logs.setup_logging()
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)
    )
    try:
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        assert handler.maxBytes == 2_000_000 and handler.backupCount == 3
        assert isinstance(handler.formatter, logs.PrivateFormatter)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
