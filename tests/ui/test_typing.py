"""Typed values are taken as typed, or refused in words next to the field."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from cityapp import fields
from cityapp.models import Commitment, Meeting, Trip
from tests.ui.helpers import page_of, retype, select_by
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.record_form import RecordFormWidget

pytestmark = pytest.mark.gui

INCHEON = "Send Incheon's volunteer management report."


def stored_due(window):
    with window.ctx.database.factory() as s:
        return s.scalars(select(Commitment.due_on).where(Commitment.text == INCHEON)).one()


def test_a_date_typed_over_another_is_stored_as_typed(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    select_by(page, 4, INCHEON)
    assert stored_due(window) is not None
    retype(qtbot, page.form.inputs["due_on"].edit, "2015-03-15")
    assert page.save()
    assert stored_due(window) == date(2015, 3, 15)


def test_a_day_that_does_not_exist_is_refused_next_to_the_field(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    select_by(page, 4, INCHEON)
    before = stored_due(window)
    retype(qtbot, page.form.inputs["due_on"].edit, "2015-02-30")
    assert not page.save()
    error = page.form.errors["due_on"]
    assert error.isVisibleTo(page.form)
    assert "2015-02-30 is not a day in the calendar" in error.text()
    assert stored_due(window) == before


def test_typing_into_an_empty_date_field_works(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    select_by(page, 4, INCHEON)
    due = page.form.inputs["due_on"]
    due.clear_button.click()
    assert due.value() is None and due.edit.text() == ""
    due.edit.setFocus()
    qtbot.keyClicks(due.edit, "2027-04-12")
    assert due.edit.text() == "2027-04-12"
    assert page.save()
    assert stored_due(window) == date(2027, 4, 12)


def test_the_calendar_opens_on_the_shown_month_or_today(start, demo_copy, clock):
    window = start("--db", str(demo_copy))
    page = page_of(window, "commitments")
    select_by(page, 4, INCHEON)
    due = page.form.inputs["due_on"]
    shown = due.value()
    calendar = due.open_calendar()
    assert (calendar.yearShown(), calendar.monthShown()) == (shown.year, shown.month)
    calendar.clicked.emit(calendar.selectedDate().addDays(1))
    assert due.value() == date.fromordinal(shown.toordinal() + 1)
    due.set_value(None)
    calendar = due.open_calendar()
    today = clock.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)


def test_a_new_meeting_starts_today_then_on_its_trip_first_day(start, demo_copy, qtbot, clock):
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    page.new_action.trigger()
    starts = page.form.inputs["starts_local"].value()
    assert starts.date() == clock.today()
    with window.ctx.database.factory() as s:
        trip = s.scalars(select(Trip).order_by(Trip.start_date)).first()
    trip_input = page.form.inputs["trip_id"]
    trip_input.set_value(trip.id)
    trip_input.changed.emit()
    assert page.form.inputs["starts_local"].value().date() == trip.start_date
    retype(qtbot, page.form.inputs["title"].edit, "Working lunch")
    assert page.save()
    with window.ctx.database.factory() as s:
        made = s.scalars(select(Meeting).where(Meeting.title == "Working lunch")).one()
    assert made.starts_at.year == trip.start_date.year


def test_a_gift_added_to_a_meeting_starts_on_the_meeting_day(start, demo_copy, monkeypatch):
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Courtesy call on the Governor")
    day = page.form.inputs["starts_local"].value().date()
    offered = []
    monkeypatch.setattr(
        RecordDialog,
        "ask",
        classmethod(lambda cls, parent, title, form, provider, values: offered.append(values)),
    )
    page.tabs.setCurrentWidget(page.gifts)
    page.gifts.add()
    assert offered[0]["exchanged_on"] == day


def test_a_date_and_time_typed_over_another_is_taken_as_typed(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    select_by(page, 1, "Courtesy call on the Governor")
    starts = page.form.inputs["starts_local"]
    retype(qtbot, starts.edit, "2015-03-15 09:30")
    assert starts.value() == datetime(2015, 3, 15, 9, 30)
    retype(qtbot, starts.edit, "2015-02-30 09:30")
    assert not page.save()
    assert "not a day in the calendar" in page.form.errors["starts_local"].text()


@pytest.mark.parametrize("typed", ["1,850,000", "1850000", "¥1,850,000", "1 850 000", "1850000円"])
def test_money_is_read_as_people_type_it(qtbot, typed):
    form = RecordFormWidget(fields.GIFT, lambda kind: [])
    qtbot.addWidget(form)
    value = form.inputs["value_jpy"]
    value.edit.setFocus()
    for ch in typed:  # QTest types Latin-1 keys only; an input method delivers the rest
        if ord(ch) < 256:
            qtbot.keyClicks(value.edit, ch)
        else:
            value.edit.insert(ch)
    assert value.value() == 1_850_000
    value.edit.editingFinished.emit()
    assert value.edit.text() == "1,850,000"
    assert form.problems().get("value_jpy") is None


def test_a_budget_amount_with_a_thousands_comma_is_not_a_decimal(qtbot):
    form = RecordFormWidget(fields.BUDGET, lambda kind: [])
    qtbot.addWidget(form)
    amount = form.inputs["amount"]
    qtbot.keyClicks(amount.edit, "1,850")
    assert amount.value() == 1850
    amount.set_value(1234567.5)
    assert amount.edit.text() == "1,234,567.50"
    amount.edit.clear()
    qtbot.keyClicks(amount.edit, "a lot")
    assert "is not an amount" in form.problems()["amount"]


def test_typing_into_an_empty_picker_gives_the_typed_name(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    page.new_action.trigger()
    city = page.form.inputs["city_id"]
    assert city.value() is None and city.combo.currentText() == ""
    assert city.combo.lineEdit().placeholderText() == "—"
    city.combo.lineEdit().setFocus()
    qtbot.keyClicks(city.combo.lineEdit(), "Berl")
    assert city.combo.currentText().startswith("Berl")
    assert "—" not in city.combo.currentText()
    city.combo.setEditText("Berlin (DE)")
    assert city.value() is not None
    city.combo.setEditText("Mori")
    assert "Mori" in page.form.problems()["city_id"]
    assert city.combo.currentText() == "Mori"
    _ = Qt


def test_the_copy_of_a_trip_starts_on_the_typed_day_or_says_why_not(start, demo_copy, qtbot, clock):
    from ui.dialogs.copy_trip import CopyTripDialog

    window = start("--db", str(demo_copy))
    with window.ctx.database.factory() as s:
        trip = s.scalars(select(Trip).order_by(Trip.start_date)).first()
        dialog = CopyTripDialog(window, trip)
    qtbot.addWidget(dialog)
    assert dialog.start.value() == clock.today()
    retype(qtbot, dialog.start.edit, "2027-02-30")
    dialog._accept_if_valid()
    assert "not a day in the calendar" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    retype(qtbot, dialog.start.edit, "2027-07-21")
    dialog._accept_if_valid()
    assert dialog.error.text() == ""
    assert dialog.choice()[0] == date(2027, 7, 21)


class _CountingChoices:
    """A picker provider over a fixed list that says what it was asked for."""

    def __init__(self, items):
        self.items, self.asked, self.at_hand = items, [], None

    def __call__(self, kind):
        self.asked.append(("list", kind))
        return list(self.items)

    def cached(self, kind):
        return self.at_hand

    def labels(self, kind, ids):
        self.asked.append(("labels", tuple(ids)))
        return [(i, label) for i, label in self.items if i in ids]


def test_a_picker_names_its_record_alone_until_the_officer_opens_it(qtbot):
    from ui.widgets.inputs import RefInput

    people = [(i, f"Person {i:05d}") for i in range(1, 8001)]
    provider = _CountingChoices(people)
    picker = RefInput(fields.Field("p", "Person", fields.REF, ref="counterpart"), provider)
    qtbot.addWidget(picker)
    picker.show()
    picker.set_value(4321)
    # Shown with its record: one name read by id, not 8,000.
    assert provider.asked == [("labels", (4321,))] and not picker.loaded
    assert picker.value() == 4321 and picker.combo.currentText() == "Person 04321"
    picker.set_value(None)
    assert picker.value() is None and picker.combo.count() == 0
    picker.set_value(17)
    # The officer opens it: the whole list, the record still chosen.
    qtbot.keyClick(picker.combo.lineEdit(), Qt.Key.Key_End)
    assert provider.asked[-1] == ("list", "counterpart") and picker.loaded
    assert picker.combo.count() == 8000 and picker.value() == 17
    # Typed names are found in the whole list, in any case; an unknown one is a problem.
    picker.combo.setEditText("person 07000")
    assert picker.value() == 7000 and picker.problem() is None
    picker.combo.setEditText("Nobody")
    assert picker.value() is None and "Nobody" in picker.problem()
    # Another picker of the kind, with the list at hand, reads nothing and shows it whole.
    provider.at_hand, provider.asked = people, []
    other = RefInput(fields.Field("p", "Person", fields.REF, ref="counterpart"), provider)
    qtbot.addWidget(other)
    other.show()
    assert other.loaded and other.combo.count() == 8000
    other.set_value(5)
    assert other.value() == 5 and provider.asked == [("list", "counterpart")]


def test_two_records_of_one_name_are_told_apart_by_the_row_picked(qtbot):
    from ui.widgets.inputs import RefInput

    provider = _CountingChoices([(1, "Kim Min-jun"), (2, "Kim Min-jun"), (3, "Lee Ji-eun")])
    picker = RefInput(fields.Field("p", "Person", fields.REF, ref="counterpart"), provider)
    qtbot.addWidget(picker)
    picker.show()
    picker.ensure_loaded()
    picker.set_value(2)
    assert picker.value() == 2  # the second of the two namesakes, not the first
    picker.combo.setCurrentIndex(0)
    assert picker.value() == 1


def test_the_zone_picker_offers_every_zone_the_program_can_read(qtbot):
    """The list comes from the tzdata package's own index (one file) and holds what the standard
    library would find by walking the zone folders; each one opens."""
    from zoneinfo import ZoneInfo, available_timezones

    from ui.widgets.inputs import ZoneInput, _zone_names

    assert _zone_names() >= {z for z in available_timezones() if "/" in z}
    picker = ZoneInput(fields.Field("zone", "Time zone", "zone"))
    qtbot.addWidget(picker)
    offered = list(picker._values)
    assert "Asia/Tokyo" in offered and "Europe/Paris" in offered and len(offered) > 400
    assert offered == sorted(offered) and not [z for z in offered if z.startswith("Etc/")]
    for zone in offered:
        ZoneInfo(zone)
    picker.set_value("America/Sao_Paulo")
    assert picker.value() == "America/Sao_Paulo" and picker.combo.currentIndex() >= 0


def test_a_long_text_shows_its_start_when_a_record_is_shown(start, demo_copy):
    """A venue longer than its field shows its beginning, as a picker's long name does."""
    window = start("--db", str(demo_copy))
    page = page_of(window, "meetings")
    venue = page.form.inputs["venue"]
    venue.set_value("Tokyo Metropolitan Government Building No. 1, 7th floor reception room " * 2)
    assert venue.edit.cursorPosition() == 0 and venue.value().startswith("Tokyo Metropolitan")
