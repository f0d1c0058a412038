"""Suggested file names are valid on Windows whatever the stored title holds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cityapp.filenames import MAX_LENGTH, file_name

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)}


def valid_on_windows(name: str) -> bool:
    stem = name.split(".")[0].strip().upper()
    return (
        0 < len(name) <= MAX_LENGTH
        and not (set(name) & WINDOWS_FORBIDDEN)
        and not name.endswith((" ", "."))
        and stem not in RESERVED
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Seoul: memorandum of understanding", "Seoul_ memorandum of understanding.ics"),
        ("CON", "_CON.ics"),
        ("nul.txt", "_nul.txt.ics"),
        ("COM1", "_COM1.ics"),
        ("Trip. ", "Trip.ics"),
        ("...", "export.ics"),
        ("東京・ソウル 協定", "東京・ソウル 協定.ics"),
        ("a\u202eexe.pdf", "aexe.pdf.ics"),  # a right-to-left override is dropped
        ("two\nlines", "two lines.ics"),
    ],
)
def test_names(title, expected):
    assert file_name(title, ".ics") == expected


def test_a_long_title_is_cut_to_200_characters_with_its_suffix():
    name = file_name("x" * 500, ".xlsx")
    assert len(name) == MAX_LENGTH and name.endswith(".xlsx")


@given(st.text(max_size=400))
def test_any_title_gives_a_valid_name(title):
    assert valid_on_windows(file_name(title, ".xlsx"))
