"""Access on a shared PostgreSQL server, enforced by the server itself.

`setup` creates the program's group roles and, on the program's tables, the
grants and row-level security policies; `grant` and `revoke` give and take an
officer's login role that access. All three can be run again at any time.

- citydesk_reader reads every table (rows the policies let it see);
- citydesk_editor also inserts, updates and deletes (never the audit trail's past);
- citydesk_admin also grants and revokes access;
- citydesk_confidential is the clearance: without it, confidential trips and
  meetings and every row that depends on them (route, itinerary slots and who
  attends them, attendance, seating, commitments and their progress, gifts,
  delegations, contacts, budgets, search and audit entries) are invisible, even
  to raw SQL, and cannot be written.

The audit trail records the connected role (`session_user`), whatever name the
program was started with. The database's owner (who runs `setup`) and
superusers are not bound by the policies.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from .access import ADMINISTRATOR, CLEARANCE_ROLE, EDITOR, LEVELS, READER, ROLE_OF
from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP

SECRET = "'confidential'"

# SECURITY DEFINER functions run as the owner, who sees every row: a policy that asked
# the tables directly would itself be filtered, and a meeting of a hidden trip would show.
FUNCTIONS = [
    f"""CREATE OR REPLACE FUNCTION citydesk_secret_trip(t integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}} AS $$
    SELECT t IS NOT NULL AND EXISTS (SELECT 1 FROM trip WHERE id = t AND classification = {SECRET})
    $$""",
    f"""CREATE OR REPLACE FUNCTION citydesk_secret_meeting(m integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {{schema}} AS $$
    SELECT m IS NOT NULL AND EXISTS (
        SELECT 1 FROM meeting WHERE id = m
        AND (classification = {SECRET} OR citydesk_secret_trip(trip_id)))
    $$""",
    """CREATE OR REPLACE FUNCTION citydesk_secret_commitment(c integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $$
    SELECT c IS NOT NULL AND EXISTS (
        SELECT 1 FROM commitment WHERE id = c AND citydesk_secret_meeting(meeting_id))
    $$""",
    """CREATE OR REPLACE FUNCTION citydesk_secret_slot(i integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $$
    SELECT EXISTS (
        SELECT 1 FROM meeting WHERE itinerary_item_id = i AND citydesk_secret_meeting(id))
    $$""",
    """CREATE OR REPLACE FUNCTION citydesk_secret_item(i integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $$
    SELECT EXISTS (SELECT 1 FROM itinerary_item WHERE id = i
        AND (citydesk_secret_trip(trip_id) OR citydesk_secret_slot(id)))
    $$""",
    """CREATE OR REPLACE FUNCTION citydesk_secret_plan(p integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $$
    SELECT EXISTS (
        SELECT 1 FROM seating_plan WHERE id = p AND citydesk_secret_meeting(meeting_id))
    $$""",
    """CREATE OR REPLACE FUNCTION citydesk_secret_row(tab text, rid text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $$
    SELECT rid ~ '^[0-9]+$' AND CASE tab
        WHEN 'trip' THEN citydesk_secret_trip(rid::integer)
        WHEN 'meeting' THEN citydesk_secret_meeting(rid::integer)
        WHEN 'commitment' THEN citydesk_secret_commitment(rid::integer)
        WHEN 'gift' THEN EXISTS (SELECT 1 FROM gift WHERE id = rid::integer
            AND (citydesk_secret_meeting(meeting_id) OR citydesk_secret_trip(trip_id)))
        WHEN 'meeting_attendee' THEN EXISTS (SELECT 1 FROM meeting_attendee
            WHERE id = rid::integer AND citydesk_secret_meeting(meeting_id))
        WHEN 'commitment_progress' THEN EXISTS (SELECT 1 FROM commitment_progress
            WHERE id = rid::integer AND (citydesk_secret_meeting(meeting_id)
                OR citydesk_secret_commitment(commitment_id)))
        WHEN 'itinerary_item' THEN citydesk_secret_item(rid::integer)
        WHEN 'trip_delegate' THEN EXISTS (SELECT 1 FROM trip_delegate
            WHERE id = rid::integer AND citydesk_secret_trip(trip_id))
        WHEN 'budget_line' THEN EXISTS (SELECT 1 FROM budget_line
            WHERE id = rid::integer AND citydesk_secret_trip(trip_id))
        WHEN 'national_contact' THEN EXISTS (SELECT 1 FROM national_contact
            WHERE id = rid::integer AND citydesk_secret_trip(trip_id))
        WHEN 'trip_contact' THEN EXISTS (SELECT 1 FROM trip_contact
            WHERE id = rid::integer AND citydesk_secret_trip(trip_id))
        WHEN 'trip_stop' THEN EXISTS (SELECT 1 FROM trip_stop
            WHERE id = rid::integer AND citydesk_secret_trip(trip_id))
        WHEN 'conflict_acknowledgement' THEN EXISTS (SELECT 1 FROM conflict_acknowledgement
            WHERE id = rid::integer AND citydesk_secret_trip(trip_id))
        WHEN 'lesson' THEN EXISTS (SELECT 1 FROM lesson WHERE id = rid::integer
            AND (citydesk_secret_trip(trip_id) OR citydesk_secret_meeting(meeting_id)))
        WHEN 'seating_plan' THEN citydesk_secret_plan(rid::integer)
        WHEN 'seat' THEN EXISTS (SELECT 1 FROM seat
            WHERE id = rid::integer AND citydesk_secret_plan(plan_id))
        WHEN 'seating_acknowledgement' THEN EXISTS (SELECT 1 FROM seating_acknowledgement
            WHERE id = rid::integer AND citydesk_secret_plan(plan_id))
        ELSE false END
    $$""",
    # The audit trail names the connected role, not a name typed at start-up.
    """CREATE OR REPLACE FUNCTION citydesk_audit_actor() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.actor := session_user;
        RETURN NEW;
    END
    $$""",
]

# What each table's uncleared rows must satisfy (the same rule as cityapp.confidentiality).
OPEN_ROWS = {
    "trip": f"classification <> {SECRET}",
    "meeting": f"classification <> {SECRET} AND NOT citydesk_secret_trip(trip_id)",
    "meeting_attendee": "NOT citydesk_secret_meeting(meeting_id)",
    "commitment": "NOT citydesk_secret_meeting(meeting_id)",
    "commitment_progress": (
        "NOT citydesk_secret_meeting(meeting_id) AND NOT citydesk_secret_commitment(commitment_id)"
    ),
    "gift": "NOT citydesk_secret_meeting(meeting_id) AND NOT citydesk_secret_trip(trip_id)",
    "itinerary_item": "NOT citydesk_secret_trip(trip_id) AND NOT citydesk_secret_slot(id)",
    "itinerary_participant": "NOT citydesk_secret_item(item_id)",
    "trip_delegate": "NOT citydesk_secret_trip(trip_id)",
    "trip_contact": "NOT citydesk_secret_trip(trip_id)",
    "trip_stop": "NOT citydesk_secret_trip(trip_id)",
    "seating_plan": "NOT citydesk_secret_meeting(meeting_id)",
    "seat": "NOT citydesk_secret_plan(plan_id)",
    "seating_acknowledgement": "NOT citydesk_secret_plan(plan_id)",
    "budget_line": "NOT citydesk_secret_trip(trip_id)",
    "national_contact": "NOT citydesk_secret_trip(trip_id)",
    "lesson": "NOT citydesk_secret_trip(trip_id) AND NOT citydesk_secret_meeting(meeting_id)",
    "conflict_acknowledgement": "NOT citydesk_secret_trip(trip_id)",
    "meeting_objective": "NOT citydesk_secret_meeting(meeting_id)",
    "trip_objective": "NOT citydesk_secret_trip(trip_id)",
    "search_entry": (
        "NOT ((kind = 'trip' AND citydesk_secret_trip(ref_id))"
        " OR (kind = 'meeting' AND citydesk_secret_meeting(ref_id))"
        " OR (kind = 'commitment' AND citydesk_secret_commitment(ref_id)))"
    ),
    "audit_entry": "NOT citydesk_secret_row(table_name, row_id)",
}


def quote_role(name: str) -> str:
    """A role name as an SQL identifier, whatever it holds."""
    if not name or len(name.encode("utf-8")) > 63 or "\x00" in name:
        raise UserError(
            QT_TRANSLATE_NOOP("server", "“{name}” cannot be a role name (1 to 63 bytes).").format(
                name=name
            )
        )
    return '"' + name.replace('"', '""') + '"'


def _require_postgres(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "server",
                "Server access applies to a PostgreSQL server (--db postgresql+psycopg://…). "
                "On SQLite the file's own permissions decide who may read and change it.",
            )
        )


def _role_exists(conn: Connection, name: str) -> bool:
    return (
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
        is not None
    )


def _create_group_roles(conn: Connection) -> None:
    for role in (*ROLE_OF.values(), CLEARANCE_ROLE):
        if not _role_exists(conn, role):
            conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    conn.execute(text(f"GRANT {ROLE_OF[READER]} TO {ROLE_OF[EDITOR]}"))
    conn.execute(text(f"GRANT {ROLE_OF[EDITOR]} TO {ROLE_OF[ADMINISTRATOR]}"))


def setup(engine: Engine) -> list[str]:
    """Create the roles, grants, policies and the audit trigger; returns what was done."""
    _require_postgres(engine)
    done = []
    with engine.begin() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        quoted = quote_role(schema)
        tables = [
            r[0]
            for r in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema}
            )
        ]
        if "audit_entry" not in tables:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "server", "The database has no schema yet: open it with the program first."
                )
            )
        _create_group_roles(conn)
        done.append(
            QT_TRANSLATE_NOOP("server", "roles: {roles}").format(
                roles=", ".join((*ROLE_OF.values(), CLEARANCE_ROLE))
            )
        )
        for function in FUNCTIONS:
            conn.execute(text(function.replace("{schema}", quoted)))
        reader, editor = ROLE_OF[READER], ROLE_OF[EDITOR]
        conn.execute(text(f"GRANT USAGE ON SCHEMA {quoted} TO {reader}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {quoted} TO {reader}"))
        conn.execute(
            text(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {quoted} TO {editor}")
        )
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quoted} TO {editor}"))
        # The past stays as it was: the trail is only added to, the schema's version never set.
        conn.execute(text(f"REVOKE UPDATE, DELETE ON audit_entry FROM {editor}"))
        # Erasing a person's data (an administrator's task) cleans their old values from it.
        conn.execute(text(f"GRANT UPDATE (changes) ON audit_entry TO {ROLE_OF[ADMINISTRATOR]}"))
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {editor}"))
        done.append(
            QT_TRANSLATE_NOOP("server", "grants on the {count} tables of schema {schema}").format(
                count=len(tables), schema=schema
            )
        )
        for table, rule in OPEN_ROWS.items():
            if table not in tables:
                continue
            conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
            conn.execute(text(f"DROP POLICY IF EXISTS citydesk_cleared ON {table}"))
            conn.execute(text(f"DROP POLICY IF EXISTS citydesk_open ON {table}"))
            conn.execute(
                text(
                    f"CREATE POLICY citydesk_cleared ON {table} FOR ALL TO {CLEARANCE_ROLE}"
                    " USING (true) WITH CHECK (true)"
                )
            )
            conn.execute(
                text(
                    f"CREATE POLICY citydesk_open ON {table} FOR ALL TO {reader}"
                    f" USING ({rule}) WITH CHECK ({rule})"
                )
            )
        done.append(
            QT_TRANSLATE_NOOP("server", "row-level security on {count} tables").format(
                count=len(OPEN_ROWS)
            )
        )
        conn.execute(text("DROP TRIGGER IF EXISTS citydesk_audit_actor ON audit_entry"))
        conn.execute(
            text(
                "CREATE TRIGGER citydesk_audit_actor BEFORE INSERT ON audit_entry"
                " FOR EACH ROW EXECUTE FUNCTION citydesk_audit_actor()"
            )
        )
        done.append(QT_TRANSLATE_NOOP("server", "the audit trail records the connected role"))
    return done


def grant(
    engine: Engine, name: str, level: str, *, confidential: bool, password: str | None = None
) -> list[str]:
    """Give the login role `name` (created if missing) one level of access, with or without clearance."""
    _require_postgres(engine)
    if level not in LEVELS:
        raise UserError(
            QT_TRANSLATE_NOOP("server", "The access is one of {levels}, not {level}.").format(
                levels=", ".join(LEVELS), level=level
            )
        )
    role = quote_role(name)
    done = []
    with engine.begin() as conn:
        if not _role_exists(conn, ROLE_OF[ADMINISTRATOR]):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "server", "Run `server setup` first: the program's roles do not exist yet."
                )
            )
        if name in (*ROLE_OF.values(), CLEARANCE_ROLE):
            raise UserError(
                QT_TRANSLATE_NOOP("server", "{name} is one of the program's own roles.").format(
                    name=name
                )
            )
        if not _role_exists(conn, name):
            conn.execute(text(f"CREATE ROLE {role} LOGIN"))
            done.append(
                QT_TRANSLATE_NOOP("server", "created the login role {name}").format(name=name)
            )
        if password is not None:
            literal = (
                "'" + password.replace("'", "''") + "'"
            )  # utility statements take no parameters
            conn.execute(text(f"ALTER ROLE {role} PASSWORD {literal}"))
            done.append(QT_TRANSLATE_NOOP("server", "set its password"))
        for other in LEVELS:
            conn.execute(text(f"REVOKE {ROLE_OF[other]} FROM {role}"))
        admin_option = " WITH ADMIN OPTION" if level == ADMINISTRATOR else ""
        conn.execute(text(f"GRANT {ROLE_OF[level]} TO {role}{admin_option}"))
        if level == ADMINISTRATOR:
            for group in (*ROLE_OF.values(), CLEARANCE_ROLE):
                conn.execute(text(f"GRANT {group} TO {role} WITH ADMIN OPTION"))
            conn.execute(text(f"ALTER ROLE {role} CREATEROLE"))
        if confidential:
            conn.execute(text(f"GRANT {CLEARANCE_ROLE} TO {role}"))
        elif level != ADMINISTRATOR:
            conn.execute(text(f"REVOKE {CLEARANCE_ROLE} FROM {role}"))
        done.append(
            (
                QT_TRANSLATE_NOOP("server", "{name}: {level}, cleared for confidential content")
                if confidential
                else QT_TRANSLATE_NOOP("server", "{name}: {level}")
            ).format(name=name, level=level)
        )
    return done


def revoke(engine: Engine, name: str) -> list[str]:
    """Take every access of the program away from `name` (the login role itself stays)."""
    _require_postgres(engine)
    role = quote_role(name)
    with engine.begin() as conn:
        if not _role_exists(conn, name):
            raise UserError(
                QT_TRANSLATE_NOOP("server", "There is no role {name} on this server.").format(
                    name=name
                )
            )
        for group in (*ROLE_OF.values(), CLEARANCE_ROLE):
            if _role_exists(conn, group):
                conn.execute(text(f"REVOKE {group} FROM {role}"))
    return [QT_TRANSLATE_NOOP("server", "{name}: no access").format(name=name)]


def is_permission_refusal(exc: BaseException) -> bool:
    """Whether a database error is the server refusing this officer (grants or policies)."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return False
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    message = str(orig)
    return code == "42501" or bool(
        re.search(r"permission denied|row-level security policy", message)
    )
