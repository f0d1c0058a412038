"""The Targets tab: progress toward each target, by year, with a chart."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cityapp.clock import CLOCK
from cityapp.fields import TARGET
from cityapp.models import Target
from cityapp.services import dashboard
from cityapp.services.records import editable_values
from cityapp.services.strategy import TargetProgress
from ui import semantic
from ui.actions import read
from ui.dialogs.messages import ConfirmDialog
from ui.dialogs.target import TargetDialog
from ui.i18n import day, translated
from ui.models.rows import Row
from ui.undo import CreateRecord, DeleteRecord, EditRecord, push
from ui.views.record_page import RefChoices
from ui.widgets.charts import ChartPanel, target_chart
from ui.widgets.link_table import LinkTable

from .common import EDITED

if TYPE_CHECKING:
    from .page import DashboardPage


class TargetsTab(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.progress: list[TargetProgress] = []
        self.keep: int | None = None  # the target to show after the next refresh
        self.choice = QComboBox(self)
        self.choice.currentIndexChanged.connect(self._show)
        choose = QLabel(self.tr("&Target:"), self)
        choose.setBuddy(self.choice)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setToolTip(
            self.tr(
                "Progress is computed from the records, never typed in: agreements in force, "
                "meetings and visits with their dates, and relationship levels from the day "
                "they were recorded (the audit trail keeps their history)."
            )
        )
        self.chart = ChartPanel("target-progress", self)
        self.counting = LinkTable([self.tr("City")], self, sortable=True)
        self.counting.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.near = LinkTable([self.tr("City"), self.tr("What would make it count")], self)
        self.counting_title = QLabel(self)
        self.near_title = QLabel(self)
        self.empty = QLabel(
            self.tr("No targets recorded. Targets come with the strategy (see the demo database)."),
            self,
        )
        self.new_button = QPushButton(self.tr("&New target…"), self)
        self.new_button.clicked.connect(self.new_target)
        self.edit_button = QPushButton(self.tr("&Edit target…"), self)
        self.edit_button.clicked.connect(self.edit_target)
        self.delete_button = QPushButton(self.tr("&Delete target"), self)
        self.delete_button.clicked.connect(self.delete_target)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.choice, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        lists = QSplitter(Qt.Orientation.Horizontal, self)
        for title, table in ((self.counting_title, self.counting), (self.near_title, self.near)):
            box = QWidget(lists)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(title)
            inner.addWidget(table, 1)
            lists.addWidget(box)
        lists.setStretchFactor(0, 1)
        lists.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.chart)
        body.addWidget(lists)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.rule)
        layout.addWidget(self.empty)
        layout.addWidget(body, 1)
        self.body = body

    # Worked out over the whole office by a worker, unless nothing changed since last time.
    figures = staticmethod(dashboard.targets)
    cached_figures = staticmethod(dashboard.cached_targets)

    def working(self, failed: bool = False) -> None:
        """The figures are being worked out (or could not be): say so where they will appear."""
        self.empty.setVisible(False)  # not known yet
        self.summary.setText(
            self.tr("The progress could not be worked out; F5 tries again.")
            if failed
            else self.tr("Working out the progress toward each target…")
        )

    def show_figures(self, progress: list[TargetProgress], today: date) -> None:
        keep = self.keep if self.keep is not None else self.choice.currentData()
        self.keep = None
        self.progress = progress
        self.choice.blockSignals(True)
        self.choice.clear()
        for p in self.progress:
            self.choice.addItem(f"{p.title} ({day(p.deadline)})", p.target_id)
        index = self.choice.findData(keep)
        self.choice.setCurrentIndex(index if index >= 0 else 0)
        self.choice.blockSignals(False)
        self.empty.setVisible(not self.progress)
        self.body.setVisible(bool(self.progress))
        self.edit_button.setEnabled(bool(self.progress))
        self.delete_button.setEnabled(bool(self.progress))
        self._show()

    # Targets are records: added, edited and deleted with undo, like any other.

    def _command_args(self, text: str) -> tuple:
        return (self.page.ctx, self, text, Target)

    def new_target(self) -> bool:
        values = {"target_count": 30, "deadline": date(CLOCK.today().year + 5, 12, 31)}
        values["rule"] = {"any": [{"agreement_in_force": True}]}
        chosen = TargetDialog.ask(self, self.tr("New target"), RefChoices(self.page.ctx), values)
        if chosen is None:
            return False
        command = CreateRecord(
            *self._command_args(self.tr("Add target")), values=chosen, form=TARGET
        )
        if push(self.page.undo_stack, command):
            self.keep = command.record_id
            self.page.reload()
            return True
        return False

    def _record(self) -> Target | None:
        p = self.current()
        return read(self.page.ctx, lambda s: s.get(Target, p.target_id)) if p else None

    def edit_target(self) -> bool:
        target = self._record()
        if target is None:
            return False
        old = {k: v for k, v in editable_values(target).items() if k in EDITED}
        chosen = TargetDialog.ask(
            self,
            self.tr("Edit {title}").format(title=target.title),
            RefChoices(self.page.ctx),
            old,
        )
        if chosen is None or chosen == old:
            return False
        command = EditRecord(
            *self._command_args(self.tr("Edit {title}").format(title=target.title)),
            on_conflict=self.page.reload,
            record_id=target.id,
            version=target.version,
            old=old,
            new=chosen,
            form=TARGET,
        )
        if push(self.page.undo_stack, command):
            self.keep = target.id
            self.page.reload()
            return True
        return False

    def delete_target(self) -> bool:
        target = self._record()
        if target is None or not ConfirmDialog.ask(
            self,
            self.tr("Delete target"),
            self.tr("Delete the target “{title}”? Undo (Ctrl+Z) brings it back.").format(
                title=target.title
            ),
        ):
            return False
        command = DeleteRecord(
            *self._command_args(self.tr("Delete {title}").format(title=target.title)),
            record_id=target.id,
            version=target.version,
        )
        if push(self.page.undo_stack, command):
            self.page.reload()
            return True
        return False

    def current(self) -> TargetProgress | None:
        i = self.choice.currentIndex()
        return self.progress[i] if 0 <= i < len(self.progress) else None

    def _show(self) -> None:
        p = self.current()
        if p is None:
            self.summary.clear()
            self.rule.clear()
            return
        past = p.deadline < p.as_of
        state = (
            self.tr("reached")
            if p.done
            else self.tr("not reached, {n} short").format(n=p.target_count - p.result)
        )
        colour = semantic.color("done" if p.done else "overdue" if past else "soon").name()
        when = (
            self.tr("at the deadline {day}").format(day=day(p.deadline))
            if past
            else self.tr("on {day}, deadline {deadline}").format(
                day=day(p.as_of), deadline=day(p.deadline)
            )
        )
        marks = " · ".join(
            f"{day(m.on)}: {m.count}"
            + ("" if m.reached is None else f" ({m.reached} {'✓' if m.met else '✗'})")
            for m in p.milestones
        )
        text = self.tr(
            "<b>{reached}</b> of <b>{goal}</b> cities {when}: "
            "<span style='color:{colour}'><b>{state}</b></span>."
        ).format(reached=p.result, goal=p.target_count, when=when, colour=colour, state=state)
        if past:
            text += " " + self.tr("{n} count today.").format(n=p.reached)
        text += "<br>" + self.tr("Milestones: {marks}").format(marks=marks)
        self.summary.setText(text)
        self.rule.setText(
            self.tr("A city counts with {rule}.").format(rule=translated(p.rule_words))
        )
        self.chart.set_chart(target_chart(p))
        self.counting.fill([Row([name], ("city", c)) for c, name in p.counting])
        self.near.fill([Row([name, translated(why)], ("city", c)) for c, name, why in p.near])
        self.counting_title.setText(
            "<b>" + self.tr("Cities counting today ({n})").format(n=len(p.counting)) + "</b>"
        )
        self.near_title.setText(
            "<b>" + self.tr("One step away ({n})").format(n=len(p.near)) + "</b>"
        )


# ---------------------------------------------------------------------------------------------
