"""The Dashboard: the strategy's targets, the objectives, relationship health, what is coming
up, and the partner cities on a map.

Each tab computes what it shows when it is first looked at; a change to the records marks every
tab out of date and refreshes the one on screen, so the window stays quick however many tabs
there are.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cityapp.changes import ChangeSet
from cityapp.clock import CLOCK
from cityapp.fields import TARGET
from cityapp.models import City, Target
from cityapp.services.commitments import gifts_to_declare, overdue_by_owner
from cityapp.services.health import EXPLANATION, Health, office_health
from cityapp.services.objectives import KINDS, objective_items, objective_summaries
from cityapp.services.records import editable_values
from cityapp.services.relations import agreements_coming_up, trips_ahead
from cityapp.services.strategy import TargetProgress, target_progress
from ui import semantic
from ui.actions import read
from ui.context import AppContext
from ui.dialogs.messages import ConfirmDialog
from ui.dialogs.target import TargetDialog
from ui.undo import CreateRecord, DeleteRecord, EditRecord, push
from ui.views.record_page import ref_choices
from ui.widgets.charts import KIND_LABELS, ChartPanel, objective_chart, recent_years, target_chart
from ui.widgets.link_table import LinkTable, number_item, open_link
from ui.widgets.world_map import MapCity, WorldMap

HORIZON_DAYS = 90
EDITED = {f.key for f in TARGET.fields} | {"milestones", "rule"}


def _fit_height(table: QTableWidget) -> None:
    """A short table as tall as its rows, so the space goes to the chart."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(
        rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    )


def heading(text: str, parent: QWidget) -> QLabel:
    return QLabel(f"<h3>{text}</h3>", parent)


def _box(parent: QWidget, title: str, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading(title, box))
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, QTableWidget) else 0)
    return box


# ---------------------------------------------------------------------------------------------


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

    def refresh(self, today: date) -> None:
        keep = self.keep if self.keep is not None else self.choice.currentData()
        self.keep = None
        self.progress = read(self.page.ctx, lambda s: target_progress(s, today))
        self.choice.blockSignals(True)
        self.choice.clear()
        for p in self.progress:
            self.choice.addItem(f"{p.title} ({p.deadline.isoformat()})", p.target_id)
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
        chosen = TargetDialog.ask(self, self.tr("New target"), ref_choices(self.page.ctx), values)
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
            ref_choices(self.page.ctx),
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
            self.tr("at the deadline {day}").format(day=p.deadline.isoformat())
            if past
            else self.tr("on {day}, deadline {deadline}").format(
                day=p.as_of.isoformat(), deadline=p.deadline.isoformat()
            )
        )
        marks = " · ".join(
            f"{m.on.isoformat()}: {m.count}"
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
        self.rule.setText(self.tr("A city counts with {rule}.").format(rule=p.rule_words))
        self.chart.set_chart(target_chart(p))
        self.counting.fill([([name], ("city", c)) for c, name in p.counting])
        self.near.fill([([name, why], ("city", c)) for c, name, why in p.near])
        self.counting_title.setText(
            "<b>" + self.tr("Cities counting today ({n})").format(n=len(p.counting)) + "</b>"
        )
        self.near_title.setText(
            "<b>" + self.tr("One step away ({n})").format(n=len(p.near)) + "</b>"
        )


# ---------------------------------------------------------------------------------------------


class ObjectivesTab(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.summaries: list = []
        self.today = CLOCK.today()
        self.overview = LinkTable(
            [
                self.tr("Objective"),
                self.tr("Trips and visits"),
                self.tr("Meetings"),
                self.tr("Agreements"),
                self.tr("Commitments"),
            ],
            self,
        )
        self.overview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.overview.horizontalHeader().setStretchLastSection(False)
        self.overview.itemSelectionChanged.connect(self._show)
        self.by_year = QTableWidget(0, 0, self)
        self.by_year.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.by_year.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.chart = ChartPanel("objective-by-year", self)
        self.items = LinkTable([self.tr("Date"), self.tr("Kind"), self.tr("What")], self)
        self.items_title = QLabel(self)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.chart)
        right = QWidget(lower)
        inner = QVBoxLayout(right)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.items_title)
        inner.addWidget(self.items, 1)
        lower.addWidget(right)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(QLabel("<b>" + self.tr("By year") + "</b>", self))
        layout.addWidget(self.by_year)
        layout.addWidget(lower, 1)

    def refresh(self, today: date) -> None:
        self.today = today
        keep = self.overview.currentRow()
        self.summaries = read(self.page.ctx, objective_summaries)
        self.overview.fill(
            [
                (
                    [f"{o.number}. {o.title}", *[o.total(k) for k in KINDS]],
                    None,
                )
                for o in self.summaries
            ]
        )
        _fit_height(self.overview)
        if self.summaries:
            self.overview.selectRow(keep if 0 <= keep < len(self.summaries) else 0)
        self._show()

    def _show(self) -> None:
        row = self.overview.currentRow()
        if not (0 <= row < len(self.summaries)):
            return
        o = self.summaries[row]
        years = recent_years(self.today, 10)
        self.by_year.setColumnCount(len(years) + 2)
        self.by_year.setRowCount(len(KINDS))
        self.by_year.setHorizontalHeaderLabels(
            [self.tr("Earlier"), *[str(y) for y in years], self.tr("Total")]
        )
        self.by_year.setVerticalHeaderLabels([self.tr(KIND_LABELS[k]) for k in KINDS])
        for i, kind in enumerate(KINDS):
            counts = o.counts.get(kind, {})
            earlier = sum(n for y, n in counts.items() if y < years[0])
            later = sum(n for y, n in counts.items() if y > years[-1])  # planned ahead
            values = [earlier, *[counts.get(y, 0) for y in years], o.total(kind)]
            for j, value in enumerate(values):
                item = QTableWidgetItem(str(value) if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if j == len(values) - 1 and later:
                    item.setToolTip(self.tr("{n} of them planned ahead").format(n=later))
                self.by_year.setItem(i, j, item)
        _fit_height(self.by_year)
        self.chart.set_chart(objective_chart(o, years))
        items = read(self.page.ctx, lambda s: objective_items(s, o.objective_id))
        kinds = {
            "trip": self.tr("Trip or visit"),
            "meeting": self.tr("Meeting"),
            "agreement": self.tr("Agreement"),
            "commitment": self.tr("Commitment"),
        }
        self.items.fill(
            [
                (
                    [i.day.isoformat() if i.day else "", kinds[i.kind], i.title],
                    (i.kind, i.record_id),
                )
                for i in items
            ]
        )
        self.items_title.setText(
            "<b>" + self.tr("What serves it, newest first ({n})").format(n=len(items)) + "</b>"
        )


# ---------------------------------------------------------------------------------------------


class HealthTab(QWidget):
    PARTS = ("Recency", "Cadence", "Reciprocity", "Commitments", "Agreements")

    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.health: list[Health] = []
        headers = [
            self.tr("City"),
            self.tr("Country"),
            self.tr("Level"),
            self.tr("Score"),
            *[self.tr(p) for p in self.PARTS],
            self.tr("Reasons"),
        ]
        self.table = LinkTable(headers, self, sortable=True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeaderItem(3).setToolTip(EXPLANATION)
        self.explain_button = QPushButton(self.tr("How is the score computed?"), self)
        self.explain_button.setCheckable(True)
        self.explanation = QLabel(EXPLANATION, self)
        self.explanation.setWordWrap(True)
        self.explanation.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation.setMargin(8)
        self.explanation.setVisible(False)
        self.explain_button.toggled.connect(self.explanation.setVisible)
        self.counts = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.explain_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)

    def refresh(self, today: date) -> None:
        self.health = read(self.page.ctx, lambda s: office_health(s, today))
        self.table.fill([(self._cells(h), ("city", h.city_id)) for h in self.health])
        by_band = {"strong": 0, "fair": 0, "weak": 0}
        for h in self.health:
            by_band[h.band] += 1
        self.counts.setText(
            self.tr(
                "{n} partner cities: <span style='color:{g}'>{strong} strong</span>, "
                "<span style='color:{a}'>{fair} fair</span>, "
                "<span style='color:{r}'>{weak} weak</span>. Weakest first; click a heading "
                "to sort, Enter opens the city."
            ).format(
                n=len(self.health),
                g=semantic.band_color("strong").name(),
                a=semantic.band_color("fair").name(),
                r=semantic.band_color("weak").name(),
                **by_band,
            )
        )

    def _cells(self, h: Health) -> list[Any]:
        score = number_item(h.score)
        score.setForeground(semantic.band_color(h.band))
        score.setToolTip(f"{h.score}/100 ({self.tr(h.band)})\n" + h.reasons.replace("; ", "\n"))
        font = score.font()
        font.setBold(True)
        score.setFont(font)
        parts = []
        for name in self.PARTS:
            part = h.part(name)
            item = number_item(part.points)
            item.setToolTip(f"{part.points}/{part.out_of}: {part.why}")
            parts.append(item)
        return [h.city, h.country_code, self.tr(h.level), score, *parts, h.reasons]


def _overdue(count: int) -> QTableWidgetItem:
    item = number_item(count)
    item.setForeground(semantic.color("overdue"))
    return item


# ---------------------------------------------------------------------------------------------


class ComingUpTab(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.summary = QLabel(self)
        self.trips = LinkTable(
            [
                self.tr("Starts"),
                self.tr("Ends"),
                self.tr("Direction"),
                self.tr("Status"),
                self.tr("Trip or visit"),
            ],
            self,
        )
        self.trips_empty = QLabel(self)
        self.agreements = LinkTable([self.tr("Date"), self.tr("City"), self.tr("What")], self)
        self.agreements_empty = QLabel(self)
        self.overdue = LinkTable(
            [self.tr("Owner"), self.tr("Side"), self.tr("Overdue"), self.tr("Oldest due")],
            self,
            sortable=True,
        )
        self.overdue.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.overdue_note = QLabel(self)
        self.gifts = LinkTable(
            [self.tr("Received"), self.tr("Gift"), self.tr("Value (¥)"), self.tr("From")], self
        )
        self.gifts_empty = QLabel(self)
        grid = QGridLayout(self)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(_box(self, self.tr("Trips and visits"), self.trips, self.trips_empty), 1, 0)
        grid.addWidget(
            _box(
                self,
                self.tr("Agreement anniversaries and expiries"),
                self.agreements,
                self.agreements_empty,
            ),
            1,
            1,
        )
        grid.addWidget(
            _box(self, self.tr("Overdue commitments by owner"), self.overdue, self.overdue_note),
            2,
            0,
        )
        grid.addWidget(
            _box(self, self.tr("Gifts waiting for a declaration"), self.gifts, self.gifts_empty),
            2,
            1,
        )

    def refresh(self, today: date) -> None:
        ctx = self.page.ctx
        trips = read(ctx, lambda s: trips_ahead(s, today, HORIZON_DAYS))
        dates = read(ctx, lambda s: agreements_coming_up(s, today, HORIZON_DAYS))
        owners, total_owners = read(ctx, lambda s: overdue_by_owner(s, today))
        gifts = read(ctx, gifts_to_declare)
        self.summary.setText(
            self.tr(
                "The next {days} days, from {today}; overdue and undeclared as of today."
            ).format(days=HORIZON_DAYS, today=today.isoformat())
        )
        self.trips.fill(
            [
                (
                    [
                        t.start.isoformat(),
                        t.end.isoformat(),
                        self.tr(t.direction.capitalize()),
                        self.tr(t.status.capitalize()),
                        t.title,
                    ],
                    ("trip", t.trip_id),
                )
                for t in trips
            ]
        )
        self.agreements.fill(
            [([c.day.isoformat(), c.city, c.what], ("agreement", c.agreement_id)) for c in dates]
        )
        sides = {"ours": self.tr("Ours"), "theirs": self.tr("Theirs"), "joint": self.tr("Joint")}
        self.overdue.fill(
            [
                (
                    [
                        o.owner,
                        sides.get(o.side, o.side),
                        _overdue(o.count),
                        o.oldest_due.isoformat(),
                    ],
                    ("commitment", o.oldest_id),
                )
                for o in owners
            ]
        )
        if not owners:
            self.overdue_note.setText(self.tr("Nothing overdue."))
        elif total_owners > len(owners):
            self.overdue_note.setText(
                self.tr(
                    "The {shown} owners with most overdue of {total}; the Commitments page "
                    "lists them all (Overdue only)."
                ).format(shown=len(owners), total=total_owners)
            )
        else:
            self.overdue_note.setText(self.tr("Enter opens the owner's oldest overdue commitment."))
        self.gifts.fill(
            [
                (
                    [g.exchanged_on.isoformat(), g.description, f"{g.value_jpy:,}", g.counterpart],
                    ("meeting", g.meeting_id) if g.meeting_id else None,
                )
                for g in gifts
            ]
        )
        self.trips_empty.setText(
            self.tr("No trips or visits in the next {days} days.").format(days=HORIZON_DAYS)
        )
        self.trips_empty.setVisible(not trips)
        self.agreements_empty.setText(
            self.tr("No five-yearly anniversaries or expiries in the next {days} days.").format(
                days=HORIZON_DAYS
            )
        )
        self.agreements_empty.setVisible(not dates)
        self.gifts_empty.setText(self.tr("Every gift above the threshold is declared."))
        self.gifts_empty.setVisible(not gifts)


# ---------------------------------------------------------------------------------------------


class MapTab(QWidget):
    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page
        self.map = WorldMap(self)
        self.map.city_activated.connect(lambda city_id: open_link(self, "city", city_id))
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)

    def refresh(self, today: date) -> None:
        rows = read(
            self.page.ctx,
            lambda s: (
                s.execute(City.__table__.select().where(City.is_home.is_(False))).mappings().all()
            ),
        )
        cities = [
            MapCity(
                r["id"],
                r["name_en"],
                r["latitude"],
                r["longitude"],
                str(r["relationship_level"]),
            )
            for r in rows
            if r["latitude"] is not None and r["longitude"] is not None
        ]
        self.map.set_cities(cities)
        levels = ["partner", "sister", "friendship", "contact", "none"]
        counts = {lv: sum(1 for c in cities if c.level == lv) for lv in levels}
        self.legend.setText(
            "&nbsp;&nbsp;".join(
                f"<span style='color:{semantic.level_color(lv).name()}'>●</span> "
                f"{self.tr(lv.capitalize())} ({counts[lv]})"
                for lv in levels
            )
        )
        missing = len(rows) - len(cities)
        parts = []
        if missing:
            parts.append(
                self.tr("{n} cities have no coordinates and are not shown.").format(n=missing)
            )
        if not self.map.has_outlines:
            parts.append(self.tr("The world outlines are missing from this installation."))
        parts.append(self.tr("Click a city to open it."))
        self.note.setText(" ".join(parts))


# ---------------------------------------------------------------------------------------------


class DashboardPage(QWidget):
    # What the targets, objectives, health, coming-up and map tabs are computed from.
    SHOWS = frozenset(
        {
            "city",
            "agreement",
            "network",
            "network_membership",
            "trip",
            "itinerary_item",
            "meeting",
            "commitment",
            "commitment_progress",
            "objective",
            "target",
        }
    )
    key = "dashboard"
    TABS = ("targets", "objectives", "health", "coming_up", "map")

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.title = self.tr("Dashboard")
        self.targets = TargetsTab(self)
        self.objectives = ObjectivesTab(self)
        self.health = HealthTab(self)
        self.coming_up = ComingUpTab(self)
        self.map = MapTab(self)
        self.tabs = QTabWidget(self)
        for tab, label in (
            (self.targets, self.tr("&Targets")),
            (self.objectives, self.tr("&Objectives")),
            (self.health, self.tr("Relationship &health")),
            (self.coming_up, self.tr("&Coming up")),
            (self.map, self.tr("&Map")),
        ):
            self.tabs.addTab(tab, label)
        self.stale = set(self.TABS)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_shown())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 12)
        layout.addWidget(QLabel(f"<h2>{self.title}</h2>", self))
        layout.addWidget(self.tabs, 1)
        ctx.database_changed.connect(self.data_changed)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.SHOWS):
            self.data_changed()

    # Trips and agreements coming up, as before (tests and callers reach them here).
    @property
    def trips(self) -> LinkTable:
        return self.coming_up.trips

    @property
    def agreements(self) -> LinkTable:
        return self.coming_up.agreements

    @property
    def agreements_empty(self) -> QLabel:
        return self.coming_up.agreements_empty

    def tab(self, key: str) -> QWidget:
        return getattr(self, key)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.tab(key))
        self._refresh_shown()

    def current_key(self) -> str:
        return self.TABS[self.tabs.currentIndex()]

    def data_changed(self) -> None:
        self.stale = set(self.TABS)
        if self.isVisible():
            self._refresh_shown()

    def reload(self) -> None:
        """Everything out of date; the tab on screen is computed again now."""
        self.stale = set(self.TABS)
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        key = self.current_key()
        if key in self.stale:
            self.stale.discard(key)
            self.tab(key).refresh(CLOCK.today())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_shown()
