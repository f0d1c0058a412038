"""Helpers for driving the record pages in GUI tests."""

from __future__ import annotations


def page_of(window, key):
    window.show_page(key)
    return window.pages[key]


def select_by(page, column, text):
    model = page.model
    model.load_until(model.total())
    for row in range(model.rowCount()):
        if model.index(row, column).data() == text:
            page.table.selectRow(row)
            return row
    raise AssertionError(f"{text} is not in the list")


def retype(qtbot, line_edit, text):
    """Select what a field shows and type over it, as an officer does."""
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
