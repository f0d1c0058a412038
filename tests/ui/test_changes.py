"""A committed change reaches exactly the pages that show its kind; F5 has one owner."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from cityapp.changes import ChangeSet
from tests.ui.helpers import page_of, retype, select_by
from ui.dialogs.organizations import OrganizationsDialog

PAGES = ["cities", "counterparts", "trips", "meetings", "commitments", "networks", "staff"]


def counted_reloads(window) -> dict[str, list]:
    calls: dict[str, list] = {key: [] for key in PAGES}
    for key in PAGES:
        page = window.pages[key]
        original = page.reload
        page.reload = lambda page=page, key=key, original=original: (
            calls[key].append(1),
            original(),
        )
    return calls


def test_a_save_reaches_only_the_pages_that_show_its_kind(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    for key in PAGES:  # every page read once, as after a while of work
        page_of(window, key)
    page = page_of(window, "staff")
    select_by(page, 0, page.model.index(0, 0).data())
    calls = counted_reloads(window)
    heard: list[ChangeSet] = []
    window.ctx.changed.connect(heard.append)
    dashboard = window.pages["dashboard"]
    dashboard_before = set(dashboard.stale)
    retype(qtbot, page.form.inputs["title"].edit, "Director of Protocol")
    assert page.save()
    (change,) = heard
    assert change.kinds == {"staff_member"} and change.ids("staff_member") == {page.current_id}
    assert change.actor == window.ctx.officer
    assert len(calls["staff"]) == 1  # shown: reloaded once
    stale = {key for key in PAGES if window.pages[key]._list_stale}
    # Staff appear in trips' leads, meetings' attendees and commitments' owners.
    assert stale == {"trips", "meetings", "commitments"}
    assert all(not calls[key] for key in PAGES if key != "staff")  # hidden: not read now
    assert set(dashboard.stale) == dashboard_before  # staff are not on the dashboard
    # A stale page reads again when it is shown.
    page_of(window, "meetings")
    assert len(calls["meetings"]) == 1 and not window.pages["meetings"]._list_stale


def test_a_new_city_appears_in_another_pages_picker(start, demo_copy, qtbot, monkeypatch):
    window = start("--db", str(demo_copy))
    cities = page_of(window, "cities")
    monkeypatch.setattr(
        cities,
        "new_record",
        lambda values=None: (
            type(cities)
            .__mro__[1]
            .new_record(
                cities,
                {
                    "name_en": "Valparaíso",
                    "country_code": "CL",
                    "timezone": "America/Santiago",
                    "relationship_level": "contact",
                    "status": "prospect",
                    "priority": 3,
                },
            )
        ),
    )
    cities.new_record()
    assert cities.save()
    people = page_of(window, "counterparts")
    select_by(people, 0, "Kim")
    picker = people.form.inputs["city_id"]
    # Until the officer opens it, the picker shows the record's city alone, read by id.
    assert [picker.combo.itemText(i) for i in range(picker.combo.count())] == ["Seoul (KR)"]
    seoul = picker.value()
    assert seoul is not None and not picker.loaded
    qtbot.keyClick(picker.combo.lineEdit(), Qt.Key.Key_End)  # the officer opens it
    labels = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert "Valparaíso (CL)" in labels and len(labels) > 20
    assert picker.value() == seoul and picker.combo.currentText() == "Seoul (KR)"
    assert not people.form.is_dirty()


def test_f5_reloads_the_page_shown(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "cities")
    owners = [
        a
        for a in window.findChildren(QAction)
        if QKeySequence(QKeySequence.StandardKey.Refresh) in a.shortcuts()
        or QKeySequence("F5") in a.shortcuts()
    ]
    assert owners == [window.reload_action]  # one owner: Qt fires no ambiguous shortcut
    reloads = []
    page.reload_from_database = lambda: reloads.append(1)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert reloads == [1]


def test_the_organizations_dialog_is_gone_after_closing(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    for _ in range(3):
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
        OrganizationsDialog.show_for(window.ctx, window.undo_stack, window)
        qtbot.wait(10)  # deleteLater runs
        QApplication.sendPostedEvents(None, 0)
    assert window.findChildren(OrganizationsDialog) == []


def test_pages_are_read_when_first_shown(start, demo_copy):
    window = start("--db", str(demo_copy))
    shown = window.current_page()
    hidden = [window.pages[key] for key in PAGES if window.pages[key] is not shown]
    assert all(page._list_stale and page.model.rowCount() == 0 for page in hidden)
    cities = page_of(window, "cities")
    assert not cities._list_stale and cities.model.rowCount() > 0
    # Asked for a record before it was ever shown (a link, a search): read first.
    people = window.pages["counterparts"]
    if people is not shown:
        from sqlalchemy import select

        from cityapp.models import Counterpart

        with window.ctx.database.factory() as s:
            kim = s.scalar(select(Counterpart.id).where(Counterpart.family_name == "Kim"))
        assert people.select_record(kim) and people.current_id == kim


def test_a_new_record_reloads_its_page_once(start, demo_copy, qtbot):
    window = start("--db", str(demo_copy))
    page = page_of(window, "staff")
    calls = counted_reloads(window)
    page.new_record()
    retype(qtbot, page.form.inputs["family_name"].edit, "Hoshino")
    assert page.save()
    assert len(calls["staff"]) == 1
    assert page.heading.text() and page.current_id is not None
    assert page.model.record_id(page.table.currentIndex().row()) == page.current_id
