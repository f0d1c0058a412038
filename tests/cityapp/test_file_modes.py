"""A written file takes the user's normal permissions (the umask), or keeps those of the file it
replaces: a workbook on a shared folder opens for colleagues."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from cityapp.files import current_umask, write_in_place

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def umask():
    def set_mask(mask: int) -> None:
        os.umask(mask)

    before = os.umask(0o022)
    os.umask(before)
    yield set_mask
    os.umask(before)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_an_export_takes_the_umask(tmp_path, umask, mask, capsys, demo_file):
    from cityapp.cli import main

    umask(mask)
    assert current_umask() == mask
    out = tmp_path / "gifts.xlsx"
    assert main(["export", "gifts", "--db", str(demo_file), "--out", str(out)]) == 0
    assert _mode(out) == 0o666 & ~mask
    calendar = tmp_path / "plain.txt"
    write_in_place(calendar, ".tmp", lambda p: Path(p).write_text("x"))
    assert _mode(calendar) == 0o666 & ~mask


def test_a_replaced_file_keeps_its_permissions(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "shared.xlsx"
    target.write_text("old")
    os.chmod(target, 0o664)
    write_in_place(target, ".tmp", lambda p: Path(p).write_text("new"))
    assert target.read_text() == "new"
    assert _mode(target) == 0o664
