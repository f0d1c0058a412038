"""Tabs the trip, meeting and project pages share: contacts with the national government (with
the trip's checklist above them) and the lessons learned with the policy actions they led to."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cityapp import fields
from cityapp.clock import CLOCK
from cityapp.i18n import QT_TRANSLATE_NOOP
from cityapp.models import Lesson, NationalContact
from cityapp.services.coordination import contacts_about, trip_checklist
from cityapp.services.lessons import lessons_of
from ui import language, semantic
from ui.actions import read
from ui.i18n import day, translated
from ui.models.records import RecordTableModel
from ui.widgets.related import RelatedList


def _short(text: str | None, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bureau_name(bureau: Any) -> str:
    if bureau is None:
        return ""
    return bureau.name_ja if language.current() == "ja" and bureau.name_ja else bureau.name_en


def national_contacts(page: Any, owner_key: str) -> RelatedList:
    """Contacts with the Ministry of Foreign Affairs, our missions abroad and other ministries
    about the page's trip (`trip_id`) or project (`project_id`)."""
    return RelatedList(
        page,
        record_class=NationalContact,
        form=fields.NATIONAL_CONTACT,
        owner_key=owner_key,
        columns=[
            (translated(QT_TRANSLATE_NOOP("policy_tabs", "Date")), lambda c: day(c.contacted_on)),
            (
                translated(QT_TRANSLATE_NOOP("policy_tabs", "With")),
                lambda c: RecordTableModel.display("enum", c.body),
            ),
            (translated(QT_TRANSLATE_NOOP("policy_tabs", "Whom")), lambda c: c.whom),
            (
                translated(QT_TRANSLATE_NOOP("policy_tabs", "Discussed or requested")),
                lambda c: _short(c.subject),
            ),
            (
                translated(QT_TRANSLATE_NOOP("policy_tabs", "Follow-up")),
                lambda c: _short(c.follow_up),
            ),
        ],
        load=lambda s, owner: contacts_about(s, **{owner_key: owner}),
        empty=translated(
            QT_TRANSLATE_NOOP(
                "policy_tabs",
                "No contact with the national government recorded yet: the Ministry of Foreign "
                "Affairs, the embassy or consulate, another ministry.",
            )
        ),
        describe=lambda c: c.whom,
        starts_with=lambda: {"contacted_on": CLOCK.today()},
    )


class TripChecklist(QLabel):
    """What the trip needs before it leaves, each ticked or not (the core's one rule)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.items: list = []

    def show_trip(self, trip_id: int | None) -> None:
        self.items = read(self.page.ctx, lambda s: trip_checklist(s, trip_id)) if trip_id else []
        lines = []
        for item in self.items:
            mark, role = ("✓", "done") if item.done else ("✗", "overdue")
            detail = translated(item.detail) if item.detail else ""
            if item.on is not None:
                detail = f"{day(item.on)}: {detail}" if detail else day(item.on)
            lines.append(
                f"<span style='color:{semantic.color(role).name()}'>{mark}</span> "
                f"{escape(translated(item.label))}"
                + (
                    f" <span style='color:{semantic.color('muted').name()}'>({escape(detail)})</span>"
                    if detail
                    else ""
                )
            )
        self.setText(
            "<b>"
            + escape(translated(QT_TRANSLATE_NOOP("policy_tabs", "Before departure")))
            + "</b><br>"
            + "<br>".join(lines)
            if lines
            else ""
        )


def lessons(page: Any, owner_key: str) -> RelatedList:
    """What was learned on the page's trip (with its meetings') or in its meeting, and the
    policy action it led to."""
    return RelatedList(
        page,
        record_class=Lesson,
        form=fields.LESSON,
        owner_key=owner_key,
        columns=[
            (
                translated(QT_TRANSLATE_NOOP("policy_tabs", "Learned on")),
                lambda lesson: day(lesson.learned_on),
            ),
            (
                translated(QT_TRANSLATE_NOOP("policy_tabs", "What was learned")),
                lambda lesson: _short(lesson.learned),
            ),
            (
                translated(QT_TRANSLATE_NOOP("policy_tabs", "Bureau")),
                lambda lesson: bureau_name(lesson.bureau),
            ),
            (
                translated(QT_TRANSLATE_NOOP("policy_tabs", "Policy action")),
                lambda lesson: _short(lesson.action),
            ),
            (
                translated(QT_TRANSLATE_NOOP("policy_tabs", "Status")),
                lambda lesson: RecordTableModel.display("enum", lesson.action_status),
            ),
        ],
        load=lambda s, owner: lessons_of(s, **{owner_key: owner}),
        empty=translated(
            QT_TRANSLATE_NOOP(
                "policy_tabs",
                "No lesson recorded yet: what was learned here, and the policy action it led to.",
            )
        ),
        describe=lambda lesson: _short(lesson.learned, 60),
        starts_with=lambda: {"learned_on": CLOCK.today()},
    )
