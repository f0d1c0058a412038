"""The command line: `cityapp [--db PATH|URL] [COMMAND ...]`.

With no command the caller's GUI opens. Every failure ends as one line on
stderr and a non-zero exit status; unexpected ones also go to the log file.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TextIO

from . import APP_NAME, __version__, logs, paths, startup
from .clock import CLOCK
from .enums import CommitmentStatus
from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP, Text, in_language
from .wording import Wording

SAY = {
    "created_demo": QT_TRANSLATE_NOOP("cli", "Created the demo database {label} in {seconds} s"),
    "created_large": QT_TRANSLATE_NOOP(
        "cli", "Created the large synthetic database {label} in {seconds} s"
    ),
    "accepted": QT_TRANSLATE_NOOP("cli", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("cli", "rejected"),
    "note": QT_TRANSLATE_NOOP("cli", "note"),
    "refused": QT_TRANSLATE_NOOP(
        "cli", "{refused} of {total} rows were refused; nothing was imported."
    ),
    "imported": QT_TRANSLATE_NOOP("cli", "Rows imported: {count}"),
    "dry_run": QT_TRANSLATE_NOOP("cli", "Rows that would be imported (dry run): {count}"),
    "wrote_portfolio": QT_TRANSLATE_NOOP("cli", "Wrote the portfolio report to {path}"),
    "wrote_meetings": QT_TRANSLATE_NOOP("cli", "Wrote {count} meetings to {path}"),
    "wrote_meeting": QT_TRANSLATE_NOOP("cli", "Wrote 1 meeting to {path}"),
    "wrote_commitments": QT_TRANSLATE_NOOP("cli", "Wrote {count} commitments to {path}"),
    "wrote_commitment": QT_TRANSLATE_NOOP("cli", "Wrote 1 commitment to {path}"),
    "wrote_programmes": QT_TRANSLATE_NOOP(
        "cli",
        "Wrote the report of fiscal year {year} (projects, programmes and fund, national government, lessons) to {path}",
    ),
    "wrote_gifts": QT_TRANSLATE_NOOP("cli", "Wrote the gift register ({n} gifts) to {path}"),
    "wrote_template": QT_TRANSLATE_NOOP("cli", "Wrote the import template to {path}"),
    "wrote_record": QT_TRANSLATE_NOOP(
        "cli", "Wrote the record of discussion of “{title}” to {path}"
    ),
    "wrote_briefing": QT_TRANSLATE_NOOP("cli", "Wrote the briefing for “{title}” to {path}"),
    "wrote_seating": QT_TRANSLATE_NOOP("cli", "Wrote the seating plan of “{title}” to {path}"),
    "wrote_calendar": QT_TRANSLATE_NOOP("cli", "Wrote {count} events of “{title}” to {path}"),
    "wrote_calendar_one": QT_TRANSLATE_NOOP("cli", "Wrote 1 event of “{title}” to {path}"),
    "backup": QT_TRANSLATE_NOOP("cli", "backup"),
    "restored": QT_TRANSLATE_NOOP("cli", "restored"),
    "kept": QT_TRANSLATE_NOOP("cli", "previous file kept at"),
    "database": QT_TRANSLATE_NOOP("cli", "database"),
    "schema": QT_TRANSLATE_NOOP("cli", "schema"),
    "schema_head": QT_TRANSLATE_NOOP("cli", "schema of this program"),
    "data_folder": QT_TRANSLATE_NOOP("cli", "data folder"),
    "log_file": QT_TRANSLATE_NOOP("cli", "log file"),
    "program": QT_TRANSLATE_NOOP("cli", "program version"),
    "no_database_yet": QT_TRANSLATE_NOOP(
        "cli", "none yet: {path} is created and set up at the first start"
    ),
    "check_ok": QT_TRANSLATE_NOOP("cli", "ok"),
    "check_missing": QT_TRANSLATE_NOOP("cli", "MISSING"),
    "done": QT_TRANSLATE_NOOP("cli", "done"),
    "wrote_personal": QT_TRANSLATE_NOOP("cli", "Wrote everything held about {kind} {id} to {path}"),
    "erase_ask": QT_TRANSLATE_NOOP(
        "cli", "Erase the personal data of {name} ({kind} {id})? [y/N] "
    ),
    "nothing_erased": QT_TRANSLATE_NOOP("cli", "Nothing was erased."),
    "interrupted": QT_TRANSLATE_NOOP("cli", "interrupted"),
    "server_refused": QT_TRANSLATE_NOOP(
        "cli",
        "the server refused: your role's access does not include this (ask an administrator of "
        "the program). Nothing was changed.",
    ),
    "unexpected": QT_TRANSLATE_NOOP("cli", "unexpected failure ({error}); details in {log}"),
    "error": QT_TRANSLATE_NOOP("cli", "error: {message}"),
}
PERSON_KINDS = {
    "counterpart": QT_TRANSLATE_NOOP("cli", "counterpart"),
    "staff": QT_TRANSLATE_NOOP("cli", "staff member"),
}

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

GuiLauncher = Callable[[argparse.Namespace], int]


def _db_option(parser: argparse.ArgumentParser, *, top: bool, t: Wording) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None if top else argparse.SUPPRESS,
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "database file or SQLAlchemy URL (default: $CITYAPP_DB, else the file in the user data folder)",
            )
        ),
    )


def _confidential_option(
    parser: argparse.ArgumentParser, marked: Text | None = None, *, t: Wording
) -> None:
    parser.add_argument(
        "--include-confidential",
        action="store_true",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "include confidential meetings and trips and what they make confidential ({marked})",
            ).format(marked=marked)
            if marked
            else QT_TRANSLATE_NOOP(
                "cli help",
                "include confidential meetings and trips and what they make confidential",
            )
        ),
    )


def _lang_option(parser: argparse.ArgumentParser, *, t: Wording) -> None:
    parser.add_argument(
        "--lang",
        choices=["en", "ja"],
        default=None,
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "the file's language, labels and values (default: that of the messages, see the "
                "top-level --lang)",
            )
        ),
    )


def program_name() -> str:
    """What the usage lines call the program: main.py when run as `uv run main.py`, else the
    installed command's name."""
    return "main.py" if os.path.basename(sys.argv[0] or "") == "main.py" else "cityapp"


def build_parser(language: str = "en") -> argparse.ArgumentParser:
    """The command line's options, described in `language`."""
    t = Wording(language)
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "{app}: plan trips, log meetings, follow commitments, hand off Excel briefings.",
            ).format(app=APP_NAME)
        ),
        epilog=t(QT_TRANSLATE_NOOP("cli help", "With no command, the program's window opens.")),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _db_option(parser, top=True, t=t)
    parser.add_argument(
        "--officer",
        metavar="NAME",
        help=t(
            QT_TRANSLATE_NOOP("cli help", "name recorded in the audit trail (default: OS user)")
        ),
    )
    parser.add_argument(
        "--lang",
        dest="window_lang",
        choices=["ja", "en"],
        help=(
            t(
                QT_TRANSLATE_NOOP(
                    "cli help",
                    "the language of the window and of the commands' messages (default for the window: "
                    "the one chosen last, else the system's; for messages: English)",
                )
            )
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help=t(QT_TRANSLATE_NOOP("cli help", "create a demo database")),
        description=(
            t(
                QT_TRANSLATE_NOOP(
                    "cli help",
                    "Create a database holding the Tokyo demo office, or with --large a synthetic 20-year office.",
                )
            )
        ),
    )
    _db_option(demo, top=False, t=t)
    demo.add_argument(
        "--large",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli help", "the large synthetic dataset instead of the demo")),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli help", "replace an existing file")),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=None,
        help=t(QT_TRANSLATE_NOOP("cli help", "seed of the large dataset (deterministic)")),
    )

    listing = commands.add_parser(
        "list", help=t(QT_TRANSLATE_NOOP("cli help", "print records, one a line, tab-separated"))
    )
    listing.add_argument(
        "what",
        choices=["trips", "cities", "meetings", "counterparts", "commitments", "precedence"],
        help=t(QT_TRANSLATE_NOOP("cli help", "what to list")),
    )
    listing.add_argument(
        "--filter",
        metavar="TEXT",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "meetings, counterparts: only those with this text in a name or title"
            )
        ),
    )
    listing.add_argument(
        "--year",
        type=int,
        metavar="YEAR",
        help=t(QT_TRANSLATE_NOOP("cli help", "meetings: only those of this year")),
    )
    listing.add_argument(
        "--city",
        type=int,
        metavar="ID",
        help=t(QT_TRANSLATE_NOOP("cli help", "meetings, counterparts: only those of this city")),
    )
    listing.add_argument(
        "--bureau",
        type=int,
        metavar="ID",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "meetings, commitments: only those of this bureau of our government"
            )
        ),
    )
    listing.add_argument(
        "--past",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli help", "counterparts: former office holders too")),
    )
    listing.add_argument(
        "--meeting",
        type=int,
        metavar="ID",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "precedence: the meeting whose attendees to list, per side in order of precedence",
            )
        ),
    )
    listing.add_argument(
        "--status",
        choices=[s.value for s in CommitmentStatus],
        help=t(QT_TRANSLATE_NOOP("cli help", "commitments: only those with this status")),
    )
    listing.add_argument(
        "--overdue",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli help", "commitments: only the overdue ones")),
    )
    listing.add_argument(
        "--as-of",
        type=_day,
        metavar="YYYY-MM-DD",
        help=t(QT_TRANSLATE_NOOP("cli help", "commitments: the day that counts as today")),
    )
    _confidential_option(listing, t=t)
    _db_option(listing, top=False, t=t)

    finder = commands.add_parser(
        "search",
        help=t(
            QT_TRANSLATE_NOOP("cli help", "find records by any part of any name, in any script")
        ),
    )
    finder.add_argument(
        "text", help=t(QT_TRANSLATE_NOOP("cli help", "what to look for, e.g. москва, 東京, seoul"))
    )
    finder.add_argument(
        "--limit",
        type=int,
        default=50,
        help=t(QT_TRANSLATE_NOOP("cli help", "at most this many matches (default 50)")),
    )
    _confidential_option(finder, t=t)
    _db_option(finder, top=False, t=t)

    export = commands.add_parser(
        "export", help=t(QT_TRANSLATE_NOOP("cli help", "write files for other programs"))
    )
    exports = export.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    calendar = exports.add_parser(
        "calendar",
        help=t(QT_TRANSLATE_NOOP("cli help", "a trip's itinerary as an .ics calendar file")),
    )
    calendar.add_argument(
        "--trip",
        type=int,
        required=True,
        metavar="ID",
        help=t(QT_TRANSLATE_NOOP("cli help", "the trip's id (see list trips)")),
    )
    calendar.add_argument(
        "--out",
        required=True,
        metavar="FILE.ics",
        help=t(QT_TRANSLATE_NOOP("cli help", "the calendar file to write")),
    )
    _confidential_option(
        calendar,
        marked=QT_TRANSLATE_NOOP("cli help", "the calendar and each event are then marked"),
        t=t,
    )
    _lang_option(calendar, t=t)
    _db_option(calendar, top=False, t=t)
    briefing = exports.add_parser(
        "briefing", help=t(QT_TRANSLATE_NOOP("cli help", "a trip's briefing workbook (.xlsx)"))
    )
    briefing.add_argument(
        "--trip",
        type=int,
        required=True,
        metavar="ID",
        help=t(QT_TRANSLATE_NOOP("cli help", "the trip's id (see list trips)")),
    )
    briefing.add_argument(
        "--out",
        required=True,
        metavar="FILE.xlsx",
        help=t(QT_TRANSLATE_NOOP("cli help", "the workbook to write")),
    )
    _confidential_option(
        briefing, marked=QT_TRANSLATE_NOOP("cli help", "every sheet is then marked"), t=t
    )
    briefing.add_argument(
        "--as-of",
        type=_known_on,
        metavar="today|trip|YYYY-MM-DD",
        default=None,
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "what the book knows: records up to the trip's first day (trip), up to today "
                "(today) or up to a day (default: trip for a trip begun, today for one to come)",
            )
        ),
    )
    _lang_option(briefing, t=t)
    _db_option(briefing, top=False, t=t)

    record = exports.add_parser(
        "record",
        help=t(QT_TRANSLATE_NOOP("cli help", "a meeting's record of discussion (.xlsx)")),
    )
    record.add_argument(
        "--meeting",
        type=int,
        required=True,
        metavar="ID",
        help=t(QT_TRANSLATE_NOOP("cli help", "the meeting's id")),
    )
    record.add_argument(
        "--out",
        required=True,
        metavar="FILE.xlsx",
        help=t(QT_TRANSLATE_NOOP("cli help", "the workbook to write")),
    )
    _confidential_option(
        record, marked=QT_TRANSLATE_NOOP("cli help", "the page is then marked"), t=t
    )
    _lang_option(record, t=t)
    _db_option(record, top=False, t=t)

    seating = exports.add_parser(
        "seating",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "a meeting's seating chart, order of precedence and place cards (.xlsx)",
            )
        ),
    )
    seating.add_argument(
        "--meeting",
        type=int,
        required=True,
        metavar="ID",
        help=t(QT_TRANSLATE_NOOP("cli help", "the meeting's id")),
    )
    seating.add_argument(
        "--out",
        required=True,
        metavar="FILE.xlsx",
        help=t(QT_TRANSLATE_NOOP("cli help", "the workbook to write")),
    )
    _confidential_option(
        seating, marked=QT_TRANSLATE_NOOP("cli help", "the pages are then marked"), t=t
    )
    _lang_option(seating, t=t)
    _db_option(seating, top=False, t=t)

    portfolio = exports.add_parser(
        "portfolio", help=t(QT_TRANSLATE_NOOP("cli help", "the portfolio report (.xlsx)"))
    )
    portfolio.add_argument("--out", required=True, metavar="FILE.xlsx")
    portfolio.add_argument(
        "--as-of",
        type=_day,
        metavar="YYYY-MM-DD",
        help=t(QT_TRANSLATE_NOOP("cli help", "the day that counts as today")),
    )
    _confidential_option(
        portfolio, marked=QT_TRANSLATE_NOOP("cli help", "every sheet is then marked"), t=t
    )
    _lang_option(portfolio, t=t)
    _db_option(portfolio, top=False, t=t)

    meetings = exports.add_parser(
        "meetings", help=t(QT_TRANSLATE_NOOP("cli help", "every meeting in one workbook (.xlsx)"))
    )
    meetings.add_argument("--out", required=True, metavar="FILE.xlsx")
    _confidential_option(
        meetings, marked=QT_TRANSLATE_NOOP("cli help", "the sheet is then marked"), t=t
    )
    _lang_option(meetings, t=t)
    _db_option(meetings, top=False, t=t)

    commitments = exports.add_parser(
        "commitments",
        help=t(QT_TRANSLATE_NOOP("cli help", "every commitment in one workbook (.xlsx)")),
    )
    commitments.add_argument("--out", required=True, metavar="FILE.xlsx")
    _confidential_option(
        commitments, marked=QT_TRANSLATE_NOOP("cli help", "the sheet is then marked"), t=t
    )
    _lang_option(commitments, t=t)
    _db_option(commitments, top=False, t=t)

    programmes = exports.add_parser(
        "programmes",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "a fiscal year's projects, programmes and fund, national contacts and lessons (.xlsx)",
            )
        ),
    )
    programmes.add_argument(
        "--fiscal-year",
        type=int,
        required=True,
        metavar="YEAR",
        help=t(QT_TRANSLATE_NOOP("cli help", "the fiscal year, named by its April: 2015")),
    )
    programmes.add_argument("--out", required=True, metavar="FILE.xlsx")
    _confidential_option(
        programmes, marked=QT_TRANSLATE_NOOP("cli help", "every sheet is then marked"), t=t
    )
    _lang_option(programmes, t=t)
    _db_option(programmes, top=False, t=t)

    gift_register = exports.add_parser(
        "gifts",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "the gift register for the annual declaration: every gift given and received (.xlsx)",
            )
        ),
    )
    gift_register.add_argument(
        "--fiscal-year",
        type=int,
        metavar="YEAR",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "only this fiscal year, named by its April: 2014 (default: every year)"
            )
        ),
    )
    gift_register.add_argument("--out", required=True, metavar="FILE.xlsx")
    _confidential_option(
        gift_register, marked=QT_TRANSLATE_NOOP("cli help", "the sheet is then marked"), t=t
    )
    _lang_option(gift_register, t=t)
    _db_option(gift_register, top=False, t=t)

    template = exports.add_parser(
        "template", help=t(QT_TRANSLATE_NOOP("cli help", "a blank workbook for an import"))
    )
    template.add_argument("what", choices=["counterparts", "cities"])
    template.add_argument("--out", required=True, metavar="FILE.xlsx")
    _lang_option(template, t=t)

    importer = commands.add_parser(
        "import",
        help=t(
            QT_TRANSLATE_NOOP("cli help", "import counterparts or cities from an Excel workbook")
        ),
    )
    importer.add_argument("what", choices=["counterparts", "cities"])
    importer.add_argument("file", metavar="FILE.xlsx")
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli help", "check every row, write nothing")),
    )
    _db_option(importer, top=False, t=t)

    report = commands.add_parser(
        "report", help=t(QT_TRANSLATE_NOOP("cli help", "print figures computed from the data"))
    )
    reports = report.add_subparsers(dest="report_what", metavar="WHAT", required=True)
    targets = reports.add_parser(
        "targets",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "each target: title, deadline, cities reached, cities to reach (tab-separated)",
            )
        ),
        description=(
            t(
                QT_TRANSLATE_NOOP(
                    "cli help",
                    "Each target on a line: title, deadline, the number of cities reached and the number "
                    "to reach. The number reached is counted on the --as-of day, or on the deadline once "
                    "the deadline has passed.",
                )
            )
        ),
    )
    targets.add_argument(
        "--as-of",
        type=_day,
        metavar="YYYY-MM-DD",
        help=t(QT_TRANSLATE_NOOP("cli help", "the day that counts as today")),
    )
    _confidential_option(targets, t=t)
    _db_option(targets, top=False, t=t)
    fund = reports.add_parser(
        "fund",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "each fund's balance by fiscal year: fund, fiscal year, spent, participants, "
                "remaining (tab-separated)",
            )
        ),
    )
    _db_option(fund, top=False, t=t)

    info = commands.add_parser(
        "info",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "where the program keeps its files, and the database schema"
            )
        ),
    )
    _db_option(info, top=False, t=t)

    backup = commands.add_parser(
        "backup",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "a checked copy of the database file (in its backups folder by default)"
            )
        ),
    )
    backup.add_argument(
        "--out",
        metavar="FILE",
        default=None,
        help=t(QT_TRANSLATE_NOOP("cli help", "where to write the copy")),
    )
    _db_option(backup, top=False, t=t)
    restore = commands.add_parser(
        "restore",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "put a backup in place of the database (the current file is kept first)"
            )
        ),
    )
    restore.add_argument(
        "file", metavar="FILE", help=t(QT_TRANSLATE_NOOP("cli help", "the backup to restore"))
    )
    _db_option(restore, top=False, t=t)

    server = commands.add_parser(
        "server",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "access on a shared PostgreSQL server: roles, grants, row-level security",
            )
        ),
        description=(
            t(
                QT_TRANSLATE_NOOP(
                    "cli help",
                    "Officers connect to a shared PostgreSQL server as their own roles; the server "
                    "enforces who may read, change and administer, and who is cleared for confidential "
                    "content.",
                )
            )
        ),
    )
    servers = server.add_subparsers(dest="server_what", metavar="WHAT", required=True)
    setup = servers.add_parser(
        "setup",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "create the program's roles and policies (safe to run again)"
            )
        ),
    )
    _db_option(setup, top=False, t=t)
    granting = servers.add_parser(
        "grant", help=t(QT_TRANSLATE_NOOP("cli help", "give an officer's login role access"))
    )
    granting.add_argument(
        "name",
        metavar="NAME",
        help=t(QT_TRANSLATE_NOOP("cli help", "the login role (created if missing)")),
    )
    granting.add_argument("level", choices=["reader", "editor", "administrator"])
    granting.add_argument(
        "--confidential",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli help", "also clear them for confidential content")),
    )
    granting.add_argument(
        "--password",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli help", "ask for a password for the role (none otherwise)")),
    )
    _db_option(granting, top=False, t=t)
    revoking = servers.add_parser(
        "revoke", help=t(QT_TRANSLATE_NOOP("cli help", "take an officer's access away"))
    )
    revoking.add_argument("name", metavar="NAME")
    _db_option(revoking, top=False, t=t)

    privacy = commands.add_parser(
        "privacy",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "one person's data: export all of it, or erase it (APPI, GDPR)"
            )
        ),
    )
    privacies = privacy.add_subparsers(dest="privacy_what", metavar="WHAT", required=True)
    p_export = privacies.add_parser(
        "export",
        help=t(QT_TRANSLATE_NOOP("cli help", "everything held about one person, in a workbook")),
    )
    _person_option(p_export, t=t)
    p_export.add_argument("--out", required=True, metavar="FILE.xlsx")
    _db_option(p_export, top=False, t=t)
    p_erase = privacies.add_parser(
        "erase",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help",
                "erase one person's personal data (meetings are kept with an erased person)",
            )
        ),
    )
    _person_option(p_erase, t=t)
    p_erase.add_argument(
        "--yes",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("cli help", "do not ask for confirmation")),
    )
    _db_option(p_erase, top=False, t=t)
    p_review = privacies.add_parser(
        "review",
        help=t(
            QT_TRANSLATE_NOOP(
                "cli help", "sensitive notes of people out of office for more than five years"
            )
        ),
    )
    _db_option(p_review, top=False, t=t)
    return parser


def _person_option(parser: argparse.ArgumentParser, *, t: Wording) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--counterpart", type=int, metavar="ID")
    who.add_argument("--staff", type=int, metavar="ID")


def _known_on(text: str):
    """--as-of of a briefing: today, trip, or a day."""
    if text in ("today", "trip"):
        return text
    return _day(text)


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


# Stored text must not drive the terminal: control characters (ESC starts escape sequences,
# C1 CSI too) show as "�", and bidirectional overrides and isolates, which can make a line
# read differently from what it holds, are dropped.
_TERMINAL = {
    **{c: "\ufffd" for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]},
    **{c: None for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]},
}


def terminal_safe(text: str) -> str:
    """Text as it may reach a terminal: tabs and line breaks become spaces, nothing else acts."""
    text = " ".join(text.replace("\t", " ").splitlines())
    return text.translate(_TERMINAL)


def clean(value: object) -> str:
    """A field for tab-separated output: no tabs or line breaks inside, nothing the terminal runs."""
    return terminal_safe("" if value is None else str(value))


def _print_rows(
    rows: Sequence[Sequence[object]], out: TextIO, words: Wording | None = None
) -> None:
    """Tab-separated lines. Closed vocabularies as words (Outbound, 姉妹都市), never the codes
    stored; dates ISO in English, as `words` write them in Japanese."""
    for row in rows:
        out.write("\t".join(clean(_value(v, words)) for v in row) + "\n")


def _value(value: object, words: Wording | None) -> object:
    from datetime import date
    from enum import Enum

    from .i18n import Text

    if words is None:
        return value
    if isinstance(value, Text):
        return words(value)
    if isinstance(value, Enum):
        return words.choice(value)  # a word in either language, never the stored code
    if words.language == "en":
        return value
    if isinstance(value, date):
        return words.date(value, weekday=False)
    return value


def words_of(args: argparse.Namespace) -> Wording:
    """The words of the command's output: the messages' language."""
    return Wording(message_language(args))


def _say(args: argparse.Namespace, out: TextIO, key: str, **params: object) -> None:
    out.write(in_language(SAY[key].format(**params), message_language(args)) + "\n")


def _check_fiscal_year(year: int) -> None:
    if not 1950 <= year <= 2200:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "{year} is not a fiscal year: give one such as 2015.").format(
                year=year
            )
        )


def _export_language(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or message_language(args)


def _open(args: argparse.Namespace, *, create: bool = False):
    from .db import open_database

    return open_database(args.db, actor=args.officer, create=create)


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from .demo import DEFAULT_SEED, create_demo_database

    if not args.db:
        raise UserError(QT_TRANSLATE_NOOP("cli", "Give the new database's file with --db PATH."))
    started = time.perf_counter()
    db = create_demo_database(
        args.db,
        large=args.large,
        force=args.force,
        seed=args.seed if args.seed is not None else DEFAULT_SEED,
        actor=args.officer or "demo",
        progress=(lambda msg: print(msg + "...", file=sys.stderr)) if args.large else None,
    )
    db.dispose()
    _say(
        args,
        out,
        "created_large" if args.large else "created_demo",
        label=db.label,
        seconds=f"{time.perf_counter() - started:.1f}",
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from . import confidentiality
    from .services import lists
    from .services.cities import list_cities

    db = _open(args, create=False)
    try:
        with (
            db.session() as session,
            confidentiality.scope(session, args.include_confidential),
        ):
            words = words_of(args)
            if args.what == "precedence":
                rows = _precedence_rows(session, args, words)
            elif args.what == "commitments":
                from .models.enums import OwnerSide
                from .services.commitments import commitment_lines

                today = args.as_of or CLOCK.today()
                rows = [
                    (c.id, c.due_on, c.status, OwnerSide(c.owner_side), c.city, c.text)
                    for c in commitment_lines(
                        session,
                        status=CommitmentStatus(args.status) if args.status else None,
                        overdue_on=today if args.overdue else None,
                        japanese_names=words.japanese,
                        bureau_id=args.bureau,
                    )
                ]
            elif args.what == "meetings":
                rows = _meeting_rows(session, args)
            elif args.what == "counterparts":
                rows = _counterpart_rows(session, args)
            elif args.what == "trips":
                # The Trips page's own list, oldest first: id, start, end, direction, status, title, …
                trips = lists.fetch_rows(
                    session, _in_language(lists.TRIPS, words), descending=False, limit=None
                )
                rows = [(t[0], t[1], t[2], t[3], t[5]) for t in trips]
            else:
                rows = [
                    (
                        c.id,
                        words.city(c),
                        c.country_code if not words.japanese else words.country(c.country_code),
                        c.relationship_level,
                    )
                    for c in list_cities(session)
                ]
    finally:
        db.dispose()
    _print_rows(rows, out, words)
    return EXIT_OK


def _in_language(spec, words: Wording):
    """A page's list as the command's language shows it (in Japanese, the Japanese names)."""
    return spec.in_language("ja" if words.japanese else "en")


def _meeting_rows(session, args: argparse.Namespace) -> list[tuple]:
    """The Meetings page's list, oldest first, with its filters: id, when (Tokyo time), title,
    city, classification, people."""
    from .services import lists
    from .timefmt import HOME_ZONE, in_zone

    flags = {"year": args.year, "city": args.city, "bureau": args.bureau}
    spec = _in_language(lists.MEETINGS, words_of(args))
    rows = lists.fetch_rows(
        session, spec, text=args.filter, descending=False, limit=None, flags=flags
    )
    return [
        (r[0], in_zone(r[1], HOME_ZONE).strftime("%Y-%m-%d %H:%M"), r[2], r[3], r[4], r[5])
        for r in rows
    ]


def _counterpart_rows(session, args: argparse.Namespace) -> list[tuple]:
    """The Counterparts page's list with its filters: id and each column the page shows
    (current office holders unless --past)."""
    from .services import lists

    flags = {"current_only": None if args.past else CLOCK.today(), "city": args.city}
    rows = lists.fetch_rows(
        session,
        _in_language(lists.COUNTERPARTS, words_of(args)),
        text=args.filter,
        descending=False,
        limit=None,
        flags=flags,
        order="family_name",
    )
    keys = [c.key for c in lists.COUNTERPARTS.columns]
    shown = [i + 1 for i, key in enumerate(keys) if key != "reading"]
    return [(r[0], *(r[i] for i in shown)) for r in rows]


def _precedence_rows(session, args: argparse.Namespace, words: Wording) -> list[tuple]:
    """side, place, name, office, in office since, and the reason for a place set by hand."""
    from . import confidentiality
    from .services.precedence import meeting_precedence

    if args.meeting is None:
        raise UserError(
            QT_TRANSLATE_NOOP("cli", "Say which meeting: list precedence --meeting ID.")
        )
    confidentiality.check_meeting(session, args.meeting, args.include_confidential)
    rows = []
    for side, placed in meeting_precedence(session, args.meeting, words.language).items():
        for p in placed:
            person = p.attendee.staff or p.attendee.counterpart
            office = ""
            if p.office is not None:
                office = (
                    p.office.name_ja if words.japanese and p.office.name_ja else p.office.name_en
                )
            rows.append(
                (side, p.place, words.person(person), office, p.since, p.reason if p.fixed else "")
            )
    return rows


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    from . import confidentiality
    from .search import search

    db = _open(args, create=False)
    try:
        with (
            db.session() as session,
            confidentiality.scope(session, args.include_confidential),
        ):
            hits = search(session, args.text, limit=max(1, args.limit))
    finally:
        db.dispose()
    words = words_of(args)
    if words.japanese:
        from .services.history import kind_label

        tables = {"staff": "staff_member"}
        kinds = {h.kind: words(kind_label(tables.get(h.kind, h.kind))) for h in hits}
        rows = [(kinds[h.kind], h.ref_id, h.label) for h in hits]
    else:
        rows = [(h.kind, h.ref_id, h.label) for h in hits]
    _print_rows(rows, out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from .excel.imports import import_rows

    db = _open(args, create=False)
    try:
        with db.factory.begin() as session:
            report = import_rows(session, args.what, Path(args.file), dry_run=args.dry_run)
    finally:
        db.dispose()
    words = words_of(args)
    _print_rows([(SAY["accepted"], r.row, r.label) for r in report.accepted], out, words)
    _print_rows(
        [
            (SAY["rejected"], r.row, r.label, "; ".join(words(x) for x in r.reasons))
            for r in report.rejected
        ],
        out,
        words,
    )
    for note in report.notes:
        _print_rows([(SAY["note"], note)], out, words)
    if report.rejected:
        refused = SAY["refused"].format(
            refused=len(report.rejected), total=len(report.accepted) + len(report.rejected)
        )
        print(words(SAY["error"].format(message=refused)), file=sys.stderr)
        return EXIT_FAILURE
    _say(args, out, "dry_run" if args.dry_run else "imported", count=len(report.accepted))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from . import confidentiality
    from .calendar_export import export_trip_calendar

    if args.export_what == "portfolio":
        from .excel.portfolio import export_portfolio

        db = _open(args, create=False)
        try:
            with db.session() as session:
                export_portfolio(
                    session,
                    Path(args.out),
                    args.as_of,
                    include_confidential=args.include_confidential,
                    lang=_export_language(args),
                )
        finally:
            db.dispose()
        _say(args, out, "wrote_portfolio", path=args.out)
        return EXIT_OK
    if args.export_what == "gifts":
        from .excel.gifts import export_gift_register

        if args.fiscal_year is not None:
            _check_fiscal_year(args.fiscal_year)
        db = _open(args, create=False)
        try:
            with db.session() as session:
                n = export_gift_register(
                    session,
                    Path(args.out),
                    args.fiscal_year,
                    include_confidential=args.include_confidential,
                    lang=_export_language(args),
                )
        finally:
            db.dispose()
        _say(args, out, "wrote_gifts", n=n, path=args.out)
        return EXIT_OK
    if args.export_what == "programmes":
        from .excel.programmes import export_programmes_report

        _check_fiscal_year(args.fiscal_year)
        db = _open(args, create=False)
        try:
            with db.session() as session:
                export_programmes_report(
                    session,
                    args.fiscal_year,
                    Path(args.out),
                    include_confidential=args.include_confidential,
                    lang=_export_language(args),
                )
        finally:
            db.dispose()
        _say(args, out, "wrote_programmes", year=args.fiscal_year, path=args.out)
        return EXIT_OK
    if args.export_what in ("meetings", "commitments"):
        from .excel.commitments_export import export_commitments
        from .excel.meetings_export import export_meetings

        export = export_meetings if args.export_what == "meetings" else export_commitments
        db = _open(args, create=False)
        try:
            with db.session() as session:
                n = export(
                    session,
                    Path(args.out),
                    include_confidential=args.include_confidential,
                    lang=_export_language(args),
                )
        finally:
            db.dispose()
        said = {
            "meetings": ("wrote_meeting", "wrote_meetings"),
            "commitments": ("wrote_commitment", "wrote_commitments"),
        }[args.export_what]
        _say(args, out, said[0] if n == 1 else said[1], count=n, path=args.out)
        return EXIT_OK
    if args.export_what == "record":
        from .excel.record import RecordOptions, export_record

        db = _open(args, create=False)
        try:
            with db.session() as session:
                title = confidentiality.check_meeting(
                    session, args.meeting, args.include_confidential
                )
                export_record(
                    session,
                    args.meeting,
                    Path(args.out),
                    RecordOptions(
                        include_confidential=args.include_confidential,
                        lang=_export_language(args),
                    ),
                )
        finally:
            db.dispose()
        _say(args, out, "wrote_record", title=clean(title), path=args.out)
        return EXIT_OK
    if args.export_what == "seating":
        from .excel.seating import export_seating

        db = _open(args, create=False)
        try:
            with db.session() as session:
                title = confidentiality.check_meeting(
                    session, args.meeting, args.include_confidential
                )
                export_seating(
                    session,
                    args.meeting,
                    Path(args.out),
                    _export_language(args),
                    args.include_confidential,
                )
        finally:
            db.dispose()
        _say(args, out, "wrote_seating", title=clean(title), path=args.out)
        return EXIT_OK
    if args.export_what == "template":
        from .excel.imports import write_template

        write_template(args.what, Path(args.out), lang=_export_language(args))
        _say(args, out, "wrote_template", path=args.out)
        return EXIT_OK
    db = _open(args, create=False)
    try:
        with db.session() as session:
            title = confidentiality.check_trip(session, args.trip, args.include_confidential)
            if args.export_what == "briefing":
                from .excel.briefing import BriefingOptions, export_briefing

                export_briefing(
                    session,
                    args.trip,
                    Path(args.out),
                    BriefingOptions(
                        include_confidential=args.include_confidential,
                        lang=_export_language(args),
                        as_of=args.as_of,
                        prepared_by=db.actor,
                    ),
                )
                _say(args, out, "wrote_briefing", title=clean(title), path=args.out)
                return EXIT_OK
            count = export_trip_calendar(
                session,
                args.trip,
                Path(args.out),
                include_confidential=args.include_confidential,
                lang=_export_language(args),
            )
    finally:
        db.dispose()
    key = "wrote_calendar_one" if count == 1 else "wrote_calendar"
    _say(args, out, key, count=count, title=clean(title), path=args.out)
    return EXIT_OK


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from . import confidentiality

    if args.report_what == "fund":
        return _report_fund(args, out)

    from .services.strategy import target_progress

    db = _open(args, create=False)
    try:
        with (
            db.session() as session,
            confidentiality.scope(session, args.include_confidential),
        ):
            progress = target_progress(session, args.as_of or CLOCK.today())
    finally:
        db.dispose()
    words = words_of(args)
    _print_rows(
        [(words.title_of(p), p.deadline, p.result, p.target_count) for p in progress], out, words
    )
    return EXIT_OK


def _report_fund(args: argparse.Namespace, out: TextIO) -> int:
    """Each fund's balance by fiscal year: fund, fiscal year, spent, participants, remaining
    after the year (yen as whole numbers in English, as the language writes them in Japanese)."""
    from .services.fund import fund_reports

    db = _open(args, create=False)
    try:
        with db.session() as session:
            reports = fund_reports(session)
    finally:
        db.dispose()
    words = words_of(args)
    fiscal = Wording(words.language, era=words.era, fiscal_years=True)
    rows = []
    for report in reports:
        name = report.name_ja if words.japanese and report.name_ja else report.name
        for year, spent, people, left in report.balance_by_year():
            if words.japanese:
                rows.append(
                    (name, fiscal.year(year), words.yen(int(spent)), people, words.yen(int(left)))
                )
            else:
                rows.append((name, year, int(spent), people, int(left)))
    _print_rows(rows, out, words)
    return EXIT_OK


def _sqlite_target(args: argparse.Namespace, what: str):
    from .db import is_url, pg_dump_advice

    target = args.db or str(paths.default_database_path())
    if is_url(target):
        raise UserError(pg_dump_advice(target, what))
    return target


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from .db import check_local_path
    from .sqlite_files import make_backup

    source = check_local_path(_sqlite_target(args, "back up"))
    made = make_backup(source, Path(args.out) if args.out else None)
    _print_rows([(SAY["backup"], made)], out, words_of(args))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from .db import check_backup_is_ours, check_local_path
    from .sqlite_files import restore_backup

    target = check_local_path(_sqlite_target(args, "restore"))
    kept = restore_backup(target, Path(args.file), check=check_backup_is_ours)
    words = words_of(args)
    _print_rows([(SAY["restored"], target)], out, words)
    if kept is not None:
        _print_rows([(SAY["kept"], kept)], out, words)
    return EXIT_OK


def cmd_info(args: argparse.Namespace, out: TextIO) -> int:
    from . import __version__
    from .db import open_database
    from .migrations import current_revision, head_revision
    from .selfcheck import run_checks

    rows: list[tuple] = [(SAY["program"], __version__)]
    if args.db is None and not paths.default_database_path().exists():
        # A newcomer's first look: the program and its files, before any database.
        rows.append(
            (SAY["database"], SAY["no_database_yet"].format(path=paths.default_database_path()))
        )
        rows.append((SAY["schema_head"], head_revision()))
    else:
        # Only reads: no schema is written into an empty file, and nothing is upgraded.
        db = open_database(args.db, actor=args.officer, create=False, upgrade=False, read_only=True)
        try:
            rows += [
                (SAY["database"], db.label),
                (SAY["schema"], current_revision(db.engine)),
                (SAY["schema_head"], head_revision()),
            ]
        finally:
            db.dispose()
    rows += [(SAY["data_folder"], paths.data_dir()), (SAY["log_file"], logs.log_file())]
    checks = run_checks()
    rows += [(c.name, SAY["check_ok"] if c.ok else SAY["check_missing"], c.detail) for c in checks]
    _print_rows(rows, out, words_of(args))
    return EXIT_OK if all(c.ok for c in checks) else EXIT_FAILURE


def cmd_server(args: argparse.Namespace, out: TextIO) -> int:
    from sqlalchemy import create_engine

    from . import server
    from .db import is_url

    if not args.db or not is_url(args.db):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "cli",
                "Give the PostgreSQL server with --db postgresql+psycopg://user@host/database. "
                "On SQLite the file's own permissions decide who may read and change it.",
            )
        )
    if args.server_what == "setup":
        db = _open(args, create=True)  # the schema first, at this program's version
        try:
            done = server.setup(db.engine)
        finally:
            db.dispose()
    else:
        engine = create_engine(args.db, hide_parameters=True)
        try:
            if args.server_what == "grant":
                password = None
                if args.password:
                    import getpass

                    password = getpass.getpass(f"Password for {args.name}: ")
                    if password != getpass.getpass("The same again: "):
                        raise UserError(
                            QT_TRANSLATE_NOOP(
                                "cli", "The two passwords differ; nothing was changed."
                            )
                        )
                done = server.grant(
                    engine, args.name, args.level, confidential=args.confidential, password=password
                )
            else:
                done = server.revoke(engine, args.name)
        except Exception as exc:
            if server.is_permission_refusal(exc):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "The server refused: only an administrator of the program may do this.",
                    )
                ) from exc
            raise
        finally:
            engine.dispose()
    _print_rows([(SAY["done"], line) for line in done], out, words_of(args))
    return EXIT_OK


def cmd_privacy(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from .services import privacy

    if args.privacy_what == "review":
        db = _open(args, create=False)
        try:
            with db.session() as session:
                lines = privacy.notes_to_review(session, CLOCK.today())
        finally:
            db.dispose()
        _print_rows(
            [(r.counterpart_id, r.name, r.term_end, r.notes) for r in lines], out, words_of(args)
        )
        return EXIT_OK
    kind, person_id = (
        (privacy.COUNTERPART, args.counterpart)
        if args.counterpart is not None
        else (privacy.STAFF, args.staff)
    )
    db = _open(args, create=False)
    try:
        if args.privacy_what == "export":
            with db.session() as session:
                privacy.export_personal_data(session, kind, person_id, Path(args.out))
            _say(args, out, "wrote_personal", kind=PERSON_KINDS[kind], id=person_id, path=args.out)
            return EXIT_OK
        with db.session() as session:
            name = privacy.personal_data(session, kind, person_id).name
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Erasing cannot be undone: give --yes to confirm. Nothing was erased.",
                    )
                )
            asked = SAY["erase_ask"].format(name=clean(name), kind=PERSON_KINDS[kind], id=person_id)
            answer = input(words_of(args)(asked))
            if answer.strip().lower() not in ("y", "yes", "はい"):
                _say(args, out, "nothing_erased")
                return EXIT_FAILURE
        with db.writing() as session:
            done = privacy.erase_person(session, kind, person_id)
        with db.session() as session:
            done.append(privacy.compact(session))
    finally:
        db.dispose()
    _print_rows([(SAY["done"], line) for line in done], out, words_of(args))
    return EXIT_OK


COMMANDS = {
    "privacy": cmd_privacy,
    "server": cmd_server,
    "demo": cmd_demo,
    "list": cmd_list,
    "search": cmd_search,
    "export": cmd_export,
    "import": cmd_import,
    "report": cmd_report,
    "info": cmd_info,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def _utf8_stdout() -> None:
    """Names in any script must print, also into a pipe on a Windows code page."""
    for stream in (sys.stdout, sys.stderr):
        if (
            stream is not None
            and hasattr(stream, "reconfigure")
            and (stream.encoding or "").lower() != "utf-8"
        ):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8", errors="replace")


def message_language(args: argparse.Namespace) -> str:
    """The language of the command's messages: `--lang` before the command, else CITYAPP_LANG,
    else English (an export's own `--lang` chooses the file's language only)."""
    chosen = getattr(args, "window_lang", None) or os.environ.get("CITYAPP_LANG")
    return chosen if chosen in ("en", "ja") else "en"


# argparse's own words (headings, its options' help, usage errors), for the catalogue.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
)


def asked_language(argv: Sequence[str]) -> str:
    """The messages' language before the arguments are parsed (for --help and usage errors):
    `--lang` before the command, else CITYAPP_LANG, else English."""
    chosen = os.environ.get("CITYAPP_LANG")
    tokens = list(argv)
    for index, token in enumerate(tokens):
        if token == "--lang" and index + 1 < len(tokens):
            chosen = tokens[index + 1]
            break
        if token.startswith("--lang="):
            chosen = token.split("=", 1)[1]
            break
        if not token.startswith("-") and (
            index == 0 or tokens[index - 1] not in ("--db", "--officer")
        ):
            break  # the command: a --lang after it is an export's own
    return chosen if chosen in ("en", "ja") else "en"


@contextlib.contextmanager
def _argparse_speaks(language: str):
    """argparse's own words in `language` while the arguments are parsed."""
    if language == "en":
        yield
        return
    words = {str(w): Wording(language)(w) for w in ARGPARSE_WORDS}
    before = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = before  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None, *, gui: GuiLauncher | None = None) -> int:
    """Run a command (or the GUI) and return the process exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    language = asked_language(argv)
    try:
        with _argparse_speaks(language):
            args = build_parser(language).parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors already printed
        return int(exc.code or 0)
    if args.db is None:
        args.db = os.environ.get("CITYAPP_DB") or None
    logs.setup_logging()
    if args.command is None:
        if gui is None:
            print(
                words_of(args)(
                    SAY["error"].format(
                        message=QT_TRANSLATE_NOOP(
                            "cli", "this entry has no window; give a command (see --help)"
                        )
                    )
                ),
                file=sys.stderr,
            )
            return EXIT_USAGE
        return gui(args)
    startup.settle()
    _utf8_stdout()
    try:
        return COMMANDS[args.command](args, sys.stdout)
    except UserError as exc:
        words = words_of(args)
        print(words(SAY["error"].format(message=terminal_safe(words(exc)))), file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(words_of(args)(SAY["error"].format(message=SAY["interrupted"])), file=sys.stderr)
        return 130
    except Exception as exc:  # a defect: keep the traceback out of the user's face, in the log
        from .server import is_permission_refusal

        if is_permission_refusal(exc):
            print(
                words_of(args)(SAY["error"].format(message=SAY["server_refused"])), file=sys.stderr
            )
            return EXIT_FAILURE
        logging.getLogger("cityapp").exception("command %s failed", args.command)
        failure = SAY["unexpected"].format(
            error=f"{type(exc).__name__}: {clean(exc)[:300]}", log=str(logs.log_file())
        )
        print(words_of(args)(SAY["error"].format(message=failure)), file=sys.stderr)
        return EXIT_FAILURE
