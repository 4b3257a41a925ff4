"""The magazine's structure found in a post: runs of numbered points and a final conclusion."""

import re

from bs4 import BeautifulSoup

from .units import HEADING_MAX, Unit, escape, sanitised

NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(.+)$", re.DOTALL)
CONCLUSION = re.compile(r"^\s*(en\s+)?conclusion\b|^\s*pour\s+conclure\b", re.IGNORECASE)


def numbered_runs(units: list[Unit]) -> list[Unit]:
    """Fold runs of « 1. … », « 2. … » headings or paragraphs into numbered points."""
    result: list[Unit] = []
    index = 0
    while index < len(units):
        run, end = numbered_run(units, index)
        if run:
            result.append(Unit("points", run))
            index = end
        else:
            result.append(units[index])
            index += 1
    return result


def numbered_run(units: list[Unit], start: int) -> tuple[list, int]:
    """Return the points of the run starting at `start` (two points at least) and its end."""
    points: list[tuple[str, str]] = []
    index = start
    while index < len(units):
        unit = units[index]
        match = NUMBERED.match(unit.text) if unit.kind in {"heading", "rich"} else None
        if not match or int(match.group(1)) != len(points) + 1:
            break
        title = match.group(2).strip()
        body: list[str] = []
        if unit.kind == "rich":
            title, rest = split_title(unit.value, match.group(2))
            if rest:
                body.append(rest)
        index += 1
        while (
            index < len(units)
            and units[index].kind == "rich"
            and not NUMBERED.match(units[index].text)
        ):
            body.append(units[index].value)
            index += 1
        points.append((title[:HEADING_MAX], "".join(body)))
    if len(points) < 2:
        return [], start
    return points, index


def split_title(html: str, text: str) -> tuple[str, str]:
    """Return a numbered paragraph's title (its bold part, else its first sentence) and rest."""
    soup = BeautifulSoup(html, "html.parser")
    bold = soup.find("b")
    if bold is not None:
        title = NUMBERED.sub(r"\2", bold.get_text(" ", strip=True)).rstrip(" :.")
        bold.extract()
        rest = soup.get_text(" ", strip=True).lstrip("0123456789.) :–-")
        return title, sanitised(f"<p>{escape(rest)}</p>") if rest else ""
    parts = re.split(r"\s:\s|\.\s", text, maxsplit=1)
    if len(parts) < 2:
        return text.strip(), ""
    return parts[0].strip(), sanitised(f"<p>{escape(parts[1].strip())}</p>")


def fold_conclusion(units: list[Unit], warnings: list[str]) -> list[Unit]:
    """Make the last « Conclusion » heading and the text after it the conclusion block."""
    last = max(
        (
            i
            for i, unit in enumerate(units)
            if unit.kind == "heading" and CONCLUSION.match(unit.text)
        ),
        default=None,
    )
    if last is None:
        return units
    after = units[last + 1 :]
    texts = [unit.value for unit in after if unit.kind == "rich"]
    if not texts:
        return units
    moved = [unit for unit in after if unit.kind != "rich"]
    if moved:
        warnings.append("blocs placés après la conclusion remontés avant elle")
    conclusion = Unit("conclusion", (units[last].text[:HEADING_MAX], "".join(texts)))
    return [*units[:last], *moved, conclusion]
