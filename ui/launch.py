"""Entry point of the `cityapp` command and of main.py: commands, or the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from cityapp import cli, startup


def has_display() -> bool:
    """On Linux, Qt aborts the process without a display: check first and say so."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(args: argparse.Namespace) -> int:
    if not has_display():
        print(
            "error: no display to open the window on; use a command (see --help), "
            "or set QT_QPA_PLATFORM",
            file=sys.stderr,
        )
        return cli.EXIT_FAILURE
    from ui.app import run  # Qt loads only when a window is wanted

    forwarded = []
    if args.db:
        forwarded += ["--db", args.db]
    if args.officer:
        forwarded += ["--officer", args.officer]
    if getattr(args, "window_lang", None):
        forwarded += ["--lang", args.window_lang]
    return run(forwarded)


def main(argv: Sequence[str] | None = None) -> int:
    startup.hold_collections()  # main.py did already; the installed command starts here
    return cli.main(sys.argv[1:] if argv is None else list(argv), gui=open_window)


if __name__ == "__main__":
    sys.exit(main())
