"""Numbers shown on screen, written the way every other text of clusterprio writes them.

One convention in both languages (:mod:`mcda.justification.numbers`): comma
between thousands, point before decimals — ``10,000``, ``1,234.5`` — the
CLDR pattern of ``es_PE``, which ``en_US`` shares.  The numbers are written
with that locale whatever Qt's default locale is (a machine set to ``C`` or
to ``es_ES`` would otherwise give ``10000`` or ``10.000``); spin boxes that
show thousands take it with :func:`show_thousands`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractSpinBox

LOCALES = {"es": "es_PE", "en": "en_US"}
#: The locale of every number on screen (decimal ``.``, group ``,``).
NUMBERS = QLocale(QLocale.Language.Spanish, QLocale.Country.Peru)


def set_language_locale(lang: str) -> None:
    QLocale.setDefault(QLocale(LOCALES.get(lang, "es_PE")))


def show_thousands(spin: QAbstractSpinBox) -> None:
    """A spin box that shows ``2,500`` (typing ``2500`` or ``2,500`` both work)."""
    spin.setLocale(NUMBERS)
    spin.setGroupSeparatorShown(True)


def number(value: float | None, decimals: int = 2) -> str:
    """A number with group separators, or an empty string for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return NUMBERS.toString(float(value), "f", decimals)


def smart(value: float | None) -> str:
    """A value with as many decimals as it needs (up to 4)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    v = float(value)
    if v == int(v) and abs(v) < 1e15:
        return NUMBERS.toString(int(v))
    decimals = 2 if abs(v) >= 100 else 4 if abs(v) < 1 else 3
    text = NUMBERS.toString(v, "f", decimals)
    point = NUMBERS.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent(value: float, decimals: int = 1) -> str:
    return NUMBERS.toString(100.0 * value, "f", decimals) + " %"


def parse(text: str) -> float | None:
    """Parse a number typed by the user (``2,500.5``, ``2500.5``)."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    value, ok = NUMBERS.toDouble(text)
    if ok:
        return value
    try:
        return float(text)
    except ValueError:
        return None
