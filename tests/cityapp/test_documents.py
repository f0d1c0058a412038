"""Opening a stored document never runs anything: only documents, by absolute local path;
remote places only after asking, never probed."""

from __future__ import annotations

import os

import pytest

from cityapp import documents
from cityapp.documents import ASK, OPEN, REFUSED, check_document


@pytest.mark.parametrize(
    "name", ["signed.pdf", "text.docx", "scan.JPG", "minutes.odt", "mail.eml", "table.xlsx"]
)
def test_a_document_by_absolute_local_path_opens(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"x")
    check = check_document(str(path))
    assert check.verdict == OPEN and check.path == str(path.resolve())


@pytest.mark.parametrize(
    "name", ["setup.exe", "run.bat", "link.lnk", "script.ps1", "tool.cmd", "page.html",
             "macro.xlsm", "app.msi", "noext", "report.pdf.exe", "trailing.exe. "]
)  # fmt: skip
def test_anything_that_is_not_a_document_is_refused_with_the_reason(tmp_path, name):
    path = tmp_path / name.strip()
    path.write_bytes(b"MZ")
    check = check_document(str(tmp_path / name))
    assert check.verdict == REFUSED
    assert "not opened from here" in check.reason


def test_a_relative_path_is_refused(tmp_path, monkeypatch):
    (tmp_path / "signed.pdf").write_bytes(b"x")
    monkeypatch.chdir(tmp_path)
    check = check_document("signed.pdf")
    assert check.verdict == REFUSED and "not complete" in check.reason


def test_a_link_named_like_a_document_that_leads_to_a_program_is_refused(tmp_path):
    program = tmp_path / "payload.exe"
    program.write_bytes(b"MZ")
    link = tmp_path / "signed.pdf"
    os.symlink(program, link)
    assert check_document(str(link)).verdict == REFUSED


@pytest.mark.parametrize(
    "reference",
    [
        r"\\server\share\agreements\seoul.pdf",
        "//server/share/seoul.pdf",
        "https://example.org/a.pdf",
    ],
)
def test_a_remote_document_is_asked_about_and_never_probed(reference, monkeypatch):
    probed = []
    monkeypatch.setattr(documents.Path, "is_file", lambda self: probed.append(self) or True)
    monkeypatch.setattr(documents.Path, "resolve", lambda self: probed.append(self) or self)
    check = check_document(reference)
    assert check.verdict == ASK
    assert probed == []


def test_a_missing_document_is_explained(tmp_path):
    check = check_document(str(tmp_path / "gone.pdf"))
    assert check.verdict == REFUSED and "is not there" in check.reason


def test_nothing_recorded_and_control_characters(tmp_path):
    assert check_document("").verdict == REFUSED
    assert check_document(f"{tmp_path}/a\n.pdf").verdict == REFUSED
