"""Every export in Japanese, values included: reopened, no English word is left in any cell but
those of names and text stored in English (a trip's title, a venue, a person's name in Latin
letters). And the same exports in English keep English throughout."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import Enum, String, Text, select

from cityapp.calendar_export import export_trip_calendar
from cityapp.cli import main
from cityapp.excel.briefing import BriefingOptions, export_briefing
from cityapp.excel.commitments_export import export_commitments
from cityapp.excel.gifts import export_gift_register
from cityapp.excel.imports import write_template
from cityapp.excel.meetings_export import export_meetings
from cityapp.excel.portfolio import export_portfolio
from cityapp.excel.record import RecordOptions, export_record
from cityapp.i18n import in_language
from cityapp.labels import choice_label
from cityapp.models import Base, Meeting, Trip
from cityapp.services.office import Conventions, set_conventions

TODAY = date(2026, 11, 27)
WORD = re.compile(r"[A-Za-z]{2,}")
# Stored codes that an export shows in words: vocabularies, countries, zones, languages.
CODES = {"country_code", "timezone", "zone", "start_zone", "end_zone", "language", "languages"}
NOT_SHOWN = {"audit_entry", "search_entry", "office_setting", "draft"}  # kept, never exported


class Stored:
    """The texts the office stored (names, titles, venues, notes), by their first Latin word."""

    def __init__(self, session) -> None:
        self.by_word: dict[str, set[str]] = {}
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_SHOWN:
                continue
            for column in [
                c
                for c in table.columns
                if isinstance(c.type, String | Text)
                and not isinstance(c.type, Enum)
                and c.name not in CODES
            ]:
                query = select(column).where(column.is_not(None)).distinct()
                for value in session.scalars(query):
                    words = WORD.findall(str(value))
                    if words:
                        self.by_word.setdefault(words[0].casefold(), set()).add(str(value))

    def words_in(self, text: str) -> set[str]:
        """The Latin words of stored texts that `text` contains."""
        found: set[str] = set()
        for word in {w.casefold() for w in WORD.findall(text)}:
            for value in self.by_word.get(word, ()):
                if value in text:
                    found.update(w.casefold() for w in WORD.findall(value))
        return found


def english_left(texts, stored: Stored) -> dict[str, list[str]]:
    """Latin words in `texts` that no stored text in the same cell holds: labels or values
    left untranslated."""
    found: dict[str, list[str]] = {}
    for text in texts:
        allowed = None
        for word in WORD.findall(text):
            if allowed is None:
                allowed = stored.words_in(text)
            if word.casefold() not in allowed:
                found.setdefault(word, []).append(text[:80])
    return found


def cell_texts(path) -> list[str]:
    wb = load_workbook(path)
    texts = []
    for ws in wb.worksheets:
        texts.append(ws.title)
        texts += [ws.oddHeader.center.text or "", ws.oddFooter.left.text or ""]
        for row in ws.iter_rows(values_only=True):
            texts += [v for v in row if isinstance(v, str)]
        for chart in ws._charts:
            texts.append(_chart_title(chart))
    return texts


def _chart_title(chart) -> str:
    if chart.title is None:
        return ""
    return "".join(r.t for p in chart.title.tx.rich.p for r in (p.r or []))


@pytest.fixture
def exported(demo_file, tmp_path):
    """Every export of the demo office, in Japanese, with the texts each holds (read from the
    shared demo file: the words do not depend on the database server)."""
    from cityapp.db import open_database

    demo_db = open_database(demo_file)
    with demo_db.factory() as s:
        stored = Stored(s)
        trips = s.scalars(select(Trip.id).order_by(Trip.id)).all()
    files: dict[str, list[str]] = {}
    with demo_db.factory() as s:
        for trip_id in trips:
            target = tmp_path / f"briefing-{trip_id}.xlsx"
            export_briefing(
                s,
                trip_id,
                target,
                BriefingOptions(
                    lang="ja", include_confidential=True, exported_at=datetime(2026, 11, 27, 3)
                ),
            )
            files[target.name] = cell_texts(target)
            ics = tmp_path / f"trip-{trip_id}.ics"
            export_trip_calendar(s, trip_id, ics, include_confidential=True, lang="ja")
            files[ics.name] = calendar_texts(ics)
        for meeting_id in s.scalars(select(Meeting.id).order_by(Meeting.id).limit(12)):
            target = tmp_path / f"record-{meeting_id}.xlsx"
            export_record(
                s, meeting_id, target, RecordOptions(include_confidential=True, lang="ja")
            )
            files[target.name] = cell_texts(target)
        export_portfolio(
            s, tmp_path / "portfolio.xlsx", TODAY, include_confidential=True, lang="ja"
        )
        files["portfolio"] = cell_texts(tmp_path / "portfolio.xlsx")
        export_meetings(s, tmp_path / "meetings.xlsx", include_confidential=True, lang="ja")
        files["meetings"] = cell_texts(tmp_path / "meetings.xlsx")
        export_commitments(s, tmp_path / "commitments.xlsx", include_confidential=True, lang="ja")
        files["commitments"] = cell_texts(tmp_path / "commitments.xlsx")
        export_gift_register(s, tmp_path / "gifts.xlsx", include_confidential=True, lang="ja")
        files["gifts"] = cell_texts(tmp_path / "gifts.xlsx")
    for what in ("counterparts", "cities"):
        write_template(what, tmp_path / f"{what}.xlsx", lang="ja")
        files[what] = cell_texts(tmp_path / f"{what}.xlsx")
    demo_db.dispose()
    return files, stored


def calendar_texts(path) -> list[str]:
    cal = Calendar.from_ical(path.read_bytes())
    texts = [str(cal.get("x-wr-calname", ""))]
    for event in cal.walk("VEVENT"):
        texts += [str(event.get(k, "")) for k in ("summary", "location", "description")]
        texts += [str(c) for c in event.get("categories").cats]
    return texts


def test_japanese_exports_hold_no_english_but_stored_names(exported):
    files, stored = exported
    assert len(files) > 10
    left = {name: english_left(texts, stored) for name, texts in files.items()}
    assert {name: words for name, words in left.items() if words} == {}


def test_the_check_finds_english_left_in_an_export(demo_db, tmp_path):
    """The same check on the English export finds the labels, so it can fail."""
    with demo_db.factory() as s:
        stored = Stored(s)
        export_portfolio(s, tmp_path / "en.xlsx", TODAY, lang="en")
    left = english_left(cell_texts(tmp_path / "en.xlsx"), stored)
    assert {"Portfolio", "Signed", "Joined"} <= set(left), sorted(left)


def test_japanese_values_in_the_briefing(demo_db, tmp_path):
    with demo_db.factory() as s:
        trip = s.scalars(select(Trip).where(Trip.title.like("%London%Berlin%"))).first() or (
            s.scalars(select(Trip).order_by(Trip.id)).first()
        )
        trip_id, direction = trip.id, trip.direction
        target = tmp_path / "ja.xlsx"
        export_briefing(s, trip_id, target, BriefingOptions(lang="ja"))
    wb = load_workbook(target)
    cover = _facts(wb["表紙"])
    assert cover["往来の別"] == in_language(choice_label(direction), "ja") != direction.value
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日～\d{4}年\d{1,2}月\d{1,2}日", cover["期間"])
    assert "（日本時間）" in cover["作成者"] and "（日本時間）" in wb["表紙"].oddFooter.left.text
    assert "秘密区分" in cover and cover["訪問先"] == "ロンドン → ベルリン"
    budget = wb["予算"]
    money = [c for row in budget.iter_rows() for c in row if isinstance(c.value, float | int)]
    assert money and all(c.number_format == '#,##0"円"' for c in money)


def _facts(ws) -> dict:
    rows = [[v for v in r if v is not None] for r in ws.iter_rows(values_only=True)]
    return {r[0]: r[1] for r in rows if len(r) == 2}


def test_briefing_labels_mean_one_thing_in_each_language():
    from cityapp.briefing_book import W as LABELS
    from cityapp.i18n import in_language

    synonyms = {  # one meaning, said where it is needed
        ("delegation", "size"),
        ("stay", "hotels"),
        ("nothing", "none"),
        ("contacts", "local_contacts"),
        ("where", "place"),
    }
    for lang in ("en", "ja"):
        seen: dict[str, str] = {}
        for key, label in LABELS.items():
            word = in_language(label, lang)
            if word in seen:
                assert {seen[word], key} in [set(pair) for pair in synonyms], (lang, word, key)
            seen[word] = key


def test_the_era_and_fiscal_years_are_office_settings(demo_db, tmp_path):
    with demo_db.factory.begin() as s:
        set_conventions(s, Conventions(era=True, fiscal_years=True))
    with demo_db.factory() as s:
        trip_id = s.scalars(select(Trip.id).order_by(Trip.start_date.desc())).first()
        export_briefing(s, trip_id, tmp_path / "b.xlsx", BriefingOptions(lang="ja"))
        export_portfolio(s, tmp_path / "p.xlsx", TODAY, lang="ja")
        export_portfolio(s, tmp_path / "e.xlsx", TODAY, lang="en")
    cover = _facts(load_workbook(tmp_path / "b.xlsx")["表紙"])
    assert re.match(r"(令和|平成)(元|\d+)年", cover["期間"]), cover["期間"]
    targets = load_workbook(tmp_path / "p.xlsx")["目標"]
    years = [r[0] for r in targets.iter_rows(min_row=5, values_only=True) if r[0]]
    assert targets["A4"].value == "年度"
    assert "平成26年度" in years and "令和7年度" in years and "令和8年度" in years
    english = load_workbook(tmp_path / "e.xlsx")["Targets"]
    assert english["A4"].value == "Fiscal year"
    assert "FY2014" in [r[0] for r in english.iter_rows(min_row=5, values_only=True)]
    # Fiscal 2014 ends on 31 March 2015: the count is taken there, not at the calendar year's end.
    with demo_db.factory.begin() as s:
        set_conventions(s, Conventions())
    with demo_db.factory() as s:
        export_portfolio(s, tmp_path / "c.xlsx", TODAY, lang="ja")
    calendar = load_workbook(tmp_path / "c.xlsx")["目標"]
    assert calendar["A4"].value == "年"
    assert "2014年" in [r[0] for r in calendar.iter_rows(min_row=5, values_only=True)]


def test_every_export_command_takes_lang(demo_db, db_target, tmp_path, capsys):
    demo_db.dispose()
    with demo_db.factory() as s:
        trip_id = s.scalars(select(Trip.id).order_by(Trip.id)).first()
    commands = {
        "briefing": ["export", "briefing", "--trip", str(trip_id), "--out", "b.xlsx"],
        "calendar": ["export", "calendar", "--trip", str(trip_id), "--out", "c.ics"],
        "portfolio": ["export", "portfolio", "--out", "p.xlsx"],
        "meetings": ["export", "meetings", "--out", "m.xlsx"],
        "template": ["export", "template", "cities", "--out", "t.xlsx"],
    }
    for name, argv in commands.items():
        argv = [*argv[:-1], str(tmp_path / argv[-1]), "--lang", "ja"]
        argv += ["--db", db_target] if name != "template" else []
        assert main(argv) == 0, (name, capsys.readouterr().err)
    assert load_workbook(tmp_path / "b.xlsx").sheetnames[0] == "表紙"
    assert "秘密区分" in [c.value for c in load_workbook(tmp_path / "m.xlsx").active[1]]
    assert load_workbook(tmp_path / "p.xlsx").sheetnames[0] == "提携都市"
    assert load_workbook(tmp_path / "t.xlsx").active["A1"].value == "都市名（英語）"
    assert "CATEGORIES" in (tmp_path / "c.ics").read_text(encoding="utf-8")
    # The command's own words follow the top-level --lang.
    capsys.readouterr()
    assert (
        main(
            [
                "--lang",
                "ja",
                *commands["portfolio"][:-1],
                str(tmp_path / "q.xlsx"),
                "--db",
                db_target,
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.startswith("ポートフォリオ報告を")


def test_command_output_in_japanese(demo_db, db_target, capsys):
    demo_db.dispose()
    assert main(["--lang", "ja", "list", "trips", "--db", db_target]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(re.search(r"\d{4}年\d{1,2}月\d{1,2}日", line) for line in lines)
    assert any(f"\t{in_language(choice_label('outbound'), 'ja')}\t" in line for line in lines)
    assert main(["list", "trips", "--db", db_target]) == 0
    assert "\tOutbound\t" in capsys.readouterr().out  # English says the words too, never codes
    assert main(["--lang", "ja", "list", "commitments", "--db", db_target]) == 0
    out = capsys.readouterr().out
    done = in_language(choice_label("done"), "ja")
    assert f"\t{done}\t" in out and "\tdone\t" not in out


def test_command_lists_name_cities_in_the_commands_language(demo_db, db_target, capsys):
    """`list meetings` and `list counterparts` show the city as the page does in each language."""
    demo_db.dispose()
    for what in ("meetings", "counterparts"):
        assert main(["--lang", "ja", "list", what, "--db", db_target]) == 0
        japanese = capsys.readouterr().out
        assert main(["list", what, "--db", db_target]) == 0
        english = capsys.readouterr().out
        assert "ソウル" in japanese and "ソウル" not in english, what
        assert "\tSeoul\t" in english and "\tSeoul\t" not in japanese, what


def test_japanese_exports_name_meetings_by_their_japanese_titles(exported):
    """A meeting with a Japanese title is named by it in every Japanese export, and its English
    title is in none of them."""
    files, _stored = exported
    joined = {name: "\n".join(map(str, texts)) for name, texts in files.items()}
    japanese, english = "ソウル特別市との会談", "Talks with the Seoul Metropolitan Government"
    holders = {name for name, text in joined.items() if japanese in text}
    assert {"meetings", "commitments"} <= holders, sorted(holders)
    assert any(name.startswith("briefing-") for name in holders), sorted(holders)
    left = [name for name, text in joined.items() if english in text]
    assert left == [], left
