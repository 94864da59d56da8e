"""One colour per criterion group, used in every table and chart.

The palette is Okabe & Ito's (2008) colour-blind-safe set.  The four groups of
the default criteria keep fixed colours; other groups take the remaining ones
in order of first appearance.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")

_FIXED = {"importancia": 0, "encadenamientos": 1, "crecimiento": 2, "riesgo": 3}

CR_GOOD = "#1b7f3b"
CR_WARN = "#b36b00"
CR_BAD = "#c0392b"
INVALID_CELL = "#f8d7da"
MISSING_CELL = "#fff3cd"


def _key(group: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", group.strip().lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def group_colors(groups: Sequence[str]) -> dict[str, str]:
    """Hex colour of each group, stable for the default groups."""
    result: dict[str, str] = {}
    used = {_FIXED[_key(g)] for g in groups if _key(g) in _FIXED}
    free = [i for i in range(len(PALETTE)) if i not in used]
    for g in groups:
        if g in result:
            continue
        k = _key(g)
        if k in _FIXED:
            result[g] = PALETTE[_FIXED[k]]
        else:
            index = free.pop(0) if free else len(result) % len(PALETTE)
            result[g] = PALETTE[index]
    return result


def group_color(group: str, groups: Sequence[str]) -> QColor:
    return QColor(group_colors(list(groups) + [group])[group])


def light(color: str, alpha: int = 60) -> QColor:
    """A translucent tint of a colour, for cell backgrounds."""
    c = QColor(color)
    c.setAlpha(alpha)
    return c
