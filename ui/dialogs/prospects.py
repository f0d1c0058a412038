"""Tools > Prospective partners: cities we have no relations with yet, scored on the criteria
the office weighs, with the reasons for each score; a chosen city moves into the relationship
record (the score and its reasons come from `cityapp.services.prospects`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cityapp.clock import CLOCK
from cityapp.countries import country_name
from cityapp.services.prospects import (
    CRITERIA,
    CRITERION_LABELS,
    Prospect,
    prospects,
    set_weights,
    start_relations,
    weights,
)
from ui import language
from ui.actions import read, run_action
from ui.context import AppContext
from ui.i18n import translated
from ui.models.rows import Row
from ui.widgets.rows_table import RowsTable


class ProspectsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen_city: int | None = None
        self.found: list[Prospect] = []
        self.setWindowTitle(self.tr("Prospective partners"))
        intro = QLabel(
            self.tr(
                "Cities recorded as prospects, or with no relationship yet, scored from 0 to 100. "
                "Weigh each criterion from 0 (ignored) to 5."
            ),
            self,
        )
        intro.setWordWrap(True)
        stored = read(ctx, weights)
        self.spins: dict[str, QSpinBox] = {}
        weights_row = QHBoxLayout()
        for key in CRITERIA:
            form = QFormLayout()
            spin = QSpinBox(self)
            spin.setRange(0, 5)
            spin.setValue(stored[key])
            spin.setAccessibleName(translated(CRITERION_LABELS[key]))
            spin.valueChanged.connect(self.rescore)
            form.addRow(translated(CRITERION_LABELS[key]), spin)
            weights_row.addLayout(form)
            self.spins[key] = spin
        self.save_weights_button = QPushButton(self.tr("&Keep these weights"), self)
        self.save_weights_button.setToolTip(self.tr("Kept with the office's data, for everyone"))
        self.save_weights_button.clicked.connect(self.save_weights)
        weights_row.addWidget(self.save_weights_button)
        self.table = RowsTable(
            [
                self.tr("City"),
                self.tr("Country"),
                self.tr("Population"),
                self.tr("Score"),
                self.tr("Reasons"),
            ],
            self,
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selection_changed.connect(self._show_reasons)
        self.table.opened.connect(lambda _key: self.start())
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.empty = QLabel(
            self.tr("No prospects: every city recorded already has relations with us."), self
        )
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start_button = buttons.addButton(
            self.tr("&Start relations with this city"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.setToolTip(
            self.tr("Moves the city into the relationship record, at contact level, and opens it")
        )
        self.start_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        editable = ctx.access.may_edit
        self.save_weights_button.setEnabled(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(weights_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.reasons)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        self.rescore()

    def current_weights(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def rescore(self) -> None:
        chosen = self.current_weights()
        if not any(chosen.values()):
            chosen = None  # all at 0 weighs nothing: the office's weights score meanwhile
        today = CLOCK.today()
        keep = self.table.selected_key()
        self.found = read(self.ctx, lambda s: prospects(s, today, chosen))
        lang = language.current()
        self.table.fill(
            [
                Row(
                    [
                        p.name_ja if lang == "ja" and p.name_ja else p.name,
                        country_name(p.country_code, lang),
                        f"{p.population:,}" if p.population else "",
                        p.score,
                        "; ".join(translated(r) for r in p.reasons),
                    ],
                    p.city_id,
                )
                for p in self.found
            ],
            select=keep,
        )
        if self.found and self.table.selected_key() is None:
            self.table.select_row(0)
        self.empty.setVisible(not self.found)
        self._show_reasons()

    def selected(self) -> Prospect | None:
        key = self.table.selected_key()
        return next((p for p in self.found if p.city_id == key), None)

    def _show_reasons(self) -> None:
        p = self.selected()
        self.start_button.setEnabled(p is not None and self.ctx.access.may_edit)
        if p is None:
            self.reasons.setText("")
            return
        parts = ", ".join(
            f"{translated(CRITERION_LABELS[k])} {round(100 * p.parts.get(k, 0))}%" for k in CRITERIA
        )
        self.reasons.setText(
            self.tr("{city}: {score} of 100 ({parts}).").format(
                city=p.name, score=p.score, parts=parts
            )
            + "\n"
            + "\n".join("• " + translated(r) for r in p.reasons)
        )

    def save_weights(self) -> bool:
        chosen = self.current_weights()
        done = run_action(
            self.ctx, self, self.tr("Keep the weights"), lambda s: set_weights(s, chosen) or True
        )
        return done is not None

    def start(self) -> bool:
        p = self.selected()
        if p is None or not self.ctx.access.may_edit:
            return False
        city_id = p.city_id
        done = run_action(
            self.ctx, self, self.tr("Start relations"), lambda s: start_relations(s, city_id).id
        )
        if done is None:
            return False
        self.chosen_city = city_id
        self.accept()
        return True

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None) -> int | None:
        """The city moved into the relationship record, if the officer chose one."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.chosen_city
