"""The window's language: --lang, Tools > Language, the system's; Qt's own words follow it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui import language


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    language.install(QApplication.instance(), "en")  # the next test starts as the others do


def cancel_button_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return box.button(QDialogButtonBox.StandardButton.Cancel).text()
    finally:
        box.deleteLater()


def test_lang_ja_opens_the_window_in_japanese_with_qts_own_words(start, demo_copy):
    window = start("--db", str(demo_copy), "--lang", "ja")
    assert language.current() == "ja"
    assert QLocale().language() == QLocale.Language.Japanese
    assert cancel_button_text() == "キャンセル"  # Qt's own buttons, from its bundled catalogue
    assert window.language_actions["ja"].isChecked()
    assert not window.language_actions["en"].isChecked()
    assert [a.text() for a in window.language_actions.values()] == ["日本語", "English"]


def test_the_language_chosen_is_kept_for_the_next_opening(start, demo_copy, dialogs, monkeypatch):
    monkeypatch.delenv("CITYAPP_LANG")
    window = start("--db", str(demo_copy), "--lang", "en")
    assert language.current() == "en" and cancel_button_text() == "Cancel"
    window.language_actions["ja"].trigger()
    assert language.chosen() == "ja"
    assert "日本語" in dialogs["notice"][-1] and "next time" in dialogs["notice"][-1]
    again = start("--db", str(demo_copy))  # no --lang: the officer's choice
    assert language.current() == "ja" and again.language_actions["ja"].isChecked()
    # --lang still wins over the choice, and the choice is left as it was.
    start("--db", str(demo_copy), "--lang", "en")
    assert language.current() == "en" and language.chosen() == "ja"
    # Choosing the language already shown keeps it and says nothing.
    told = len(dialogs["notice"])
    window.language_actions["en"].trigger()
    assert language.chosen() == "en" and len(dialogs["notice"]) == told


def test_without_a_choice_the_window_follows_the_system(monkeypatch):
    monkeypatch.delenv("CITYAPP_LANG")
    monkeypatch.setattr(language, "system_language", lambda: "ja")
    assert language.resolve() == "ja"
    monkeypatch.setattr(language, "system_language", lambda: "en")
    assert language.resolve() == "en"
    monkeypatch.setenv("CITYAPP_LANG", "ja")
    assert language.resolve() == "ja" and language.resolve("en") == "en"


def test_the_command_line_passes_lang_to_the_window(monkeypatch):
    from cityapp import cli
    from ui import launch

    forwarded = []
    monkeypatch.setattr("ui.app.run", lambda argv: forwarded.append(argv) or 0)
    monkeypatch.setattr(launch, "has_display", lambda: True)
    assert cli.main(["--lang", "ja", "--db", "x.sqlite3"], gui=launch.open_window) == 0
    assert forwarded == [["--db", "x.sqlite3", "--lang", "ja"]]
    assert cli.main(["--lang", "fr"], gui=launch.open_window) != 0  # refused with usage
    assert len(forwarded) == 1


def test_the_japanese_window_reads_in_japanese(start, demo_copy):
    from PySide6.QtWidgets import QLabel

    from tests.ui.helpers import page_of

    window = start("--db", str(demo_copy), "--lang", "ja")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["ファイル(&F)", "編集(&E)", "表示(&V)", "ツール(&T)", "ヘルプ(&H)"]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:4] == ["ダッシュボード", "都市", "相手方", "出張・来訪"]
    trips = page_of(window, "trips")
    labels = {label.text() for label in trips.form.findChildren(QLabel)}
    assert {"件名 *", "区分 *", "訪問都市（順に）"} <= labels  # no access key to type on a kanji
    header = trips.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "開始"
    assert trips.model.index(0, 2).data() in {"派遣", "受入"}  # stored values shown in words
    import re

    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", trips.model.index(0, 0).data())
    # A rule's message, its field label inside it, in Japanese.
    problems = trips.form.problems({**trips.form.values(), "title": ""})
    assert problems["title"] == "件名は必須です。"


def test_the_window_font_is_the_systems_japanese_interface_font():
    installed = {"Segoe UI", "Meiryo UI", "Yu Gothic UI", "MS UI Gothic"}
    assert language.ui_font_families("ja", installed, "Segoe UI") == ["Yu Gothic UI", "Segoe UI"]
    assert language.ui_font_families("en", installed, "Segoe UI") == ["Segoe UI", "Yu Gothic UI"]
    older = {"Segoe UI", "Meiryo UI"}  # Windows before 8.1 has no Yu Gothic
    assert language.ui_font_families("ja", older, "Segoe UI") == ["Meiryo UI", "Segoe UI"]
    assert language.ui_font_families("ja", {"Segoe UI"}, "Segoe UI") == ["Segoe UI"]


# Words that stay as they are in a Japanese window: names of products, formats, keys and codes.
KEPT = {
    "City",
    "Diplomacy",
    "Desk",
    "PDF",
    "Excel",
    "CSV",
    "PNG",
    "PostgreSQL",
    "URL",
    "ISO",
    "JPY",
    "EUR",
    "USD",
    "APPI",
    "GDPR",
    "VACUUM",
    "FULL",
    "Outlook",
    "Google",
    "English",
    "Ctrl",
    "Shift",
    "Alt",
    "Esc",
    "Enter",
    "Tab",
    "Del",
    "Delete",
    "Down",
    "Up",
    "YYYY",
    "MM",
    "DD",
    "HH",
    "MoU",
}


def english_words(text: str) -> set[str]:
    import re

    return {w for w in re.findall(r"[A-Za-z]{3,}", text or "") if w not in KEPT}


def test_every_page_and_tab_of_the_japanese_window_speaks_japanese(start, demo_copy, qtbot):
    """Menus, buttons, tabs, column headings, field labels, placeholders and tooltips on every
    page and tab: no English word left (the records' own names are data, and not looked at)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView, QTabWidget

    from tests.ui.helpers import figures_shown

    window = start("--db", str(demo_copy), "--lang", "ja")
    found: dict[str, set[str]] = {}

    def look(text: str, where: str) -> None:
        if words := english_words(text):
            found.setdefault(where, set()).update(words)

    def sweep(where: str) -> None:
        page = window.current_page()
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.buddy() is not None:
                look(label.text(), f"{where}: field label")
        for button in page.findChildren(QAbstractButton):
            if button.isVisible():
                look(button.text(), f"{where}: button")
                look(button.toolTip(), f"{where}: tooltip")
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                look(tabs.tabText(i), f"{where}: tab")
        for view in page.findChildren(QTableView):
            model = view.model()
            for column in range(model.columnCount() if model is not None else 0):
                look(
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                    f"{where}: heading",
                )
        for edit in page.findChildren(QLineEdit):
            if edit.isVisible():
                look(edit.placeholderText(), f"{where}: placeholder")

    def menus(actions, where="menu") -> None:
        for action in actions:
            look(action.text(), where)
            look(action.statusTip(), where)
            if action.menu() is not None:
                menus(action.menu().actions(), where)

    menus(window.menuBar().actions())
    for key in window.pages:
        window.show_page(key)
        page = window.current_page()
        if key == "dashboard":
            for tab in page.TABS:
                page.show_tab(tab)
                figures_shown(qtbot, page)
                sweep(f"{key}/{tab}")
            continue
        tabs = getattr(page, "tabs", None)
        for i in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(i)
            qtbot.wait(1)
            sweep(f"{key}/{i}")
    assert found == {}


def test_an_export_offers_the_windows_language_first_and_the_other_as_well(start, demo_copy):
    from ui.dialogs.export import ExportDialog

    window = start("--db", str(demo_copy), "--lang", "ja")
    dialog = ExportDialog(window, "説明資料", "briefing.xlsx", "Excel (*.xlsx)", languages=True)
    assert dialog.language.currentData() == "ja"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # for a colleague abroad
    assert dialog.language.currentData() == "en"
    dialog.deleteLater()
    language.install(QApplication.instance(), "en")
    english = ExportDialog(window, "Briefing", "briefing.xlsx", "Excel (*.xlsx)", languages=True)
    assert english.language.currentData() == "en"
    english.deleteLater()


def test_the_dialogs_of_the_japanese_window_speak_japanese(start, demo_copy, qtbot, tmp_path):
    """Each dialog the window opens, built as the window builds it: no English word left in its
    title, labels, buttons, tips, tabs, column headings or placeholders."""
    from datetime import UTC, date, datetime

    from PySide6.QtWidgets import (
        QAbstractButton,
        QDialog,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableView,
    )

    from cityapp import fields
    from cityapp.excel.imports import ImportReport, RowResult
    from cityapp.i18n import QT_TRANSLATE_NOOP
    from cityapp.models import CommitmentStatus
    from cityapp.services.itinerary import load_trip
    from cityapp.services.office import Conventions
    from cityapp.services.privacy import ReviewLine
    from cityapp.sqlite_files import Backup
    from ui.actions import read
    from ui.dialogs.audit_trail import AuditTrailDialog
    from ui.dialogs.carry import CarryDialog
    from ui.dialogs.conventions import ConventionsDialog
    from ui.dialogs.copy_trip import CopyTripDialog
    from ui.dialogs.export import BriefingDialog, ExportDialog
    from ui.dialogs.first_start import FirstStartDialog
    from ui.dialogs.import_preview import ImportPreview
    from ui.dialogs.itinerary_item import ItineraryItemDialog
    from ui.dialogs.organizations import OrganizationsDialog
    from ui.dialogs.precedence import PrecedenceDialog
    from ui.dialogs.privacy_review import ReviewDialog
    from ui.dialogs.record_dialog import RecordDialog
    from ui.dialogs.restore import RestoreDialog
    from ui.dialogs.search_popup import SearchPopup
    from ui.dialogs.target import TargetDialog
    from ui.dialogs.world_city import WorldCityDialog
    from ui.views.record_page import RefChoices

    window = start("--db", str(demo_copy), "--lang", "ja")
    ctx, provider = window.ctx, RefChoices(window.ctx)
    report = ImportReport(
        "counterparts",
        accepted=[RowResult(2, "Kim Min-jun")],
        rejected=[RowResult(3, "?", [QT_TRANSLATE_NOOP("imports", "row {n}").format(n=3)])],
    )
    dialogs: list[QDialog] = [
        AuditTrailDialog(ctx, window),
        CarryDialog(window, "Send the report.", [(1, "2014-10-27")], CommitmentStatus.OPEN),
        ExportDialog(window, "出力", "all.xlsx", "Excel (*.xlsx)", languages=True),
        BriefingDialog(window, "briefing.xlsx"),
        FirstStartDialog(window),
        ImportPreview(window, report, tmp_path / "list.xlsx"),
        ItineraryItemDialog(
            window,
            "日程",
            {
                "kind": "meeting",
                "title": "",
                "participants": [],
                "start_zone": "Europe/Berlin",
                "end_zone": "Europe/Berlin",
                "starts_at": datetime(2014, 10, 27, 8, 0, tzinfo=UTC),
                "ends_at": datetime(2014, 10, 27, 9, 0, tzinfo=UTC),
            },
            provider,
            {},
            [(1, "Mori Aiko")],
        ),
        OrganizationsDialog(ctx, window),
        PrecedenceDialog(ctx, window.undo_stack, window),
        ReviewDialog(window, [ReviewLine(1, "Emily Carter", date(2015, 3, 31), "食事")]),
        RecordDialog(window, "贈答品", fields.GIFT, provider, {}),
        RestoreDialog(
            window,
            tmp_path / "office.sqlite3",
            [Backup(tmp_path / "office-1.sqlite3", datetime(2026, 11, 1, 9, 0).astimezone(), 4096)],
        ),
        SearchPopup(ctx, window),
        TargetDialog(window, "目標", provider, {"rule": {"any": [{"agreement_in_force": True}]}}),
        WorldCityDialog(window),
        ConventionsDialog(window, Conventions(era=True)),
        CopyTripDialog(window, read(ctx, lambda s: load_trip(s, 1))),
    ]
    found: dict[str, set[str]] = {}
    for dialog in dialogs:
        dialog.show()
        qtbot.wait(1)
        name = type(dialog).__name__
        texts = [dialog.windowTitle()]
        texts += [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        for button in dialog.findChildren(QAbstractButton):
            if button.isVisible():
                texts += [button.text(), button.toolTip()]
        texts += [box.title() for box in dialog.findChildren(QGroupBox)]
        texts += [e.placeholderText() for e in dialog.findChildren(QLineEdit) if e.isVisible()]
        for view in dialog.findChildren(QTableView):
            model = view.model()
            for column in range(model.columnCount() if model is not None else 0):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        for text in texts:
            if words := english_words(text) - DATA_IN_DIALOGS:
                found.setdefault(name, set()).update(words)
        dialog.close()
        dialog.deleteLater()
    assert found == {}


# The records and files the dialogs above are given: data, not the window's words.
DATA_IN_DIALOGS = {
    *("Kim", "Min", "jun", "Emily", "Carter", "Mori", "Aiko", "Send", "the", "report"),
    *("list", "xlsx", "office", "sqlite", "sqlite3", "briefing", "all"),
    *("ANMC", "Secretariat"),  # an organization of the demo office
    "Wien",  # a city name typed in its own script, given as an example
    *("Sochi", "Winter", "Paralympic", "Games"),  # the trip copied
    *("Head", "state", "government"),  # the first office of the order, by its English name
}


def test_japanese_lists_of_people_follow_the_readings(start, demo_copy):
    """In Japanese the Counterparts and Staff lists are in 五十音順, by the readings."""
    from cityapp.search import gojuon_key
    from tests.ui.helpers import page_of

    window = start("--db", str(demo_copy), "--lang", "ja")
    for key in ("staff", "counterparts"):
        page = page_of(window, key)
        column = [c.key for c in page.spec.columns].index("reading")
        model = page.model
        model.load_until(model.total())
        readings = [model.index(r, column).data() for r in range(model.rowCount())]
        known = [r for r in readings if r]
        assert len(known) >= 10, key
        assert known == sorted(known, key=gojuon_key), key
        assert model.headerData(column, Qt.Orientation.Horizontal) == "読み"
    # ヴ reads as ウ, not after every other kana as its code would put it.
    assert readings[:3] == ["イ ソヨン", "ヴェーバー ヨナス", "ヴォルコワ アンナ"]


def test_japanese_lists_show_the_japanese_names(start, demo_copy):
    """In Japanese the lists show the Japanese titles and names a record has (meetings, projects,
    programmes, bureaus, networks, the cities of meetings, commitments, counterparts and trips'
    routes), the English where it has none, and sort by what they show."""
    from sqlalchemy import select

    from cityapp.db import open_database
    from cityapp.models import (
        City,
        Commitment,
        Counterpart,
        Meeting,
        Network,
        Programme,
        Project,
        Trip,
    )
    from tests.ui.helpers import page_of
    from ui.models.rows import ID_ROLE

    def ja(name_ja, name_en):
        return name_ja or name_en

    db = open_database(str(demo_copy))
    with db.session() as s:
        cities = {c.id: c for c in s.scalars(select(City))}

        def city(city_id):
            c = cities.get(city_id)
            return ja(c.name_ja, c.name_en) if c else None

        def route(t):
            if not t.stops:
                return city(t.destination_city_id)
            return " → ".join(city(stop.city_id) for stop in t.stops)

        expected = {
            ("projects", "title"): {
                p.id: ja(p.title_ja, p.title) for p in s.scalars(select(Project))
            },
            ("projects", "bureau"): {
                p.id: ja(p.bureau.name_ja, p.bureau.name_en) if p.bureau else None
                for p in s.scalars(select(Project))
            },
            ("programmes", "title"): {
                p.id: ja(p.title_ja, p.title) for p in s.scalars(select(Programme))
            },
            ("networks", "name"): {n.id: ja(n.name_ja, n.name) for n in s.scalars(select(Network))},
            ("meetings", "city"): {m.id: city(m.city_id) for m in s.scalars(select(Meeting))},
            ("meetings", "title"): {
                m.id: ja(m.title_ja, m.title) for m in s.scalars(select(Meeting))
            },
            ("commitments", "meeting"): {
                c.id: ja(c.meeting.title_ja, c.meeting.title) for c in s.scalars(select(Commitment))
            },
            ("commitments", "city"): {
                c.id: city(c.meeting.city_id) for c in s.scalars(select(Commitment))
            },
            ("counterparts", "city"): {
                p.id: city(p.city_id) for p in s.scalars(select(Counterpart))
            },
            ("trips", "destination"): {t.id: route(t) for t in s.scalars(select(Trip))},
        }
    db.dispose()
    window = start("--db", str(demo_copy), "--lang", "ja")
    japanese_seen = 0
    for (key, column_key), want in expected.items():
        page = page_of(window, key)
        model = page.model
        model.load_until(model.total())
        column = [c.key for c in page.spec.columns].index(column_key)
        shown = {
            model.index(r, 0).data(ID_ROLE): model.index(r, column).data() or None
            for r in range(model.rowCount())
        }
        assert shown, key
        assert {i: want[i] for i in shown} == shown, (key, column_key)
        japanese_seen += sum(1 for v in shown.values() if v and not v.isascii())
        # Sorted by what it shows.
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        model.load_until(model.total())
        listed = [model.index(r, column).data() or "" for r in range(model.rowCount())]
        assert listed == sorted(listed) or column_key == "destination", (key, listed[:5])
    assert japanese_seen > 50


def test_a_lists_title_stays_readable_beside_long_japanese_dates(start, demo_copy, qtbot):
    """At 1280 pixels the Japanese Trips list's two dates (2026年12月28日) leave the title little
    room: it keeps a readable width and the list scrolls sideways; in a wider window it
    stretches again."""
    from PySide6.QtWidgets import QHeaderView

    from tests.ui.helpers import page_of
    from ui.views.list_page import READABLE

    window = start("--db", str(demo_copy), "--lang", "ja")
    window.resize(1280, 800)
    page = page_of(window, "trips")
    header = page.table.horizontalHeader()
    title = [c.key for c in page.spec.columns].index("title")
    qtbot.waitUntil(lambda: header.sectionSize(title) >= READABLE)
    if header.sectionResizeMode(title) == QHeaderView.ResizeMode.Interactive:
        assert page.table.horizontalScrollBar().maximum() > 0  # the rest is a scroll away
    window.resize(2400, 900)
    page.splitter.setSizes([1700, 600])
    qtbot.waitUntil(
        lambda: (
            header.sectionResizeMode(title) == QHeaderView.ResizeMode.Stretch
            and header.sectionSize(title) > READABLE
        )
    )
    assert page.table.horizontalScrollBar().maximum() == 0


def test_the_japanese_meetings_list_is_not_squeezed_by_a_tab(start, demo_copy, qtbot):
    """No tab of a meeting (the seating controls with their long Japanese captions wrap) makes
    the record's panel so wide that the list beside it shrinks to its first column."""
    from tests.ui.helpers import page_of

    window = start("--db", str(demo_copy), "--lang", "ja")
    window.resize(1280, 800)
    page = page_of(window, "meetings")
    widest = max(
        (page.tabs.widget(i).minimumSizeHint().width(), page.tabs.tabText(i))
        for i in range(page.tabs.count())
    )
    assert widest[0] < 450, widest
    qtbot.waitUntil(lambda: page.splitter.sizes()[0] >= 500)


def test_a_citys_history_speaks_japanese(start, demo_copy):
    """In Japanese a city's and a person's history words what happened in Japanese (締結：…, a
    commitment's status) and names a meeting by its Japanese title."""
    from tests.ui.helpers import page_of, select_by, show_tab

    window = start("--db", str(demo_copy), "--lang", "ja")
    page = page_of(window, "cities")
    select_by(page, 0, "Seoul")
    show_tab(page, page.history)
    table = page.timeline
    events = [table.text(r, 2) for r in range(table.row_count())]
    assert "ソウル特別市との会談" in events
    assert "Talks with the Seoul Metropolitan Government" not in events
    assert any(e.startswith("締結：") for e in events), events
    assert not [e for e in events if e.startswith(("Signed:", "Renewed:", "Ended:"))]
    statuses = [
        e for e in events if e.endswith(("（未了）", "（対応中）", "（完了）", "（取消し）"))
    ]
    english = [e for e in events if e.endswith(("(open)", "(done)", "(in progress)"))]
    assert english == [] and statuses, events


def test_the_japanese_dashboard_names_the_cities_of_agreements_coming_up(start, demo_copy, qtbot):
    from datetime import date

    from cityapp.clock import CLOCK
    from tests.ui.helpers import figures_shown

    window = start("--db", str(demo_copy), "--lang", "ja")
    page = window.pages["dashboard"]
    CLOCK.set(date(2024, 4, 20))
    page.show_tab("coming_up")
    page.reload()
    figures_shown(qtbot, page)
    cities = {page.agreements.text(r, 1) for r in range(page.agreements.row_count())}
    assert "ベルリン" in cities and "Berlin" not in cities, cities


def test_no_table_of_the_japanese_window_shows_english_but_stored_names(start, demo_copy, qtbot):
    """Every page and every tab of the Japanese window, its tables read cell by cell: no Latin
    word but those of names and texts stored in English, country codes and time zones (the
    check the Japanese exports pass, applied to the screen; it found the Dashboard's trips with
    their direction and status in English)."""
    import re
    from datetime import date

    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView
    from sqlalchemy import select

    from cityapp.clock import CLOCK
    from cityapp.db import open_database
    from cityapp.models import AuditEntry
    from tests.cityapp.test_japanese_exports import WORD, Stored, english_left
    from tests.ui.helpers import figures_shown
    from ui.main_window import PAGE_KEYS

    db = open_database(str(demo_copy))
    with db.factory() as s:
        stored = Stored(s)
        actors = set(s.scalars(select(AuditEntry.actor).distinct()))  # the change history's
    db.dispose()
    CLOCK.set(date(2026, 11, 27))  # trips and agreements coming up in the demo
    window = start("--db", str(demo_copy), "--lang", "ja")
    window.resize(1280, 800)

    def columns(model) -> int:
        try:
            return model.columnCount(QModelIndex())
        except TypeError:  # a list model
            return 1

    def table_texts(page) -> list[str]:
        texts = []
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if not view.isVisible() or model is None:
                continue
            for column in range(columns(model)):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(min(model.rowCount(QModelIndex()), 30)):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        texts.append(value)
        return texts

    left: dict[tuple[str, str], list[str]] = {}
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.pages[key]
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            if key == "dashboard":
                figures_shown(qtbot, page)
            qtbot.wait(20)
            texts = table_texts(page)
            allowed = {  # country codes, time zones, the names of who changed what
                w.casefold()
                for t in texts
                for part in re.findall(r"\w+/[\w/]+", t)
                for w in WORD.findall(part)
            }
            words = [
                w
                for w in english_left(texts, stored)
                if not (len(w) == 2 and w.isupper())
                and w.casefold() not in allowed
                and w not in actors
            ]
            if words:
                tab = tabs.tabText(index) if tabs is not None else ""
                left[(key, tab)] = words
    assert left == {}


def test_japanese_pickers_offer_the_japanese_names(start, demo_copy, qtbot):
    """In a Japanese window a picker labels a city by its Japanese name and its English one (so
    it is found typed either way), a meeting, bureau or project by its Japanese name."""
    from cityapp.services.choices import picker_choices
    from tests.ui.helpers import page_of, select_by
    from ui.actions import read

    window = start("--db", str(demo_copy), "--lang", "ja")
    page = page_of(window, "meetings")
    select_by(page, 1, "ソウル特別市との会談")
    city = page.form.inputs["city_id"]
    assert city.combo.currentText() == "ソウル Seoul (KR)"
    city.ensure_loaded()
    labels = city._labels
    assert "ソウル Seoul (KR)" in labels and "東京 Tokyo (JP)" in labels
    assert city.value() == page.form.inputs["city_id"].value()  # still the same record
    ctx = window.ctx
    for kind, japanese, english in (
        ("meeting", "ソウル特別市との会談", "Talks with the Seoul Metropolitan Government"),
        ("bureau", "環境局", "Bureau of Environment"),
        ("project", "ジャカルタとの都市水害対策", "Urban flood resilience with Jakarta"),
    ):
        ja = " | ".join(
            label for _i, label in read(ctx, lambda s, k=kind: picker_choices(s, k, "ja"))
        )
        en = " | ".join(label for _i, label in read(ctx, lambda s, k=kind: picker_choices(s, k)))
        assert japanese in ja and english not in ja, kind
        assert english in en and japanese not in en, kind
