"""Workbooks built by hand, byte by byte, the way an attacker (or a broken exporter) would."""

from __future__ import annotations

import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _write(path: Path, sheet_rows) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_rows:
                sheet.write(chunk.encode("utf-8"))
    return path


def claimed_giant(path: Path, with_header: bool = True) -> Path:
    """A tiny file whose sheet claims 1,048,576 × 16,384 cells and holds one row at the bottom."""

    def rows():
        yield SHEET_HEAD + '<dimension ref="A1:XFD1048576"/><sheetData>'
        if with_header:
            yield '<row r="1">' + _cell("A1", "Family name") + _cell("B1", "City") + "</row>"
        yield (
            '<row r="1048576" spans="1:16384">'
            + _cell("A1048576", "Bottom")
            + _cell("XFD1048576", "far right")
            + "</row>"
        )
        yield "</sheetData></worksheet>"

    return _write(path, rows())


def many_rows(path: Path, count: int) -> Path:
    """A real list of `count` counterparts, one per row, under the template's headers."""

    def rows():
        yield SHEET_HEAD + "<sheetData>"
        yield '<row r="1">' + _cell("A1", "Family name") + _cell("B1", "Given name") + "</row>"
        batch = []
        for n in range(2, count + 2):
            batch.append(
                f'<row r="{n}">' + _cell(f"A{n}", f"Name{n}") + _cell(f"B{n}", "Ann") + "</row>"
            )
            if len(batch) == 5000:
                yield "".join(batch)
                batch = []
        yield "".join(batch)
        yield "</sheetData></worksheet>"

    return _write(path, rows())
