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
