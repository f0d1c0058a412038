"""The application started offscreen, driven as an officer would drive it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import select

from cityapp.clock import CLOCK
from cityapp.models import City
from tests.demo_counts import DEMO_CITIES, DEMO_TRIPS
from tests.ui.helpers import show_tab
from tests.ui.typing import type_text
from ui.dialogs import first_start
from ui.dialogs.messages import ErrorDialog
from ui.dialogs.open_database import OpenFileDialog

pytestmark = pytest.mark.gui


START, TITLE, DELEGATION = 0, 4, 6  # columns of the trip list


def titles(page) -> list[str]:
    model = page.model
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


@pytest.fixture
def errors(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, message, details=None: shown.append((title, message))
        ),
    )
    return shown


def test_the_window_shows_the_demo_trips(start, demo_copy):
    window = start("--db", str(demo_copy))
    page = window.pages["trips"]
    assert window.current_page() is page
    assert page.model.rowCount() == DEMO_TRIPS
    assert titles(page)[0] == "Los Angeles: Games partnership follow-up"
    assert page.model.index(DEMO_TRIPS - 1, START).data() == "2014-03-07"
    assert page.model.index(DEMO_TRIPS - 1, DELEGATION).data() == "5"
    assert str(demo_copy) in window.db_label.text()
    assert window.rows_label.text() == f"{DEMO_TRIPS} of {DEMO_TRIPS} rows"
    assert "demo.sqlite3" in window.windowTitle()
    show_tab(page, page.delegation)
    assert page.delegation_count.text() == "2 people: 2 ours, 0 visiting."


def test_the_window_on_the_shared_server_shows_its_trips(start, demo_db):
    window = start("--db", demo_db.url.render_as_string(hide_password=False))
    assert window.pages["trips"].model.rowCount() == DEMO_TRIPS


def test_sorting_by_a_header_click_reorders_in_sql(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = window.pages["trips"]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(TITLE) + 20
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    first = titles(page)
    assert first == sorted(first)
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    assert titles(page) == sorted(first, reverse=True)


def test_the_filter_narrows_the_list_in_any_script(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = window.pages["trips"]
    qtbot.keyClicks(page.filter_box, "seoul")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert titles(page) == [  # newest first
        "Governor's visit to Seoul: Urban safety cooperation",
        "Delegation from Seoul: Resuming exchanges after the pandemic",
        "Seoul: memorandum of understanding",
    ]
    assert window.rows_label.text() == f"3 of {DEMO_TRIPS} rows"
    page.filter_box.clear()
    type_text(page.filter_box, "Томск")
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)
    assert titles(page) == ["Tomsk and Moscow: ANMC21 plenary and Moscow visit"]
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "no such trip")
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Return)
    assert page.list_stack.currentWidget() is page.empty_label
    assert "Nothing matches “no such trip”" in page.empty_label.text()


def test_the_day_by_day_view_shows_local_and_home_time(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = window.pages["trips"]
    row = titles(page).index("London and Berlin: Games legacy and memorandum")
    page.table.selectRow(row)
    view = show_tab(page, page.day_view)
    cells = [[view.text(r, c) for c in range(3)] for r in range(view.row_count())]
    assert cells[0][0] == "Sunday 2014-10-26"
    assert ["10:00–11:30 London", "19:00–20:30 Tokyo", "Meeting"] in cells
    assert ["17:30–10-28 09:00 London", "10-27 02:30–10-28 18:00 Tokyo", "Hotel"] in cells
    show_tab(page, page.delegation)
    assert page.delegation_count.text() == "6 people: 6 ours, 0 visiting."


def test_first_start_on_an_empty_default_database_offers_the_demo(
    start, monkeypatch, isolated_home
):
    asked = []
    monkeypatch.setattr(
        first_start.FirstStartDialog,
        "ask",
        classmethod(lambda cls, parent: asked.append(1) or first_start.DEMO),
    )
    window = start()
    assert asked == [1]
    assert window.ctx.database.path == isolated_home / "data" / "city-diplomacy-desk.sqlite3"
    assert window.pages["trips"].model.rowCount() == DEMO_TRIPS
    window.ctx.close()
    start()
    assert asked == [1]  # not asked again: the database holds data now


def test_starting_empty_is_remembered(start, monkeypatch):
    asked = []
    monkeypatch.setattr(
        first_start.FirstStartDialog,
        "ask",
        classmethod(lambda cls, parent: asked.append(1) or first_start.EMPTY),
    )
    window = start()
    page = window.pages["trips"]
    assert page.model.rowCount() == 0
    assert page.list_stack.currentWidget() is page.empty_label
    assert "Nothing here yet" in page.empty_label.text()
    window.ctx.close()
    start()
    assert asked == [1]


def test_a_chosen_database_is_never_offered_the_demo(start, monkeypatch, tmp_path):
    monkeypatch.setattr(
        first_start.FirstStartDialog,
        "ask",
        classmethod(lambda cls, parent: pytest.fail("asked on a chosen database")),
    )
    window = start("--db", str(tmp_path / "new.sqlite3"))
    assert window.pages["trips"].model.rowCount() == 0


def test_the_trip_list_model_is_sound(qtmodeltester, demo_file):
    from cityapp.db import open_database
    from cityapp.services.lists import TRIPS, fetch_rows
    from ui.models.records import RecordTableModel

    db = open_database(demo_file)
    try:
        with db.factory() as s:
            rows = fetch_rows(s, TRIPS)
    finally:
        db.dispose()
    model = RecordTableModel(TRIPS)
    model.set_source(lambda offset, limit: rows[offset : offset + limit], len(rows))
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(TITLE, Qt.Orientation.Horizontal) == "Title"


def test_an_unexpected_error_is_logged_shown_and_survived(start, demo_copy, errors, isolated_home):
    from ui.errors import handle_exception

    window = start("--db", str(demo_copy))
    try:
        raise ValueError("a broken invariant")
    except ValueError as exc:
        handle_exception(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert len(errors) == 1
    title, message = errors[0]
    assert "ValueError: a broken invariant" in message
    assert str(isolated_home / "log") in message
    log = (isolated_home / "log" / "city-diplomacy-desk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "a broken invariant" in log
    assert window.isVisible()
    assert window.pages["trips"].model.rowCount() == DEMO_TRIPS


def test_window_geometry_and_page_are_remembered(start, demo_copy):
    window = start("--db", str(demo_copy))
    window.resize(790, 570)
    window.show_page("dashboard")
    window.close()
    again = start("--db", str(demo_copy))
    assert (again.width(), again.height()) == (790, 570)
    assert again.current_page() is again.pages["dashboard"]


def test_navigation_by_list_and_keyboard(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    window.nav.setCurrentRow(1)
    assert window.current_page() is window.pages["cities"]
    assert window.rows_label.text() == f"{DEMO_CITIES} of {DEMO_CITIES} rows"
    window.nav.setCurrentRow(0)
    assert window.current_page() is window.pages["dashboard"]
    assert window.rows_label.text() == ""
    action = next(
        a
        for a in window.findChildren(type(window.reload_action))
        if a.shortcut() == QKeySequence("Ctrl+4")
    )
    action.trigger()
    assert window.current_page() is window.pages["trips"]


def test_opening_a_bad_file_keeps_the_open_database(
    start, demo_copy, tmp_path, monkeypatch, errors
):
    window = start("--db", str(demo_copy))
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database " * 100)
    monkeypatch.setattr(
        OpenFileDialog, "ask", classmethod(lambda cls, parent, directory, new=False: str(bad))
    )
    window.open_db_action.trigger()
    assert len(errors) == 1 and "not a City Diplomacy Desk database" in errors[0][1]
    assert window.ctx.database.path == demo_copy
    assert window.pages["trips"].model.rowCount() == DEMO_TRIPS


def test_opening_another_database_reloads_the_pages(start, demo_copy, tmp_path, monkeypatch):
    window = start("--db", str(demo_copy))
    other = tmp_path / "other.sqlite3"
    monkeypatch.setattr(
        OpenFileDialog, "ask", classmethod(lambda cls, parent, directory, new=False: str(other))
    )
    window.new_db_action.trigger()
    assert window.ctx.database.path == other
    assert window.pages["trips"].model.rowCount() == 0
    assert "other.sqlite3" in window.db_label.text()


def test_backup_writes_a_copy_beside_the_database(start, demo_copy):
    window = start("--db", str(demo_copy))
    window.backup_action.trigger()
    copies = list((demo_copy.parent / "backups").glob("demo-*.sqlite3"))
    assert len(copies) == 1
    assert Path(copies[0]).read_bytes()[:15] == b"SQLite format 3"
    assert str(copies[0]) in window.statusBar().currentMessage()


def test_a_database_that_cannot_open_raises_for_tests_and_explains_for_users(
    start, tmp_path, errors
):
    from cityapp.errors import DatabaseOpenError
    from ui.app import run

    with pytest.raises(DatabaseOpenError):
        start("--db", r"\\server\share\office.sqlite3")
    assert run(["--db", r"\\server\share\office.sqlite3"], exec=True) == 1
    assert "shared server" in errors[0][1]


def test_open_demo_database_creates_it_once_and_opens_it(start, tmp_path, isolated_home):
    window = start("--db", str(tmp_path / "mine.sqlite3"))
    window.demo_action.trigger()
    demo = isolated_home / "data" / "demo.sqlite3"
    assert window.ctx.database.path == demo
    assert window.pages["trips"].model.rowCount() == DEMO_TRIPS
    with window.ctx.database.factory.begin() as s:
        s.add(City(name_en="Kept", country_code="FR", timezone="Europe/Paris"))
    window.demo_action.trigger()  # the second time it opens the same file: nothing rebuilt, nothing lost
    assert window.ctx.database.path == demo
    assert window.pages["trips"].model.rowCount() == DEMO_TRIPS
    with window.ctx.database.factory() as s:
        assert s.scalar(select(City.id).where(City.name_en == "Kept")) is not None


def test_the_dashboard_lists_what_is_coming_up(start, demo_copy, qtbot):
    from datetime import date

    from tests.ui.helpers import figures_shown

    window = start("--db", str(demo_copy))
    page = window.pages["dashboard"]
    CLOCK.set(date(2026, 11, 27))
    page.show_tab("coming_up")
    page.reload()
    figures_shown(qtbot, page)
    assert page.trips.row_count() == 2
    assert page.trips.text(0, 4) == "Jakarta delegation visit to Tokyo"
    assert page.agreements_empty.isVisibleTo(page)
    CLOCK.set(date(2024, 4, 20))
    page.reload()
    figures_shown(qtbot, page)
    assert page.agreements.text(1, 2) == "30th anniversary: Sister city affiliation"
    page.agreements.open_row(1)
    assert window.current_page() is window.pages["cities"]
    assert window.pages["cities"].heading.text() == "Berlin"


def test_start_up_builds_the_page_shown_and_the_rest_when_idle(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    assert window.pages.built_keys() == {"trips"}  # start-up pays for the page shown alone
    assert window.stack.currentWidget() is window.pages["trips"]
    qtbot.waitUntil(lambda: window.pages.built_keys() == set(window.pages), timeout=10_000)
    # Built while idle, each page stands in its own place and is shown by its entry.
    for row, key in enumerate(window.pages):
        assert window.stack.indexOf(window.pages[key]) == row
    window.show_page("meetings")
    assert window.current_page() is window.pages["meetings"]


def test_about_names_the_version_and_the_third_party_licences(start, demo_copy, monkeypatch):
    from cityapp import __version__
    from ui.dialogs.about import AboutDialog

    window = start("--db", str(demo_copy))
    assert not window.windowIcon().isNull()  # the program's icon
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    about = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu().actions()[-1]
    about.trigger()
    (dialog,) = shown
    text = dialog.tabs.widget(0).text()
    assert f"City Diplomacy Desk {__version__}" in text and "GNU Lesser General Public" in text
    assert dialog.licences.toPlainText() == ""  # read only when looked at
    dialog.tabs.setCurrentWidget(dialog.licences)
    notice = dialog.licences.toPlainText()
    assert "PySide6_Essentials" in notice and "GNU LESSER GENERAL PUBLIC LICENSE" in notice
    assert "openpyxl" in notice and "pytest" not in notice  # what runs, not what tests


def test_the_window_opens_without_loading_what_its_first_page_does_not_need(demo_copy, tmp_path):
    """Start-up pays only for the page it shows: the workbook, calendar, migration and holiday
    libraries, and the other pages' modules, load when first used."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    probe = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "from ui.app import run\n"
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from cityapp import APP_SLUG, ORG_NAME\n"
        "QCoreApplication.setOrganizationName(ORG_NAME)\n"
        "QCoreApplication.setApplicationName(APP_SLUG)\n"
        "QSettings().setValue('window/page', 'meetings')  # the page used last\n"
        f"window = run(['--db', {str(demo_copy)!r}], exec=False)\n"
        "assert window.stack.currentWidget() is window.pages['meetings']\n"
        "QApplication.processEvents()\n"
        "window.grab()\n"
        "heavy = ('openpyxl', 'icalendar', 'alembic', 'holidays', 'ui.views.trips_page',\n"
        "         'ui.views.dashboard', 'cityapp.excel')\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "window.ctx.close()\n"
    )
    env = {**os.environ, "CITYAPP_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_collector_waits_while_the_program_starts(demo_copy, tmp_path):
    """Started through main.py, the cycle collector is held until the window is painted, then
    what start-up made is set aside (frozen) and the collector runs again; a test process that
    only imports the window is left as it was."""
    import gc
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    probe = (
        "import gc, os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "import main  # the entry point's module, as `uv run main.py` loads it\n"
        "print('held', not gc.isenabled())\n"
        "from ui.app import run\n"
        "from PySide6.QtWidgets import QApplication\n"
        f"window = run(['--db', {str(demo_copy)!r}], exec=False)\n"
        "print('shown', not gc.isenabled())\n"
        "QApplication.processEvents()\n"
        "print('settled', gc.isenabled(), gc.get_freeze_count() > 50_000)\n"
        "window.ctx.close()\n"
    )
    env = {**os.environ, "CITYAPP_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-4:] == [
        "held True",
        "shown True",
        "settled True True",
        "",
    ], done.stdout
    assert gc.isenabled()  # this process imported the window without the entry point
