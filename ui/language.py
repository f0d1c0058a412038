"""The window's language: asked for on the command line, chosen in Tools > Language, or the
system's display language; Qt's own dialogs and buttons follow it.

The choice is kept in the settings and applies when the window next opens (strings are put on
widgets as they are built). Exports choose their language on their own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"ja": "日本語", "en": "English"}
SETTING = "ui/language"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
_LOCALES = {
    "ja": (QLocale.Language.Japanese, QLocale.Country.Japan),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """Japanese on a Japanese Windows, English elsewhere."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def resolve(asked: str | None = None) -> str:
    """The language to open in: the one asked for (`--lang`, else CITYAPP_LANG), else the one
    chosen last in Tools > Language, else the system's."""
    for candidate in (asked, os.environ.get("CITYAPP_LANG")):
        if candidate in LANGUAGES:
            return candidate
    return chosen() or system_language()


def chosen() -> str | None:
    """The language chosen in Tools > Language, if any."""
    stored = QSettings().value(SETTING, "", type=str)
    return stored if stored in LANGUAGES else None


def choose(language: str) -> None:
    """Keep the officer's choice for the next time the window opens."""
    if language not in LANGUAGES:
        raise ValueError(language)
    QSettings().setValue(SETTING, language)


def install(app: QCoreApplication, language: str) -> str:
    """Put the program's and Qt's translations for `language` in place of any before."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else "en"
    QLocale.setDefault(QLocale(*_LOCALES.get(language, _LOCALES["en"])))
    apply_font(app, language)
    if language == "en":
        return language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"cityapp_{language}", TRANSLATIONS)):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


# Windows' own interface fonts with Japanese glyphs, best first.
JAPANESE_UI_FONTS = ("Yu Gothic UI", "Meiryo UI", "MS UI Gothic")


def ui_font_families(language: str, installed: set[str], default: str) -> list[str]:
    """The window's font families: in Japanese the system's Japanese interface font first; in
    English the default font, with a Japanese one after it for Japanese names in the data."""
    japanese = [f for f in JAPANESE_UI_FONTS if f in installed][:1]
    if language == "ja" and japanese:
        return japanese + [default]
    return [default, *japanese]


def apply_font(app: QCoreApplication, language: str) -> None:
    """On Windows, the interface font that shows Japanese as Windows itself does."""
    if sys.platform != "win32":
        return  # elsewhere fontconfig chooses a font with the glyphs
    from PySide6.QtGui import QFontDatabase

    font = app.font()
    font.setFamilies(ui_font_families(language, set(QFontDatabase.families()), font.family()))
    app.setFont(font)


def current() -> str:
    """The language the window was opened in."""
    return _current
