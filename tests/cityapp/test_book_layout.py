"""The workbook writer's layout, on a book made here: pages, tables over pages, styles."""

from __future__ import annotations

from openpyxl import load_workbook

from cityapp.book import Book, Contents, Facts, Heading, Page, Paragraph, Section, Table
from cityapp.excel.book import GRID, write_book
from cityapp.excel.briefing import save_workbook


def _book(rows: int) -> Book:
    table = Table(
        ["Item", "Notes", "Amount"],
        [[f"Item {n}", "A note " * (n % 7 + 1), 1000 * n] for n in range(rows)],
        [4, 12, 4],
        money=frozenset({2}),
    )
    return Book(
        "Costs",
        "London and Berlin",
        "INTERNAL",
        "City Diplomacy Desk",
        "en",
        [
            Section("cover", "Cover", [Page([Heading("Costs"), Contents()])]),
            Section("costs", "Costs", [Page([Heading("Costs"), Paragraph("Each line."), table])]),
            Section("none", "Nothing", [], empty_note="Nothing recorded."),
            Section("facts", "Facts", [Page([Facts([("Lead", "Mori Aiko")])])]),
        ],
    )


def test_a_long_table_goes_on_over_pages_under_its_header(tmp_path):
    save_workbook(write_book(_book(120)), tmp_path / "book.xlsx")
    wb = load_workbook(tmp_path / "book.xlsx")
    ws = wb["Costs"]
    breaks = [b.id for b in ws.row_breaks.brk]
    assert len(breaks) >= 2  # three printed pages or more
    for last in breaks:  # each continued page starts with the table's header
        assert [ws.cell(last + 1, c).value for c in (1, 5, 17)] == ["Item", "Notes", "Amount"]
        assert ws.cell(last + 1, 1).fill.fgColor.rgb.endswith("E8E8E8")
    items = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert [v for v in items if v and v.startswith("Item ")] == [f"Item {n}" for n in range(120)]
    assert items.count("Item") == len(breaks) + 1
    # Pages numbered across the book; the contents give each section's first page.
    pages = len(breaks) + 1
    assert [wb[n].page_setup.firstPageNumber for n in ("Cover", "Costs", "Facts")] == [
        1,
        2,
        2 + pages,
    ]
    cover = wb["Cover"]
    contents = {cover.cell(r, 1).value: cover.cell(r, GRID - 2).value for r in (2, 3, 4, 5)}
    assert contents == {"Cover": 1, "Costs": 2, "Nothing": "Nothing recorded.", "Facts": 2 + pages}
    assert wb["Facts"].oddFooter.right.text == f"&P / {2 + pages}"


def test_merges_styles_and_numbers_as_laid_out(tmp_path):
    save_workbook(write_book(_book(3)), tmp_path / "book.xlsx")
    ws = load_workbook(tmp_path / "book.xlsx")["Costs"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:T1", "A2:T2", "A3:D3", "E3:P3", "Q3:T3", "A5:D5", "E5:P5", "Q5:T5"} <= merged
    money = ws.cell(5, 17)
    assert (money.value, money.number_format, money.alignment.horizontal) == (
        1000,
        "#,##0",
        "right",
    )
    assert ws.cell(1, 1).font.b and ws.cell(1, 1).font.sz == 16
    assert ws.cell(2, 1).font.sz == 10 and ws.cell(2, 1).alignment.wrap_text
    assert ws.cell(3, 1).border.bottom.style == "thin" and ws.cell(3, 20).border.bottom.style
    assert ws.cell(4, 1).value == "Item 0" and ws.cell(4, 1).quotePrefix  # text stays text
    assert ws.row_dimensions[4].height >= 18
