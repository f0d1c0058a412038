"""The search index: one row per findable record, with its names folded for matching."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SearchEntry(Base):
    """Maintained by cityapp.search on every flush; never edited by hand.

    `text` holds every name of the record in every script, Unicode-normalised
    and case-folded, so one LIKE finds "москва" in "Москва" on any backend.
    """

    __tablename__ = "search_entry"
    __table_args__ = (UniqueConstraint("kind", "ref_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    ref_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
