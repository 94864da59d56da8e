"""Numbers shown in the locale's format (Spanish: Peru; English: United States)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

LOCALES = {"es": "es_PE", "en": "en_US"}


def set_language_locale(lang: str) -> None:
    QLocale.setDefault(QLocale(LOCALES.get(lang, "es_PE")))


def number(value: float | None, decimals: int = 2) -> str:
    """A number with group separators, or an empty string for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return QLocale().toString(float(value), "f", decimals)


def smart(value: float | None) -> str:
    """A value with as many decimals as it needs (up to 4)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    v = float(value)
    if v == int(v) and abs(v) < 1e15:
        return QLocale().toString(int(v))
    decimals = 2 if abs(v) >= 100 else 4 if abs(v) < 1 else 3
    text = QLocale().toString(v, "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent(value: float, decimals: int = 1) -> str:
    return QLocale().toString(100.0 * value, "f", decimals) + " %"


def parse(text: str) -> float | None:
    """Parse a number typed by the user in the current locale (or with a dot)."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    try:
        return float(text)
    except ValueError:
        return None
