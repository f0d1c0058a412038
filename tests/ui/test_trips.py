"""The trip planner driven through its widgets: form, workflow, itinerary, warnings, budget, files."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from cityapp.models import (
    ConflictAcknowledgement,
    ItineraryItem,
    ItineraryKind,
    Trip,
    TripDirection,
    TripStatus,
)
from cityapp.services.itinerary import aware, item_values
from tests.demo_counts import DEMO_TRIPS
from tests.ui.helpers import page_of, retype, show_tab
from ui.dialogs.copy_trip import CopyTripDialog
from ui.dialogs.export import ExportDialog
from ui.dialogs.itinerary_item import ItineraryItemDialog

pytestmark = pytest.mark.gui

TITLE = 4


def open_trip(window, title_start: str):
    page = page_of(window, "trips")
    for row in range(page.model.rowCount()):
        if page.model.index(row, TITLE).data().startswith(title_start):
            page.table.selectRow(row)
            return page
    raise AssertionError(f"no trip {title_start}")


def stored(window, model, **where):
    with window.ctx.database.factory() as s:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return s.scalars(query).all()


def test_filters_by_year_status_direction_and_city(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = page_of(window, "trips")
    assert page.model.rowCount() == DEMO_TRIPS
    page.year.setCurrentIndex(page.year.findData(2014))
    assert page.model.rowCount() == 6
    page.direction.setCurrentIndex(page.direction.findData(TripDirection.INBOUND))
    assert page.model.rowCount() == 0
    page.direction.setCurrentIndex(0)
    page.year.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData(TripStatus.PLANNING))
    assert [page.model.index(r, TITLE).data() for r in range(page.model.rowCount())] == [
        "Los Angeles: Games partnership follow-up"
    ]
    page.status.setCurrentIndex(0)
    page.city.setCurrentIndex(page.city.findText("Tomsk"))
    assert page.model.rowCount() == 1
    assert window.rows_label.text() == f"1 of {DEMO_TRIPS} rows"


def test_a_new_trip_is_planned_through_the_form(start, demo_copy, dialogs, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "trips")
    page.new_action.trigger()
    form = page.form.inputs
    qtbot.keyClicks(form["title"].edit, "Paris: climate talks")
    form["start_date"].set_value(date(2027, 6, 1))
    form["end_date"].set_value(date(2027, 5, 30))
    assert not page.save()
    assert page.form.errors["end_date"].text() == "A trip cannot end before it starts."
    # Put right, the message goes at once, before any save.
    form["end_date"].set_value(date(2027, 6, 4))
    assert page.form.errors["end_date"].isHidden()
    form["objectives"].set_value([2])
    assert page.save()
    (trip,) = stored(window, Trip, title="Paris: climate talks")
    assert (trip.status, trip.buffer_minutes, trip.workday_start) == (TripStatus.IDEA, 30, 480)
    with window.ctx.database.factory() as s:
        assert [o.number for o in s.get(Trip, trip.id).objectives] == [2]


def test_the_status_moves_one_step_at_a_time(start, demo_copy, dialogs):
    window = start("--db", str(demo_copy))
    page = open_trip(window, "Los Angeles")
    page.form.inputs["status"].set_value(TripStatus.COMPLETED)
    assert not page.save()
    assert (
        "can become Cancelled, Confirmed, Idea, not Completed" in page.form.errors["status"].text()
    )
    page.form.inputs["status"].set_value(TripStatus.CONFIRMED)
    assert page.save()
    assert (
        stored(window, Trip, title="Los Angeles: Games partnership follow-up")[0].status
        is TripStatus.CONFIRMED
    )


def test_itinerary_items_are_added_moved_duplicated_and_deleted(
    start, demo_copy, dialogs, qtbot, monkeypatch
):
    window = start("--db", str(demo_copy))
    page = open_trip(window, "Los Angeles")
    trip_id = page.current_id
    zone = "America/Los_Angeles"

    def fill(cls, parent, title, values, provider, city_zones, delegates):
        assert values["start_zone"] == zone  # the destination's zone by default
        assert values["starts_at"] == aware(datetime(2027, 2, 15, 9, 0), zone)
        return {
            **values,
            "title": "Meet the organising committee",
            "venue": "City Hall",
            "starts_at": aware(datetime(2027, 2, 16, 10, 0), zone),
            "ends_at": aware(datetime(2027, 2, 16, 11, 0), zone),
        }

    monkeypatch.setattr(ItineraryItemDialog, "ask", classmethod(fill))
    panel = page.itinerary
    page.tabs.setCurrentWidget(panel)
    assert panel.add()
    (item,) = stored(window, ItineraryItem, trip_id=trip_id)
    assert item.starts_at == datetime(2027, 2, 16, 18, 0, tzinfo=UTC)
    assert panel.table.text(0, 0) == "2027-02-16 10:00 Los Angeles"

    panel.table.selectRow(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored(window, ItineraryItem, trip_id=trip_id)[0].starts_at == datetime(
        2027, 2, 16, 18, 15, tzinfo=UTC
    )
    panel.actions["day_later"].trigger()
    assert panel.table.text(0, 0) == "2027-02-17 10:15 Los Angeles"
    panel.actions["duplicate"].trigger()
    assert len(stored(window, ItineraryItem, trip_id=trip_id)) == 2
    panel.table.selectRow(1)
    panel.actions["delete"].trigger()
    assert len(stored(window, ItineraryItem, trip_id=trip_id)) == 1
    window.undo_action.trigger()  # the delete
    assert len(stored(window, ItineraryItem, trip_id=trip_id)) == 2
    window.undo_action.trigger()  # the duplicate
    window.undo_action.trigger()  # the day
    window.undo_action.trigger()  # the quarter hour
    (back,) = stored(window, ItineraryItem, trip_id=trip_id)
    assert back.starts_at == datetime(2027, 2, 16, 18, 0, tzinfo=UTC)


def test_an_impossible_local_time_is_explained_in_the_dialog(start, demo_copy, qtbot):

    window = start("--db", str(demo_copy))
    page = open_trip(window, "Los Angeles")
    panel = show_tab(page, page.itinerary)
    dialog = ItineraryItemDialog(
        panel,
        "Add",
        panel._new_values(),
        page.form.inputs_provider(),
        panel._city_zones(),
        panel._delegates(),
    )
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Early call")
    retype(qtbot, dialog.start.edit, "2027-03-14 02:30")  # the clocks skip 02:00–03:00 there
    retype(qtbot, dialog.end.edit, "2027-03-14 04:00")
    dialog._accept_if_valid()
    assert dialog.result_values is None
    assert "does not exist in America/Los_Angeles" in dialog.error.text()


def test_warnings_show_and_can_be_acknowledged(start, demo_copy, dialogs, monkeypatch, qtbot):
    from ui.dialogs.note import NoteDialog

    window = start("--db", str(demo_copy))
    with window.ctx.database.factory.begin() as s:
        trip = s.scalars(
            select(Trip).where(Trip.title == "Los Angeles: Games partnership follow-up")
        ).one()
        zone = "America/Los_Angeles"
        s.add(
            ItineraryItem(
                trip_id=trip.id,
                kind=ItineraryKind.MEETING,
                title="Sunday brunch",
                starts_at=aware(datetime(2027, 2, 14, 11), zone),
                start_zone=zone,
                ends_at=aware(datetime(2027, 2, 14, 12), zone),
                end_zone=zone,
            )
        )
    page = open_trip(window, "Los Angeles")
    page.reload_action.trigger()  # F5: the item was added outside this window
    panel = show_tab(page, page.warnings)
    messages = [w.message for w in panel.warnings]
    assert any("falls on a Sunday" in m for m in messages)
    assert any("outside the trip's dates" in m for m in messages)
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "&Warnings (2)"
    monkeypatch.setattr(
        NoteDialog, "ask", classmethod(lambda cls, parent, message: "Arrival brunch, agreed.")
    )
    panel.table.selectRow(0)
    assert panel.acknowledge()
    assert len(stored(window, ConflictAcknowledgement, trip_id=trip.id)) == 1
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "&Warnings (1)"
    assert panel.table.row_count() == 1
    panel.show_acknowledged.setChecked(True)
    assert panel.table.row_count() == 2
    # On the Details tab the programme is not read; the warnings are counted in the background.
    page.tabs.setCurrentIndex(0)
    page.reload_action.trigger()
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == "&Warnings"
    qtbot.waitUntil(lambda: page.tabs.tabText(page.tabs.indexOf(panel)) == "&Warnings (1)")


def test_budget_totals_follow_the_rates(start, demo_copy, dialogs):
    window = start("--db", str(demo_copy))
    page = open_trip(window, "London and Berlin")
    show_tab(page, page.budget)
    footer = page.budget_footer
    assert footer.total.text() == "Total: ¥7,392,000"
    assert footer.rates.text() == ""
    footer.rates.setText("EUR=150, GBP=abc")
    assert not footer.save_rates()
    assert "“GBP=abc” is not CODE=rate" in footer.error.text()
    footer.rates.setText("EUR=150")
    assert footer.save_rates()
    assert stored(window, Trip, id=page.current_id)[0].exchange_rates == {"EUR": "150"}
    assert (
        page.budget_footer.total.text() == "Total: ¥7,392,000"
    )  # each of these lines has its own rate


def test_the_calendar_is_exported_from_the_page(start, demo_copy, tmp_path, monkeypatch):
    from icalendar import Calendar

    window = start("--db", str(demo_copy))
    page = open_trip(window, "Seoul")
    target = tmp_path / "seoul.ics"
    asked = []
    monkeypatch.setattr(
        ExportDialog,
        "ask_with_language",
        classmethod(
            lambda cls, parent, title, suggested, kinds: (
                asked.append(suggested) or (target, "en", False)
            )
        ),
    )
    assert page.export_action.isEnabled()
    page.export_action.trigger()
    assert asked == ["Seoul_ memorandum of understanding.ics"]
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 6
    assert "Wrote 6 events" in window.statusBar().currentMessage()


def test_a_trip_is_copied_with_its_programme(start, demo_copy, monkeypatch):
    window = start("--db", str(demo_copy))
    page = open_trip(window, "Seoul")
    monkeypatch.setattr(
        CopyTripDialog,
        "ask",
        classmethod(
            lambda cls, parent, trip: (
                date(2027, 7, 21),
                "Seoul: follow-up",
                TripDirection.OUTBOUND,
            )
        ),
    )
    assert page.copy_trip()
    assert page.heading.text() == "Seoul: follow-up"
    (copy,) = stored(window, Trip, title="Seoul: follow-up")
    items = stored(window, ItineraryItem, trip_id=copy.id)
    assert len(items) == 6 and copy.end_date - copy.start_date == timedelta(days=2)
    assert show_tab(page, page.itinerary).table.text(0, 0) == "2027-07-21 08:55 Tokyo"


def test_the_briefing_is_exported_from_the_page(start, demo_copy, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from ui.dialogs.export import BriefingDialog, ExportDoneDialog

    window = start("--db", str(demo_copy))
    page = open_trip(window, "Tomsk")
    target = tmp_path / "tomsk.xlsx"
    monkeypatch.setattr(
        BriefingDialog,
        "ask",
        classmethod(lambda cls, parent, suggested, begun=False: (target, "en", False, "trip")),
    )
    finished = []
    monkeypatch.setattr(
        ExportDoneDialog, "ask", classmethod(lambda cls, parent, path: finished.append(path))
    )
    assert page.export_briefing()
    assert finished == [target]
    wb = load_workbook(target)
    assert wb.sheetnames[0] == "Cover"
    assert wb["Cover"].oddHeader.center.text == "INTERNAL — for official use"
    cover = [v for row in wb["Cover"].iter_rows(values_only=True) for v in row if v]
    assert any(str(v).startswith(f"{window.ctx.officer}, ") for v in cover)  # prepared by


def test_a_route_is_picked_city_by_city_and_ordered(start, demo_copy, qtbot):
    from cityapp.models import City

    window = start("--db", str(demo_copy))
    page = open_trip(window, "London and Berlin")
    route = page.form.inputs["route"]
    assert [route.list.item(i).text() for i in range(route.list.count())] == [
        "London (GB)",
        "Berlin (DE)",
    ]
    with window.ctx.database.factory() as s:
        paris = s.scalar(select(City.id).where(City.name_en == "Paris"))
    route.picker.set_value(paris)
    qtbot.mouseClick(route.add_button, Qt.MouseButton.LeftButton)
    route.list.setCurrentRow(2)
    qtbot.mouseClick(route.up_button, Qt.MouseButton.LeftButton)  # Paris before Berlin
    assert page.save()
    (trip,) = stored(window, Trip, title="London and Berlin: Games legacy and memorandum")
    with window.ctx.database.factory() as s:
        names = [c.name_en for c in s.get(Trip, trip.id).route]
    assert names == ["London", "Paris", "Berlin"]
    assert "London → Paris → Berlin" in [
        page.model.index(page.table.currentIndex().row(), c).data()
        for c in range(page.model.columnCount())
    ]


def test_a_leg_has_two_ends_and_a_booking_a_hotel_an_address(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = open_trip(window, "London and Berlin")
    panel = show_tab(page, page.itinerary)
    flight = next(
        i for i in panel.items.values() if i.title == "Flight London Heathrow → Berlin Tegel"
    )
    values = {**item_values(flight), "participants": []}
    dialog = ItineraryItemDialog(
        panel, "Edit", values, page.form.inputs_provider(), panel._city_zones(), panel._delegates()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.carrier.isVisible() and not dialog.address.isVisible()
    assert dialog.form.labelForField(dialog.city).text() == "&To (city)"
    assert (dialog.carrier.text(), dialog.service_number.text()) == ("British Airways", "BA 982")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ItineraryKind.HOTEL))
    assert dialog.address.isVisible() and not dialog.carrier.isVisible()
    assert dialog.booking_reference.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ItineraryKind.FLIGHT))
    retype(qtbot, dialog.destination_terminal, "Terminal C")
    dialog._accept_if_valid()
    got = dialog.result_values
    assert (
        got["origin_city_id"] == flight.origin_city_id
        and got["destination_terminal"] == "Terminal C"
    )
    assert got["address"] is None and got["booking_reference"] == "BA4XM9"


def test_the_trips_local_contacts_are_listed_on_their_tab(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = open_trip(window, "London and Berlin")
    show_tab(page, page.contacts)
    table = page.contacts.table
    assert table.row_count() == 4
    assert [table.text(r, 0) for r in range(4)] == [
        "Embassy",
        "Embassy",
        "Liaison officer",
        "Interpreter",
    ]
    assert table.text(0, 2) == "Embassy of Japan in the United Kingdom"
    tabs = page.tabs
    assert tabs.tabText(tabs.indexOf(page.contacts)) == "Co&ntacts"


def test_the_briefing_book_as_pdf_without_an_office_program(
    start, demo_copy, tmp_path, monkeypatch
):
    import re

    from ui.dialogs.export import BriefingDialog, ExportDoneDialog

    window = start("--db", str(demo_copy))
    page = open_trip(window, "London and Berlin")
    target = tmp_path / "book.pdf"
    asked = []
    monkeypatch.setattr(
        BriefingDialog,
        "ask",
        classmethod(
            lambda cls, parent, suggested, begun=False, pdf=False: (
                asked.append((suggested, pdf)) or (target, "ja", False, "trip")
            )
        ),
    )
    done = []
    monkeypatch.setattr(
        ExportDoneDialog, "ask", classmethod(lambda cls, p, path: done.append(path))
    )
    assert page.export_briefing_pdf()
    assert done == [target] and asked[0][1] and asked[0][0].endswith(".pdf")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    with window.ctx.database.factory() as s:
        from cityapp.briefing_book import BookOptions, build_book

        trip_id = s.scalar(select(Trip.id).where(Trip.title.like("London and Berlin%")))
        book = build_book(s, trip_id, BookOptions(lang="ja"))
    assert pages >= sum(len(sec.pages) for sec in book.printed)  # a page of the book, a page
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".book.")]  # no temporary file


def test_the_print_preview_paints_the_book(start, demo_copy, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    window = start("--db", str(demo_copy))
    page = open_trip(window, "London and Berlin")
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: 0)
    assert page.preview_briefing()
    assert "London and Berlin" in page.preview.windowTitle()


def test_the_pdfs_contents_give_each_sections_first_page(start, demo_copy):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from cityapp.book import Table
    from cityapp.briefing_book import BookOptions, build_book
    from ui.printing import _first_pages, book_html

    window = start("--db", str(demo_copy))
    with window.ctx.database.factory() as s:
        trip_id = s.scalar(select(Trip.id).where(Trip.title.like("London and Berlin%")))
        book = build_book(s, trip_id, BookOptions())
    document = QTextDocument()
    document.setHtml(book_html(book))
    document.setPageSize(QSizeF(1000, 700))
    first = _first_pages(document, 700)
    assert first["cover"] == 1 and first["programme"] == 2
    starts = [first[s.key] for s in book.printed]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert "<td align='right'>2</td>" in book_html(book, "", first)  # the programme's line
    # A table that goes on over a page repeats its header row there.
    tables = [f for f in document.rootFrame().childFrames() if f.format().isTableFormat()]
    headed = [t for t in tables if t.format().toTableFormat().headerRowCount() == 1]
    blocks = [b for s in book.sections for p in s.pages for b in p.blocks if isinstance(b, Table)]
    assert len(headed) == len(blocks) > 3
