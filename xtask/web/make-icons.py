#!/usr/bin/env python3
"""Writes the app icons (assets/icons/*.png) once; the PNGs are committed.

A bar chart of two bars (1.0 and 2.0) in white on the theme blue, drawn with the standard library only
(zlib + struct). `any` icons have rounded corners; `maskable` icons fill the square and keep the
drawing inside the central 80 % safe zone.

    python3 xtask/web/make-icons.py
"""
import struct
import zlib
from pathlib import Path

BLUE = (0x1D, 0x4E, 0x89)
WHITE = (0xFF, 0xFF, 0xFF)
GOLD = (0xFF, 0xD3, 0x4D)
OUT = Path(__file__).resolve().parents[2] / "assets" / "icons"


def png(path, size, pixel):
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size)
    )
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    path.write_bytes(data)


def drawing(u, v):
    """Colour at (u, v) in [0, 1)² of the drawing area, or None for background."""
    base = 0.82
    if 0.14 <= u <= 0.86 and base <= v <= base + 0.05:
        return WHITE  # axis
    if 0.22 <= u <= 0.44 and 0.42 <= v < base:
        return WHITE  # bar 1.0
    if 0.56 <= u <= 0.78 and 0.18 <= v < base:
        return GOLD  # bar 2.0
    return None


def icon(maskable):
    def pixel(x, y, size):
        fx, fy = (x + 0.5) / size, (y + 0.5) / size
        if not maskable:
            r = 0.18  # rounded corners
            cx, cy = min(max(fx, r), 1 - r), min(max(fy, r), 1 - r)
            if (fx - cx) ** 2 + (fy - cy) ** 2 > r * r:
                return (0, 0, 0, 0)
            u, v = fx, fy
        else:
            u, v = (fx - 0.1) / 0.8, (fy - 0.1) / 0.8  # safe zone: the central 80 %
        c = drawing(u, v) if 0 <= u < 1 and 0 <= v < 1 else None
        return (*(c or BLUE), 255)
    return pixel


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        png(OUT / f"icon-{size}.png", size, icon(False))
        png(OUT / f"icon-maskable-{size}.png", size, icon(True))
    print("wrote", sorted(p.name for p in OUT.glob("*.png")))


if __name__ == "__main__":
    main()
