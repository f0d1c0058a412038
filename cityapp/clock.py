"""The program's one clock: every "today" and "now" is read here.

Code never calls `date.today()` or `datetime.now()` itself. Tests (and a
demonstration) set the clock to an instant of their choosing; from there it
runs on at the machine's pace, so timestamps stay ordered and unique while the
day is the one that was set, whatever the machine's calendar says.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo


class Clock:
    def __init__(self) -> None:
        self._offset = timedelta(0)

    @staticmethod
    def _machine_now() -> datetime:
        return datetime.now(UTC)

    def now(self) -> datetime:
        """The current instant, aware, in UTC."""
        return self._machine_now() + self._offset

    def local_now(self, zone: tzinfo | None = None) -> datetime:
        """The current instant on the wall clock of `zone` (the computer's own by default)."""
        now = self.now()
        return now.astimezone(zone) if zone is not None else now.astimezone()

    def today(self, zone: tzinfo | None = None) -> date:
        """Today's date where the officer is (or in `zone`)."""
        return self.local_now(zone).date()

    def set(self, when: datetime | date | None) -> None:
        """Make `now()` read `when` from this moment on (None: follow the machine again).

        A date alone means noon of that day in UTC, which is that same date nearly everywhere.
        """
        if when is None:
            self._offset = timedelta(0)
            return
        if not isinstance(when, datetime):
            when = datetime.combine(when, time(12, 0), tzinfo=UTC)
        if when.tzinfo is None:
            raise ValueError("the clock is set to an aware instant or a date")
        self._offset = when - self._machine_now()

    @contextmanager
    def at(self, when: datetime | date) -> Iterator[Clock]:
        saved = self._offset
        self.set(when)
        try:
            yield self
        finally:
            self._offset = saved


START_VARIABLE = "CITYAPP_NOW"  # an ISO instant or date the program's clock starts from


def _from_environment(clock: Clock) -> Clock:
    raw = os.environ.get(START_VARIABLE)
    if raw:
        try:
            when = datetime.fromisoformat(raw)
        except ValueError:
            return clock
        if when.tzinfo is None and "T" not in raw:
            clock.set(when.date())
        elif when.tzinfo is not None:
            clock.set(when)
    return clock


CLOCK = _from_environment(Clock())


def now() -> datetime:
    return CLOCK.now()


def today() -> date:
    return CLOCK.today()
