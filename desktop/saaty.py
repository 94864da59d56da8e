"""Saaty's 1–9 scale in words (Spanish source strings, translated by Qt)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop import fmt

VERBAL = {
    1: QT_TRANSLATE_NOOP("Saaty", "igual"),
    2: QT_TRANSLATE_NOOP("Saaty", "entre igual y moderadamente más importante"),
    3: QT_TRANSLATE_NOOP("Saaty", "moderadamente más importante"),
    4: QT_TRANSLATE_NOOP("Saaty", "entre moderadamente y mucho más importante"),
    5: QT_TRANSLATE_NOOP("Saaty", "mucho más importante"),
    6: QT_TRANSLATE_NOOP("Saaty", "entre mucho y muchísimo más importante"),
    7: QT_TRANSLATE_NOOP("Saaty", "muchísimo más importante"),
    8: QT_TRANSLATE_NOOP("Saaty", "entre muchísimo y extremadamente más importante"),
    9: QT_TRANSLATE_NOOP("Saaty", "extremadamente más importante"),
}
#: Every value offered in the verbal choice, A's side first: 9 … 2, 1, 1/2 … 1/9.
SCALE = [float(k) for k in range(9, 0, -1)] + [1.0 / k for k in range(2, 10)]


def tr(text: str) -> str:
    return QCoreApplication.translate("Saaty", text)


def strength(value: float) -> int | None:
    """The scale step (1–9) of a judgment, or None when it is not on the scale."""
    if not math.isfinite(value) or value <= 0:
        return None
    x = value if value >= 1 else 1.0 / value
    k = round(x)
    return k if 1 <= k <= 9 and abs(x - k) < 1e-6 else None


def as_text(value: float) -> str:
    """``3``, ``1/3``, ``2,5``; empty for a missing judgment."""
    if math.isnan(value):
        return ""
    k = strength(value)
    if k is not None:
        return str(k) if value >= 1 else f"1/{k}"
    if value < 1 and abs(1 / value - round(1 / value)) < 1e-6:
        return f"1/{round(1 / value)}"
    return fmt.smart(value)


def sentence(value: float, a: str, b: str) -> str:
    """The judgment in words: «a» mucho más importante que «b»."""
    if math.isnan(value):
        return QCoreApplication.translate("Saaty", "sin responder")
    k = strength(value)
    if k == 1:
        text = QCoreApplication.translate("Saaty", "%1 y %2: igual de importantes")
        return text.replace("%1", a).replace("%2", b)
    if k is None:
        x = value if value >= 1 else 1 / value
        k = min(9, max(1, round(x)))
        prefix = "≈ "
    else:
        prefix = ""
    first, second = (a, b) if value >= 1 else (b, a)
    text = QCoreApplication.translate("Saaty", "%1 %2 que %3")
    return prefix + text.replace("%1", first).replace("%2", tr(VERBAL[k])).replace("%3", second)


def short(value: float) -> str:
    """The judgment in a few words; the arrow points at the more important criterion (◀ A, ▶ B)."""
    if math.isnan(value):
        return QCoreApplication.translate("Saaty", "sin responder")
    k = strength(value)
    approx = "" if k is not None else "≈ "
    if k is None:
        x = value if value >= 1 else 1 / value
        k = min(9, max(1, round(x)))
    if k == 1:
        return approx + tr(VERBAL[1])
    return f"◀ {approx}{tr(VERBAL[k])}" if value > 1 else f"▶ {approx}{tr(VERBAL[k])}"


def choices(a: str, b: str) -> list[tuple[str, float]]:
    """Labels and values of the 17 scale answers plus "sin responder"."""
    items = [(sentence(v, a, b) + f"  ({as_text(v)})", v) for v in SCALE]
    items.append((QCoreApplication.translate("Saaty", "sin responder"), math.nan))
    return items
