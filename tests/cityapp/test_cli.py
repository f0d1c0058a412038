"""The command line: tab-separated output, one clear line on errors, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cityapp.cli import main
from tests.demo_counts import DEMO_TRIPS

ROOT = Path(__file__).resolve().parents[2]


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_trips_prints_one_trip_a_line(capsys, demo_file):
    code, out, err = run_cli(capsys, "list", "trips", "--db", str(demo_file))
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == DEMO_TRIPS
    assert lines[2].split("\t") == [
        "3",
        "2014-07-23",
        "2014-07-25",
        "Outbound",  # words, never the stored codes
        "Seoul: memorandum of understanding",
    ]
    assert all(len(line.split("\t")) == 5 for line in lines)


def test_list_cities_prints_id_name_country_level(capsys, demo_file):
    code, out, _ = run_cli(capsys, "list", "cities", "--db", str(demo_file))
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0][1:] == ["Tokyo", "JP", "None"]
    assert ["New York City", "US", "Sister"] in [r[1:] for r in rows]
    assert all(len(r) == 4 for r in rows)


def test_the_global_db_option_and_the_environment_work_too(capsys, demo_file, monkeypatch):
    code, out, _ = run_cli(capsys, "--db", str(demo_file), "list", "cities")
    assert code == 0 and "Tokyo" in out
    monkeypatch.setenv("CITYAPP_DB", str(demo_file))
    code, out, _ = run_cli(capsys, "list", "trips")
    assert code == 0 and len(out.splitlines()) == DEMO_TRIPS


def test_a_missing_database_is_one_clear_line(capsys, tmp_path):
    code, out, err = run_cli(capsys, "list", "trips", "--db", str(tmp_path / "nowhere.sqlite3"))
    assert code == 1
    assert out == ""
    assert err.startswith("error: There is no database at")
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "nowhere.sqlite3").exists()


def test_a_network_share_is_refused_on_the_command_line(capsys):
    code, _, err = run_cli(capsys, "list", "cities", "--db", r"\\server\share\office.sqlite3")
    assert code == 1
    assert "shared server" in err and "Traceback" not in err


def test_demo_refuses_to_overwrite(capsys, tmp_path):
    path = tmp_path / "office.sqlite3"
    assert run_cli(capsys, "demo", "--db", str(path))[0] == 0
    code, _, err = run_cli(capsys, "demo", "--db", str(path))
    assert code == 1 and "--force" in err
    code, out, _ = run_cli(capsys, "demo", "--db", str(path), "--force")
    assert code == 0 and "Created the demo database" in out


def test_demo_needs_a_target(capsys):
    code, _, err = run_cli(capsys, "demo")
    assert code == 1 and "--db" in err


def test_usage_errors_exit_2(capsys):
    code, _, err = run_cli(capsys, "list", "planets")
    assert code == 2 and "invalid choice" in err


def test_help_lists_the_commands(capsys):
    code, out, _ = run_cli(capsys, "--help")
    assert code == 0
    for command in ("demo", "list"):
        assert command in out


def test_a_defect_is_logged_not_shown_as_a_traceback(capsys, demo_file, monkeypatch, isolated_home):
    import cityapp.services.lists as lists

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(lists, "fetch_rows", broken)
    code, _, err = run_cli(capsys, "list", "trips", "--db", str(demo_file))
    assert code == 1
    assert err.startswith("error: unexpected failure (ZeroDivisionError: boom)")
    assert "Traceback" not in err
    log = (isolated_home / "log" / "city-diplomacy-desk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: boom" in log


def test_the_real_entry_points_print_names_in_any_script(demo_file, isolated_home):
    env = dict(os.environ, PYTHONIOENCODING="ascii", CITYAPP_HOME=str(isolated_home))
    for entry in ([sys.executable, str(ROOT / "main.py")], [sys.executable, "-m", "ui.launch"]):
        done = subprocess.run(
            [*entry, "list", "trips", "--db", str(demo_file)],
            capture_output=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr.decode()
        assert "Seoul: memorandum of understanding" in done.stdout.decode("utf-8")


def test_the_console_script_is_installed():
    script = Path(sys.executable).parent / ("cityapp.exe" if os.name == "nt" else "cityapp")
    if not script.exists():
        pytest.fail(f"the cityapp console script is missing from {script.parent}")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "City Diplomacy Desk" in done.stdout


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="only Linux runs without a display"
)
def test_without_a_display_the_window_command_explains_instead_of_aborting(isolated_home):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("error: no display")


def test_search_prints_kind_id_label(capsys, demo_file):
    code, out, err = run_cli(capsys, "search", "--db", str(demo_file), "москва")
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0][0] == "city" and rows[0][2] == "Moscow Москва (RU)"
    assert all(len(r) == 3 for r in rows)
    code, out, _ = run_cli(capsys, "search", "--db", str(demo_file), "東京")
    assert out.splitlines()[0].startswith("city\t1\tTokyo 東京 (JP)")


def test_export_calendar_writes_an_ics_file(capsys, demo_file, tmp_path):
    from icalendar import Calendar

    target = tmp_path / "seoul.ics"
    code, out, err = run_cli(
        capsys, "export", "calendar", "--db", str(demo_file), "--trip", "3", "--out", str(target)
    )
    assert code == 0, err
    assert out.startswith("Wrote 6 events of “Seoul: memorandum of understanding”")
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 6


def test_export_calendar_of_a_missing_trip_is_one_line(capsys, demo_file, tmp_path):
    code, _, err = run_cli(
        capsys,
        "export",
        "calendar",
        "--db",
        str(demo_file),
        "--trip",
        "999",
        "--out",
        str(tmp_path / "x.ics"),
    )
    assert code == 1 and err.strip() == "error: There is no trip 999 (see: list trips)."
    code, _, err = run_cli(
        capsys,
        "export",
        "calendar",
        "--db",
        str(demo_file),
        "--trip",
        "3",
        "--out",
        str(tmp_path / "no" / "such" / "folder.ics"),
    )
    assert code == 1 and "does not exist" in err


def test_list_commitments_with_status_and_overdue(capsys, demo_file):
    code, out, err = run_cli(
        capsys, "list", "commitments", "--db", str(demo_file), "--overdue", "--as-of", "2014-12-01"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "7\t2014-10-31\tIn progress\tOurs\tSeoul\tSend the disaster-preparedness handbook in Korean."
    ]
    code, out, _ = run_cli(
        capsys, "list", "commitments", "--db", str(demo_file), "--status", "dropped"
    )
    assert [line.split("\t")[2] for line in out.splitlines()] == ["Dropped"]
    code, _, err = run_cli(
        capsys, "list", "commitments", "--db", str(demo_file), "--as-of", "2026-02-30"
    )
    assert code == 2 and "is not a date" in err


def test_export_briefing_writes_a_workbook(capsys, demo_file, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "seoul.xlsx"
    code, out, err = run_cli(
        capsys,
        "export",
        "briefing",
        "--db",
        str(demo_file),
        "--trip",
        "3",
        "--out",
        str(target),
        "--lang",
        "ja",
    )
    assert code == 0, err
    assert out.startswith("Wrote the briefing for “Seoul: memorandum of understanding”")
    assert load_workbook(target).sheetnames[0] == "表紙"


def test_template_then_import_from_the_command_line(capsys, demo_file, tmp_path):
    import shutil

    from openpyxl import load_workbook

    db = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, db)
    template = tmp_path / "cities.xlsx"
    code, _, err = run_cli(capsys, "export", "template", "cities", "--out", str(template))
    assert code == 0, err
    wb = load_workbook(template)
    ws = wb.active
    ws.append(["Vienna", "Wien", "ウィーン", "AT", None, "Europe/Vienna"])
    ws.append(["Tokyo", "東京", "東京", "JP", None, "Asia/Tokyo"])
    wb.save(template)
    code, out, err = run_cli(
        capsys, "import", "cities", "--db", str(db), str(template), "--dry-run"
    )
    assert code == 1 and "nothing was imported" in err
    assert "rejected\t3\tTokyo\talready in the record (same name and country)" in out.splitlines()
    ws.delete_rows(3)
    wb.save(template)
    code, out, err = run_cli(capsys, "import", "cities", "--db", str(db), str(template))
    assert code == 0, err
    assert out.splitlines()[-1] == "Rows imported: 1"
    code, out, _ = run_cli(capsys, "search", "--db", str(db), "wien")
    assert out.startswith("city\t")


def test_report_targets_prints_reached_and_to_reach(capsys, demo_file):
    code, out, err = run_cli(
        capsys, "report", "targets", "--db", str(demo_file), "--as-of", "2026-11-27"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "Relations with 15 cities by 2017\t2017-12-31\t22\t15",
        "Relations with 30 cities by 2020\t2020-12-31\t27\t30",
    ]
    code, out, _ = run_cli(
        capsys, "report", "targets", "--db", str(demo_file), "--as-of", "2016-06-30"
    )
    assert code == 0 and [line.split("\t")[2] for line in out.splitlines()] == ["17", "17"]
    code, _, err = run_cli(
        capsys, "report", "targets", "--db", str(demo_file), "--as-of", "2016-02-30"
    )
    assert code == 2 and "not a date" in err


def test_stored_text_never_drives_the_terminal(capsys, demo_file, tmp_path):
    """Escape sequences and bidirectional overrides in stored names print inert."""
    import shutil

    from cityapp.db import open_database

    copy = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, copy)
    db = open_database(str(copy), actor="tester")
    with db.factory.begin() as s:
        city = s.scalars(select_city("Seoul")).one()
        city.name_en = "Seoul\x1b[2J\x1b]0;owned\x07\x9b31m\u202egnp.exe\u2066x\u2069"
    db.dispose()
    for argv in (["list", "cities"], ["search", "seoul"]):
        code, out, err = run_cli(capsys, *argv, "--db", str(copy))
        assert code == 0, err
        line = next(line for line in out.splitlines() if "Seoul" in line)
        assert not any(ord(c) < 32 and c != "\t" or 0x7F <= ord(c) < 0xA0 for c in line)
        assert not set(line) & {"\u202e", "\u2066", "\u2069"}
        assert "Seoul\ufffd[2J\ufffd]0;owned\ufffd\ufffd31mgnp.exex" in line


def select_city(name: str):
    from sqlalchemy import select

    from cityapp.models import City

    return select(City).where(City.name_en == name)


def test_server_commands_need_a_server(capsys, tmp_path):
    code, out, err = run_cli(capsys, "server", "setup", "--db", str(tmp_path / "office.sqlite3"))
    assert code == 1 and "file's own permissions" in err


def test_a_refusal_speaks_the_language_asked_for(capsys, demo_file, tmp_path, monkeypatch):
    """`--lang ja` before the command, or CITYAPP_LANG, puts its messages in Japanese."""
    args = ("export", "calendar", "--db", str(demo_file), "--trip", "999")
    args += ("--out", str(tmp_path / "x.ics"))
    code, _, err = run_cli(capsys, "--lang", "ja", *args)
    assert code == 1 and err.strip() == "エラー: 出張999はありません（list tripsで確認できます）。"
    monkeypatch.setenv("CITYAPP_LANG", "ja")
    code, _, err = run_cli(capsys, *args)
    assert err.strip() == "エラー: 出張999はありません（list tripsで確認できます）。"
    code, _, err = run_cli(capsys, "--lang", "en", *args)
    assert err.strip() == "error: There is no trip 999 (see: list trips)."


def test_help_and_usage_errors_in_the_language_asked_for(capsys, monkeypatch):
    import argparse

    monkeypatch.delenv("CITYAPP_LANG", raising=False)
    before = argparse._
    assert main(["--lang", "ja", "export", "briefing", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("使い方: cityapp export briefing")
    assert "オプション:" in out and "出張の番号（list trips で確認できます）" in out
    assert main(["--lang", "ja", "list", "things"]) == 2
    assert "エラー: 引数 what: 'things' は選べません" in capsys.readouterr().err
    assert argparse._ is before  # argparse speaks English again afterwards
    monkeypatch.setenv("CITYAPP_LANG", "ja")
    assert main(["info", "--help"]) == 0
    assert capsys.readouterr().out.startswith("使い方:")
    # An export's own --lang chooses the file's language, not the messages'.
    monkeypatch.delenv("CITYAPP_LANG")
    assert main(["export", "portfolio", "--lang", "ja", "--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: cityapp export portfolio")
    assert main(["--help"]) == 0
    assert "show this help message and exit" in capsys.readouterr().out


def test_list_meetings_and_counterparts_with_the_pages_filters(capsys, demo_file):
    code, out, err = run_cli(capsys, "list", "meetings", "--db", str(demo_file), "--year", "2014")
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows and all(r[1].startswith("2014-") for r in rows)
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)  # oldest first
    gla = next(r for r in rows if r[2] == "Talks with the Greater London Authority on Games legacy")
    assert gla[3:5] == ["London", "Internal"]  # the classification in words
    code, out, _ = run_cli(
        capsys, "list", "meetings", "--db", str(demo_file), "--filter", "Senate of Berlin"
    )
    assert [line.split("\t")[2] for line in out.splitlines()] == ["Talks with the Senate of Berlin"]
    code, out, _ = run_cli(capsys, "list", "counterparts", "--db", str(demo_file))
    current = [line.split("\t") for line in out.splitlines()]
    code, out, _ = run_cli(capsys, "list", "counterparts", "--db", str(demo_file), "--past")
    everyone = [line.split("\t") for line in out.splitlines()]
    assert 0 < len(current) < len(everyone)
    assert [r[1] for r in current] == sorted(r[1] for r in current)  # by family name
    code, out, _ = run_cli(capsys, "list", "cities", "--db", str(demo_file))
    seoul = next(line.split("\t")[0] for line in out.splitlines() if "\tSeoul\t" in line)
    code, out, _ = run_cli(
        capsys, "list", "counterparts", "--db", str(demo_file), "--past", "--city", seoul
    )
    there = [line.split("\t") for line in out.splitlines()]
    assert there and {r[6] for r in there} == {"Seoul"}
    assert len(there) < len(everyone)


def test_usage_names_main_py_when_run_as_main_py(capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["main.py", "list"])
    code, _, err = run_cli(capsys, "list")
    assert code == 2 and err.startswith("usage: main.py list")
    monkeypatch.setattr(sys, "argv", ["/usr/local/bin/cityapp", "list"])
    code, _, err = run_cli(capsys, "list")
    assert err.startswith("usage: cityapp list")


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_answer_without_loading_the_database_layer(flag, tmp_path):
    """`main.py --version` and `--help` print at once: SQLAlchemy, the models and Qt stay
    unloaded."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    probe = (
        "import sys, io, contextlib\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "from ui.launch import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        f"        main([{flag!r}])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "loaded = [m for m in ('sqlalchemy', 'cityapp.models', 'PySide6') if m in sys.modules]\n"
        "print(repr(out.getvalue()[:40]), loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "CITYAPP_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    said, loaded = done.stdout.rsplit(" ", 1)
    assert loaded.strip() == "[]", done.stdout
    assert ("City Diplomacy Desk" if flag == "--version" else "usage") in said
