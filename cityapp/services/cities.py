"""Reading cities for lists and the command line."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import City


def list_cities(session: Session) -> list[City]:
    """Every city, the home city first, then by English name."""
    return list(session.scalars(select(City).order_by(City.is_home.desc(), City.name_en, City.id)))
