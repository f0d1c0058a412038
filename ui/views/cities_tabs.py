"""The related tabs of the Cities page: agreements, networks and the timeline."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cityapp import fields
from cityapp.clock import CLOCK
from cityapp.documents import ASK, REFUSED, check_document
from cityapp.models import Agreement, AgreementEvent, AgreementEventKind
from cityapp.services.relations import (
    HISTORY_PAGE,
    HistoryPage,
    HomeHolds,
    agreement_history,
    agreements_of,
    city_history,
    city_history_at_a_glance,
    memberships_of_city,
    suggested_renewal,
    withdraw_renewal,
)
from cityapp.services.relations import renew_agreement as renew_in_database
from ui import language
from ui.actions import read
from ui.dialogs.messages import ConfirmDialog, ErrorDialog
from ui.dialogs.record_dialog import RecordDialog
from ui.i18n import day, translated
from ui.models.records import RecordTableModel
from ui.models.rows import Row
from ui.undo import RecordCommand, push
from ui.widgets.link_table import LinkTable
from ui.widgets.related import RelatedList
from ui.widgets.when_shown import LoadsWhenShown

_day = day


def agreements_tab(page: Any) -> RelatedList:
    tab = RelatedList(
        page,
        record_class=Agreement,
        form=fields.AGREEMENT,
        owner_key="city_id",
        columns=[
            (
                QCoreApplication.translate("CitiesPage", "Kind"),
                lambda a: RecordTableModel.display("enum", a.kind),
            ),
            (QCoreApplication.translate("CitiesPage", "Title"), lambda a: a.title),
            (QCoreApplication.translate("CitiesPage", "Signed"), lambda a: _day(a.signed_on)),
            (QCoreApplication.translate("CitiesPage", "Expires"), lambda a: _day(a.expires_on)),
            (QCoreApplication.translate("CitiesPage", "Ended"), lambda a: _day(a.ended_on)),
        ],
        load=agreements_of,
        empty=QCoreApplication.translate(
            "CitiesPage", "No agreements with this city yet. Add one with Add…."
        ),
        describe=lambda a: a.title,
    )
    tab.end_button = tab.add_button_for(
        QCoreApplication.translate("CitiesPage", "E&nd…"), lambda: end_agreement(tab)
    )
    tab.open_button = tab.add_button_for(
        QCoreApplication.translate("CitiesPage", "Open &document"), lambda: open_document(tab)
    )
    tab.renew_button = tab.add_button_for(
        QCoreApplication.translate("CitiesPage", "Re&new…"), lambda: renew_agreement(tab)
    )
    tab.renew_button.setToolTip(
        QCoreApplication.translate(
            "CitiesPage",
            "Record a renewal: its date, the new expiry and the signed text; kept in the "
            "agreement's history",
        )
    )
    return tab


class AgreementsTab(QSplitter):
    """A city's agreements above, the selected agreement's renewals and amendments below."""

    def __init__(self, page: Any) -> None:
        super().__init__(Qt.Orientation.Vertical, page)
        self.agreements = agreements_tab(page)
        self.history = RelatedList(
            page,
            record_class=AgreementEvent,
            form=fields.AGREEMENT_EVENT,
            owner_key="agreement_id",
            columns=[
                (QCoreApplication.translate("CitiesPage", "Date"), lambda e: _day(e.happened_on)),
                (
                    QCoreApplication.translate("CitiesPage", "Renewal or amendment"),
                    lambda e: RecordTableModel.display("enum", e.kind),
                ),
                (
                    QCoreApplication.translate("CitiesPage", "New expiry"),
                    lambda e: _day(e.expires_on),
                ),
                (
                    QCoreApplication.translate("CitiesPage", "Document"),
                    lambda e: e.document_ref or "",
                ),
                (
                    QCoreApplication.translate("CitiesPage", "Note"),
                    lambda e: " ".join((e.note or "").split())[:120],
                ),
            ],
            load=agreement_history,
            empty=QCoreApplication.translate(
                "CitiesPage",
                "Neither renewed nor amended. Renew… records a renewal; Add… an amendment or a "
                "renewal of the past.",
            ),
            describe=lambda e: f"{RecordTableModel.display('enum', e.kind)} {_day(e.happened_on)}",
            starts_with=lambda: {
                "kind": AgreementEventKind.AMENDMENT,
                "happened_on": CLOCK.today(),
            },
        )
        self.history.add_button_for(
            QCoreApplication.translate("CitiesPage", "Open &document"),
            lambda: open_document(self.history),
        )
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.history.layout().insertWidget(0, self.heading)
        self.addWidget(self.agreements)
        self.addWidget(self.history)
        self.setChildrenCollapsible(False)
        self.setSizes([300, 200])
        self.agreements.table.selection_changed.connect(self._follow_selection)
        self.agreements.refreshed.connect(self._follow_selection)
        self._follow_selection()

    def _follow_selection(self) -> None:
        record = self.agreements.selected()
        self.heading.setText(
            QCoreApplication.translate(
                "CitiesPage", "History of “{title}”: renewals and amendments"
            ).format(title=record.title)
            if record is not None
            else QCoreApplication.translate(
                "CitiesPage", "Select an agreement to see its renewals and amendments."
            )
        )
        self.history.set_owner(record.id if record is not None else None)


class RenewAgreement(RecordCommand):
    """A renewal as one undoable step: the history's entry and the agreement's new dates."""

    def __init__(self, *args: Any, version: int, values: dict, before: dict, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.version, self.values, self.before = version, values, before
        self.event_id: int | None = None

    def forward(self, session: Any) -> Any:
        event, agreement = renew_in_database(
            session, self.record_id, self.values, self.expected(self.version)
        )
        self.event_id, self.version = event.id, agreement.version
        return self.remember(agreement)

    def backward(self, session: Any) -> Any:
        agreement = withdraw_renewal(
            session, self.event_id, self.before, self.expected(self.version)
        )
        self.version = agreement.version
        return self.remember(agreement)


def renew_agreement(tab: RelatedList) -> bool:
    """Renew… on the selected agreement: a renewal dated today, for as long again."""
    record = tab.selected()
    if record is None:
        return False
    title = QCoreApplication.translate("CitiesPage", "Renew {title}").format(title=record.title)
    if record.ended_on is not None:
        ErrorDialog.ask(
            tab,
            title,
            QCoreApplication.translate(
                "CitiesPage", "This agreement ended on {day}: an ended agreement is not renewed."
            ).format(day=_day(record.ended_on)),
        )
        return False
    chosen = RecordDialog.ask(
        tab,
        title,
        fields.RENEWAL,
        tab.page.form.inputs_provider(),
        suggested_renewal(record, CLOCK.today()),
    )
    if chosen is None:
        return False
    command = RenewAgreement(
        tab.page.ctx,
        tab,
        title,
        Agreement,
        on_conflict=lambda: tab.refresh(record.id),
        version=record.version,
        values=chosen,
        before={"renewed_on": record.renewed_on, "expires_on": record.expires_on},
    )
    command.record_id = record.id
    if push(tab.page.undo_stack, command):
        tab.refresh(select_id=record.id)
        return True
    return False


def end_agreement(tab: RelatedList) -> bool:
    record = tab.selected()
    if record is None:
        return False
    return tab.edit(preset={"ended_on": record.ended_on or CLOCK.today()})


def open_document(tab: RelatedList) -> bool:
    record = tab.selected()
    if record is None:
        return False
    title = QCoreApplication.translate("CitiesPage", "Open document")
    if not record.document_ref:
        ErrorDialog.ask(
            tab,
            title,
            QCoreApplication.translate(
                "CitiesPage",
                "No document is recorded for this agreement. Edit it to give the path of the signed text.",
            ),
        )
        return False
    check = check_document(record.document_ref)
    if check.verdict == REFUSED:
        ErrorDialog.ask(tab, title, f"{check.path}\n\n{translated(check.reason)}")
        return False
    if check.verdict == ASK:
        question = QCoreApplication.translate(
            "CitiesPage", "{reason}\n\n{path}\n\nOpen it?"
        ).format(reason=translated(check.reason), path=check.path)
        if not ConfirmDialog.ask(tab, title, question):
            return False
        url = QUrl(check.path) if "://" in check.path else QUrl.fromLocalFile(check.path)
        return QDesktopServices.openUrl(url)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(check.path))


def networks_tab(page: Any) -> RelatedList:
    return RelatedList(
        page,
        record_class=type(None),
        form=fields.MEMBERSHIP,
        owner_key="city_id",
        editable=False,
        columns=[
            (
                QCoreApplication.translate("CitiesPage", "Network"),
                lambda m: m.network.short_name or m.network.name,
            ),
            (
                QCoreApplication.translate("CitiesPage", "Role"),
                lambda m: RecordTableModel.display("enum", m.role),
            ),
            (QCoreApplication.translate("CitiesPage", "Joined"), lambda m: _day(m.joined_on)),
            (QCoreApplication.translate("CitiesPage", "Left"), lambda m: _day(m.left_on)),
        ],
        load=memberships_of_city,
        empty=QCoreApplication.translate(
            "CitiesPage",
            "Not a member of any network we follow. Members are added on the Networks page.",
        ),
    )


def entry_label(entry: Any) -> str:
    """A history entry in the window's language: a meeting by its Japanese title in Japanese."""
    if entry.label_ja and language.current() == "ja":
        return entry.label_ja
    return translated(entry.label)


class TimelineTable(LoadsWhenShown, LinkTable):
    """History, newest first, read when shown; Enter or a double click opens the record."""

    def __init__(self, page: Any, load=None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("TimelineTable", "Date"),
                QCoreApplication.translate("TimelineTable", "What"),
                QCoreApplication.translate("TimelineTable", "Event"),
            ],
            page,
        )
        self.page = page
        self.load = load or city_history
        self.record_id: int | None = None

    def set_city(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.load_when_shown()

    def load_now(self) -> None:
        record_id = self.record_id
        entries = (
            read(self.page.ctx, lambda s: self.load(s, record_id)) if record_id is not None else []
        )
        self.fill(
            [
                Row(
                    [day(e.day), translated(e.kind_label), entry_label(e)],
                    (e.ref_kind, e.ref_id),
                )
                for e in entries
            ]
        )


class HistoryTab(LoadsWhenShown, QWidget):
    """A city's relationship at a glance (who visited whom, open invitations), then its history,
    newest first, a page at a time. Our own city's history would be the whole office's: the tab
    says what it holds and where it is listed instead."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table = TimelineTable(page, load=lambda _s, _id: [])  # filled by this tab
        self.older_button = QPushButton(self.tr("Show &older…"), self)
        self.older_button.setToolTip(
            self.tr("The next {n} entries of the history").format(n=HISTORY_PAGE)
        )
        self.older_button.clicked.connect(self.show_older)
        self.older_button.hide()
        self.city_id: int | None = None
        self.shown = 0  # entries of the history on screen
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.older_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_city(self, city_id: int | None) -> None:
        self.city_id = city_id
        self.shown = 0
        self.load_when_shown()

    def show_older(self) -> None:
        self._read(self.shown)

    def load_now(self) -> None:
        self._read(0)

    def _read(self, shown: int) -> None:
        city_id = self.city_id
        if city_id is None:
            self.summary.setText("")
            self._fill(HistoryPage([], False))
            return
        today = CLOCK.today()
        found = read(self.page.ctx, lambda s: city_history_at_a_glance(s, city_id, today, shown))
        if isinstance(found, HomeHolds):
            self.summary.setText(self._home(found))
            self._fill(HistoryPage([], False))
            return
        r, history = found
        ours = self._visit(r.our_last_visit)
        theirs = self._visit(r.their_last_visit)
        invitations = "; ".join(html.escape(t) for t in r.open_invitations) or self.tr("none")
        self.summary.setText(
            self.tr(
                "<b>Our last visit:</b> {ours}<br><b>Their last visit to us:</b> {theirs}"
                "<br><b>Open invitations:</b> {invitations}"
            ).format(ours=ours, theirs=theirs, invitations=invitations)
        )
        self._fill(history)

    def _fill(self, history: HistoryPage) -> None:
        key = self.table.selected_key()
        self.table.fill(
            [
                Row([day(e.day), translated(e.kind_label), entry_label(e)], (e.ref_kind, e.ref_id))
                for e in history.entries
            ],
            select=key,
        )
        self.shown = len(history.entries)
        self.table.setVisible(bool(history.entries))
        self.older_button.setVisible(history.more)

    def _home(self, holds: HomeHolds) -> str:
        return self.tr(
            "<b>Our own city.</b> Every trip, visit and meeting of the office is with it, so its "
            "history is the whole office's and is not listed here: {trips} trips and visits, "
            "{meetings} meetings, {commitments} commitments, {agreements} agreements with "
            "partners. The Trips, Meetings and Commitments pages list them, newest first, with "
            "their filters."
        ).format(
            trips=f"{holds.trips:,}",
            meetings=f"{holds.meetings:,}",
            commitments=f"{holds.commitments:,}",
            agreements=f"{holds.agreements:,}",
        )

    def _visit(self, visit: tuple | None) -> str:
        if not visit:
            return self.tr("none recorded")
        day, title, lead = visit
        text = f"{day} — {html.escape(title)}"
        if lead:
            text += " " + self.tr("(led by {name})").format(name=html.escape(lead))
        return text
