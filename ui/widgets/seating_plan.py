"""A meeting's Seating tab: the plan drawn, people moved by drag and drop or swapped with the
keyboard, every change saved with the meeting and undoable, the warnings with their rules.

Keys on the plan: the arrow keys move from seat to seat, Space picks the person in a seat and
Space on another seat swaps the two (Escape lets go).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cityapp.labels import choice_label
from cityapp.models.enums import SeatingLayout
from cityapp.seating import Plan, spots
from cityapp.services.seating import (
    SeatingView,
    acknowledge,
    drop_seating,
    save_seating,
    seating_of,
    swapped,
)
from ui import language
from ui.actions import read, run_action
from ui.i18n import translated
from ui.undo import RecordCommand, push
from ui.widgets.when_shown import LoadsWhenShown
from ui.widgets.wrapping_tabs import FlowLayout

SEAT_W, SEAT_H, STEP_X, STEP_Y = 120.0, 46.0, 132.0, 40.0
OURS = QColor("#e8f0fa")
THEIRS = QColor("#ffffff")
PICKED = QColor("#ffd966")
FOCUS = QColor("#1f5fbf")


class SeatingChange(RecordCommand):
    """One change of a meeting's plan, saved; undone by saving the plan as it was before."""

    def __init__(self, ctx, parent, text, meeting_id: int, before: Plan | None, after: Plan):
        from cityapp.models import SeatingPlan

        super().__init__(ctx, parent, text, SeatingPlan)
        self.meeting_id, self.before, self.after = meeting_id, before, after

    def forward(self, session):
        return save_seating(session, self.meeting_id, self.after)

    def backward(self, session):
        if self.before is None:
            drop_seating(session, self.meeting_id)
            return True
        return save_seating(session, self.meeting_id, self.before)


class PlanView(QGraphicsView):
    """The plan drawn to scale; a seat is dragged onto another, or swapped by keyboard."""

    swap = Signal(tuple, tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.boxes: dict[tuple[int, int], QGraphicsRectItem] = {}
        self.names: dict[tuple[int, int], str] = {}
        self.current: tuple[int, int] | None = None
        self.picked: tuple[int, int] | None = None
        self._pressed: tuple[int, int] | None = None

    def show_plan(self, view: SeatingView, names: dict[int, tuple[str, bool]]) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes, self.names = {}, {}
        occupant = {seat: a for a, seat in view.plan.seats.items()}
        placed = spots(view.plan, view.sitters)
        self._tables(view, placed)
        for spot in placed:
            seat = (spot.table, spot.seat)
            x, y = spot.x * STEP_X, spot.y * STEP_Y * 1.6
            box = scene.addRect(QRectF(x, y, SEAT_W, SEAT_H), QPen(QColor("#777777")))
            attendee = occupant.get(seat)
            name, ours = names.get(attendee, ("", False)) if attendee is not None else ("", False)
            box.setBrush(QBrush(OURS if ours and name else THEIRS))
            if not name:
                box.setPen(QPen(QColor("#bbbbbb"), 1, Qt.PenStyle.DashLine))
            label = QGraphicsSimpleTextItem(name, box)
            label.setFont(QFont(self.font().family(), 8))
            label.setPos(x + 4, y + 4)
            box.setData(0, seat)
            self.boxes[seat] = box
            self.names[seat] = name
        if self.current not in self.boxes:
            self.current = next(iter(sorted(self.boxes)), None)
        self.picked = None
        self._paint_focus()
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def _tables(self, view: SeatingView, placed) -> None:
        """The tables under the seats, in grey: one long table for talks, a round or long one
        for each banquet table; a ceremony has rows and no table."""
        grey, scene = QBrush(QColor("#d9d9d9")), self.scene()
        layout = view.plan.layout
        if layout is SeatingLayout.TALKS:
            front = [p for p in placed if p.table in (1, 2)]
            right = max(p.x for p in front) * STEP_X + SEAT_W
            top, bottom = SEAT_H + 8, 3 * STEP_Y * 1.6 - 8
            scene.addRect(QRectF(0, top, right, bottom - top), QPen(Qt.PenStyle.NoPen), grey)
        elif layout in (SeatingLayout.ROUND, SeatingLayout.LONG):
            for table in sorted({p.table for p in placed}):
                mine = [p for p in placed if p.table == table]
                xs = [p.x * STEP_X for p in mine]
                ys = [p.y * STEP_Y * 1.6 for p in mine]
                box = QRectF(
                    min(xs) + SEAT_W * 0.6,
                    min(ys) + SEAT_H + 4,
                    max(max(xs) - min(xs) - SEAT_W * 0.2, SEAT_W),
                    max(max(ys) - min(ys) - SEAT_H - 8, SEAT_H),
                )
                if layout is SeatingLayout.ROUND:
                    scene.addEllipse(box, QPen(Qt.PenStyle.NoPen), grey)
                else:
                    scene.addRect(box, QPen(Qt.PenStyle.NoPen), grey)
                label = scene.addSimpleText(self.tr("Table {n}").format(n=table))
                label.setPos(box.center() - QPointF(24, 8))

    def _paint_focus(self) -> None:
        for seat, box in self.boxes.items():
            pen = QPen(QColor("#777777"))
            if seat == self.current:
                pen = QPen(FOCUS, 3)
            box.setPen(pen)
            if seat == self.picked:
                box.setBrush(QBrush(PICKED))

    def seat_at(self, pos) -> tuple[int, int] | None:
        for item in self.items(pos):
            seat = (
                item.data(0)
                if item.data(0) is not None
                else (item.parentItem().data(0) if item.parentItem() is not None else None)
            )
            if seat is not None:
                return tuple(seat)
        return None

    # Drag and drop: press on a seat, release on another.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.seat_at(event.position().toPoint())
        if self._pressed is not None:
            self.current = self._pressed
            self._paint_focus()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        target = self.seat_at(event.position().toPoint())
        if self._pressed is not None and target is not None and target != self._pressed:
            self.swap.emit(self._pressed, target)
        self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: QPointF(-1, 0),
            Qt.Key.Key_Right: QPointF(1, 0),
            Qt.Key.Key_Up: QPointF(0, -1),
            Qt.Key.Key_Down: QPointF(0, 1),
        }
        if key in moves and self.current is not None:
            self.current = self._nearest(moves[key])
            self._paint_focus()
            return
        if key == Qt.Key.Key_Space and self.current is not None:
            if self.picked is None:
                self.picked = self.current
                self._paint_focus()
            elif self.picked != self.current:
                first, self.picked = self.picked, None
                self.swap.emit(first, self.current)
            return
        if key == Qt.Key.Key_Escape and self.picked is not None:
            self.picked = None
            self._paint_focus()
            return
        super().keyPressEvent(event)

    def _nearest(self, direction: QPointF) -> tuple[int, int]:
        here = self.boxes[self.current].rect().center()
        best, best_score = self.current, None
        for seat, box in self.boxes.items():
            delta = box.rect().center() - here
            along = delta.x() * direction.x() + delta.y() * direction.y()
            if along <= 1:
                continue
            across = abs(delta.x() * direction.y()) + abs(delta.y() * direction.x())
            score = along + 2 * across
            if best_score is None or score < best_score:
                best, best_score = seat, score
        return best


class SeatingTab(LoadsWhenShown, QWidget):
    changed = Signal()

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        self.meeting_id: int | None = None
        self.view: SeatingView | None = None
        self.layout_box = QComboBox(self)
        for layout in SeatingLayout:
            self.layout_box.addItem(translated(choice_label(layout)), layout)
        self.tables = QSpinBox(self)
        self.tables.setRange(1, 50)
        self.per_table = QSpinBox(self)
        self.per_table.setRange(2, 40)
        self.together = QCheckBox(self.tr("Keep each delegation at one table"), self)
        self.propose_button = QPushButton(self.tr("&Propose from precedence"), self)
        self.propose_button.setToolTip(
            self.tr("Seat everyone again from the order of precedence in this layout")
        )
        self.propose_button.clicked.connect(self.propose)
        self.state = QLabel(self)
        # The controls wrap onto a second row in a narrow panel (Japanese captions are long):
        # the tab never makes the meeting's panel wider than its form.
        controls = QWidget(self)
        flow = FlowLayout(controls, spacing=8)
        for label, widget in (
            (self.tr("Layout"), self.layout_box),
            (self.tr("Tables"), self.tables),
            (self.tr("Seats a table"), self.per_table),
        ):
            pair = QWidget(controls)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(label, pair)
            caption.setBuddy(widget)
            widget.setParent(pair)
            row.addWidget(caption)
            row.addWidget(widget)
            flow.addWidget(pair)
        flow.addWidget(self.together)
        flow.addWidget(self.propose_button)
        self.plan = PlanView(self)
        self.plan.swap.connect(self.swap)
        self.warnings = QListWidget(self)
        self.warnings.setMaximumHeight(110)
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge…"), self)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        hint = QLabel(
            self.tr(
                "Drag a person onto another seat, or: arrow keys to a seat, Space to pick, "
                "Space on another seat to swap. Ctrl+Z undoes."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(controls)
        layout.addWidget(self.state)
        layout.addWidget(self.plan, 1)
        layout.addWidget(hint)
        warn = QHBoxLayout()
        warn.addWidget(self.warnings, 1)
        warn.addWidget(self.acknowledge_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(warn)
        self.together.toggled.connect(self._together_changed)

    def set_owner(self, meeting_id: int | None) -> None:
        """The meeting whose plan this is: read when the tab is looked at, not with every
        meeting selected behind it."""
        self.meeting_id = meeting_id
        self.load_when_shown()

    def load_now(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.meeting_id is None:
            self.view = None
            self.plan.scene().clear()
            self.warnings.clear()
            return
        meeting_id = self.meeting_id
        self.view = read(self.ctx, lambda s: seating_of(s, meeting_id, language.current()))
        self._show()

    def _show(self) -> None:
        view = self.view
        if view is None:
            return
        for widget in (self.layout_box, self.tables, self.per_table, self.together):
            widget.blockSignals(True)
        self.layout_box.setCurrentIndex(self.layout_box.findData(view.plan.layout))
        self.tables.setValue(view.plan.tables)
        self.per_table.setValue(view.plan.per_table)
        self.together.setChecked(view.plan.keep_delegations_together)
        for widget in (self.layout_box, self.tables, self.per_table, self.together):
            widget.blockSignals(False)
        self.state.setText(
            self.tr("Saved with the meeting.")
            if view.saved
            else self.tr("Proposed from the order of precedence; a change saves it.")
        )
        names = {s.attendee_id: (s.name, s.ours) for s in view.sitters}
        self.plan.show_plan(view, names)
        self.warnings.clear()
        for warning in view.warnings:
            note = view.acknowledged.get(warning.key)
            text = f"{translated(warning.rule)} {warning.detail}"
            if note is not None:
                text += " — " + self.tr("acknowledged: {note}").format(note=note)
            item = QListWidgetItem(("✓ " if note is not None else "⚠ ") + text)
            item.setData(Qt.ItemDataRole.UserRole, warning.key)
            self.warnings.addItem(item)
        if not view.warnings:
            self.warnings.addItem(self.tr("No rule is broken."))

    def _change(self, text: str, after: Plan) -> bool:
        if self.meeting_id is None or self.view is None:
            return False
        before = self.view.plan if self.view.saved else None
        command = SeatingChange(self.ctx, self, text, self.meeting_id, before, after)
        if not push(self.page.undo_stack, command):
            return False
        self.reload()
        return True

    def swap(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        if self.view is None:
            return False
        return self._change(self.tr("Swap seats"), swapped(self.view.plan, first, second))

    def propose(self) -> bool:
        if self.meeting_id is None:
            return False
        meeting_id = self.meeting_id
        layout = self.layout_box.currentData()
        tables, per_table = self.tables.value(), self.per_table.value()
        fresh = read(
            self.ctx,
            lambda s: seating_of(
                s, meeting_id, language.current(), layout=layout, tables=tables, per_table=per_table
            ),
        )
        fresh.plan.keep_delegations_together = self.together.isChecked()
        return self._change(self.tr("Propose a seating plan"), fresh.plan)

    def _together_changed(self, checked: bool) -> None:
        if self.view is None:
            return
        plan = self.view.plan
        after = Plan(plan.layout, plan.tables, plan.per_table, checked, dict(plan.seats))
        self._change(self.tr("Keep delegations together"), after)

    def acknowledge_selected(self) -> bool:
        from ui.dialogs.note import NoteDialog

        item = self.warnings.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key is None or self.meeting_id is None:
            return False
        if self.view is not None and not self.view.saved:
            self._change(self.tr("Save the seating plan"), self.view.plan)
        note = NoteDialog.ask(self, item.text())
        if note is None:
            return False
        meeting_id, actor = self.meeting_id, self.ctx.database.actor
        done = run_action(
            self.ctx,
            self,
            self.tr("Acknowledge a seating warning"),
            lambda s: acknowledge(s, meeting_id, key, note, actor) or True,
        )
        self.reload()
        return done is not None
