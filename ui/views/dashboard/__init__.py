"""The Dashboard: the strategy's targets, the objectives, relationship health, what is coming
up, and the partner cities on a map.

Each tab computes what it shows when it is first looked at; a change to the records marks every
tab out of date and refreshes the one on screen, so the window stays quick however many tabs
there are.
"""

from .page import DashboardPage

__all__ = ["DashboardPage"]
