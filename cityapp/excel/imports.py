"""Importing lists other offices keep in Excel: counterparts and cities.

The file is checked before it is parsed (a real .xlsx, not encrypted, not a
zip bomb; defusedxml makes openpyxl refuse XML bombs), columns are matched by
their English or Japanese headers, every row is validated, and the import is
all or nothing: one rejected row and nothing is written. A dry run only reports.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..countries import country_code_of
from ..errors import UserError
from ..fields import BOOL, CHOICE, COUNTRY, DATE, FLOAT, INT, ZONE, RecordForm, validate
from ..fields import CITY as CITY_FORM
from ..fields import COUNTERPART as COUNTERPART_FORM
from ..i18n import LANGUAGES, QT_TRANSLATE_NOOP, in_language
from ..labels import choice_label
from ..models import City, Counterpart, Organization, OrganizationKind
from ..search import fold_case as fold
from ..typed import TypedValueError, parse_date
from .cells import put_text
from .sheets import HEADER, HEADER_FILL

MAX_EXPANDED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 50_000  # far more than any office imports at once
MAX_COLUMNS = 200
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files


@dataclass(frozen=True)
class Column:
    key: str
    english: str
    japanese: str
    kind: str = "text"


COLUMNS = {
    "counterparts": [
        Column("family_name", "Family name", "姓"),
        Column("given_name", "Given name", "名"),
        Column("family_name_local", "Family name (own script)", "姓（現地表記）"),
        Column("given_name_local", "Given name (own script)", "名（現地表記）"),
        Column("family_name_first", "Family name first", "姓が先", BOOL),
        Column("honorific", "Honorific", "敬称"),
        Column("form_of_address", "Form of address", "呼称"),
        Column("position", "Position", "役職"),
        Column("organization", "Organization", "所属"),
        Column("city", "City", "都市"),
        Column("country", "Country", "国", COUNTRY),
        Column("term_start", "Term starts", "任期開始", DATE),
        Column("term_end", "Term ends", "任期終了", DATE),
        Column("languages", "Languages", "言語"),
        Column("interpreter_needed", "Interpreter", "通訳", BOOL),
        Column("email", "E-mail", "メール"),
        Column("phone", "Telephone", "電話"),
        Column("notes", "Notes", "備考"),
    ],
    "cities": [
        Column("name_en", "City", "都市名（英語）"),
        Column("name_local", "Local name", "現地名"),
        Column("name_ja", "Japanese name", "日本語名"),
        Column("country_code", "Country", "国", COUNTRY),
        Column("region", "Region", "地域"),
        Column("timezone", "Time zone", "タイムゾーン", ZONE),
        Column("latitude", "Latitude", "緯度", FLOAT),
        Column("longitude", "Longitude", "経度", FLOAT),
        Column("relationship_level", "Relationship level", "関係", CHOICE),
        Column("status", "Status", "状況", CHOICE),
        Column("priority", "Priority", "優先度", INT),
        Column("notes", "Notes", "備考"),
    ],
}
REQUIRED = {"counterparts": {"family_name"}, "cities": {"name_en", "country_code", "timezone"}}
TRUE = {"yes", "y", "true", "1", "x", "はい", "要", "○", "〇"}
FALSE = {"no", "n", "false", "0", "", "いいえ", "不要", "×"}


@dataclass
class RowResult:
    row: int
    label: str
    reasons: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    what: str
    accepted: list[RowResult] = field(default_factory=list)
    rejected: list[RowResult] = field(default_factory=list)
    written: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected and bool(self.accepted)


NOT_A_NUMBER = QT_TRANSLATE_NOOP("imports", "{column}: “{value}” is not a number")


def check_file(path: Path) -> None:
    """Refuse what is not a plain .xlsx before any XML is parsed."""
    if not path.exists():
        raise UserError(QT_TRANSLATE_NOOP("imports", "There is no file {path}.").format(path=path))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == OLE_SIGNATURE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "imports",
                "{name} is encrypted (password-protected) or an old .xls file. Save it as an "
                "unprotected .xlsx workbook and import that.",
            ).format(name=path.name)
        )
    if not zipfile.is_zipfile(path):
        raise UserError(
            QT_TRANSLATE_NOOP("imports", "{name} is not an Excel workbook (.xlsx).").format(
                name=path.name
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
            if expanded > MAX_EXPANDED_BYTES:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "imports",
                        "{name} would expand to {size} MB; imports are limited to {most} MB.",
                    ).format(
                        name=path.name,
                        size=f"{expanded // (1024 * 1024):,}",
                        most=MAX_EXPANDED_BYTES // (1024 * 1024),
                    )
                )
            broken = archive.testzip()
            if broken is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "imports",
                        "{name} is damaged ({part} cannot be read). Nothing was imported.",
                    ).format(name=path.name, part=broken)
                )
            if "xl/workbook.xml" not in archive.namelist():
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "imports", "{name} is a zip file but not an Excel workbook."
                    ).format(name=path.name)
                )
    except zipfile.BadZipFile as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "imports", "{name} is damaged or incomplete ({error}). Nothing was imported."
            ).format(name=path.name, error=exc)
        ) from exc


def _first_sheet(archive: zipfile.ZipFile) -> str | None:
    """The path of the workbook's first sheet inside the file, or None if it cannot be told."""
    from defusedxml.ElementTree import fromstring

    try:
        book = fromstring(archive.read("xl/workbook.xml"))
        sheet = next(e for e in book.iter() if e.tag.endswith("}sheet"))
        rid = next(v for k, v in sheet.attrib.items() if k.endswith("}id"))
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        target = next(e.get("Target") for e in rels.iter() if e.get("Id") == rid)
    except Exception:  # an unusual layout: openpyxl then reads it (or says it cannot)
        return None
    path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return path if path in archive.namelist() else None


def check_size(path: Path) -> None:
    """Refuse a first sheet of more than MAX_ROWS rows before any of its values is read.

    Only the rows the file holds are counted (a sheet may claim a million rows and
    hold one); counting stops at the first row over the limit, so memory stays flat.
    """
    from defusedxml.ElementTree import iterparse

    with zipfile.ZipFile(path) as archive:
        sheet = _first_sheet(archive)
        if sheet is None:
            return
        rows = 0
        try:
            with archive.open(sheet) as source:
                for _event, element in iterparse(source, events=("end",)):
                    if element.tag.endswith("}row"):
                        rows += 1
                        if rows > MAX_ROWS + 1:  # the header row and MAX_ROWS rows
                            raise UserError(
                                QT_TRANSLATE_NOOP(
                                    "imports",
                                    "{name} has more than {most} rows; an import takes at most "
                                    "{most} at a time. Split the list into smaller files. "
                                    "Nothing was imported.",
                                ).format(name=path.name, most=f"{MAX_ROWS:,}")
                            )
                        element.clear()
                    elif element.tag.endswith("}sheetData"):
                        break
        except UserError:
            raise
        except Exception:  # broken XML: reading the workbook says so in its own words
            return


def _rows(path: Path) -> tuple[list[str], list[tuple[int, list[Any], list[str]]]]:
    """Headers and rows of the first sheet; formula cells are reported, never evaluated or stored.

    Only rows that exist are read and only as many columns as the header names
    (at most MAX_COLUMNS): a sheet's claimed size is never trusted.
    """
    check_size(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except UserError:
        raise
    except Exception as exc:  # defusedxml's refusals, broken XML, anything openpyxl cannot read
        chain, cause = [], exc
        while cause is not None and len(chain) < 10:  # openpyxl wraps the parser's error
            chain.append(type(cause).__name__)
            cause = cause.__cause__ or cause.__context__
        unsafe = next((n for n in chain if "Forbidden" in n or "Entities" in n or "DTD" in n), None)
        name = unsafe or chain[0]
        if unsafe:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "imports",
                    "{name} contains unsafe XML ({what}); it was refused. Nothing was imported.",
                ).format(name=path.name, what=name)
            ) from exc
        raise UserError(
            QT_TRANSLATE_NOOP(
                "imports", "{name} cannot be read as a workbook ({what}). Nothing was imported."
            ).format(name=path.name, what=name)
        ) from exc
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # the stated size may be a lie; read what is there
        header_row = next(ws.iter_rows(min_row=1, max_row=1, max_col=MAX_COLUMNS), None)
        if header_row is None:
            raise UserError(QT_TRANSLATE_NOOP("imports", "{name} is empty.").format(name=path.name))
        named = [i for i, c in enumerate(header_row) if c.value not in (None, "")]
        if not named:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "imports",
                    "The first row of {name} must name the columns; it is empty. Start from the "
                    "template (export template). Nothing was imported.",
                ).format(name=path.name)
            )
        width = named[-1] + 1
        header_row = header_row[:width]
        rows = ws.iter_rows(min_row=2, max_col=width)
        headers = ["" if c.value is None else str(c.value).strip() for c in header_row]
        out = []
        for number, row in enumerate(rows, start=2):
            values, formulas = [], []
            for index, cell in enumerate(row):
                if cell.data_type == "f" or (
                    isinstance(cell.value, str)
                    and cell.value.startswith("=")
                    and cell.data_type != "s"
                ):
                    formulas.append(
                        headers[index]
                        if index < len(headers)
                        else QT_TRANSLATE_NOOP("imports", "column {n}").format(n=index + 1)
                    )
                    values.append(None)
                else:
                    values.append(cell.value)
            if any(v not in (None, "") for v in values) or formulas:
                out.append((number, values, formulas))
        return headers, out
    finally:
        wb.close()


def _match_headers(what: str, headers: list[str]) -> tuple[dict[int, Column], list[str]]:
    by_name = {}
    for column in COLUMNS[what]:
        by_name[fold(column.english)] = column
        by_name[fold(column.japanese)] = column
        by_name[fold(column.key)] = column
    matched, unknown = {}, []
    for index, header in enumerate(headers):
        if not header:
            continue
        column = by_name.get(fold(header))
        if column is None:
            unknown.append(header)
        else:
            matched[index] = column
    return matched, unknown


def _convert(column: Column, value: Any, choices: Any = None) -> tuple[Any, str | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if column.kind == DATE:
        if isinstance(value, datetime):
            return value.date(), None
        if isinstance(value, date):
            return value, None
        try:
            return parse_date(str(value)), None
        except TypedValueError:
            return None, QT_TRANSLATE_NOOP(
                "imports", "{column}: “{value}” is not a date (YYYY-MM-DD)"
            ).format(column=column.english, value=value)
    if column.kind == BOOL:
        text = fold(str(value).strip())
        if text in TRUE:
            return True, None
        if text in FALSE:
            return False, None
        return None, QT_TRANSLATE_NOOP("imports", "{column}: “{value}” is not yes or no").format(
            column=column.english, value=value
        )
    if column.kind in (INT, FLOAT):
        try:
            number = float(str(value).strip().replace(",", ""))
        except ValueError:
            return None, NOT_A_NUMBER.format(column=column.english, value=value)
        if not math.isfinite(number):  # NaN, inf, 1e999
            return None, NOT_A_NUMBER.format(column=column.english, value=value)
        if column.kind == INT:
            if number != int(number):
                return None, QT_TRANSLATE_NOOP(
                    "imports", "{column}: “{value}” is not a whole number"
                ).format(column=column.english, value=value)
            return int(number), None
        return number, None
    if column.kind == COUNTRY:
        code = country_code_of(str(value).strip())
        if code is None:
            return None, QT_TRANSLATE_NOOP(
                "imports", "{column}: “{value}” is not an ISO country code (for example KR)"
            ).format(column=column.english, value=value)
        return code, None
    if column.kind == CHOICE and choices is not None:
        text = fold(str(value).strip()).replace(" ", "_")
        for member in choices:
            label = choice_label(member)
            named = {fold(in_language(label, lang)).replace(" ", "_") for lang in LANGUAGES}
            if text in (member.value, fold(member.name)) or text in named:
                return member, None
        return (
            None,
            QT_TRANSLATE_NOOP("imports", "{column}: “{value}” is not one of {allowed}").format(
                column=column.english, value=value, allowed=", ".join(m.value for m in choices)
            ),
        )
    return str(value).strip(), None


def _find_city(session: Session, name: str, country: str | None) -> list[City]:
    key = fold(name)
    query = select(City)
    if country:
        query = query.where(City.country_code == country)
    return [
        c
        for c in session.scalars(query)
        if key in {fold(n) for n in (c.name_en, c.name_local, c.name_ja) if n}
    ]


def import_rows(
    session: Session,
    what: str,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Validate every row and, if every row is good and this is no dry run, write them all.

    `progress(done, total)` is called as rows are checked; it may raise to stop (nothing is written).
    """
    if what not in COLUMNS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "imports", "Imports are of counterparts or cities, not {what}."
            ).format(what=what)
        )
    check_file(path)
    headers, rows = _rows(path)
    matched, unknown = _match_headers(what, headers)
    report = ImportReport(what)
    if unknown:
        report.notes.append(
            QT_TRANSLATE_NOOP("imports", "Columns not used: {columns}").format(
                columns=", ".join(unknown)
            )
        )
    missing = REQUIRED[what] - {c.key for c in matched.values()}
    if missing:
        names = [c.english for c in COLUMNS[what] if c.key in missing]
        raise UserError(
            QT_TRANSLATE_NOOP(
                "imports",
                "The first row must name the columns; missing: {columns}. Start from the template "
                "(export template).",
            ).format(columns=", ".join(names))
        )
    form: RecordForm = COUNTERPART_FORM if what == "counterparts" else CITY_FORM
    seen: dict[tuple, int] = {}
    new_orgs: dict[str, Organization] = {}
    prepared: list[tuple[RowResult, dict[str, Any]]] = []
    for done, (number, values, formulas) in enumerate(rows, start=1):
        if progress and done % 100 == 0:
            progress(done, len(rows))
        raw: dict[str, Any] = {}
        reasons = [
            QT_TRANSLATE_NOOP(
                "imports", "{column}: a formula, not a value (formulas are never imported)"
            ).format(column=name)
            for name in formulas
        ]
        for index, column in matched.items():
            value = values[index] if index < len(values) else None
            choices = next((f.choices for f in form.fields if f.key == column.key), None)
            converted, problem = _convert(column, value, choices)
            if problem:
                reasons.append(problem)
            raw[column.key] = converted
        if what == "counterparts":
            record, label = _counterpart_values(session, raw, reasons, new_orgs)
            key = (
                fold(raw.get("family_name") or ""),
                fold(raw.get("given_name") or ""),
                record.get("city_id"),
            )
            existing = (
                session.scalars(
                    select(Counterpart).where(Counterpart.city_id == record.get("city_id"))
                )
                if raw.get("family_name")
                else []
            )
            if any((fold(c.family_name), fold(c.given_name or "")) == key[:2] for c in existing):
                reasons.append(
                    QT_TRANSLATE_NOOP("imports", "already in the record (same name and city)")
                )
        else:
            record = {k: v for k, v in raw.items() if v is not None}
            record.setdefault("relationship_level", "contact")
            record.setdefault("status", "prospect")
            record.setdefault("priority", 3)
            label = raw.get("name_en") or QT_TRANSLATE_NOOP("imports", "row {n}").format(n=number)
            key = (fold(raw.get("name_en") or ""), raw.get("country_code"))
            if raw.get("name_en") and _find_city(session, raw["name_en"], raw.get("country_code")):
                reasons.append(
                    QT_TRANSLATE_NOOP("imports", "already in the record (same name and country)")
                )
        if key in seen:
            reasons.append(
                QT_TRANSLATE_NOOP("imports", "the same as row {n} of this file").format(n=seen[key])
            )
        seen.setdefault(key, number)
        for field_key, problem in validate(form, record).items():
            if field_key in {f.key for f in form.fields} and problem not in reasons:
                reasons.append(problem)
        result = RowResult(number, label, reasons)
        (report.rejected if reasons else report.accepted).append(result)
        prepared.append((result, record))
    if not rows:
        raise UserError(
            QT_TRANSLATE_NOOP("imports", "{name} has column names but no rows to import.").format(
                name=path.name
            )
        )
    if report.rejected or dry_run:
        return report
    for org in new_orgs.values():
        session.add(org)
    session.flush()
    model = Counterpart if what == "counterparts" else City
    for _result, record in prepared:
        if "organization" in record:
            org = record.pop("organization")
            record["organization_id"] = org.id
        session.add(model(**record))
    session.flush()
    report.written = True
    if new_orgs:
        report.notes.append("New organizations: " + ", ".join(new_orgs))
    return report


def _counterpart_values(
    session: Session, raw: dict[str, Any], reasons: list[str], new_orgs: dict[str, Organization]
) -> tuple[dict[str, Any], str]:
    record = {
        k: v
        for k, v in raw.items()
        if k not in ("city", "country", "organization") and v is not None
    }
    record.setdefault("family_name_first", False)
    record.setdefault("interpreter_needed", False)
    label = " ".join(v for v in (raw.get("given_name"), raw.get("family_name")) if v) or "?"
    city_id = None
    if raw.get("city"):
        found = _find_city(session, raw["city"], raw.get("country"))
        if not found:
            reasons.append(
                QT_TRANSLATE_NOOP(
                    "imports", "City: no city called “{city}” in the record (add it first)"
                ).format(city=raw["city"])
            )
        elif len(found) > 1:
            reasons.append(
                QT_TRANSLATE_NOOP(
                    "imports", "City: “{city}” is ambiguous; add the country column"
                ).format(city=raw["city"])
            )
        else:
            city_id = found[0].id
    record["city_id"] = city_id
    if raw.get("organization"):
        name = raw["organization"]
        org = session.scalars(
            select(Organization).where(Organization.name == name)
        ).first() or new_orgs.get(name)
        if org is None:
            org = Organization(name=name, kind=OrganizationKind.OTHER, city_id=city_id)
            new_orgs[name] = org
        record["organization"] = org
    return record, label


TEMPLATE_WORDS = {
    "counterparts": QT_TRANSLATE_NOOP("imports", "Counterparts"),
    "cities": QT_TRANSLATE_NOOP("imports", "Cities"),
    "instructions": QT_TRANSLATE_NOOP("imports", "Instructions"),
    "one_per_row": {
        "counterparts": QT_TRANSLATE_NOOP(
            "imports",
            "One counterpart per row, starting on row 2. Columns, named in English or Japanese:",
        ),
        "cities": QT_TRANSLATE_NOOP(
            "imports",
            "One city per row, starting on row 2. Columns, named in English or Japanese:",
        ),
    },
    "required": QT_TRANSLATE_NOOP("imports", "{column} (required)"),
    "values": QT_TRANSLATE_NOOP(
        "imports",
        "Dates as YYYY-MM-DD (or 2015年10月14日, 令和7年10月14日); yes/no columns as yes or no; "
        "values only, never formulas.",
    ),
    "all_or_nothing": QT_TRANSLATE_NOOP(
        "imports", "Nothing is imported unless every row is good; the report names each problem."
    ),
}


def write_template(what: str, target: Path, lang: str = "en") -> Path:
    """A blank workbook with the columns an import reads: headers in `lang`, and the other
    language's names for them in the instructions (both are read)."""
    from ..wording import Wording
    from .briefing import save_workbook

    if what not in COLUMNS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "imports", "Templates are for counterparts or cities, not {what}."
            ).format(what=what)
        )
    w = Wording(lang)

    def header(column: Column) -> str:
        return column.japanese if w.japanese else column.english

    def line(column: Column) -> str:
        # English files name the Japanese header too; Japanese ones stay in Japanese.
        return header(column) if w.japanese else f"{column.english} = {column.japanese}"

    wb = Workbook()
    ws = wb.active
    ws.title = w(TEMPLATE_WORDS[what])
    for index, column in enumerate(COLUMNS[what], start=1):
        cell = ws.cell(row=1, column=index)
        put_text(cell, header(column))
        cell.font, cell.fill = HEADER, HEADER_FILL
        ws.column_dimensions[cell.column_letter].width = max(14, 2 * len(header(column)) + 4)
    ws.freeze_panes = "A2"
    notes = wb.create_sheet(w(TEMPLATE_WORDS["instructions"]))
    lines = [
        w(TEMPLATE_WORDS["one_per_row"][what]),
        *[
            line(c)
            if c.key not in REQUIRED[what]
            else w(TEMPLATE_WORDS["required"].format(column=line(c)))
            for c in COLUMNS[what]
        ],
        w(TEMPLATE_WORDS["values"]),
        w(TEMPLATE_WORDS["all_or_nothing"]),
    ]
    for row, line in enumerate(lines, start=1):
        put_text(notes.cell(row=row, column=1), line)
    notes.column_dimensions["A"].width = 90
    save_workbook(wb, target)
    return target
