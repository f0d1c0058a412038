"""City Diplomacy Desk: the core of the program, free of any user interface."""

__version__ = "0.1.0"
APP_NAME = "City Diplomacy Desk"
APP_SLUG = "CityDiplomacyDesk"
ORG_NAME = "CityDiplomacyDesk"
