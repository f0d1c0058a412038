"""Country names come from a stored copy of CLDR's, kept equal to what babel ships."""

from __future__ import annotations

import json

from cityapp import countries


def test_the_stored_names_are_cldrs_in_both_languages():
    stored = json.loads(countries.NAMES_FILE.read_text(encoding="utf-8"))
    assert set(stored) == set(countries.LANGUAGES)
    for language in countries.LANGUAGES:
        # After a babel upgrade: uv run python scripts/make_country_names.py
        assert stored[language] == countries.names_from_cldr(language), language
    assert stored["ja"]["JP"] == "日本" and stored["en"]["GB"] == "United Kingdom"
    assert "EU" not in stored["en"] and "419" not in stored["en"]


def test_names_are_read_from_the_stored_copy_and_from_cldr_when_it_is_missing(
    tmp_path, monkeypatch
):
    countries._stored.cache_clear()
    countries.country_names.cache_clear()
    try:
        assert countries.country_name("de", "ja") == "ドイツ"
        monkeypatch.setattr(countries, "NAMES_FILE", tmp_path / "missing.json")
        countries._stored.cache_clear()
        countries.country_names.cache_clear()
        assert countries.country_name("de", "ja") == "ドイツ"  # from babel, a moment slower
        assert countries.is_country_code("fr") and not countries.is_country_code("QO")
    finally:
        countries._stored.cache_clear()
        countries.country_names.cache_clear()
