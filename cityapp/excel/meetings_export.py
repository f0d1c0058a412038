"""Every meeting in one workbook, streamed row by row (`stream.write_table`).

Confidential meetings stay out unless asked for. Long exports report progress and can be
cancelled: the target file is only replaced when the export completes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from .. import confidentiality
from ..i18n import QT_TRANSLATE_NOOP
from ..models import City, Classification, Meeting
from ..models.base import in_japanese
from ..timefmt import as_utc
from ..timefmt import zone as zone_of
from ..wording import Wording
from .stream import BATCH, Cancelled, export_every

HEADERS = [
    QT_TRANSLATE_NOOP("meetings export", "Date"),
    QT_TRANSLATE_NOOP("meetings export", "Time"),
    QT_TRANSLATE_NOOP("meetings export", "Time zone"),
    QT_TRANSLATE_NOOP("meetings export", "Meeting"),
    QT_TRANSLATE_NOOP("meetings export", "City"),
    QT_TRANSLATE_NOOP("meetings export", "Venue"),
    QT_TRANSLATE_NOOP("meetings export", "Classification"),
    QT_TRANSLATE_NOOP("meetings export", "Language"),
    QT_TRANSLATE_NOOP("meetings export", "Outcome"),
    QT_TRANSLATE_NOOP("meetings export", "Decisions"),
]
SHEET = QT_TRANSLATE_NOOP("meetings export", "Meetings")
MARKING = QT_TRANSLATE_NOOP("meetings export", "CONFIDENTIAL")
WIDTHS = [12, 7, 20, 40, 16, 28, 14, 12, 60, 40]
__all__ = ["Cancelled", "export_meetings", "meeting_rows"]


def meeting_rows(session: Session, words: Wording | None = None):
    """(values, …) per meeting, oldest first, read plainly from the driver in batches, with
    places, zones, classifications and languages named in `words`' language.

    Which meetings are seen is the caller's `confidentiality.scope`.
    """
    words = words or Wording()
    city = aliased(City)
    city_name = func.coalesce(city.name_ja, city.name_en) if words.japanese else city.name_en
    title = in_japanese(Meeting.title_ja, Meeting.title) if words.japanese else Meeting.title
    query = (
        select(
            Meeting.starts_at,
            Meeting.zone,
            title,
            city_name,
            Meeting.venue,
            Meeting.classification,
            Meeting.language,
            Meeting.outcome,
            Meeting.decisions,
        )
        .outerjoin(city, Meeting.city_id == city.id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    # Keyed by the stored word: a str-valued enumeration member is equal to it.
    classifications = {c: words.choice(c) for c in Classification}
    zones: dict[str, tuple[ZoneInfo, str]] = {}
    languages: dict[str | None, str] = {}
    for (
        starts_at,
        zone,
        title,
        city_name,
        venue,
        classification,
        language,
        outcome,
        decisions,
    ) in confidentiality.plain_rows(session, query, BATCH):  # in the caller's scope
        if zone not in zones:
            # IANA names in English
            zones[zone] = (zone_of(zone), words.zone(zone) if words.japanese else zone)
        place, zone_name = zones[zone]
        local = as_utc(starts_at).astimezone(place)
        if language not in languages:
            languages[language] = words.languages(language)
        yield (
            local.date(),
            f"{local:%H:%M}",
            zone_name,
            title,
            city_name,
            venue,
            classifications[classification],
            languages[language],
            outcome,
            decisions,
        )


def export_meetings(
    session: Session,
    target: Path,
    *,
    include_confidential: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    lang: str = "en",
) -> int:
    """Write every meeting; returns the number written. With confidential meetings included,
    the sheet's first row and its printed header say CONFIDENTIAL."""
    return export_every(
        session,
        target,
        sheet=SHEET,
        headers=HEADERS,
        widths=WIDTHS,
        rows=meeting_rows,
        model=Meeting,
        marking=MARKING,
        cancelled_message=QT_TRANSLATE_NOOP(
            "meetings export", "The export was cancelled; no file was written."
        ),
        include_confidential=include_confidential,
        progress=progress,
        cancelled=cancelled,
        lang=lang,
    )
