"""A printed book as content, apart from its format: sections of pages of blocks.

The briefing book is written once as a `Book`; the workbook writer (`cityapp.excel.book`)
and the window's print preview and PDF lay the same book out. Every value a block holds is
already worded in the book's language (labels, dates, money, names); numbers stay numbers so
a workbook can keep them as numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a page's title, 2: a part of a page


@dataclass(frozen=True)
class Paragraph:
    text: str
    note: bool = False  # said in a smaller, quieter voice ("Nothing recorded.")


@dataclass(frozen=True)
class Facts:
    """Label and value pairs, one a line (a cover, a profile)."""

    rows: list[tuple[str, Any]]


@dataclass(frozen=True)
class Table:
    """A table: `widths` are relative shares of the page's width; `money` the columns of yen."""

    headers: list[str]
    rows: list[list[Any]]
    widths: list[int]
    money: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Picture:
    """An image (PNG or JPEG bytes) beside what follows it: a counterpart's portrait."""

    data: bytes
    caption: str = ""


@dataclass(frozen=True)
class Contents:
    """Where the contents go: the writer fills in each section's first page once laid out."""


Block = Heading | Paragraph | Facts | Table | Picture | Contents


@dataclass
class Page:
    """What starts on a new printed page."""

    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> Page:
        self.blocks.extend(blocks)
        return self


@dataclass
class Section:
    """A part of the book with its own title; without pages it is one line in the contents."""

    key: str
    title: str
    pages: list[Page] = field(default_factory=list)
    empty_note: str = ""  # what the contents says of a section with nothing to say


@dataclass
class Book:
    title: str
    subtitle: str
    marking: str  # printed once in every page's header
    footer: str  # printed at the left of every page's footer
    language: str
    sections: list[Section] = field(default_factory=list)
    portrait: bool = False  # a one-page record; a book of tables is landscape

    @property
    def printed(self) -> list[Section]:
        """The sections with pages, in order."""
        return [s for s in self.sections if s.pages]
