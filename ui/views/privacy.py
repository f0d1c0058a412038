"""Personal-data requests from the Counterparts and Staff pages: export all, erase, review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QToolButton,
)

from cityapp.clock import CLOCK
from cityapp.errors import UserError
from cityapp.filenames import file_name
from cityapp.services import privacy
from ui import worker
from ui.actions import read, run_action, show_status
from ui.dialogs.export import ExportDoneDialog
from ui.dialogs.files import FileChooser
from ui.dialogs.messages import ConfirmDialog, ErrorDialog
from ui.dialogs.privacy_review import ReviewDialog
from ui.i18n import translated
from ui.worker import run_in_background


def add_privacy_menu(page, kind: str) -> None:
    """A "Personal data" menu on the page's toolbar, acting on the shown person."""
    menu = QMenu(page)
    page.privacy_export_action = QAction(
        QCoreApplication.translate("privacy", "&Export everything held about this person…"), page
    )
    page.privacy_export_action.triggered.connect(lambda: export_person(page, kind))
    page.privacy_erase_action = QAction(
        QCoreApplication.translate("privacy", "E&rase this person's personal data…"), page
    )
    page.privacy_erase_action.triggered.connect(lambda: erase_person(page, kind))
    menu.addAction(page.privacy_export_action)
    menu.addAction(page.privacy_erase_action)
    if kind == privacy.COUNTERPART:
        menu.addSeparator()
        page.privacy_review_action = QAction(
            QCoreApplication.translate("privacy", "&Review old sensitive notes…"), page
        )
        page.privacy_review_action.triggered.connect(lambda: review_notes(page))
        menu.addAction(page.privacy_review_action)
    button = QToolButton(page)
    button.setText(QCoreApplication.translate("privacy", "Personal dat&a"))
    button.setToolTip(
        QCoreApplication.translate(
            "privacy", "Requests about one person's data (APPI, GDPR): export it all, or erase it"
        )
    )
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    page.toolbar.addWidget(button)
    page.privacy_button = button


def _person_label(page) -> str:
    return page.heading.text() or QCoreApplication.translate("privacy", "this person")


def export_person(page, kind: str) -> bool:
    if page.current_id is None:
        return False
    person_id = page.current_id
    path = FileChooser.save(
        page,
        QCoreApplication.translate("privacy", "Export personal data"),
        file_name(f"Personal data - {_person_label(page)}", ".xlsx"),
    )
    if path is None:
        return False
    try:
        run_in_background(
            page,
            QCoreApplication.translate("privacy", "Writing the personal data…"),
            lambda report, cancelled: read(
                page.ctx, lambda s: privacy.export_personal_data(s, kind, person_id, path)
            ),
        )
    except worker.Cancelled:
        return False
    except (UserError, OSError) as exc:
        ErrorDialog.ask(
            page, QCoreApplication.translate("privacy", "Export personal data"), translated(exc)
        )
        return False
    ExportDoneDialog.ask(page, path)
    return True


def erase_person(page, kind: str) -> bool:
    if page.current_id is None:
        return False
    title = QCoreApplication.translate("privacy", "Erase personal data")
    if not page.ctx.access.may_administer:
        ErrorDialog.ask(
            page,
            title,
            QCoreApplication.translate(
                "privacy", "Only an administrator of the program may erase personal data."
            ),
        )
        return False
    person_id = page.current_id
    question = QCoreApplication.translate(
        "privacy",
        "Erase the personal data of {name}?\n\nTheir names, contact details, position and notes are "
        "replaced, and their old values are removed from the audit trail. The meetings they "
        "attended are kept, with an erased person at the table. This cannot be undone; backups "
        "made before now still hold the data.",
    ).format(name=_person_label(page))
    if not ConfirmDialog.ask(page, title, question):
        return False
    done = run_action(
        page.ctx,
        page,
        title,
        lambda s: privacy.erase_person(s, kind, person_id),
    )
    if done is None:
        return False
    # Undo would write the erased values back: the steps that hold them are forgotten.
    page.undo_stack.clear()
    # Rewriting the file (VACUUM) takes a while on a large office: off the window's thread. The
    # erasure is committed already; Cancel only leaves the rewriting to finish on its own.
    try:
        how = run_in_background(
            page,
            QCoreApplication.translate("privacy", "Rewriting the database file…"),
            lambda report, cancelled: read(page.ctx, privacy.compact),
        )
    except worker.Cancelled:
        how = QCoreApplication.translate("privacy", "the database file is still being rewritten")
    page.reload_current()
    show_status(
        page,
        QCoreApplication.translate("privacy", "Personal data erased; {how}.").format(
            how=translated(how)
        ),
        15_000,
    )
    return True


def review_notes(page) -> int | None:
    lines = read(page.ctx, lambda s: privacy.notes_to_review(s, CLOCK.today()))
    dialog = ReviewDialog(page, lines)
    dialog.exec()
    if dialog.chosen is not None:
        if hasattr(page, "show_past"):
            page.show_past.setChecked(True)  # they are past office holders
        page.select_record(dialog.chosen)
    return dialog.chosen
