"""Imports of good, bad and malicious workbooks: all or nothing, and nothing unsafe read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from cityapp.errors import UserError
from cityapp.excel.imports import import_rows, write_template
from cityapp.models import City, Counterpart, Organization


def workbook(
    path: Path, rows: list[list], formulas: dict[tuple[int, int], str] | None = None
) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for (r, c), formula in (formulas or {}).items():
        ws.cell(row=r, column=c).value = formula  # a real formula cell
    wb.save(path)
    return path


def counts(db) -> tuple[int, int, int]:
    with db.factory() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (Counterpart, City, Organization)
        )


def run(db, what, path, dry_run=False, progress=None):
    with db.factory.begin() as s:
        return import_rows(s, what, path, dry_run=dry_run, progress=progress)


def test_good_counterparts_with_japanese_headers_are_imported(demo_db, tmp_path):
    path = workbook(
        tmp_path / "people.xlsx",
        [
            [
                "姓",
                "名",
                "姓（現地表記）",
                "名（現地表記）",
                "役職",
                "所属",
                "都市",
                "国",
                "任期開始",
                "通訳",
            ],
            [
                "Nguyen",
                "Lan",
                "Nguyễn",
                "Lan",
                "Vice Chair",
                "Hanoi People's Committee",
                "Hanoi",
                "VN",
                "2021-04-01",
                "yes",
            ],
            ["Tan", "Wei Ling", None, None, "Director", None, "Singapore", None, None, "no"],
        ],
    )
    before = counts(demo_db)
    report = run(demo_db, "counterparts", path)
    assert report.ok and report.written and [r.row for r in report.accepted] == [2, 3]
    after = counts(demo_db)
    assert after[0] == before[0] + 2 and after[2] == before[2] + 1  # one new organization
    with demo_db.factory() as s:
        lan = s.scalars(select(Counterpart).where(Counterpart.family_name == "Nguyen")).one()
        assert (
            lan.city.name_en == "Hanoi"
            and lan.interpreter_needed
            and lan.term_start.isoformat() == "2021-04-01"
        )
        assert lan.organization.name == "Hanoi People's Committee"


def test_a_dry_run_writes_nothing(demo_db, tmp_path):
    path = workbook(tmp_path / "people.xlsx", [["Family name", "City"], ["Okafor", "Jakarta"]])
    before = counts(demo_db)
    report = run(demo_db, "counterparts", path, dry_run=True)
    assert report.ok and not report.written and counts(demo_db) == before


def test_one_bad_row_and_nothing_is_imported(demo_db, tmp_path):
    path = workbook(
        tmp_path / "people.xlsx",
        [
            ["Family name", "Given name", "City", "Term starts", "Term ends", "Interpreter"],
            ["Good", "Person", "Seoul", "2020-01-01", None, "no"],
            ["Kim", "Min-jun", "Seoul", None, None, None],  # already in the record
            ["Late", "Term", "Seoul", "2024-01-01", "2020-01-01", None],  # ends before it starts
            ["Odd", "Date", "Atlantis", "31/02/2020", None, "maybe"],  # three problems
            ["Good", "Person", "Seoul", None, None, None],  # same as row 2
        ],
    )
    before = counts(demo_db)
    report = run(demo_db, "counterparts", path)
    assert not report.written and counts(demo_db) == before
    reasons = {r.row: r.reasons for r in report.rejected}
    assert [r.row for r in report.accepted] == [2]
    assert reasons[3] == ["already in the record (same name and city)"]
    assert reasons[4] == ["The term cannot end before it starts."]
    assert any("not a date" in x for x in reasons[5]) and any(
        "no city called “Atlantis”" in x for x in reasons[5]
    )
    assert any("not yes or no" in x for x in reasons[5])
    assert reasons[6] == ["the same as row 2 of this file"]


def test_formula_cells_are_refused_not_stored(demo_db, tmp_path):
    path = workbook(
        tmp_path / "people.xlsx",
        [["Family name", "Position"], ["Ruiz", "Mayor"]],
        formulas={(2, 2): '=HYPERLINK("http://x","y")'},
    )
    report = run(demo_db, "counterparts", path)
    assert not report.written
    assert report.rejected[0].reasons == [
        "Position: a formula, not a value (formulas are never imported)"
    ]
    with demo_db.factory() as s:
        assert (
            s.scalars(select(Counterpart).where(Counterpart.family_name == "Ruiz")).first() is None
        )


def test_cities_import_with_wrong_types_and_codes(db, tmp_path):
    path = workbook(
        tmp_path / "cities.xlsx",
        [
            ["City", "Country", "Time zone", "Latitude", "Priority", "Relationship level"],
            ["Vienna", "AT", "Europe/Vienna", 48.2, 2, "friendship"],
            ["Nowhere", "XX", "Mars/Olympus", "north", 2.5, "enemy"],
        ],
    )
    report = run(db, "cities", path)
    assert not report.written and counts(db)[1] == 0
    (bad,) = report.rejected
    joined = " | ".join(bad.reasons)
    for words in (
        "not a number",
        "not a whole number",
        "not one of",
        "not an ISO country code",
        "not a time zone",
    ):
        assert words in joined
    good = workbook(
        tmp_path / "good.xlsx",
        [["都市名（英語）", "国", "タイムゾーン"], ["Vienna", "AT", "Europe/Vienna"]],
    )
    assert run(db, "cities", good).written and counts(db)[1] == 1


def test_missing_required_columns_are_named(db, tmp_path):
    path = workbook(tmp_path / "cities.xlsx", [["City", "Notes"], ["Vienna", "x"]])
    with pytest.raises(UserError, match="missing: Country, Time zone"):
        run(db, "cities", path)


def test_a_file_that_is_not_an_xlsx(db, tmp_path):
    fake = tmp_path / "list.xlsx"
    fake.write_text("name,city\nA,B\n")
    with pytest.raises(UserError, match="not an Excel workbook"):
        run(db, "counterparts", fake)


def test_an_encrypted_workbook(db, tmp_path):
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(UserError, match="encrypted"):
        run(db, "counterparts", locked)


def test_a_truncated_zip(db, tmp_path):
    good = workbook(tmp_path / "good.xlsx", [["Family name"], ["Ito"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    with pytest.raises(UserError, match="not an Excel workbook|damaged"):
        run(db, "counterparts", cut)
    assert counts(db) == (0, 0, 0)


def test_a_zip_bomb_is_refused_before_parsing(db, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (210 * 1024 * 1024))
    with pytest.raises(UserError, match="would expand to"):
        run(db, "counterparts", bomb)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
<c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>"""


def test_a_billion_laughs_workbook_is_refused(db, tmp_path):
    good = workbook(tmp_path / "good.xlsx", [["Family name"], ["Ito"]])
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(evil, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = BILLION_LAUGHS.encode()
            target.writestr(info, data)
    with pytest.raises(UserError, match="contains unsafe XML"):
        run(db, "counterparts", evil)
    assert counts(db) == (0, 0, 0)


def test_templates_carry_the_columns(tmp_path):
    target = write_template("counterparts", tmp_path / "template.xlsx")
    wb = load_workbook(target)
    headers = [c.value for c in wb.active[1]]
    assert headers[:3] == ["Family name", "Given name", "Family name (own script)"]
    assert "Family name = 姓 (required)" in [c.value for c in wb["Instructions"]["A"]]


def test_an_import_reports_progress_and_stops_when_told(db, tmp_path):
    rows = [["City", "Country", "Time zone"]] + [
        [f"Town {i}", "FR", "Europe/Paris"] for i in range(250)
    ]
    path = workbook(tmp_path / "towns.xlsx", rows)
    seen = []

    def stop(done, total):
        seen.append((done, total))
        raise UserError("Cancelled; nothing was imported.")

    with pytest.raises(UserError, match="Cancelled"):
        run(db, "cities", path, progress=stop)
    assert seen == [(100, 250)] and counts(db)[1] == 0
    report = run(db, "cities", path, progress=lambda done, total: seen.append((done, total)))
    assert report.written and counts(db)[1] == 250 and seen[-1] == (200, 250)


@pytest.mark.parametrize(
    ("row", "words"),
    [
        (["Lima", "PE", "America/Lima", "NaN", 2], "Latitude: “NaN” is not a number"),
        (["Lima", "PE", "America/Lima", "inf", 2], "Latitude: “inf” is not a number"),
        (["Lima", "PE", "America/Lima", "1e999", 2], "Latitude: “1e999” is not a number"),
        (["Lima", "PE", "America/Lima", 91, 2], "Latitude must be at most 90"),
        (["Lima", "PE", "America/Lima", -12.05, "nan"], "Priority: “nan” is not a number"),
        (["Lima", "Perú?", "America/Lima", -12.05, 2], "“Perú?” is not an ISO country code"),
        (["Lima", "ZZ", "America/Lima", -12.05, 2], "“ZZ” is not an ISO country code"),
    ],
)
def test_impossible_numbers_and_codes_are_refused_per_row(db, tmp_path, row, words):
    path = workbook(
        tmp_path / "cities.xlsx",
        [
            ["City", "Country", "Time zone", "Latitude", "Priority"],
            ["Quito", "EC", "America/Guayaquil", -0.18, 3],
            row,
        ],
    )
    report = run(db, "cities", path)
    assert [r.label for r in report.accepted] == ["Quito"]
    (bad,) = report.rejected
    assert bad.row == 3 and any(words in reason for reason in bad.reasons), bad.reasons
    assert not report.written and counts(db)[1] == 0


def test_e_mail_addresses_and_countries_of_counterparts_are_checked(demo_db, tmp_path):
    before = counts(demo_db)
    path = workbook(
        tmp_path / "people.xlsx",
        [
            ["Family name", "E-mail", "City", "Country"],
            ["Good", "good@example.org", "Seoul", "KR"],
            ["Typo", "typo.example.org", None, None],
            ["Two", "a@x.org; b@y.org", None, None],
            ["Japanese", "担当@例え.jp", None, None],
            ["Nation", None, "Seoul", "Korea"],
        ],
    )
    report = run(demo_db, "counterparts", path)
    assert [r.label for r in report.accepted] == ["Good", "Japanese"]
    reasons = {r.label: " ".join(r.reasons) for r in report.rejected}
    assert "not an e-mail address" in reasons["Typo"]
    assert "not an e-mail address" in reasons["Two"]
    assert "not an ISO country code" in reasons["Nation"]
    assert counts(demo_db) == before


def test_a_sheet_claiming_a_million_rows_is_read_by_the_rows_it_holds(db, tmp_path):
    """1.6 KB claiming 1,048,576 × 16,384 cells with one row at the bottom: read, not walked."""
    from tests.hostile_files import claimed_giant

    path = claimed_giant(tmp_path / "giant.xlsx")
    assert path.stat().st_size < 2000
    report = run(db, "counterparts", path, dry_run=True)
    assert [(r.row, r.label) for r in report.accepted] == [(1_048_576, "Bottom")]
    headless = claimed_giant(tmp_path / "headless.xlsx", with_header=False)
    with pytest.raises(UserError, match="must name the columns"):
        run(db, "counterparts", headless)
    assert counts(db) == (0, 0, 0)


def test_a_sheet_over_the_row_limit_is_refused_before_its_rows_are_read(db, tmp_path):
    from cityapp.excel.imports import MAX_ROWS
    from tests.hostile_files import many_rows

    path = many_rows(tmp_path / "million.xlsx", 1_000_000)
    with pytest.raises(UserError, match="more than 50,000 rows"):
        run(db, "counterparts", path)
    assert counts(db) == (0, 0, 0)
    exactly = many_rows(tmp_path / "limit.xlsx", MAX_ROWS)
    from cityapp.excel.imports import check_size

    check_size(exactly)  # the limit itself is allowed


def test_japanese_dates_labels_and_country_names_are_read(demo_db, tmp_path):
    """What a Japanese office types: era dates, full-width digits, a weekday, labels and names
    in Japanese, from a template written in Japanese."""
    template = write_template("cities", tmp_path / "template.xlsx", lang="ja")
    headers = [c.value for c in load_workbook(template).active[1]]
    assert headers[:3] == ["都市名（英語）", "現地名", "日本語名"]
    people = workbook(
        tmp_path / "people.xlsx",
        [
            ["姓", "名", "国", "任期開始", "任期終了", "通訳"],
            ["Park", "Ji-ho", "韓国", "令和2年4月1日", "２０２４年３月３１日（日）", "はい"],
            ["Lee", "Min", "KR", "H31.4.30", "R1.5.1", "いいえ"],
        ],
    )
    report = run(demo_db, "counterparts", people)
    assert report.ok, report.rejected
    with demo_db.factory() as s:
        park = s.scalar(select(Counterpart).where(Counterpart.given_name == "Ji-ho"))
        lee = s.scalar(select(Counterpart).where(Counterpart.given_name == "Min"))
        assert (park.term_start.isoformat(), park.term_end.isoformat()) == (
            "2020-04-01",
            "2024-03-31",
        )
        assert park.interpreter_needed and not lee.interpreter_needed
        assert (lee.term_start.isoformat(), lee.term_end.isoformat()) == (
            "2019-04-30",
            "2019-05-01",
        )
    cities = workbook(
        tmp_path / "cities.xlsx",
        [
            ["都市名（英語）", "国", "タイムゾーン", "関係"],
            ["Gyeongju", "韓国", "Asia/Seoul", "友好都市"],
            ["Gangneung", "Korea, Republic of?", "Asia/Seoul", "friendship"],
        ],
    )
    report = run(demo_db, "cities", cities, dry_run=True)
    assert [r.row for r in report.accepted] == [2] and [r.row for r in report.rejected] == [3]
    cities = workbook(
        tmp_path / "city.xlsx",
        [
            ["都市名（英語）", "国", "タイムゾーン", "関係"],
            ["Gyeongju", "韓国", "Asia/Seoul", "友好都市"],
        ],
    )
    assert run(demo_db, "cities", cities).ok
    with demo_db.factory() as s:
        city = s.scalar(select(City).where(City.name_en == "Gyeongju"))
        assert (city.country_code, city.relationship_level.value) == ("KR", "friendship")
    wrong = workbook(
        tmp_path / "wrong.xlsx",
        [["姓", "任期開始"], ["Kim", "平成32年1月1日"]],  # Heisei ended in its 31st year
    )
    report = run(demo_db, "counterparts", wrong, dry_run=True)
    assert [r.row for r in report.rejected] == [2]
