"""Developer entry to Alembic: `python -m cityapp.migrations revision -m MSG --db PATH`."""

from __future__ import annotations

import argparse

from alembic import command

from ..db import make_engine
from . import alembic_config


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m cityapp.migrations")
    parser.add_argument("action", choices=["revision", "upgrade", "current", "history"])
    parser.add_argument("-m", "--message", default="schema change")
    parser.add_argument("--db", required=True, help="a scratch database at the current head")
    args = parser.parse_args()
    engine = make_engine(args.db)
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        if args.action == "revision":
            command.revision(cfg, message=args.message, autogenerate=True)
        elif args.action == "upgrade":
            pass  # below, outside this transaction
        elif args.action == "current":
            command.current(cfg)
        else:
            command.history(cfg)

    if args.action == "upgrade":
        from . import run_migration

        run_migration(engine, "upgrade", "head")


if __name__ == "__main__":
    main()
