"""A target of the strategy: its title, number and deadline, milestones, and the rule that
decides which cities count, put together from conditions rather than typed as JSON."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cityapp import fields
from cityapp.errors import UserError
from cityapp.labels import choice_label
from cityapp.models import AgreementKind, MeetingLevel, RelationshipLevel
from cityapp.services.strategy import (
    KNOWN_KEYS,
    check_rule,
    describe_rule,
    format_milestones,
    parse_milestones,
)
from ui import semantic
from ui.i18n import translated
from ui.widgets.inputs import RefProvider
from ui.widgets.record_form import RecordFormWidget

CLAUSE_KEYS = KNOWN_KEYS - {"any", "all"}


def _spin(parent: QWidget, value: int = 5) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1, 50)
    box.setValue(value)
    box.setSuffix(" " + QCoreApplication.translate("TargetDialog", "years"))
    return box


class RuleEditor(QGroupBox):
    """Conditions a city must meet, any or all of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which cities count"))
        self.combine = QComboBox(self)
        self.combine.addItem(self.tr("any of these"), "any")
        self.combine.addItem(self.tr("all of these"), "all")
        self.agreement = QCheckBox(self.tr("An &agreement in force,"), self)
        self.agreement_kind = QComboBox(self)
        self.agreement_kind.addItem(self.tr("of any kind"), None)
        for kind in AgreementKind:
            self.agreement_kind.addItem(translated(choice_label(kind)), kind.value)
        self.meeting = QCheckBox(self.tr("A &meeting in the last"), self)
        self.meeting_years = _spin(self)
        self.meeting_level = QComboBox(self)
        for level in MeetingLevel:
            self.meeting_level.addItem(translated(choice_label(level)), level.value)
        self.visit = QCheckBox(self.tr("A &visit in the last"), self)
        self.visit_years = _spin(self)
        self.visit_direction = QComboBox(self)
        self.visit_direction.addItem(self.tr("either way"), "either")
        self.visit_direction.addItem(self.tr("ours, there"), "outbound")
        self.visit_direction.addItem(self.tr("theirs, here"), "inbound")
        self.level = QCheckBox(self.tr("Relationship &level"), self)
        self.level_minimum = QComboBox(self)
        for level in list(RelationshipLevel)[1:]:
            self.level_minimum.addItem(translated(choice_label(level)), level.value)
        self.level_minimum.setCurrentIndex(1)  # friendship
        self.kept = QLabel(self)
        self.kept.setWordWrap(True)
        self.kept.setVisible(False)
        self.original: dict[str, Any] | None = None

        grid = QGridLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("A city counts with"), self))
        top.addWidget(self.combine)
        top.addStretch(1)
        grid.addLayout(top, 0, 0, 1, 4)
        grid.addWidget(self.agreement, 1, 0)
        grid.addWidget(self.agreement_kind, 1, 1, 1, 2)
        grid.addWidget(self.meeting, 2, 0)
        grid.addWidget(self.meeting_years, 2, 1)
        grid.addWidget(self.meeting_level, 2, 2)
        grid.addWidget(QLabel(self.tr("level or above"), self), 2, 3)
        grid.addWidget(self.visit, 3, 0)
        grid.addWidget(self.visit_years, 3, 1)
        grid.addWidget(self.visit_direction, 3, 2)
        grid.addWidget(self.level, 4, 0)
        grid.addWidget(self.level_minimum, 4, 1)
        grid.addWidget(QLabel(self.tr("or above, from the day it was recorded"), self), 4, 2, 1, 2)
        grid.addWidget(self.kept, 5, 0, 1, 4)

    def widgets(self) -> list[QWidget]:
        return [
            self.combine,
            self.agreement,
            self.agreement_kind,
            self.meeting,
            self.meeting_years,
            self.meeting_level,
            self.visit,
            self.visit_years,
            self.visit_direction,
            self.level,
            self.level_minimum,
        ]

    def set_rule(self, rule: dict[str, Any] | None) -> None:
        """Show a rule; one with nested conditions is kept as it is unless changed here."""
        for box in (self.agreement, self.meeting, self.visit, self.level):
            box.setChecked(False)
        self.original = None
        self.kept.setVisible(False)
        if not rule:
            return
        combine = "all" if "all" in rule else "any"
        clauses = rule.get(combine) if ("any" in rule or "all" in rule) else [rule]
        if not self._show(clauses):
            for box in (self.agreement, self.meeting, self.visit, self.level):
                box.setChecked(False)
            self.original = rule
            self.kept.setText(
                self.tr(
                    "This target's rule nests conditions in a way this editor does not show: "
                    "“{words}”. It is kept as it is unless you tick conditions here."
                ).format(words=describe_rule(rule))
            )
            self.kept.setVisible(True)
            return
        self.combine.setCurrentIndex(self.combine.findData(combine))

    def _show(self, clauses: Any) -> bool:
        if not isinstance(clauses, list):
            return False
        seen: set[str] = set()
        for clause in clauses:
            if not isinstance(clause, dict) or set(clause) - CLAUSE_KEYS:
                return False
            kinds = []
            if clause.get("agreement_in_force"):
                kinds.append("agreement")
                value = clause["agreement_in_force"]
                if isinstance(value, list):
                    if len(value) != 1:
                        return False
                    self.agreement_kind.setCurrentIndex(self.agreement_kind.findData(value[0]))
                else:
                    self.agreement_kind.setCurrentIndex(0)
                self.agreement.setChecked(True)
            if clause.get("head_of_city_meeting_within_years") is not None:
                kinds.append("meeting")
                self.meeting_years.setValue(int(clause["head_of_city_meeting_within_years"]))
                self.meeting_level.setCurrentIndex(
                    self.meeting_level.findData(MeetingLevel.HEAD_OF_CITY.value)
                )
                self.meeting.setChecked(True)
            if clause.get("meeting_within_years") is not None:
                kinds.append("meeting")
                self.meeting_years.setValue(int(clause["meeting_within_years"]))
                level = clause.get("level_at_least", MeetingLevel.WORKING.value)
                self.meeting_level.setCurrentIndex(self.meeting_level.findData(str(level)))
                self.meeting.setChecked(True)
            if clause.get("visit_within_years") is not None:
                kinds.append("visit")
                self.visit_years.setValue(int(clause["visit_within_years"]))
                direction = clause.get("direction", "either")
                self.visit_direction.setCurrentIndex(self.visit_direction.findData(direction))
                self.visit.setChecked(True)
            if clause.get("relationship_level_at_least"):
                kinds.append("level")
                self.level_minimum.setCurrentIndex(
                    self.level_minimum.findData(clause["relationship_level_at_least"])
                )
                self.level.setChecked(True)
            if len(kinds) != 1 or kinds[0] in seen:
                return False
            seen.add(kinds[0])
        return True

    def rule(self) -> dict[str, Any]:
        clauses: list[dict[str, Any]] = []
        if self.level.isChecked():
            clauses.append({"relationship_level_at_least": self.level_minimum.currentData()})
        if self.agreement.isChecked():
            kind = self.agreement_kind.currentData()
            clauses.append({"agreement_in_force": [kind] if kind else True})
        if self.meeting.isChecked():
            level = self.meeting_level.currentData()
            if level == MeetingLevel.HEAD_OF_CITY.value:
                clauses.append({"head_of_city_meeting_within_years": self.meeting_years.value()})
            else:
                clauses.append(
                    {"meeting_within_years": self.meeting_years.value(), "level_at_least": level}
                )
        if self.visit.isChecked():
            clauses.append(
                {
                    "visit_within_years": self.visit_years.value(),
                    "direction": self.visit_direction.currentData(),
                }
            )
        if not clauses and self.original is not None:
            return self.original
        return {self.combine.currentData(): clauses} if clauses else {}


class TargetDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, title: str, provider: RefProvider, values: dict[str, Any]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = RecordFormWidget(fields.TARGET, provider, self)
        self.form.set_values(values)
        self.milestones = QPlainTextEdit(self)
        self.milestones.setPlaceholderText("2017-12-31: 15\n2018-12-31: 20")
        self.milestones.setPlainText(format_milestones(values.get("milestones")))
        self.milestones.setFixedHeight(90)
        milestones_label = QLabel(self.tr("&Milestones, one a line (day: cities)"), self)
        milestones_label.setBuddy(self.milestones)
        self.rule_editor = RuleEditor(self)
        self.rule_editor.set_rule(values.get("rule"))
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {semantic.color('error').name()}")
        self.problem.setVisible(False)
        for widget in self.rule_editor.widgets():
            signal = getattr(widget, "toggled", None) or getattr(
                widget, "currentIndexChanged", None
            )
            signal = signal or widget.valueChanged
            signal.connect(self._update_words)
        self._update_words()

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addWidget(self.form)
        inner.addWidget(milestones_label)
        inner.addWidget(self.milestones)
        inner.addWidget(self.rule_editor)
        inner.addWidget(self.words)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.result_values: dict[str, Any] | None = None

    def _update_words(self) -> None:
        rule = self.rule_editor.rule()
        self.words.setText(
            self.tr("A city counts with {rule}.").format(rule=translated(describe_rule(rule)))
            if rule
            else self.tr("Tick at least one condition.")
        )

    def _accept_if_valid(self) -> None:
        problems = self.form.problems()
        self.form.show_errors(problems)
        if problems:
            return
        try:
            milestones = parse_milestones(self.milestones.toPlainText())
            rule = self.rule_editor.rule()
            check_rule(rule)
        except UserError as exc:
            self.problem.setText(translated(exc))
            self.problem.setVisible(True)
            return
        self.result_values = {**self.form.values(), "milestones": milestones, "rule": rule}
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, provider: RefProvider, values: dict[str, Any]
    ) -> dict[str, Any] | None:
        dialog = cls(parent, title, provider, values)
        return dialog.result_values if dialog.exec() == QDialog.DialogCode.Accepted else None
