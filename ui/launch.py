"""Entry point of the `cityapp` command and of main.py: commands, or the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cityapp import cli


def open_window(args: argparse.Namespace) -> int:
    from ui.app import run  # Qt loads only when a window is wanted

    forwarded = []
    if args.db:
        forwarded += ["--db", args.db]
    if args.officer:
        forwarded += ["--officer", args.officer]
    return run(forwarded)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(sys.argv[1:] if argv is None else list(argv), gui=open_window)


if __name__ == "__main__":
    sys.exit(main())
