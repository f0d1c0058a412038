"""Words shown to people: English in the code, translated where they are shown.

A message is marked with `QT_TRANSLATE_NOOP(context, source)`, the name pyside6-lupdate looks
for (`scripts/update_translations.py` collects them into the catalogue), and is a `Text`: a
`str` holding its English, so logs, tests and English output use it as any string, that also
remembers its context, its source and its named parameters. The window translates it through
Qt's translator; exports and the command line through the same catalogue read here, without Qt.
Parameters that are `Text` themselves (a field's label inside "{label} is required.") are
translated too.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("en", "ja")

Translate = Callable[[str, str], str]


class Text(str):
    """A message: its English (the str itself), and what translating it needs."""

    context: str
    source: str
    params: Mapping[str, Any]

    def __new__(cls, context: str, source: str, params: Mapping[str, Any] | None = None) -> Text:
        params = dict(params or {})
        made = super().__new__(cls, source.format(**params) if params else source)
        made.context, made.source, made.params = context, source, params
        return made

    def format(self, *args: Any, **params: Any) -> Text:  # type: ignore[override]
        """The message with named parameters filled in (still translatable)."""
        if args:
            raise TypeError("messages take named parameters only")
        return Text(self.context, self.source, {**self.params, **params})

    def translated(self, translate: Translate) -> str:
        pattern = translate(self.context, self.source) or self.source
        if not self.params:
            return pattern
        return pattern.format(**{k: shown(v, translate) for k, v in self.params.items()})

    def __reduce__(self) -> tuple:
        return (Text, (self.context, self.source, dict(self.params)))


class Joined(Text):
    """Messages joined by a separator that is itself a message (" and ", " or ", ", ")."""

    separator: Any
    parts: tuple[Any, ...]

    def __new__(cls, separator: Any, parts: Any) -> Joined:  # type: ignore[override]
        parts = tuple(parts)
        made = str.__new__(cls, str(separator).join(str(p) for p in parts))
        made.context, made.source, made.params = "", str(made), {}
        made.separator, made.parts = separator, parts
        return made

    def format(self, *args: Any, **params: Any) -> Text:  # type: ignore[override]
        raise TypeError("a joined message takes no parameters")

    def translated(self, translate: Translate) -> str:
        separator = shown(self.separator, translate)
        return separator.join(shown(p, translate) for p in self.parts)

    def __reduce__(self) -> tuple:
        return (Joined, (self.separator, self.parts))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 (the name lupdate finds)
    """Mark `source` for the catalogue under `context`; translated where it is shown."""
    return Text(context, source)


def message_of(exc: BaseException) -> str:
    """An error's message, kept a message (translatable) when it is one."""
    if exc.args and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)


def shown(value: Any, translate: Translate) -> str:
    """What a value reads as: a message translated, an error's message, anything else as str."""
    if isinstance(value, BaseException) and value.args and isinstance(value.args[0], Text):
        value = value.args[0]
    if isinstance(value, Text):
        return value.translated(translate)
    return str(value)


@lru_cache(maxsize=4)
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from the catalogue the window uses too."""
    if language == "en":
        return {}
    path = TRANSLATIONS / f"cityapp_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def translator(language: str) -> Translate:
    """A translate(context, source) for exports and the command line in `language`."""
    words = catalogue(language)
    return lambda context, source: words.get((context, source), source)


def in_language(value: Any, language: str) -> str:
    """A value as it reads in `language` (exports, command output)."""
    return shown(value, translator(language))
