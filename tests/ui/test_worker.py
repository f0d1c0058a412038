"""Long work runs off the window's thread: the window stays live and Cancel answers."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from ui import worker


def test_cancel_answers_while_the_work_runs(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen_stop = threading.Event()
    threads = []
    ticks = []

    def work(report, cancelled):
        threads.append(threading.current_thread())
        for n in range(1000):  # about 10 s unless stopped
            report(n, 1000)
            if cancelled():
                seen_stop.set()
                return "stopped"
            time.sleep(0.01)
        return "done"

    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(10)
    QTimer.singleShot(  # the officer presses Cancel
        300, lambda: parent.findChildren(QProgressDialog)[-1].findChild(QPushButton).click()
    )
    with pytest.raises(worker.Cancelled):
        worker.run_in_background(parent, "Working…", work, show_after_ms=0)
    ticker.stop()
    assert threads and threads[0] is not threading.main_thread()
    # The window's thread kept handling events meanwhile: its timer ticked, and the Cancel it
    # was sent stopped the work (blocked, it would have come back "done" after 10 s). On a
    # loaded machine timer ticks coalesce, so their number says nothing more.
    assert ticks
    qtbot.waitUntil(seen_stop.is_set, timeout=2000)  # the work stopped at its next check


def test_a_result_and_a_failure_come_back_to_the_caller(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert worker.run_in_background(parent, "Adding…", lambda report, cancelled: 41 + 1) == 42

    def broken(report, cancelled):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        worker.run_in_background(parent, "Writing…", broken)
