"""Long work off the window's thread: exports run in a worker with its own session.

`run_in_background` shows a progress dialog, starts the work on a thread of the
pool and waits in a local event loop, so the window repaints and Cancel answers
at once while the work goes on. The work reads through `read(ctx, ...)`, which
opens a session of its own in the worker's thread. Progress and the end travel
back as queued signals; Cancel tells the work to stop at its next check and the
dialog returns straight away (a cancelled export writes no file).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
log = logging.getLogger("cityapp.ui.worker")
# work(progress, cancelled): progress(done, total) reports; cancelled() says whether to stop.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Cancelled(Exception):
    """The officer pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Work, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.stop = work, signals, stop

    def run(self) -> None:
        try:
            result = self.work(
                lambda done, total: self.signals.progress.emit(done, total), self.stop.is_set
            )
        except BaseException as exc:  # handed to the window's thread, which decides
            self._hand_over(self.signals.failed, exc)
        else:
            self._hand_over(self.signals.finished, result)

    @staticmethod
    def _hand_over(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked closed meanwhile: nobody is waiting
            log.info("background work finished after its window closed")


def run_in_background(parent: QWidget | None, label: str, work: Work, *, show_after_ms: int = 500):
    """Run `work` on a worker thread behind a progress dialog; its result, or raise what it
    raised; `Cancelled` when the officer pressed Cancel."""
    signals = _Signals()
    stop = threading.Event()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        if "error" in outcome or "result" in outcome:
            return  # a cancelled work still reporting before its next check
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finished(result: Any) -> None:
        outcome.setdefault("result", result)
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome.setdefault("error", exc)
        loop.quit()

    def cancel() -> None:
        stop.set()  # the work stops at its next check; no file is written
        outcome.setdefault("error", Cancelled())
        loop.quit()

    signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancel)
    runner = _Runner(work, signals, stop)  # it holds the signals while it runs
    runner.setAutoDelete(True)
    QThreadPool.globalInstance().start(runner)
    if show_after_ms == 0:
        dialog.show()
    loop.exec()
    for signal in (signals.progress, signals.finished, signals.failed):
        signal.disconnect()
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


_pending: set[_Signals] = set()  # kept alive until their results are delivered


def start_background(
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """Run `work` on a worker thread and hand its result to `done` in the window's thread,
    without a dialog (a list's colours that arrive a moment after the list). With an
    `owner` (the page that asked), a result that arrives after it closed is dropped."""
    signals = _Signals()
    _pending.add(signals)

    def gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def finish(result: Any) -> None:
        _pending.discard(signals)
        if not gone():
            done(result)

    def fail(exc: BaseException) -> None:
        _pending.discard(signals)
        if failed is not None and not gone():
            failed(exc)

    signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
    runner = _Runner(lambda report, cancelled: work(), signals, threading.Event())
    runner.setAutoDelete(True)
    QThreadPool.globalInstance().start(runner)
