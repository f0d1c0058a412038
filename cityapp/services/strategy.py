"""Progress toward the strategy's targets, computed from the data, never typed in.

A target's rule is a small JSON document. Clauses:

- ``{"agreement_in_force": true}``, or a list of agreement kinds (``["sister_city", "mou"]``):
  an agreement signed on or before the day, not ended, not expired;
- ``{"meeting_within_years": 5, "level_at_least": "head_of_city"}``: a meeting at that level
  or above in the five years up to the day (``{"head_of_city_meeting_within_years": 5}`` is
  the short form);
- ``{"visit_within_years": 5, "direction": "outbound" | "inbound" | "either"}``: a trip there
  or a visit from there, not cancelled;
- ``{"relationship_level_at_least": "friendship"}``: the city's relationship level on that day.
  The level's history comes from the audit trail, so it counts from the day the city was
  recorded in the program, never before;
- ``{"any": [...]}`` and ``{"all": [...]}`` combine clauses, nested as deep as needed.

Our own city never counts. A city that does not count but would with one more step (a lapsed
meeting renewed, an ended agreement renewed, a level raised by one) is "one step away".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import UserError
from ..formats import fiscal_year
from ..i18n import QT_TRANSLATE_NOOP, Joined
from ..models import (
    Agreement,
    AgreementKind,
    AuditAction,
    AuditEntry,
    City,
    MeetingLevel,
    RelationshipLevel,
    Target,
)
from .contacts import Contacts, levels_at_least, load_contacts, years_before
from .office_cache import while_unchanged

LEVELS = [
    RelationshipLevel.NONE,
    RelationshipLevel.CONTACT,
    RelationshipLevel.FRIENDSHIP,
    RelationshipLevel.SISTER,
    RelationshipLevel.PARTNER,
]

LEVEL_WORDS = {
    MeetingLevel.HEAD_OF_CITY: QT_TRANSLATE_NOOP("strategy", "head-of-city"),
    MeetingLevel.DEPUTY: QT_TRANSLATE_NOOP("strategy", "deputy"),
    MeetingLevel.SENIOR_OFFICIAL: QT_TRANSLATE_NOOP("strategy", "senior-official"),
    MeetingLevel.WORKING: QT_TRANSLATE_NOOP("strategy", "working"),
}
# Relationship levels and agreement kinds as words inside a sentence (lower case in English).
LEVEL_NAMES = {
    "none": QT_TRANSLATE_NOOP("strategy", "none"),
    "contact": QT_TRANSLATE_NOOP("strategy", "contact"),
    "friendship": QT_TRANSLATE_NOOP("strategy", "friendship"),
    "sister": QT_TRANSLATE_NOOP("strategy", "sister"),
    "partner": QT_TRANSLATE_NOOP("strategy", "partner"),
}
KIND_NAMES = {
    "sister_city": QT_TRANSLATE_NOOP("strategy", "sister city"),
    "friendship": QT_TRANSLATE_NOOP("strategy", "friendship"),
    "partnership": QT_TRANSLATE_NOOP("strategy", "partnership"),
    "mou": QT_TRANSLATE_NOOP("strategy", "mou"),
    "joint_statement": QT_TRANSLATE_NOOP("strategy", "joint statement"),
    "letter_of_intent": QT_TRANSLATE_NOOP("strategy", "letter of intent"),
    "cooperation_agreement": QT_TRANSLATE_NOOP("strategy", "cooperation agreement"),
}
AND = QT_TRANSLATE_NOOP("strategy", " and ")
OR = QT_TRANSLATE_NOOP("strategy", " or ")
LIST = QT_TRANSLATE_NOOP("strategy", ", ")
SEMICOLON = QT_TRANSLATE_NOOP("strategy", "; ")
DIRECTIONS = {"outbound": {"outbound"}, "inbound": {"inbound"}, "either": {"outbound", "inbound"}}
KNOWN_KEYS = {
    "any",
    "all",
    "agreement_in_force",
    "meeting_within_years",
    "level_at_least",
    "head_of_city_meeting_within_years",
    "visit_within_years",
    "direction",
    "relationship_level_at_least",
}


# ---------------------------------------------------------------------------------------------
# The facts a rule is evaluated against, read once


@dataclass(slots=True)
class StrategyData:
    contacts: Contacts
    agreements: list[tuple[int, str, date | None, date | None, date | None, str]]
    # city -> (recorded from, [(changed at, old level, new level)], current level)
    levels: dict[int, tuple[date, list[tuple[date, str, str]], str]]
    names: dict[int, str]

    def level_on(self, city: int, day: date) -> str | None:
        recorded, changes, current = self.levels[city]
        if day < recorded:
            return None
        for changed, old, _new in changes:
            if changed > day:
                return old
        return current


def _needs(rule: Any, levels: set[MeetingLevel], visits: list[bool], years: list[int]) -> None:
    """Collect the meeting levels, whether visits are needed, and the longest window."""
    if not isinstance(rule, dict):
        return
    for part in rule.get("any", []) + rule.get("all", []):
        _needs(part, levels, visits, years)
    if rule.get("head_of_city_meeting_within_years") is not None:
        levels.update(levels_at_least(MeetingLevel.HEAD_OF_CITY))
        years.append(int(rule["head_of_city_meeting_within_years"]))
    if rule.get("meeting_within_years") is not None:
        levels.update(levels_at_least(rule.get("level_at_least", MeetingLevel.WORKING)))
        years.append(int(rule["meeting_within_years"]))
    if rule.get("visit_within_years") is not None:
        visits[0] = True


def load_strategy_data(
    session: Session, until: date, rules: list[dict[str, Any]] | None = None
) -> StrategyData:
    """The facts the rules need (all of them without `rules`), up to `until`."""
    if rules is None:
        contacts = load_contacts(session, until)
    else:
        levels: set[MeetingLevel] = set()
        visits = [False]
        years: list[int] = []
        for rule in rules:
            _needs(rule, levels, visits, years)
        contacts = load_contacts(
            session,
            until,
            levels=[lv for lv in MeetingLevel if lv in levels],
            visits=visits[0],
            # Meetings below the level a rule asks for matter only inside its window on `until`.
            since=years_before(until, max(years, default=0)),
        )
    agreements = [
        (a.city_id, str(a.kind), a.signed_on or a.effective_on, a.expires_on, a.ended_on, a.title)
        for a in session.execute(
            select(
                Agreement.city_id,
                Agreement.kind,
                Agreement.signed_on,
                Agreement.effective_on,
                Agreement.expires_on,
                Agreement.ended_on,
                Agreement.title,
            )
        )
    ]
    changes: dict[int, list[tuple[date, str, str]]] = defaultdict(list)
    for row_id, at, diff in session.execute(
        select(AuditEntry.row_id, AuditEntry.at, AuditEntry.changes)
        .where(AuditEntry.table_name == "city", AuditEntry.action == AuditAction.UPDATE)
        .order_by(AuditEntry.at, AuditEntry.id)
    ):
        pair = (diff or {}).get("relationship_level")
        if isinstance(pair, list) and len(pair) == 2 and row_id.isdigit():
            changes[int(row_id)].append((at.astimezone(UTC).date(), pair[0], pair[1]))
    levels: dict[int, tuple[date, list[tuple[date, str, str]], str]] = {}
    names: dict[int, str] = {}
    for city_id, name, level, created, is_home in session.execute(
        select(City.id, City.name_en, City.relationship_level, City.created_at, City.is_home)
    ):
        names[city_id] = name
        if not is_home:
            levels[city_id] = (created.astimezone(UTC).date(), changes.get(city_id, []), str(level))
    return StrategyData(contacts, agreements, levels, names)


# ---------------------------------------------------------------------------------------------
# Evaluation


@dataclass(slots=True)
class Result:
    counting: set[int]
    near: dict[int, list[str]] = field(default_factory=dict)


def check_rule(rule: Any) -> None:
    """Refuse a rule the evaluator would not understand, in words."""
    if not isinstance(rule, dict) or not rule:
        raise UserError(
            QT_TRANSLATE_NOOP("strategy", "A target needs a rule that says which cities count.")
        )
    unknown = set(rule) - KNOWN_KEYS
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "strategy", "The target's rule has parts this program does not know: {parts}."
            ).format(parts=", ".join(sorted(unknown)))
        )
    if "any" in rule and "all" in rule:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "strategy", "A condition of a target's rule takes “any” or “all”, not both."
            )
        )
    for key in ("any", "all"):
        if key in rule:
            if not isinstance(rule[key], list) or not rule[key]:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "strategy", "“{key}” in a target's rule needs a list of conditions."
                    ).format(key=key)
                )
            for part in rule[key]:
                check_rule(part)
    for key in ("meeting_within_years", "head_of_city_meeting_within_years", "visit_within_years"):
        if key in rule and not (isinstance(rule[key], int) and 1 <= rule[key] <= 50):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "strategy", "A number of years in a target's rule must be between 1 and 50."
                )
            )
    if "level_at_least" in rule and rule["level_at_least"] not in set(MeetingLevel):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "strategy", "Unknown meeting level “{level}” in a target's rule."
            ).format(level=rule["level_at_least"])
        )
    if "direction" in rule and rule["direction"] not in DIRECTIONS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "strategy", "Unknown direction “{direction}” in a target's rule."
            ).format(direction=rule["direction"])
        )
    if "relationship_level_at_least" in rule and rule["relationship_level_at_least"] not in set(
        RelationshipLevel
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "strategy", "Unknown relationship level “{level}” in a target's rule."
            ).format(level=rule["relationship_level_at_least"])
        )
    kinds = rule.get("agreement_in_force")
    if isinstance(kinds, list) and any(k not in set(AgreementKind) for k in kinds):
        raise UserError(QT_TRANSLATE_NOOP("strategy", "Unknown agreement kind in a target's rule."))


def evaluate(data: StrategyData, rule: dict[str, Any], on: date, *, near: bool = False) -> Result:
    """The cities that satisfy `rule` on `on`; with `near`, also those one step away."""
    candidates = set(data.levels)
    result = _evaluate(data, rule, on, candidates, near)
    return Result(
        result.counting & candidates,
        {c: r for c, r in result.near.items() if c in candidates and c not in result.counting},
    )


def _evaluate(
    data: StrategyData, rule: dict[str, Any], on: date, candidates: set[int], near: bool
) -> Result:
    if "any" in rule or "all" in rule:
        parts = [_evaluate(data, r, on, candidates, near) for r in rule.get("any") or rule["all"]]
        if "any" in rule:
            counting = set().union(*(p.counting for p in parts))
            reasons: dict[int, list[str]] = defaultdict(list)
            for p in parts:
                for city, why in p.near.items():
                    if city not in counting:
                        reasons[city].extend(why)
            return Result(counting, dict(reasons))
        counting = set(candidates)
        for p in parts:
            counting &= p.counting
        reasons = {}
        if near:
            for city in candidates - counting:
                failing = [p for p in parts if city not in p.counting]
                if len(failing) == 1 and city in failing[0].near:
                    reasons[city] = failing[0].near[city]
        return Result(counting, reasons)

    results = []
    if "agreement_in_force" in rule and rule["agreement_in_force"]:
        results.append(_agreements(data, rule["agreement_in_force"], on, near))
    years = rule.get("meeting_within_years")
    level = rule.get("level_at_least", MeetingLevel.WORKING)
    if rule.get("head_of_city_meeting_within_years") is not None:
        years, level = rule["head_of_city_meeting_within_years"], MeetingLevel.HEAD_OF_CITY
    if years is not None:
        results.append(_meetings(data, int(years), MeetingLevel(level), on, candidates, near))
    if rule.get("visit_within_years") is not None:
        direction = rule.get("direction", "either")
        results.append(
            _visits(data, int(rule["visit_within_years"]), direction, on, candidates, near)
        )
    if rule.get("relationship_level_at_least"):
        results.append(_level(data, rule["relationship_level_at_least"], on, candidates, near))
    if not results:
        return Result(set())
    # Several clauses in one object must all hold, like an "all".
    counting = set(candidates)
    for r in results:
        counting &= r.counting
    reasons = {}
    for r in results:
        for city, why in r.near.items():
            if city not in counting:
                reasons.setdefault(city, []).extend(why)
    return Result(counting, reasons)


def _agreements(data: StrategyData, kinds: Any, on: date, near: bool) -> Result:
    allowed = set(kinds) if isinstance(kinds, list) else None
    counting: set[int] = set()
    lapsed: dict[int, list[str]] = {}
    for city, kind, start, expires, ended, title in data.agreements:
        if (allowed is not None and kind not in allowed) or start is None or start > on:
            continue
        over = ended if ended is not None and ended <= on else None
        if over is None and expires is not None and expires < on:
            over = expires
        if over is None:
            counting.add(city)
        elif near:
            lapsed[city] = [
                QT_TRANSLATE_NOOP("strategy", "renewing “{title}” (ended {day})").format(
                    title=title, day=over.isoformat()
                )
            ]
    return Result(counting, lapsed)


def _meetings(
    data: StrategyData,
    years: int,
    level: MeetingLevel,
    on: date,
    candidates: set[int],
    near: bool,
) -> Result:
    start = years_before(on, years)
    allowed = levels_at_least(level)
    words = LEVEL_WORDS[level]
    counting = {c for c in candidates if data.contacts.met(c, start, on, allowed)}
    reasons: dict[int, list[str]] = {}
    if near:
        for city in candidates - counting:
            last = data.contacts.last_meeting(city, on, allowed)
            if last is not None:
                reasons[city] = [
                    QT_TRANSLATE_NOOP("strategy", "a {level} meeting (the last was {day})").format(
                        level=words, day=last.isoformat()
                    )
                ]
            elif (lower := data.contacts.last_any.get(city)) and start <= lower <= on:
                reasons[city] = [
                    QT_TRANSLATE_NOOP(
                        "strategy", "a {level} meeting (met at a lower level on {day})"
                    ).format(level=words, day=lower.isoformat())
                ]
    return Result(counting, reasons)


def _visits(
    data: StrategyData, years: int, direction: str, on: date, candidates: set[int], near: bool
) -> Result:
    start = years_before(on, years)
    kinds = DIRECTIONS[direction]
    counting = {c for c in candidates if data.contacts.visited(c, start, on, kinds)}
    reasons: dict[int, list[str]] = {}
    if near:
        for city in candidates - counting:
            last = data.contacts.last_visit(city, on, kinds)
            if last is not None:
                reasons[city] = [
                    QT_TRANSLATE_NOOP("strategy", "a visit (the last was {day})").format(
                        day=last.isoformat()
                    )
                ]
    return Result(counting, reasons)


def _level(data: StrategyData, minimum: str, on: date, candidates: set[int], near: bool) -> Result:
    floor = LEVELS.index(RelationshipLevel(minimum))
    counting: set[int] = set()
    reasons: dict[int, list[str]] = {}
    for city in candidates:
        level = data.level_on(city, on)
        if level is None:
            continue
        rank = LEVELS.index(RelationshipLevel(level))
        if rank >= floor:
            counting.add(city)
        elif near and rank == floor - 1 and rank > 0:
            reasons[city] = [
                QT_TRANSLATE_NOOP("strategy", "relationship level {wanted} (now {level})").format(
                    wanted=LEVEL_NAMES.get(str(minimum), str(minimum)),
                    level=LEVEL_NAMES.get(str(level), str(level)),
                )
            ]
    return Result(counting, reasons)


# ---------------------------------------------------------------------------------------------
# Words


def describe_rule(rule: dict[str, Any]) -> str:
    """The rule in words, for the dashboard and the report (a message, translated where shown)."""
    if "any" in rule:
        return QT_TRANSLATE_NOOP("strategy", "any of: {conditions}").format(
            conditions=Joined(SEMICOLON, [describe_rule(r) for r in rule["any"]])
        )
    if "all" in rule:
        return QT_TRANSLATE_NOOP("strategy", "all of: {conditions}").format(
            conditions=Joined(SEMICOLON, [describe_rule(r) for r in rule["all"]])
        )
    words: list[str] = []
    kinds = rule.get("agreement_in_force")
    if kinds and isinstance(kinds, list):
        words.append(
            QT_TRANSLATE_NOOP("strategy", "an agreement in force ({kinds})").format(
                kinds=Joined(LIST, [KIND_NAMES.get(k, k.replace("_", " ")) for k in kinds])
            )
        )
    elif kinds:
        words.append(QT_TRANSLATE_NOOP("strategy", "an agreement in force"))
    if rule.get("head_of_city_meeting_within_years") is not None:
        words.append(
            QT_TRANSLATE_NOOP(
                "strategy", "a head-of-city meeting in the last {years} years"
            ).format(years=rule["head_of_city_meeting_within_years"])
        )
    if rule.get("meeting_within_years") is not None:
        level = MeetingLevel(rule.get("level_at_least", MeetingLevel.WORKING))
        years = rule["meeting_within_years"]
        words.append(
            QT_TRANSLATE_NOOP("strategy", "a meeting in the last {years} years").format(years=years)
            if level == MeetingLevel.WORKING
            else QT_TRANSLATE_NOOP(
                "strategy", "a meeting at {level} level or above in the last {years} years"
            ).format(level=LEVEL_WORDS[level], years=years)
        )
    if rule.get("visit_within_years") is not None:
        direction = rule.get("direction", "either")
        years = rule["visit_within_years"]
        if direction == "outbound":
            visit = QT_TRANSLATE_NOOP("strategy", "a visit of ours in the last {years} years")
        elif direction == "inbound":
            visit = QT_TRANSLATE_NOOP("strategy", "a visit from them in the last {years} years")
        else:
            visit = QT_TRANSLATE_NOOP("strategy", "a visit either way in the last {years} years")
        words.append(visit.format(years=years))
    if rule.get("relationship_level_at_least"):
        wanted = str(rule["relationship_level_at_least"])
        words.append(
            QT_TRANSLATE_NOOP("strategy", "relationship level {level} or above").format(
                level=LEVEL_NAMES.get(wanted, wanted)
            )
        )
    return Joined(AND, words) if words else QT_TRANSLATE_NOOP("strategy", "nothing")


# ---------------------------------------------------------------------------------------------
# Targets


@dataclass(slots=True)
class MilestoneCheck:
    on: date
    count: int
    reached: int | None  # None while the day is still ahead

    @property
    def met(self) -> bool | None:
        return None if self.reached is None else self.reached >= self.count


@dataclass(slots=True)
class TargetProgress:
    target_id: int
    title: str
    title_ja: str | None
    target_count: int
    deadline: date
    rule_words: str
    as_of: date
    reached: int
    by_year: list[tuple[int, int]]
    milestones: list[MilestoneCheck]
    counting: list[tuple[int, str]]  # (city id, name), by name
    near: list[tuple[int, str, str]]  # (city id, name, why)
    fiscal_years: bool = False  # by_year counts at each fiscal year's end (31 March)

    @property
    def result(self) -> int:
        """Cities reached: on the as-of day, or on the deadline once it has passed."""
        if self.deadline >= self.as_of:
            return self.reached
        return next(m.reached for m in self.milestones if m.on == self.deadline) or 0

    @property
    def done(self) -> bool:
        return self.result >= self.target_count


def milestones_of(target: Target) -> list[tuple[date, int]]:
    found = []
    for m in target.milestones or []:
        try:
            found.append((date.fromisoformat(str(m["on"])), int(m["count"])))
        except (KeyError, TypeError, ValueError):
            continue
    return sorted(found)


def parse_milestones(text: str) -> list[dict[str, Any]]:
    """Milestones typed one a line as "YYYY-MM-DD: count" (or "YYYY-MM-DD count")."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        day, _, count = line.replace(":", " ", 1).partition(" ")
        try:
            on, reach = date.fromisoformat(day.strip()), int(count.strip())
        except ValueError:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "strategy",
                    "Milestone line {number} should read like “2017-12-31: 15”, not “{line}”.",
                ).format(number=number, line=line)
            ) from None
        if reach < 1:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "strategy", "Milestone line {number}: the number of cities must be at least 1."
                ).format(number=number)
            )
        found.append({"on": on.isoformat(), "count": reach})
    return sorted(found, key=lambda m: m["on"])


def format_milestones(milestones: list[dict[str, Any]] | None) -> str:
    return "\n".join(f"{m.get('on')}: {m.get('count')}" for m in milestones or [])


def chart_years(target: Target, as_of: date, fiscal_years: bool = False) -> range:
    year = fiscal_year if fiscal_years else (lambda day: day.year)
    first = year(target.starts_on or target.deadline) - 2
    return range(first, max(year(target.deadline), year(as_of)) + 1)


def year_end(year: int, fiscal_years: bool = False) -> date:
    """The last day of a year: 31 December, or 31 March of the next year for a fiscal year."""
    return date(year + 1, 3, 31) if fiscal_years else date(year, 12, 31)


def target_progress(
    session: Session,
    as_of: date,
    targets: list[Target] | None = None,
    data: StrategyData | None = None,
    fiscal_years: bool | None = None,
) -> list[TargetProgress]:
    """Each target's progress: count on `as_of`, by year (year ends, up to `as_of`; fiscal
    years where the office counts in them), milestones."""
    if fiscal_years is None:
        from .office import conventions

        fiscal_years = conventions(session).fiscal_years
    if targets is None:
        targets = list(session.scalars(select(Target).order_by(Target.deadline, Target.id)))
    if not targets:
        return []
    data = data or load_strategy_data(session, as_of, [t.rule or {} for t in targets])
    found = []
    for t in targets:
        rule = t.rule or {}
        now = evaluate(data, rule, as_of, near=True)
        by_year = []
        for year in chart_years(t, as_of, fiscal_years):
            day = year_end(year, fiscal_years)
            if day > as_of:
                if year_end(year - 1, fiscal_years) < as_of:  # the year of `as_of`
                    by_year.append((year, len(now.counting)))
                break
            by_year.append((year, len(evaluate(data, rule, day).counting)))
        milestones = [
            MilestoneCheck(
                day, count, len(evaluate(data, rule, day).counting) if day <= as_of else None
            )
            for day, count in milestones_of(t) + [(t.deadline, t.target_count)]
        ]
        found.append(
            TargetProgress(
                target_id=t.id,
                title=t.title,
                title_ja=t.title_ja,
                target_count=t.target_count,
                deadline=t.deadline,
                rule_words=describe_rule(rule),
                as_of=as_of,
                reached=len(now.counting),
                by_year=by_year,
                milestones=milestones,
                counting=sorted(((c, data.names[c]) for c in now.counting), key=lambda p: p[1]),
                near=sorted(
                    ((c, data.names[c], Joined(OR, _ordered(why))) for c, why in now.near.items()),
                    key=lambda p: p[1],
                ),
                fiscal_years=fiscal_years,
            )
        )
    return found


def counts_by_year(
    data: StrategyData,
    rule: dict[str, Any],
    years: Iterable[int],
    as_of: date,
    year_end: Callable[[int], date] = lambda y: date(y, 12, 31),
) -> list[tuple[int, int]]:
    """(year, cities counting at the year's end, or on `as_of` in its own year); `year_end`
    gives a year's last day (31 March of the next year for fiscal years)."""
    return [
        (y, len(evaluate(data, rule, min(year_end(y), as_of)).counting))
        for y in years
        if year_end(y - 1) < as_of
    ]


def _ordered(reasons: list[str]) -> list[str]:
    """Steps an officer can take first; raising the recorded level last."""
    return sorted(dict.fromkeys(reasons), key=lambda r: r.startswith("relationship level"))


# The last office's target progress, by database, while nothing has changed (see office_cache).
_CACHE: dict[str, tuple[tuple, list[TargetProgress]]] = {}


def office_targets(
    session: Session, as_of: date, *, cached_only: bool = False
) -> list[TargetProgress] | None:
    """`target_progress` of every target, from a cache while nothing has changed (None when
    `cached_only` and nothing is cached)."""
    return while_unchanged(
        _CACHE, session, as_of, lambda: target_progress(session, as_of), cached_only=cached_only
    )
