"""The record pages: cities, counterparts, networks and staff."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QCheckBox, QWidget

from cityapp import fields
from cityapp.changes import EVERYTHING, ChangeSet
from cityapp.clock import CLOCK
from cityapp.formats import format_quantity
from cityapp.models import (
    City,
    Counterpart,
    Indicator,
    Measurement,
    Milestone,
    Network,
    NetworkMembership,
    NetworkPlenary,
    Project,
    StaffMember,
)
from cityapp.models.people import written_name
from cityapp.services import lists
from cityapp.services.health import BANDS, office_health
from cityapp.services.relations import meetings_with, members_of, open_commitments_of, plenaries_of
from cityapp.timefmt import in_zone
from ui import semantic
from ui.actions import read
from ui.context import AppContext
from ui.i18n import day, translated
from ui.models.records import RecordTableModel
from ui.views.privacy import add_privacy_menu
from ui.views.record_page import RecordPage
from ui.widgets.related import RelatedList
from ui.worker import start_background

_day = day


log = logging.getLogger("cityapp.ui.cities")


class CitiesPage(RecordPage):
    also_shows = (
        "agreement",
        "agreement_event",
        "network_membership",
        "network",
        "meeting",
        "trip",
        "commitment",
        "itinerary_item",
        "meeting_attendee",
    )

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="cities",
            title=self.tr("Cities"),
            spec=lists.CITIES,
            form=fields.CITY,
            record_class=City,
            parent=parent,
        )
        # Relationship health colours the list; it is worked out on a worker thread the first
        # time it is needed (the list shows at once, the colours a moment later) and kept
        # until something it depends on changes.
        self.health: dict[int, Any] | None = None
        self._health_asked = False
        self._health_round = 0
        self.model.badge = self._health_badge
        ctx.changed.connect(self._forget_health)
        ctx.database_changed.connect(self._forget_health)

    def _forget_health(self, changes: ChangeSet = EVERYTHING) -> None:
        if changes.touches(self.shows):
            self.health = None
            self._health_asked = False
            self._health_round += 1  # an answer already on its way is out of date

    def _ask_for_health(self) -> None:
        self._health_asked = True
        today, asked_in = CLOCK.today(), self._health_round

        def arrived(found) -> None:
            if asked_in != self._health_round:
                return
            self.health = {h.city_id: h for h in found}
            if self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 0)
                )

        start_background(
            lambda: read(self.ctx, lambda s: office_health(s, today)),
            arrived,
            lambda exc: log.warning("relationship health not worked out: %s", type(exc).__name__),
            owner=self,
        )

    def _health_badge(self, city_id: int) -> tuple[QColor, str] | None:
        """The colour of the city's relationship health, and the score with its reasons."""
        if self.health is None:
            if not self._health_asked:
                self._ask_for_health()
            return None
        h = self.health.get(city_id)
        if h is None:
            return None
        return semantic.band_color(h.band), self.tr(
            "Relationship health {score}/100 ({band}): {reasons}"
        ).format(
            score=h.score,
            band=translated(BANDS[h.band]),
            reasons="\n".join(translated(line) for line in h.reason_lines),
        )

    def add_extra_tabs(self) -> None:
        from ui.views.cities_tabs import AgreementsTab, HistoryTab, networks_tab

        self.agreements_tab = AgreementsTab(self)
        self.agreements = self.agreements_tab.agreements
        self.agreement_history = self.agreements_tab.history
        self.networks = networks_tab(self)
        self.history = HistoryTab(self)
        self.timeline = self.history.table
        self.tabs.addTab(self.agreements_tab, self.tr("&Agreements"))
        self.tabs.addTab(self.networks, self.tr("Net&works"))
        self.tabs.addTab(self.history, self.tr("&History"))

    def load_extra(self, record_id: int | None) -> None:
        self.agreement_history.set_owner(None)  # until an agreement of this city is selected
        self.agreements.set_owner(record_id)
        self.networks.set_owner(record_id)
        self.history.set_city(record_id)

    def new_record(self, values: dict[str, Any] | None = None) -> None:
        """New cities come from the world list (or by hand), so names, zone and place are right."""
        if values is None:
            from cityapp.worldcities import city_values
            from ui.dialogs.world_city import BY_HAND, WorldCityDialog

            chosen = WorldCityDialog.ask(self)
            if chosen is None:
                return
            values = {} if chosen == BY_HAND else city_values(chosen)
        super().new_record(values)

    def show_agreement(self, agreement_id: int) -> bool:
        self.tabs.setCurrentWidget(self.agreements_tab)
        return self.agreements.select(agreement_id)


class CounterpartsPage(RecordPage):
    also_shows = (
        "organization",
        "city",
        "meeting",
        "meeting_attendee",
        "commitment",
        "trip_delegate",
        "trip",
    )

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.show_past = QCheckBox()
        super().__init__(
            ctx,
            undo_stack,
            key="counterparts",
            title=self.tr("Counterparts"),
            spec=lists.COUNTERPARTS,
            form=fields.COUNTERPART,
            record_class=Counterpart,
            parent=parent,
        )
        self.toolbar.addSeparator()
        self.add_toggle(self.show_past, self.tr("Show &past office holders"))
        self.toolbar.addSeparator()
        add_privacy_menu(self, "counterpart")
        term_end = [c.key for c in lists.COUNTERPARTS.columns].index("term_end") + 1
        self.model.muted_rows = lambda row: (
            row[term_end] is not None and row[term_end] < self.today()
        )

    def flags(self) -> dict[str, Any]:
        return {"current_only": None if self.show_past.isChecked() else self.today()}

    def record_label(self, values: dict[str, Any]) -> str:
        return written_name(
            values.get("family_name"),
            values.get("given_name"),
            bool(values.get("family_name_first")),
        )

    def add_extra_tabs(self) -> None:
        self.meetings = RelatedList(
            self,
            record_class=type(None),
            form=fields.COUNTERPART,
            owner_key="counterpart_id",
            editable=False,
            columns=[
                (self.tr("Date"), lambda m: day(in_zone(m.starts_at, m.zone))),
                (self.tr("Meeting"), lambda m: m.title),
                (self.tr("City"), lambda m: m.city.name_en if m.city else ""),
            ],
            load=meetings_with,
            empty=self.tr("No meetings with this person yet."),
        )
        self.commitments = RelatedList(
            self,
            record_class=type(None),
            form=fields.COUNTERPART,
            owner_key="counterpart_id",
            editable=False,
            columns=[
                (self.tr("Due"), lambda c: _day(c.due_on)),
                (self.tr("Status"), lambda c: RecordTableModel.display("enum", c.status)),
                (self.tr("Owner"), lambda c: RecordTableModel.display("enum", c.owner_side)),
                (self.tr("Commitment"), lambda c: c.text),
            ],
            load=open_commitments_of,
            empty=self.tr("No open commitments involving this person."),
        )
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(self.commitments, self.tr("Open &commitments"))
        from cityapp.services.relations import counterpart_history
        from ui.views.cities_tabs import TimelineTable

        self.history = TimelineTable(self, load=counterpart_history)
        self.tabs.addTab(self.history, self.tr("&History"))

    def load_extra(self, record_id: int | None) -> None:
        self.meetings.set_owner(record_id)
        self.commitments.set_owner(record_id)
        self.history.set_city(record_id)


class NetworksPage(RecordPage):
    also_shows = ("network_membership", "network_plenary", "city")

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="networks",
            title=self.tr("Networks"),
            spec=lists.NETWORKS,
            form=fields.NETWORK,
            record_class=Network,
            parent=parent,
        )

    def add_extra_tabs(self) -> None:
        self.members = RelatedList(
            self,
            record_class=NetworkMembership,
            form=fields.MEMBERSHIP,
            owner_key="network_id",
            columns=[
                (self.tr("City"), lambda m: m.city.name_en),
                (self.tr("Local name"), lambda m: m.city.name_local or ""),
                (self.tr("Role"), lambda m: RecordTableModel.display("enum", m.role)),
                (self.tr("Joined"), lambda m: _day(m.joined_on)),
                (self.tr("Left"), lambda m: _day(m.left_on)),
            ],
            load=members_of,
            empty=self.tr("No member cities recorded yet."),
            describe=lambda m: m.city.name_en,
        )
        self.plenaries = RelatedList(
            self,
            record_class=NetworkPlenary,
            form=fields.PLENARY,
            owner_key="network_id",
            columns=[
                (self.tr("Starts"), lambda p: _day(p.starts_on)),
                (self.tr("Ends"), lambda p: _day(p.ends_on)),
                (self.tr("Title"), lambda p: p.title),
                (self.tr("Host"), lambda p: p.city.name_en if p.city else ""),
            ],
            load=plenaries_of,
            empty=self.tr("No plenaries recorded yet."),
            describe=lambda p: p.title,
        )
        from PySide6.QtWidgets import QLabel

        self.our_role = QLabel(self)
        self.members.layout().insertWidget(0, self.our_role)
        self.members.refreshed.connect(self._show_our_role)
        self.tabs.addTab(self.members, self.tr("&Members"))
        self.tabs.addTab(self.plenaries, self.tr("&Plenaries"))

    def load_extra(self, record_id: int | None) -> None:
        self.members.set_owner(record_id)
        self.plenaries.set_owner(record_id)

    def _show_our_role(self) -> None:
        """Above the members: our own city's role, read with them."""
        record_id = self.members.owner_id
        ours = [m for m in self.members.records.values() if m.city.is_home]
        if ours:
            role = RecordTableModel.display("enum", ours[0].role)
            text = self.tr("Our role: {role}").format(role=role)
            if ours[0].joined_on:
                text = self.tr("Our role: {role} — since {day}").format(
                    role=role, day=_day(ours[0].joined_on)
                )
            self.our_role.setText(text)
        else:
            self.our_role.setText(self.tr("We are not a member.") if record_id is not None else "")


class StaffPage(RecordPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        self.show_inactive = QCheckBox()
        super().__init__(
            ctx,
            undo_stack,
            key="staff",
            title=self.tr("Staff"),
            spec=lists.STAFF,
            form=fields.STAFF,
            record_class=StaffMember,
            parent=parent,
        )
        self.toolbar.addSeparator()
        self.add_toggle(self.show_inactive, self.tr("Show &former staff"))
        self.toolbar.addSeparator()
        add_privacy_menu(self, "staff")

    def flags(self) -> dict[str, Any]:
        return {"active_only": not self.show_inactive.isChecked()}

    def record_label(self, values: dict[str, Any]) -> str:
        """Family name first, as our officers' names are written everywhere."""
        return written_name(values.get("family_name"), values.get("given_name"), True)


class ProjectsPage(RecordPage):
    """Joint projects with partner cities and networks, and what residents get from them."""

    also_shows = (
        "indicator",
        "measurement",
        "milestone",
        "bureau",
        "city",
        "network",
        "national_contact",
    )

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            undo_stack,
            key="projects",
            title=self.tr("Projects"),
            spec=lists.PROJECTS,
            form=fields.PROJECT,
            record_class=Project,
            parent=parent,
        )

    def add_extra_tabs(self) -> None:
        from cityapp.services.projects import indicators_of, milestones_of, progress_of

        def latest(i: Indicator) -> str:
            p = progress_of(i)
            if p.latest is None:
                return self.tr("not measured yet")
            return self.tr("{value} on {day}").format(
                value=format_quantity(p.latest), day=_day(p.measured_on)
            )

        def share(i: Indicator) -> str:
            return progress_of(i).of_the_way(self.tr("reached"))

        self.indicators = RelatedList(
            self,
            record_class=Indicator,
            form=fields.INDICATOR,
            owner_key="project_id",
            columns=[
                (self.tr("Benefit to residents"), lambda i: i.name),
                (self.tr("Unit"), lambda i: i.unit),
                (self.tr("Baseline"), lambda i: format_quantity(i.baseline)),
                (self.tr("Target"), lambda i: format_quantity(i.target)),
                (self.tr("Last measured"), latest),
                (self.tr("Of the way"), share),
            ],
            load=indicators_of,
            empty=self.tr("No indicator yet: say what residents should get from the project."),
            describe=lambda i: i.name,
        )
        self.milestones = RelatedList(
            self,
            record_class=Milestone,
            form=fields.MILESTONE,
            owner_key="project_id",
            columns=[
                (self.tr("Due"), lambda m: _day(m.due_on)),
                (self.tr("Milestone"), lambda m: m.title),
                (self.tr("Status"), lambda m: RecordTableModel.display("enum", m.status)),
                (self.tr("Reached on"), lambda m: _day(m.reached_on)),
            ],
            load=milestones_of,
            empty=self.tr("No milestones recorded yet."),
            describe=lambda m: m.title,
        )
        self.measure_button = self.indicators.add_button_for(
            self.tr("Record a &measured value…"), self.add_measurement
        )
        from ui.widgets.policy_tabs import national_contacts

        self.government = national_contacts(self, "project_id")
        self.tabs.addTab(self.indicators, self.tr("&Indicators"))
        self.tabs.addTab(self.milestones, self.tr("Mi&lestones"))
        self.tabs.addTab(self.government, self.tr("&Government"))

    def add_measurement(self) -> bool:
        """A value measured for the selected indicator, on a day (one value a day)."""
        from cityapp.services.records import create_record
        from ui.actions import run_action
        from ui.dialogs.record_dialog import RecordDialog

        indicator = self.indicators.selected()
        if indicator is None:
            return False
        values = RecordDialog.ask(
            self,
            self.tr("Measured value: {name}").format(name=indicator.name),
            fields.MEASUREMENT,
            self.form.inputs_provider(),
            {"measured_on": CLOCK.today()},
        )
        if values is None:
            return False
        indicator_id = indicator.id
        done = run_action(
            self.ctx,
            self,
            self.tr("Record a measured value"),
            lambda s: create_record(
                s, Measurement, {**values, "indicator_id": indicator_id}, fields.MEASUREMENT
            ),
        )
        if done is None:
            return False
        self.indicators.refresh(select_id=indicator_id)
        return True

    def load_extra(self, record_id: int | None) -> None:
        self.indicators.set_owner(record_id)
        self.milestones.set_owner(record_id)
        self.government.set_owner(record_id)
