"""Errors the program explains to the user in plain words.

Anything raised as a UserError carries a message fit to show as it is, in a
dialog or on one line of stderr; everything else is a defect and goes to the log.
"""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can understand and act on."""


class DatabaseOpenError(UserError):
    """The database could not be opened, created or upgraded."""


class NetworkShareError(DatabaseOpenError):
    """A SQLite file on a network share: refused, because its locking is unreliable there."""
