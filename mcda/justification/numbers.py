"""Numbers in justification texts and reports, written the way Peru reads them.

Convention (one for every text clusterprio writes, Spanish and English):
**point as decimal separator, comma between thousands** — ``1,234.5``,
``2,500``, ``0.3``.  It is the Unicode CLDR pattern of the ``es_PE`` locale
(decimal ``.``, group ``,``), the one Windows and LibreOffice use for
"Español (Perú)", and the one SUNAT, the BCRP's statistics tables and
everyday prices (``S/ 1,250.50``) use; English (``en_US``) happens to share
it, so a number reads the same in both languages.  Percentages have a
non-breaking space before ``%`` in Spanish (``12.5 %``, RAE, *Ortografía*
2010, §8.2.2.1) and none in English (``12.5%``).  Negative numbers use the
typographic minus sign ``−`` (U+2212), which a spreadsheet never mistakes
for the start of a formula.

Examples
--------
>>> number(1234.5, 1), number(2500), number(0.3, 1)
('1,234.5', '2,500', '0.3')
>>> number(-0.0213, 3), signed(0.0213, 3), signed(-0.0213, 3)
('−0.021', '+0.021', '−0.021')
>>> percent(0.125, "es"), percent(0.125, "en"), percent(1.0, "es")
('12.5\\xa0%', '12.5%', '100\\xa0%')
>>> smart(0.71234), smart(3900.0), smart(12.34)
('0.712', '3,900', '12.3')
>>> compact(0.9), compact(2.48), compact(28000.0), compact(0.00012345)
('0.9', '2.48', '28,000', '0.000123')
"""

from __future__ import annotations

import math

MINUS = "\u2212"
NBSP = "\u00a0"


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals, comma thousands and point decimal (``1,234.5``)."""
    v = float(value)
    if not math.isfinite(v):
        return "—"
    text = f"{abs(v):,.{decimals}f}"
    negative = v < 0 and float(text.replace(",", "")) != 0.0
    return (MINUS if negative else "") + text


def signed(value: float, decimals: int = 3) -> str:
    """Like :func:`number` with an explicit ``+`` for positive values."""
    text = number(value, decimals)
    return text if text.startswith(MINUS) or float(value) == 0 else "+" + text


def percent(share: float, lang: str = "es", decimals: int | None = None) -> str:
    """A share (0.125) as a percentage (``12.5 %``); decimals: 0 for whole numbers, else 1."""
    pct = 100.0 * float(share)
    if decimals is None:
        decimals = 0 if abs(pct - round(pct)) < 0.05 else 1
    sep = NBSP if lang == "es" else ""
    return f"{number(pct, decimals)}{sep}%"


def smart(value: float, digits: int = 3) -> str:
    """A value with about ``digits`` significant digits (integers of 1,000 and more without decimals)."""
    v = float(value)
    if not math.isfinite(v):
        return "—"
    if v == 0:
        return "0"
    magnitude = int(math.floor(math.log10(abs(v))))
    decimals = max(0, digits - 1 - magnitude)
    if abs(v) >= 1000:
        decimals = 0
    return number(v, min(decimals, 6))


def compact(value: float, digits: int = 4) -> str:
    """Like :func:`smart` without trailing zeros (``0.9``, not ``0.9000``): values in tables."""
    text = smart(value, digits)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
