"""Every commitment in one workbook, streamed row by row (`stream.write_table`): what was
promised, by whom, by when, where it was made and what became of it
(`main.py export commitments`).

Commitments made in confidential meetings stay out unless asked for, as everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from .. import confidentiality
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Bureau, City, Commitment, CommitmentStatus, Counterpart, Meeting, StaffMember
from ..models.base import in_japanese
from ..models.enums import OwnerSide
from ..models.people import written_name_sql
from ..timefmt import as_day, as_utc
from ..timefmt import zone as zone_of
from ..wording import Wording
from .stream import BATCH, export_every

HEADERS = [
    QT_TRANSLATE_NOOP("commitments export", "Due"),
    QT_TRANSLATE_NOOP("commitments export", "Status"),
    QT_TRANSLATE_NOOP("commitments export", "Side"),
    QT_TRANSLATE_NOOP("commitments export", "Owner"),
    QT_TRANSLATE_NOOP("commitments export", "Commitment"),
    QT_TRANSLATE_NOOP("commitments export", "Made in"),
    QT_TRANSLATE_NOOP("commitments export", "Meeting date"),
    QT_TRANSLATE_NOOP("commitments export", "City"),
    QT_TRANSLATE_NOOP("commitments export", "Bureau"),
    QT_TRANSLATE_NOOP("commitments export", "Done on"),
]
SHEET = QT_TRANSLATE_NOOP("commitments export", "Commitments")
MARKING = QT_TRANSLATE_NOOP("commitments export", "CONFIDENTIAL")
CANCELLED = QT_TRANSLATE_NOOP(
    "commitments export", "The export was cancelled; no file was written."
)
WIDTHS = [12, 12, 9, 22, 60, 36, 12, 16, 24, 12]


def commitment_rows(session: Session, words: Wording | None = None) -> Iterator[tuple]:
    """(values, …) per commitment, by due date (those with none last), read plainly from the
    driver in batches; statuses, sides, cities and bureaus named in `words`' language.

    Which commitments are seen is the caller's `confidentiality.scope`."""
    words = words or Wording()
    staff, person = aliased(StaffMember), aliased(Counterpart)
    meeting, city, bureau = aliased(Meeting), aliased(City), aliased(Bureau)
    owner = func.coalesce(
        staff.family_name + " " + func.coalesce(staff.given_name, ""), written_name_sql(person)
    )
    city_name = func.coalesce(city.name_ja, city.name_en) if words.japanese else city.name_en
    bureau_name = (
        func.coalesce(bureau.name_ja, bureau.name_en) if words.japanese else bureau.name_en
    )
    query = (
        select(
            Commitment.due_on,
            Commitment.status,
            Commitment.owner_side,
            owner,
            Commitment.text,
            in_japanese(meeting.title_ja, meeting.title) if words.japanese else meeting.title,
            meeting.starts_at,
            meeting.zone,
            city_name,
            bureau_name,
            Commitment.completed_on,
        )
        .join(meeting, Commitment.meeting_id == meeting.id)
        .outerjoin(city, meeting.city_id == city.id)
        .outerjoin(staff, Commitment.owner_staff_id == staff.id)
        .outerjoin(person, Commitment.owner_counterpart_id == person.id)
        .outerjoin(bureau, Commitment.bureau_id == bureau.id)
        .order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
    )
    # Keyed by the stored word: a str-valued enumeration member is equal to it.
    statuses = {s: words.choice(s) for s in CommitmentStatus}
    sides = {s: words.choice(s) for s in OwnerSide}
    zones: dict[str, ZoneInfo] = {}
    for (
        due_on,
        status,
        side,
        owner_name,
        text,
        title,
        starts_at,
        zone,
        city_name,
        bureau_name,
        completed_on,
    ) in confidentiality.plain_rows(session, query, BATCH):  # in the caller's scope
        if zone not in zones:
            zones[zone] = zone_of(zone)
        yield (
            as_day(due_on),
            statuses[status],
            sides[side],
            owner_name,
            text,
            title,
            as_utc(starts_at).astimezone(zones[zone]).date(),
            city_name,
            bureau_name,
            as_day(completed_on),
        )


def export_commitments(
    session: Session,
    target: Path,
    *,
    include_confidential: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    lang: str = "en",
) -> int:
    """Write every commitment; the number written. With confidential ones included, the sheet's
    first row and its printed header say CONFIDENTIAL."""
    return export_every(
        session,
        target,
        sheet=SHEET,
        headers=HEADERS,
        widths=WIDTHS,
        rows=commitment_rows,
        model=Commitment,
        marking=MARKING,
        cancelled_message=CANCELLED,
        include_confidential=include_confidential,
        progress=progress,
        cancelled=cancelled,
        lang=lang,
    )
