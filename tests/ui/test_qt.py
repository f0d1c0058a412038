"""The Qt binding itself: a release that mishandles Python's None would end the program."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: no count to lose"
)
def test_empty_values_keep_none_alive(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    item = QTableWidgetItem()
    before = sys.getrefcount(None)
    for _ in range(500):
        combo.currentData()
        item.data(Qt.ItemDataRole.UserRole)
        item.setData(Qt.ItemDataRole.UserRole, None)
    # Other threads may hold or drop a few references meanwhile; 1,500 lost ones would show.
    assert sys.getrefcount(None) > before - 100
