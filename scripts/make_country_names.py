"""Write resources/countries.json: country names in English and Japanese from babel's CLDR.

    uv run python scripts/make_country_names.py

Run it after upgrading babel; tests/cityapp/test_countries.py fails while the two differ.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cityapp.countries import LANGUAGES, NAMES_FILE, names_from_cldr  # noqa: E402


def main() -> int:
    names = {language: names_from_cldr(language) for language in LANGUAGES}
    NAMES_FILE.write_text(
        json.dumps(names, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {NAMES_FILE} ({len(names['en'])} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
