"""Smoke-test a built bundle as an officer's machine would run it.

    uv run python scripts/smoke_bundle.py [dist/CityDiplomacyDesk]

The bundle is copied outside the source tree and run with an empty home folder, no
CITYAPP_* settings, no time-zone database of the system (PYTHONTZPATH empty: the bundle's
own tzdata must answer) and, on Linux as root, no network (`unshare -n`):

1. `cityapp --version`, and `cityapp info`, whose checks fail on any missing data file;
2. `cityapp demo` creates the demo office (the migrations run from the bundle);
3. `cityapp export briefing` and `cityapp export calendar` write the London and Berlin trip,
   in Japanese as well, and the files are read back;
4. the window stays open 15 s (offscreen on a machine without a display) and is closed.

Any failure prints what was run and what it said, and ends with status 1.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_SECONDS = 15


class Failed(Exception):
    pass


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "CityDiplomacyDesk"
    if not source.is_dir():
        print(f"smoke: no bundle at {source}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cdd-smoke-") as folder:
        work = Path(folder)
        app = work / "app"
        shutil.copytree(source, app, symlinks=True)
        home = work / "home"
        home.mkdir()
        try:
            run_all(app, home, work)
        except Failed as failure:
            print(f"smoke: FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke: the bundle passed in {time.perf_counter() - started:.0f} s")
    return 0


def environment(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CITYAPP_", "PYTHON", "VIRTUAL_ENV", "UV_", "QT_"))
    }
    # English output, whatever the machine's language: the script reads `info`'s lines.
    env.update(HOME=str(home), PYTHONTZPATH="", LANG="C.UTF-8", CITYAPP_LANG="en")
    if os.name == "nt":
        # Windows names the user's folders through its shell, not the environment: the
        # program's own setting keeps every file it writes under the empty folder instead.
        env["CITYAPP_HOME"] = str(home / "CityDiplomacyDesk")
    else:
        env.pop("XDG_DATA_HOME", None)
        env.pop("XDG_STATE_HOME", None)
        env.pop("XDG_CONFIG_HOME", None)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def offline() -> list[str]:
    """`unshare -n` where it can run (Linux, as root): the bundle must need no network."""
    if sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("unshare"):
        return ["unshare", "-n"]
    return []


def run_all(app: Path, home: Path, work: Path) -> None:
    suffix = ".exe" if os.name == "nt" else ""
    cli, window = app / f"cityapp{suffix}", app / f"CityDiplomacyDesk{suffix}"
    env, prefix = environment(home), offline()
    if prefix:
        print("smoke: without network (unshare -n)")

    def command(*args: str) -> str:
        done = subprocess.run(
            [*prefix, str(cli), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            cwd=work,
            timeout=300,
        )
        shown = " ".join(args)
        if done.returncode != 0:
            raise Failed(
                f"cityapp {shown} ended with {done.returncode}:\n{done.stdout}{done.stderr}"
            )
        print(f"smoke: cityapp {shown}: ok")
        return done.stdout

    version = command("--version")
    print(f"smoke: {version.strip()}")
    info = command("info")
    print(info)
    log_file = next(
        (Path(line.split("\t")[1]) for line in info.splitlines() if line.startswith("log file\t")),
        None,
    )
    db = work / "office.sqlite3"
    command("demo", "--db", str(db))
    trips = command("list", "trips", "--db", str(db))
    london = next(
        (line.split("\t")[0] for line in trips.splitlines() if "London and Berlin" in line), None
    )
    if london is None:
        raise Failed("the demo has no London and Berlin trip")
    for lang in ("en", "ja"):
        book = work / f"briefing-{lang}.xlsx"
        command(
            "export",
            "briefing",
            "--db",
            str(db),
            "--trip",
            london,
            "--out",
            str(book),
            "--lang",
            lang,
        )
        with zipfile.ZipFile(book) as z:
            names = z.namelist()
            if (
                "xl/workbook.xml" not in names
                or len([n for n in names if "worksheets/sheet" in n]) < 5
            ):
                raise Failed(f"{book.name} is not a briefing book: {names}")
        calendar = work / f"trip-{lang}.ics"
        command(
            "export",
            "calendar",
            "--db",
            str(db),
            "--trip",
            london,
            "--out",
            str(calendar),
            "--lang",
            lang,
        )
        text = calendar.read_text(encoding="utf-8")
        if "BEGIN:VEVENT" not in text or "Europe/Berlin" not in text:
            raise Failed(f"{calendar.name} has no events placed in Berlin's time zone")
    # The window: open for 15 s, then closed.
    log = work / "window.log"
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [*prefix, str(window), "--db", str(db)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=work,
        )
        try:
            process.wait(timeout=WINDOW_SECONDS)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
            print(f"smoke: the window stayed open {WINDOW_SECONDS} s: ok")
        else:
            raise Failed(
                f"the window closed after less than {WINDOW_SECONDS} s with status "
                f"{process.returncode}:\n{log.read_text(encoding='utf-8', errors='replace')}"
            )
    said = log.read_text(encoding="utf-8", errors="replace")
    if "Traceback" in said:
        raise Failed(f"the window printed a traceback:\n{said}")
    # The program's own log: the window opened the demo (upgraded it if need be) and nothing
    # went wrong on the way.
    logged = log_file.read_text(encoding="utf-8") if log_file and log_file.is_file() else ""
    problems = [line for line in logged.splitlines() if " ERROR " in line or " CRITICAL " in line]
    if problems or "Traceback" in logged:
        raise Failed("the program logged errors:\n" + "\n".join(problems or [logged[-2000:]]))
    if not logged:
        raise Failed(f"the program wrote no log at {log_file}")


if __name__ == "__main__":
    sys.exit(main())
