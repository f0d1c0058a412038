"""search folds kana and Greek accents

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 13:00:00

No table changes: the search index's text now folds katakana (full and half width) to
hiragana and drops Greek accents besides Latin ones, so 'べるりん' finds 'ベルリン' and
'ΑΘΗΝΑ' finds 'Αθήνα'. An upgrade rebuilds the index with the folding of this version, as
every upgrade does.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Nothing in the schema: the upgrade's rebuild of the search index does the work."""


def downgrade() -> None:
    """Nothing to undo in the schema."""
