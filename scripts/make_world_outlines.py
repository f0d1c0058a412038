"""Write resources/world/land_110m.json from Natural Earth's 1:110m countries shapefile.

Natural Earth is in the public domain (naturalearthdata.com, "Terms of use"). The bundled file
holds every country outline as rings of longitude/latitude pairs rounded to 0.1 degree, which
is what a world map the size of a dashboard panel needs, in about 100 KB.

    python scripts/make_world_outlines.py ne_110m_admin_0_countries.shp

Any copy of the 1:110m admin-0 countries will do, for example the one that older releases of
geopandas ship as datasets/naturalearth_lowres/naturalearth_lowres.shp.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "resources" / "world" / "land_110m.json"
POLYGON = 5


def rings(shp: bytes) -> list[list[tuple[float, float]]]:
    """The rings of every polygon record (ESRI shapefile, little-endian records)."""
    found = []
    pos = 100  # the file header
    while pos < len(shp):
        _number, words = struct.unpack(">ii", shp[pos : pos + 8])
        content = shp[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (shape,) = struct.unpack("<i", content[:4])
        if shape == 0:
            continue
        if shape != POLYGON:
            raise SystemExit(f"expected polygons, found shape type {shape}")
        parts, points = struct.unpack("<ii", content[36:44])
        starts = [*struct.unpack(f"<{parts}i", content[44 : 44 + 4 * parts]), points]
        offset = 44 + 4 * parts
        flat = struct.unpack(f"<{2 * points}d", content[offset : offset + 16 * points])
        xy = list(zip(flat[0::2], flat[1::2], strict=True))
        found.extend(xy[starts[i] : starts[i + 1]] for i in range(parts))
    return found


def simplified(ring: list[tuple[float, float]]) -> list[float]:
    out: list[tuple[float, float]] = []
    for x, y in ring:
        p = (round(x, 1), round(y, 1))
        if not out or out[-1] != p:
            out.append(p)
    return [v for p in out for v in p] if len(out) >= 4 else []


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    data = Path(sys.argv[1]).read_bytes()
    outlines = [r for r in (simplified(ring) for ring in rings(data)) if r]
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(
        json.dumps(
            {
                "source": "Natural Earth 1:110m Admin 0 countries (public domain)",
                "rings": outlines,
            },
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    print(f"{len(outlines)} rings, {sum(len(r) // 2 for r in outlines)} points -> {TARGET}")


if __name__ == "__main__":
    main()
