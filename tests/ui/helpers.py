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


def show_tab(page, widget):
    """Bring the tab that holds `widget` to the front, as an officer clicks it: a tab reads
    its rows when it is shown."""
    tabs, holder = page.tabs, widget
    while holder is not None and tabs.indexOf(holder) < 0:
        holder = holder.parentWidget()
    assert holder is not None, f"{widget} is on no tab of {page}"
    tabs.setCurrentWidget(holder)
    return widget


def figures_shown(qtbot, dashboard):
    """Wait for the office-wide figures a worker works out for the Dashboard's shown tab."""
    qtbot.waitUntil(lambda: not dashboard.busy(), timeout=20_000)
    return dashboard
