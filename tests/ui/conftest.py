"""GUI fixtures: settings kept in the test's folder, windows built by the real start-up path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.dialogs.messages import (
    ConfirmDialog,
    ConflictDialog,
    ErrorDialog,
    NoticeDialog,
    UnsavedChangesDialog,
)


@pytest.fixture(autouse=True)
def isolated_settings(isolated_home: Path) -> Path:
    folder = isolated_home / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def unsaved_question(monkeypatch):
    """The save/discard/cancel question never waits for a click: tests set `answer` (default
    cancel, so a window left with typing keeps it) and read who was named in `asked`."""

    class Question:
        answer: str | None = None
        asked: list[list[str]] = []

    question = Question()
    question.asked = []
    monkeypatch.setattr(
        UnsavedChangesDialog,
        "ask",
        classmethod(lambda cls, parent, names: question.asked.append(names) or question.answer),
    )
    return question


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database that a test may change."""
    target = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, target)
    return target


@pytest.fixture
def start(qtbot):
    """start(*argv) runs the program's start-up without the event loop and returns the window."""
    from ui.app import run

    windows = []

    def _start(*argv: str):
        window = run(list(argv), exec=False)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield _start
    for window in windows:
        window.ctx.close()


@pytest.fixture
def dialogs(monkeypatch):
    """Answer every question with yes; collect what the program said."""
    said: dict[str, list[str]] = {"error": [], "confirm": [], "conflict": [], "notice": []}
    monkeypatch.setattr(
        ErrorDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, message, details=None: said["error"].append(message)
        ),
    )
    monkeypatch.setattr(
        ConfirmDialog,
        "ask",
        classmethod(lambda cls, parent, title, question: said["confirm"].append(question) or True),
    )
    monkeypatch.setattr(
        ConflictDialog,
        "ask",
        classmethod(lambda cls, parent, title, message: said["conflict"].append(message) or True),
    )
    monkeypatch.setattr(
        NoticeDialog,
        "tell",
        classmethod(lambda cls, parent, title, message: said["notice"].append(message)),
    )
    return said


@pytest.fixture
def model_tester(request):
    """check(model): qtmodeltester's checks now and on each later change of that model, with a
    tester of its own per model (one tester follows only the last model it was given)."""
    import shiboken6
    from pytestqt.modeltest import ModelTester

    testers = []

    def check(model) -> None:
        tester = ModelTester(request.config)
        tester.check(model, force_py=True)
        testers.append(tester)

    yield check
    for tester in testers:  # as the plugin's own fixture does, for models still alive
        if shiboken6.isValid(tester._model):
            tester._cleanup()
