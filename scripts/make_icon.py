"""Draw the program's icon: resources/icon.png (256 px) and resources/icon.ico (16-256 px).

    uv run python scripts/make_icon.py

A globe's meridians and parallels in white on the protocol office's navy, with one red point
for the home city.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
NAVY, WHITE, RED = (22, 48, 92, 255), (255, 255, 255, 255), (200, 32, 40, 255)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=NAVY)
    m, w = size // 7, max(2, size // 40)
    box = (m, m, size - m, size - m)
    d.ellipse(box, outline=WHITE, width=w)
    centre = size // 2
    for k in (0.33, 0.66):  # meridians
        half = int((size / 2 - m) * k)
        d.ellipse((centre - half, m, centre + half, size - m), outline=WHITE, width=w)
    d.line((centre, m, centre, size - m), fill=WHITE, width=w)
    for y in (0.3, 0.5, 0.7):  # parallels
        yy = int(m + (size - 2 * m) * y)
        dy = abs(yy - centre)
        r = size / 2 - m
        half = int((r * r - dy * dy) ** 0.5)
        d.line((centre - half, yy, centre + half, yy), fill=WHITE, width=w)
    dot = size // 11
    x, y = int(size * 0.64), int(size * 0.40)
    d.ellipse((x - dot, y - dot, x + dot, y + dot), fill=RED, outline=WHITE, width=w)
    return image


def main() -> None:
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(ROOT / "resources" / "icon.png")
    big.resize((256, 256), Image.LANCZOS).save(
        ROOT / "resources" / "icon.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    print("wrote resources/icon.png and resources/icon.ico")


if __name__ == "__main__":
    main()
