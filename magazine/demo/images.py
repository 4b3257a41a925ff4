"""Deterministic illustrations for the demo, drawn with Pillow: no network, no files.

Each category has a palette and a motif (a network for AI, pixels for games, a circuit for
hardware, an editor window for software, rings and a shield for security). The picture
depends only on its seed, so the same slug always gives the same image.
"""

import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

Colour = tuple[int, int, int]
Size = tuple[int, int]


@dataclass(frozen=True)
class Palette:
    """Two background colours, two drawing colours and their French description."""

    start: Colour
    end: Colour
    ink: Colour
    accent: Colour
    name: str


PALETTES: dict[str, Palette] = {
    "intelligence-artificielle": Palette(
        (38, 20, 84), (122, 62, 176), (214, 198, 255), (255, 196, 92), "violet"
    ),
    "jeux-video": Palette((96, 16, 64), (240, 98, 66), (255, 226, 170), (80, 230, 214), "corail"),
    "materiel": Palette((6, 58, 62), (28, 150, 120), (190, 245, 220), (255, 210, 80), "vert"),
    "logiciels": Palette((12, 34, 84), (44, 124, 214), (206, 226, 255), (255, 140, 120), "bleu"),
    "cybersecurite": Palette(
        (14, 16, 36), (150, 28, 52), (255, 200, 200), (120, 220, 255), "rouge"
    ),
}
DEFAULT_PALETTE = PALETTES["logiciels"]

PORTRAIT_PALETTES: tuple[tuple[Colour, Colour], ...] = (
    ((230, 196, 170), (196, 98, 80)),
    ((178, 210, 230), (52, 96, 150)),
    ((206, 226, 180), (70, 128, 92)),
    ((232, 208, 236), (120, 76, 150)),
    ((246, 222, 160), (188, 120, 40)),
)


def _rng(seed: str) -> random.Random:
    """A random generator that depends only on `seed` (not used for anything secret)."""
    return random.Random(seed)  # noqa: S311


def _gradient(size: Size, start: Colour, end: Colour, angle: float) -> Image.Image:
    """A linear gradient from `start` to `end` across `size`, turned by `angle` degrees."""
    width, height = size
    side = math.ceil(math.hypot(width, height))
    mask = Image.linear_gradient("L").resize((side, side), Image.Resampling.BILINEAR)
    mask = mask.rotate(angle, resample=Image.Resampling.BILINEAR)
    left, top = (side - width) // 2, (side - height) // 2
    mask = mask.crop((left, top, left + width, top + height))
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


def _glow(size: Size, rng: random.Random, colour: Colour) -> Image.Image:
    """A few soft blurred discs of light, drawn small and scaled up to stay cheap."""
    small = (size[0] // 8, size[1] // 8)
    layer = Image.new("RGBA", small, (*colour, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(3):
        x, y = rng.uniform(0, small[0]), rng.uniform(0, small[1])
        radius = rng.uniform(small[1] * 0.2, small[1] * 0.45)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colour, 60))
    layer = layer.filter(ImageFilter.GaussianBlur(small[1] / 10))
    return layer.resize(size, Image.Resampling.BICUBIC)


def _network(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, pal: Palette) -> None:
    """Nodes joined to their nearest neighbours, a few of them lit."""
    width, height = size
    nodes = [(rng.uniform(0, width), rng.uniform(0, height)) for _ in range(46)]
    for x, y in nodes:
        nearest = sorted(nodes, key=lambda n: (n[0] - x) ** 2 + (n[1] - y) ** 2)[1:4]
        for nx, ny in nearest:
            draw.line((x, y, nx, ny), fill=(*pal.ink, 90), width=2)
    for index, (x, y) in enumerate(nodes):
        lit = index % 7 == 0
        radius = rng.uniform(10, 18) if lit else rng.uniform(4, 9)
        colour = pal.accent if lit else pal.ink
        if lit:
            halo = radius * 2.6
            draw.ellipse((x - halo, y - halo, x + halo, y + halo), fill=(*colour, 40))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colour, 230))


def _pixels(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, pal: Palette) -> None:
    """A pixel-art skyline at the bottom and pixels drifting up from it."""
    width, height = size
    cell = 50
    columns, rows = width // cell + 1, height // cell + 1
    level = rng.uniform(3, 6)
    for column in range(columns):
        level = max(1.0, min(rows * 0.45, level + rng.choice((-2, -1, 0, 1, 2))))
        for row in range(int(level)):
            y = height - (row + 1) * cell
            shade = 200 - row * 18
            draw.rectangle(
                (column * cell + 2, y + 2, column * cell + cell - 2, y + cell - 2),
                fill=(*pal.ink, max(shade, 60)),
            )
    for _ in range(60):
        column, row = rng.randrange(columns), rng.randrange(rows)
        alpha = int(220 * (row / rows) ** 2) + 20
        colour = pal.accent if rng.random() < 0.3 else pal.ink
        x, y = column * cell, (rows - row) * cell
        draw.rectangle((x + 6, y + 6, x + cell - 6, y + cell - 6), fill=(*colour, alpha))


def _circuit(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, pal: Palette) -> None:
    """A chip in the middle and orthogonal traces running from it to pads."""
    width, height = size
    cx, cy = width * rng.uniform(0.4, 0.6), height * rng.uniform(0.4, 0.6)
    half = height * 0.17
    for _ in range(24):
        side = rng.choice((-1, 1))
        y = cy + rng.uniform(-half, half)
        x = cx + side * half
        points = [(x, y)]
        for _ in range(rng.randint(2, 3)):
            x += side * rng.uniform(80, 280)
            points.append((x, y))
            y += rng.choice((-1, 1)) * rng.uniform(20, 140)
            points.append((x, y))
        colour = pal.accent if rng.random() < 0.2 else pal.ink
        draw.line(points, fill=(*colour, 150), width=4, joint="curve")
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), outline=(*colour, 220), width=4)
    draw.rounded_rectangle(
        (cx - half, cy - half, cx + half, cy + half), radius=18, fill=(*pal.start, 235)
    )
    draw.rounded_rectangle(
        (cx - half, cy - half, cx + half, cy + half), radius=18, outline=(*pal.ink, 255), width=5
    )
    inner = half * 0.45
    draw.rectangle((cx - inner, cy - inner, cx + inner, cy + inner), fill=(*pal.accent, 220))


def _code(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, pal: Palette) -> None:
    """An editor window with lines of code drawn as rounded bars."""
    width, height = size
    left, top = width * rng.uniform(0.12, 0.3), height * 0.16
    right, bottom = left + width * 0.58, height * 1.05
    draw.rounded_rectangle((left, top, right, bottom), radius=28, fill=(*pal.start, 200))
    for index, colour in enumerate(((255, 96, 92), (255, 190, 46), (40, 200, 64))):
        x = left + 40 + index * 34
        draw.ellipse((x - 9, top + 31, x + 9, top + 49), fill=(*colour, 230))
    indent, y = 0, top + 90
    while y < bottom - 30:
        indent = max(0, min(4, indent + rng.choice((-1, 0, 0, 1))))
        x = left + 50 + indent * 36
        for _ in range(rng.randint(1, 3)):
            length = rng.uniform(40, 200)
            if x + length > right - 40:
                break
            colour = rng.choice((pal.ink, pal.ink, pal.accent, pal.end))
            draw.rounded_rectangle((x, y, x + length, y + 16), radius=8, fill=(*colour, 220))
            x += length + 18
        y += 38


def _rings(draw: ImageDraw.ImageDraw, size: Size, rng: random.Random, pal: Palette) -> None:
    """Broken concentric rings around a shield."""
    width, height = size
    cx, cy = width * rng.uniform(0.35, 0.65), height / 2
    for index in range(9):
        radius = 110 + index * 70
        start = rng.uniform(0, 360)
        for part in range(3):
            begin = start + part * 120
            end = begin + rng.uniform(50, 105)
            colour = pal.accent if (index + part) % 5 == 0 else pal.ink
            box = (cx - radius, cy - radius, cx + radius, cy + radius)
            draw.arc(box, begin, end, fill=(*colour, 170 - index * 14), width=6)
    shield_w, shield_h = 120, 150
    shield = [
        (cx - shield_w, cy - shield_h * 0.7),
        (cx, cy - shield_h),
        (cx + shield_w, cy - shield_h * 0.7),
        (cx + shield_w * 0.85, cy + shield_h * 0.2),
        (cx, cy + shield_h),
        (cx - shield_w * 0.85, cy + shield_h * 0.2),
    ]
    draw.polygon(shield, fill=(*pal.ink, 230))
    draw.rounded_rectangle((cx - 34, cy - 14, cx + 34, cy + 44), radius=8, fill=(*pal.start, 255))
    draw.arc((cx - 24, cy - 54, cx + 24, cy - 6), 180, 360, fill=(*pal.start, 255), width=10)


Motif = Callable[[ImageDraw.ImageDraw, Size, random.Random, Palette], None]

MOTIFS: dict[str, tuple[Motif, str]] = {
    "intelligence-artificielle": (_network, "un réseau de points lumineux reliés par des traits"),
    "jeux-video": (_pixels, "des blocs de pixels qui dessinent un paysage de jeu rétro"),
    "materiel": (_circuit, "une puce électronique d'où partent des pistes de circuit"),
    "logiciels": (_code, "une fenêtre d'éditeur de code aux lignes colorées"),
    "cybersecurite": (_rings, "un bouclier frappé d'un cadenas entouré d'anneaux"),
}


def illustration_description(category: str) -> str:
    """The alt text of the illustrations drawn for `category`."""
    palette = PALETTES.get(category, DEFAULT_PALETTE)
    _, subject = MOTIFS.get(category, MOTIFS["logiciels"])
    return f"Illustration abstraite : {subject}, sur un dégradé {palette.name}."


def _to_jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=86, optimize=True, progressive=True)
    return buffer.getvalue()


def render_illustration(seed: str, category: str, size: Size = (1600, 900)) -> bytes:
    """A JPEG illustration in the colours and motif of `category`, fixed by `seed`."""
    rng = _rng(seed)
    palette = PALETTES.get(category, DEFAULT_PALETTE)
    motif, _ = MOTIFS.get(category, MOTIFS["logiciels"])
    image = _gradient(size, palette.start, palette.end, rng.uniform(-60, 60)).convert("RGBA")
    image.alpha_composite(_glow(size, rng, palette.ink))
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    motif(ImageDraw.Draw(layer), size, rng, palette)
    image.alpha_composite(layer)
    return _to_jpeg(image)


def render_portrait(seed: str, side: int = 800) -> bytes:
    """A square JPEG portrait: a stylised bust on a soft gradient, fixed by `seed`."""
    rng = _rng(seed)
    light, dark = PORTRAIT_PALETTES[rng.randrange(len(PORTRAIT_PALETTES))]
    image = _gradient((side, side), light, dark, rng.uniform(0, 90)).convert("RGBA")
    layer = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx = side / 2 + rng.uniform(-side * 0.05, side * 0.05)
    head = side * rng.uniform(0.15, 0.18)
    head_y = side * 0.42
    body_w, body_top = side * rng.uniform(0.34, 0.4), side * 0.66
    draw.ellipse((cx - body_w, body_top, cx + body_w, body_top + side * 0.8), fill=(*dark, 255))
    draw.ellipse(
        (cx - head, head_y - head * 1.15, cx + head, head_y + head * 1.15),
        fill=(*dark, 255),
    )
    image.alpha_composite(layer)
    return _to_jpeg(image)
