"""Office-wide settings kept with the data, beside the gift threshold: how documents write
dates (with the Japanese era or not) and whether figures are grouped by fiscal year."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..models import OfficeSetting
from ..wording import Wording

ERA_KEY = "documents.era"
FISCAL_YEARS_KEY = "figures.fiscal_years"


@dataclass(frozen=True)
class Conventions:
    era: bool = False  # Japanese documents date with the era: 令和7年10月14日
    fiscal_years: bool = False  # figures by fiscal year (年度, April to March)


def _flag(session: Session, key: str) -> bool:
    setting = session.get(OfficeSetting, key)
    return bool(setting) and setting.value == "1"


def conventions(session: Session) -> Conventions:
    return Conventions(era=_flag(session, ERA_KEY), fiscal_years=_flag(session, FISCAL_YEARS_KEY))


def set_conventions(session: Session, chosen: Conventions) -> None:
    for key, flag in ((ERA_KEY, chosen.era), (FISCAL_YEARS_KEY, chosen.fiscal_years)):
        setting = session.get(OfficeSetting, key)
        value = "1" if flag else "0"
        if setting is None:
            session.add(OfficeSetting(key=key, value=value))
        elif setting.value != value:
            setting.value = value
    session.flush()


def wording(session: Session, language: str) -> Wording:
    """The words of an output in `language`, with the office's conventions."""
    chosen = conventions(session)
    return Wording(language, era=chosen.era, fiscal_years=chosen.fiscal_years)
