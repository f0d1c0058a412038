"""Seating plans in the layouts protocol uses, proposed from the order of precedence and
checked against the rules that name themselves.

Layouts:

- TALKS: across one table. Our side on one long side, theirs facing; the two principals face
  each other in the middle, the rest of each delegation alternate to their principal's right
  and left by precedence. Interpreters sit in a row behind their side, behind their principal.
- ROUND / LONG: a banquet. The host heads the first table with the guest of honour at the
  host's right; the next guests alternate right and left, the sides mixed. Further tables are
  headed by our next people in precedence, with their next guest at their right.
- ROWS: a ceremony or a signing. The two signatories seated in the front row, the guest at the
  host's right; the others in rows behind their own signatory by precedence.

Seats are (table, seat) pairs. `spots` gives each seat its place on a drawn plan (x, y in
seat widths) and its neighbours; `propose` fills them; `check` names what breaks a rule. The
core knows people only as `Sitter`s: the page, the workbook and the command line build them
from the meeting's attendees (`cityapp.services.seating`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .i18n import QT_TRANSLATE_NOOP
from .models.enums import SeatingLayout

Layout = SeatingLayout


@dataclass(frozen=True)
class Sitter:
    """One attendee as the plan sees them."""

    attendee_id: int
    ours: bool
    place: int  # in their side's order of precedence, 1 first
    person: tuple[str, int]  # ("staff" or "counterpart", id): the same person twice is caught
    name: str
    languages: frozenset[str] = frozenset()
    interpreter: bool = False


@dataclass(frozen=True)
class Spot:
    table: int
    seat: int
    x: float
    y: float
    row: str = ""  # TALKS and ROWS: "front", "behind"; banquets: ""


@dataclass
class Plan:
    layout: Layout
    tables: int = 1
    per_table: int = 10
    keep_delegations_together: bool = False
    seats: dict[int, tuple[int, int]] = field(default_factory=dict)  # attendee id -> seat


@dataclass(frozen=True)
class Warning:
    """A broken rule: its key (stable, for acknowledging it), the rule, and who it concerns."""

    key: str
    rule: str  # a Text: the rule as protocol states it
    detail: str  # names and seats, as data


# The rules, each stated once.
RULES = {
    "honour": QT_TRANSLATE_NOOP("seating", "The guest of honour sits at the host's right."),
    "interpreter": QT_TRANSLATE_NOOP(
        "seating",
        "A principal whose side shares no language with the other has an interpreter beside or "
        "behind them.",
    ),
    "neighbours": QT_TRANSLATE_NOOP("seating", "Neighbours at table share a language."),
    "split": QT_TRANSLATE_NOOP("seating", "A delegation kept together sits at one table."),
    "twice": QT_TRANSLATE_NOOP("seating", "Each person has one seat."),
    "unseated": QT_TRANSLATE_NOOP("seating", "Every attendee has a seat."),
}


def talks_width(sitters: list[Sitter]) -> int:
    """Seats along each side of a talks table: an odd number, so the principals face each
    other in the middle."""
    ours = sum(1 for s in sitters if s.ours and not s.interpreter)
    theirs = sum(1 for s in sitters if not s.ours and not s.interpreter)
    width = max(ours, theirs, 1)
    return width if width % 2 else width + 1


def alternating(n: int) -> list[int]:
    """Offsets from a middle seat in order of precedence: 0, then right, left, right, left…
    (right is +1 as the person sitting there sees it)."""
    return [(k + 1) // 2 * (1 if k % 2 else -1) for k in range(n)]


# -- geometry ---------------------------------------------------------------------------------


def spots(plan: Plan, sitters: list[Sitter]) -> list[Spot]:
    """Every seat of the plan, placed for drawing."""
    ours = [s for s in sitters if s.ours and not s.interpreter]
    theirs = [s for s in sitters if not s.ours and not s.interpreter]
    interpreters = [s for s in sitters if s.interpreter]
    if plan.layout is Layout.TALKS:
        width = talks_width(sitters)
        behind = max(1, len(interpreters))
        found = []
        for table, y, n in ((1, 0.0, width), (2, 3.0, width)):  # 1: our side, 2: theirs
            found += [Spot(table, i, float(i), y, "front") for i in range(n)]
        found += [Spot(3, i, float(i), -1.2, "behind") for i in range(max(width, behind))]
        found += [Spot(4, i, float(i), 4.2, "behind") for i in range(max(width, behind))]
        return found
    if plan.layout is Layout.ROWS:
        width = max(len(ours), len(theirs), 2) * 2
        rows = 2 + math.ceil(len(interpreters) / width) + 1
        return [
            Spot(r + 1, i, float(i), float(r) * 1.5, "front" if r == 0 else "behind")
            for r in range(rows)
            for i in range(width)
        ]
    found = []
    per = max(2, plan.per_table)
    for t in range(plan.tables):
        ox = (t % 3) * (per / 2 + 4)
        oy = (t // 3) * (per / 2 + 4)
        for i in range(per):
            if plan.layout is Layout.ROUND:
                angle = -math.pi / 2 + 2 * math.pi * i / per  # seat 0 at the top
                radius = per / (2 * math.pi) + 0.6
                found.append(
                    Spot(t + 1, i, ox + radius * math.cos(angle), oy + radius * math.sin(angle))
                )
            else:  # LONG: seat 0 at the head of one long side's middle, then around
                half = per // 2
                if i < half:
                    found.append(Spot(t + 1, i, ox + i, oy))
                else:
                    found.append(Spot(t + 1, i, ox + (per - 1 - i), oy + 2))
    return found


def right_of(plan: Plan, seat: tuple[int, int]) -> tuple[int, int] | None:
    """The seat at the right of the person in `seat`."""
    table, n = seat
    if plan.layout is Layout.TALKS:
        # Our side faces up the plan: their right is +x; their side faces down: -x.
        if table in (1, 3):
            return (table, n + 1)
        return (table, n - 1) if n > 0 else None
    if plan.layout is Layout.ROWS:
        return (table, n - 1) if n > 0 else None  # facing the audience: right is -x
    per = max(2, plan.per_table)
    if plan.layout is Layout.ROUND:
        return (table, (n + 1) % per)
    half = per // 2  # LONG: seats 0..half-1 along one side, half..per-1 back along the other
    return (table, n + 1) if n not in (half - 1, per - 1) else None  # each side's last: none


def neighbours(plan: Plan, seat: tuple[int, int]) -> list[tuple[int, int]]:
    """The seats beside `seat` at the same table (same row for TALKS and ROWS)."""
    table, n = seat
    if plan.layout is Layout.ROUND:
        per = max(2, plan.per_table)
        return [(table, (n - 1) % per), (table, (n + 1) % per)]
    if plan.layout is Layout.LONG:
        half = max(2, plan.per_table) // 2
        side = range(0, half) if n < half else range(half, max(2, plan.per_table))
        return [(table, m) for m in (n - 1, n + 1) if m in side]
    return [(table, m) for m in (n - 1, n + 1) if m >= 0]


# -- proposal ---------------------------------------------------------------------------------


def _ordered(sitters: list[Sitter], ours: bool) -> list[Sitter]:
    return sorted(
        (s for s in sitters if s.ours == ours and not s.interpreter), key=lambda s: s.place
    )


def propose(plan: Plan, sitters: list[Sitter]) -> dict[int, tuple[int, int]]:
    """Seats for everyone from the order of precedence, in the plan's layout."""
    ours, theirs = _ordered(sitters, True), _ordered(sitters, False)
    interpreters = sorted(
        (s for s in sitters if s.interpreter), key=lambda s: (not s.ours, s.place)
    )
    seats: dict[int, tuple[int, int]] = {}
    if plan.layout is Layout.TALKS:
        width = talks_width(sitters)
        middle = (width - 1) // 2
        for row, people, facing in ((1, ours, 1), (2, theirs, -1)):
            for person, offset in zip(people, alternating(len(people)), strict=True):
                seats[person.attendee_id] = (row, middle + facing * offset)
        for row, ours_side in ((3, True), (4, False)):
            mine = [s for s in interpreters if s.ours == ours_side]
            for person, offset in zip(mine, alternating(len(mine)), strict=True):
                seats[person.attendee_id] = (row, middle + offset)  # behind their principal
        return seats
    if plan.layout is Layout.ROWS:
        width = max(len(ours), len(theirs), 2) * 2
        middle = width // 2
        # Front row: the host in the middle, the guest signatory at the host's right (-x).
        if ours:
            seats[ours[0].attendee_id] = (1, middle)
        if theirs:
            seats[theirs[0].attendee_id] = (1, middle - 1)
        for side, start, step in ((ours[1:], middle, 1), (theirs[1:], middle - 1, -1)):
            for k, person in enumerate(side):
                row, col = 2 + k // (width // 2), start + step * (k % (width // 2))
                seats[person.attendee_id] = (row, col)
        last = max((r for r, _ in seats.values()), default=1) + 1
        for k, person in enumerate(interpreters):
            seats[person.attendee_id] = (last + k // width, k % width)
        return seats
    # Banquet: table heads are ours in precedence; each has their next guest at the right.
    per = max(2, plan.per_table)
    tables = max(1, plan.tables)
    queues = [[] for _ in range(tables)]
    heads = ours[:tables]
    for t, head in enumerate(heads):
        queues[t].append(head)
        if t < len(theirs):
            queues[t].append(theirs[t])
    rest_ours, rest_theirs = ours[tables:], theirs[tables:]
    mixed: list[Sitter] = []
    while rest_ours or rest_theirs:  # the sides mixed: theirs and ours in turn
        if rest_theirs:
            mixed.append(rest_theirs.pop(0))
        if rest_ours:
            mixed.append(rest_ours.pop(0))
    mixed += interpreters
    t = 0
    for person in mixed:  # fill tables in turn, each up to its size
        for _ in range(tables):
            if len(queues[t]) < per:
                break
            t = (t + 1) % tables
        queues[t].append(person)
        t = (t + 1) % tables
    for t, people in enumerate(queues):
        order = _banquet_order(plan, per)
        for person, n in zip(people, order, strict=False):
            seats[person.attendee_id] = (t + 1, n)
    return seats


def _banquet_order(plan: Plan, per: int) -> list[int]:
    """Seat numbers of one table in order of precedence: the head, the head's right, the
    head's left, then alternating outwards (on a long table, the head's side first, then the
    facing side)."""
    if plan.layout is Layout.ROUND:
        return [o % per for o in alternating(per)]
    half = per // 2
    middle = (half - 1) // 2
    side = [middle + o for o in alternating(half)]
    return side + [per - 1 - n for n in side] + list(range(2 * half, per))


# -- checks -----------------------------------------------------------------------------------


def check(plan: Plan, sitters: list[Sitter]) -> list[Warning]:
    """Every rule the plan breaks, in the order of RULES."""
    found: list[Warning] = []
    by_id = {s.attendee_id: s for s in sitters}
    at = {seat: by_id[a] for a, seat in plan.seats.items() if a in by_id}
    ours, theirs = _ordered(sitters, True), _ordered(sitters, False)
    host = ours[0] if ours else None
    guest = theirs[0] if theirs else None
    if plan.layout in (Layout.ROUND, Layout.LONG, Layout.ROWS) and host and guest:
        seat = plan.seats.get(host.attendee_id)
        right = right_of(plan, seat) if seat else None
        if right is None or at.get(right) is not guest:
            found.append(Warning("honour", RULES["honour"], f"{guest.name} / {host.name}"))
    if (
        host
        and guest
        and host.languages
        and guest.languages
        and not host.languages & guest.languages
    ):
        for principal in (host, guest):
            seat = plan.seats.get(principal.attendee_id)
            if seat is None:
                continue
            near = set(neighbours(plan, seat))
            if plan.layout is Layout.TALKS:
                near.add((3 if principal.ours else 4, seat[1]))  # the row behind
            if not any(at.get(s) and at[s].interpreter for s in near):
                found.append(
                    Warning(
                        f"interpreter:{principal.attendee_id}", RULES["interpreter"], principal.name
                    )
                )
    done: set[frozenset[int]] = set()
    for seat, person in sorted(at.items()):
        if person.interpreter or not person.languages:
            continue
        for other_seat in neighbours(plan, seat):
            other = at.get(other_seat)
            if other is None or other.interpreter or not other.languages or other is person:
                continue
            pair = frozenset((person.attendee_id, other.attendee_id))
            if pair in done or person.languages & other.languages:
                continue
            done.add(pair)
            first, second = sorted((person, other), key=lambda s: s.attendee_id)
            found.append(
                Warning(
                    f"neighbours:{first.attendee_id}:{second.attendee_id}",
                    RULES["neighbours"],
                    f"{first.name} / {second.name}",
                )
            )
    if plan.keep_delegations_together and plan.layout in (Layout.ROUND, Layout.LONG):
        for side, label in ((True, "ours"), (False, "theirs")):
            tables = {
                plan.seats[s.attendee_id][0]
                for s in sitters
                if s.ours == side and s.attendee_id in plan.seats
            }
            if len(tables) > 1:
                found.append(
                    Warning(f"split:{label}", RULES["split"], ", ".join(map(str, sorted(tables))))
                )
    people: dict[tuple[str, int], list[Sitter]] = {}
    for a in plan.seats:
        if a in by_id:
            people.setdefault(by_id[a].person, []).append(by_id[a])
    for person, seated in people.items():
        if len(seated) > 1:
            found.append(Warning(f"twice:{person[0]}:{person[1]}", RULES["twice"], seated[0].name))
    for s in sitters:
        if s.attendee_id not in plan.seats:
            found.append(Warning(f"unseated:{s.attendee_id}", RULES["unseated"], s.name))
    return found
