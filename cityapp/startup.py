"""The cycle collector waits while the program starts.

Starting makes over a hundred thousand objects that live as long as the process: modules, the
mapped classes, the window's widgets. Python's cycle collector would walk them again and again
while they are being made (about a sixth of the time to the painted window, on the large office,
for some 1,600 objects of garbage). The entry point holds it (`hold_collections`, the first thing
main.py does); once the window is up, or a command is about to run, `settle` sets what exists
aside for good (`gc.freeze`: later collections walk only what the session makes) and lets the
collector run again.

Only a process started through the entry point is held: a test or another program that imports
the window keeps its collector as it was, and `settle` then does nothing.
"""

from __future__ import annotations

import gc

_held = False


def hold_collections() -> None:
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def settle() -> None:
    """Start-up is over: keep what it made out of later collections and collect again."""
    global _held
    if not _held:
        return
    _held = False
    gc.freeze()
    gc.enable()
