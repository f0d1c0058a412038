"""What the connected officer may do, as the database itself decides.

On SQLite the file's own permissions are the boundary: whoever can open the
file can read and change all of it, so the officer has full access (or reading
only, when the file is opened read-only).

On a shared PostgreSQL server prepared with `server setup`, each officer
connects as their own login role, and membership of the program's group roles
says what they may do: `citydesk_reader` reads, `citydesk_editor` also changes
records, `citydesk_admin` also grants and revokes access, and
`citydesk_confidential` is the separate clearance for confidential meetings,
trips and sensitive notes. The server enforces all of it (grants and row-level
security, see `cityapp.server`); this module only asks, so that the window can
show what the officer may do instead of letting them meet a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

READER, EDITOR, ADMINISTRATOR = "reader", "editor", "administrator"
LEVELS = (READER, EDITOR, ADMINISTRATOR)
ROLE_OF = {
    READER: "citydesk_reader",
    EDITOR: "citydesk_editor",
    ADMINISTRATOR: "citydesk_admin",
}
CLEARANCE_ROLE = "citydesk_confidential"


@dataclass(frozen=True)
class Access:
    level: str  # reader, editor or administrator
    confidential: bool  # cleared for confidential content and sensitive notes
    role: str | None = None  # the server role connected (None on SQLite)
    enforced: bool = False  # True when the server enforces roles (after `server setup`)

    @property
    def may_edit(self) -> bool:
        return self.level in (EDITOR, ADMINISTRATOR)

    @property
    def may_administer(self) -> bool:
        return self.level == ADMINISTRATOR

    def describe(self) -> str:
        what = {READER: "reads only", EDITOR: "may edit", ADMINISTRATOR: "administers"}[self.level]
        cleared = "cleared" if self.confidential else "not cleared"
        cleared += " for confidential content"
        return f"{self.role}: {what}, {cleared}" if self.role else f"{what}, {cleared}"


FULL = Access(ADMINISTRATOR, True)
READ_ONLY = Access(READER, True)


def current_access(session: Session, *, read_only: bool = False) -> Access:
    """The access of whoever this session is connected as."""
    if session.get_bind().dialect.name != "postgresql":
        return READ_ONLY if read_only else FULL
    rows = session.execute(
        text(
            "SELECT rolname, pg_has_role(current_user, oid, 'member') AS member"
            " FROM pg_roles WHERE rolname IN (:reader, :editor, :admin, :clear)"
        ),
        {
            "reader": ROLE_OF[READER],
            "editor": ROLE_OF[EDITOR],
            "admin": ROLE_OF[ADMINISTRATOR],
            "clear": CLEARANCE_ROLE,
        },
    ).all()
    who = session.execute(
        text("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")
    ).one()
    role, superuser = who[0], bool(who[1])
    member = {r.rolname for r in rows if r.member}
    if not rows or superuser:  # no roles set up (one officer's own server) or the server's owner
        return Access(READER if read_only else ADMINISTRATOR, True, role, enforced=bool(rows))
    if ROLE_OF[ADMINISTRATOR] in member:
        level = ADMINISTRATOR
    elif ROLE_OF[EDITOR] in member:
        level = EDITOR
    else:
        level = READER
    if read_only:
        level = READER
    return Access(level, CLEARANCE_ROLE in member, role, enforced=True)
