"""A `Book` printed by Qt: print preview, a printer, or a PDF file, with no office suite.

The same book the workbook lays out (`cityapp.excel.book`) is set as a rich-text document,
each of its pages starting a printed page, and painted page by page on A4 landscape with the
marking in the header and "page / pages" with the footer's text at the foot.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from cityapp.book import Book, Contents, Facts, Heading, Paragraph, Picture, Table
from cityapp.errors import UserError
from cityapp.files import write_in_place
from cityapp.i18n import QT_TRANSLATE_NOOP

MARGIN_MM = 12.0
BAND = 0.6  # of a centimetre: the header's and the footer's height, in inches below


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return html.escape(str(value)).replace("\n", "<br/>")


def book_html(book: Book, yen_suffix: str = "", first_pages: dict[str, int] | None = None) -> str:
    """The book as rich text: a page break before each page of the book, an anchor where each
    section starts, and the contents with `first_pages` once they are known."""
    parts = [
        "<html><body style='font-size:9pt'>",
    ]
    first = True
    for section in book.printed:
        for n, page in enumerate(section.pages):
            style = "" if first else " style='page-break-before: always'"
            first = False
            parts.append(f"<div{style}>")
            if n == 0:
                parts.append(f"<a name='{ANCHOR}{section.key}'></a>")
            for block in page.blocks:
                parts.append(_block(book, block, yen_suffix, first_pages or {}))
            parts.append("</div>")
    parts.append("</body></html>")
    return "".join(parts)


ANCHOR = "section-"


def _first_pages(document: QTextDocument, page_height: float) -> dict[str, int]:
    """Where each section starts, read from the laid-out document's anchors."""
    found: dict[str, int] = {}
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                if name.startswith(ANCHOR):
                    top = layout.blockBoundingRect(block).top()
                    found[name[len(ANCHOR) :]] = int(top // page_height) + 1
            fragments += 1
        block = block.next()
    return found


def _block(book: Book, block: Any, yen_suffix: str, first_pages: dict[str, int]) -> str:
    if isinstance(block, Heading):
        size = 16 if block.level == 1 else 12
        return f"<p style='font-size:{size}pt; font-weight:bold; margin-top:6px'>{_text(block.text)}</p>"
    if isinstance(block, Paragraph):
        style = "color:#555; font-style:italic" if block.note else ""
        return f"<p style='{style}'>{_text(block.text)}</p>"
    if isinstance(block, Facts):
        rows = "".join(
            f"<tr><td width='25%'><b>{_text(k)}</b></td><td>{_text(v)}</td></tr>"
            for k, v in block.rows
        )
        return f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table>"
    if isinstance(block, Table):
        total = sum(block.widths) or 1
        head = "".join(
            f"<th width='{100 * w // total}%' align='left' bgcolor='#e8e8e8'>{_text(h)}</th>"
            for h, w in zip(block.headers, block.widths, strict=True)
        )
        body = "".join(
            "<tr>"
            + "".join(
                f"<td align='right'>{_text(v)}{yen_suffix if isinstance(v, int | float) else ''}</td>"
                if i in block.money
                else f"<td>{_text(v)}</td>"
                for i, v in enumerate(row)
            )
            + "</tr>"
            for row in block.rows
        )
        return (
            "<table width='100%' cellspacing='0' cellpadding='2' border='0'>"
            f"<thead><tr>{head}</tr></thead>{body}</table>"
        )
    if isinstance(block, Picture):
        data = base64.b64encode(block.data).decode("ascii")
        return f"<p><img height='110' src='data:image;base64,{data}'/></p>"
    if isinstance(block, Contents):
        rows = "".join(
            f"<tr><td>{_text(s.title)}</td><td align='right'>"
            f"{_text(first_pages.get(s.key, '')) if s.pages else _text(s.empty_note)}</td></tr>"
            for s in book.sections
        )
        return f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table>"
    return ""


def a4(printer: QPrinter, portrait: bool = False) -> None:
    """A4 with the book's margins: landscape for a book of tables, portrait for a record."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def paint_book(book: Book, printer: QPrinter) -> int:
    """Paint the book on the printer's pages; returns the number of pages."""
    yen = "円" if book.language == "ja" else ""
    document = QTextDocument()
    document.setDefaultFont(QFont("Yu Gothic UI", 9))
    document.setHtml(book_html(book, yen))
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    dpi = printer.resolution()
    band = int(dpi * 0.35)
    body = QSizeF(page.width(), page.height() - 2 * band)
    # The document lays out in points at the printer's resolution.
    scale = dpi / 96.0
    size = QSizeF(body.width() / scale, body.height() / scale)
    document.setPageSize(size)
    # The contents say where each section starts, once the book is laid out.
    document.setHtml(book_html(book, yen, _first_pages(document, size.height())))
    document.setPageSize(size)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QT_TRANSLATE_NOOP("printing", "The printer or the file could not be opened.")
        )
    try:
        small = QFont("Yu Gothic UI", 8)
        for n in range(pages):
            if n:
                printer.newPage()
            painter.save()
            painter.setFont(small)
            painter.drawText(
                QRectF(0, 0, page.width(), band), Qt.AlignmentFlag.AlignCenter, book.marking
            )
            painter.drawText(
                QRectF(0, page.height() - band, page.width(), band),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                book.footer,
            )
            painter.drawText(
                QRectF(0, page.height() - band, page.width(), band),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{n + 1} / {pages}",
            )
            painter.translate(0, band)
            painter.scale(scale, scale)
            height = body.height() / scale
            painter.translate(0, -n * height)
            document.drawContents(painter, QRectF(0, n * height, body.width() / scale, height))
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(book: Book, target: Path) -> int:
    """The book as a PDF file (A4); returns its number of pages. Written beside the target and
    moved into place, as every file the program writes."""
    pages = []

    def write(path: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setDocName(book.title)
        a4(printer, book.portrait)
        pages.append(paint_book(book, printer))

    write_in_place(Path(target), ".pdf", write)
    return pages[0]
