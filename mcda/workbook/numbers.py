"""Numbers typed as text, and cell values that are not numbers.

A workbook cell that holds a real number is used as it is.  A cell that holds
*text* is accepted as a number only when the text is plainly one, by the rule
below (copied into the user guide from ``docs/numbers_rule.md``).  Anything
else is an error that names the cell; the engine never guesses.

Rule for numbers written as text
--------------------------------
1. Spaces around the text are ignored.  An empty cell is a *missing value*.
2. An optional sign comes first: ``-``, ``+`` or the typographic minus ``−``.
3. A ``%`` at the end divides by 100: ``"12%"`` → 0.12, ``"12,5 %"`` → 0.125.
4. An exponent is allowed at the end: ``"1.5e3"`` → 1500.
5. Digits may be grouped by thousands with spaces (ordinary, non-breaking,
   thin or narrow spaces) or apostrophes: ``"1 234 567"``.  The first group
   has 1 to 3 digits and every other group exactly 3.  When the digits are
   grouped with spaces, a single ``,`` or ``.`` is the decimal separator:
   ``"1 234,5"`` and ``"1 234.5"`` are both 1234.5.
6. When both ``.`` and ``,`` appear, the one written last is the decimal
   separator and the other groups thousands: ``"1,234.5"`` and ``"1.234,5"``
   are both 1234.5.
7. When only one of them appears, several times, it groups thousands:
   ``"1.234.567"`` = ``"1,234,567"`` = 1234567.
8. When only one of them appears, once, it is the decimal separator
   (``"0,25"``, ``"3.5"``, ``"1234,567"``), **except** when it is followed by
   exactly three digits and preceded by one to three digits that do not start
   with 0: ``"1,234"`` and ``"12.500"`` could be either a thousands group or a
   decimal, so they are refused as *ambiguous*.  Type the number as a real
   number, or write ``"1234"`` / ``"1,2340"`` / ``"1 234"`` instead.
9. Currency symbols (``S/``, ``US$``, ``$``, ``€``) are refused: the unit of a
   criterion belongs in the ``unidad`` column of ``Criterios``, and a value
   copied in the wrong currency must not pass unnoticed.
10. Texts that mean "no data" (``n.d.``, ``-``, ``s/d``, ``N/A`` ...) are
    refused with a hint to leave the cell empty, so that the chosen
    missing-value policy applies.  Excel error values (``#N/A``,
    ``#DIV/0!``, ``#¡VALOR!`` ...) are refused naming the cell.
11. ``TRUE``/``FALSE`` cells and dates are not numbers.

Examples
--------
>>> parse_number("1 234,5"), parse_number("1,234.5"), parse_number("1.234,5")
(1234.5, 1234.5, 1234.5)
>>> parse_number("12%"), parse_number("-3"), parse_number("\\u22123,5e2")
(0.12, -3.0, -350.0)
>>> parse_number("1,234").code
'cell.ambiguous_number'
>>> parse_number("S/ 1 200").code
'cell.currency'
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any

from mcda.errors import Issue

#: Characters accepted as thousands-group separators besides "." and ",".
GROUP_SPACES = " \u00a0\u2007\u2008\u2009\u200a\u202f'\u2019"
_MINUS = "-\u2212"
_DIGITS = frozenset("0123456789")

_EXCEL_ERROR = re.compile(r"^#[A-Z0-9¡¿/_ÁÉÍÓÚÑ]+[!?]?$|^ERR:\d+$")
_CURRENCY = re.compile(r"^(?:s/\.?|us\$|\$|€|usd|pen|eur)\s*(.+)$|^(.+?)\s*(?:s/\.?|us\$|\$|€|usd|pen|eur|soles)$",
                       re.IGNORECASE)
_EXPONENT = re.compile(r"^(.*[0-9])[eE]([+-]?[0-9]{1,4})$")

#: Texts that mean "no data" in Peruvian and international statistics.
MISSING_MARKERS = frozenset({
    "-", "--", "---", "–", "—", "...", "…", "?", "n.d.", "n.d", "nd", "n/d", "s.d.", "s/d", "sd",
    "s.i.", "s/i", "na", "n/a", "n.a.", "nan", "null", "none", "sin dato", "sin datos", "no disponible",
})


def _issue(code: str, text: str, **extra: Any) -> Issue:
    return Issue(code, params={"value": text, **extra})


def _grouped(int_part: str, sep_chars: str) -> str | None:
    """Digits of a thousands-grouped integer part, or None if badly grouped."""
    groups = re.split("[" + re.escape(sep_chars) + "]", int_part)
    first, rest = groups[0], groups[1:]
    if not (1 <= len(first) <= 3) or not set(first) <= _DIGITS:
        return None
    if any(len(g) != 3 or not set(g) <= _DIGITS for g in rest):
        return None
    return "".join(groups)


def _mantissa(text: str) -> tuple[str, str] | str:
    """(integer digits, fraction digits) of an unsigned mantissa, or an
    error code (``cell.not_number`` / ``cell.ambiguous_number``)."""
    allowed = _DIGITS | set(".,") | set(GROUP_SPACES)
    if not text or not set(text) <= allowed or not set(text) & _DIGITS:
        return "cell.not_number"
    has_space_groups = any(ch in GROUP_SPACES for ch in text)
    dots, commas = text.count("."), text.count(",")
    decimal: str | None = None
    thousands = GROUP_SPACES if has_space_groups else ""
    if dots and commas:
        if has_space_groups:
            return "cell.not_number"
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        if text.count(decimal) != 1:
            return "cell.not_number"
        thousands = "," if decimal == "." else "."
    elif dots or commas:
        mark = "." if dots else ","
        if text.count(mark) > 1:
            if has_space_groups:
                return "cell.not_number"
            thousands = mark
        else:
            decimal = mark
            int_part, frac = text.split(mark)
            if (not has_space_groups and len(frac) == 3 and 1 <= len(int_part) <= 3
                    and set(int_part) <= _DIGITS and not int_part.startswith("0")):
                return "cell.ambiguous_number"
    if decimal is not None:
        int_part, frac = text.split(decimal)
        if not frac or not set(frac) <= _DIGITS:
            return "cell.not_number"
    else:
        int_part, frac = text, ""
    if thousands and any(ch in thousands for ch in int_part):
        digits = _grouped(int_part, thousands)
        if digits is None:
            return "cell.not_number"
    else:
        digits = int_part
        if not set(digits) <= _DIGITS or (not digits and not frac):
            return "cell.not_number"
    return digits, frac


def parse_number(text: str) -> float | Issue:
    """The number a text cell holds, or an :class:`~mcda.errors.Issue` saying why not.

    The issue has no location; the caller adds the sheet and cell.  Never
    raises, whatever the text.

    >>> parse_number("1.234.567"), parse_number("0,125"), parse_number("1234,567")
    (1234567.0, 0.125, 1234.567)
    >>> parse_number("n.d.").code, parse_number("#DIV/0!").code, parse_number("abc").code
    ('cell.missing_marker', 'cell.excel_error', 'cell.not_number')
    """
    if not isinstance(text, str):
        return _issue("cell.not_number", str(text))
    s = text.strip().strip("\u00a0\u2007\u2009\u202f\ufeff")
    if not s:
        return _issue("cell.empty", text)
    if s.casefold() in MISSING_MARKERS:
        return _issue("cell.missing_marker", s)
    if _EXCEL_ERROR.match(s.upper()):
        return _issue("cell.excel_error", s)
    cur = _CURRENCY.match(s)
    if cur and isinstance(parse_number(cur.group(1) or cur.group(2)), float):
        return _issue("cell.currency", s)
    sign = 1.0
    if s[0] in _MINUS or s[0] == "+":
        sign = -1.0 if s[0] in _MINUS else 1.0
        s = s[1:].lstrip()
    exponent = 0
    if s.endswith("%"):
        exponent = -2
        s = s[:-1].rstrip(GROUP_SPACES)
    m = _EXPONENT.match(s)
    if m:
        s, exponent = m.group(1), exponent + int(m.group(2))
    parts = _mantissa(s)
    if isinstance(parts, str):
        if parts == "cell.ambiguous_number":
            mark = "," if "," in s else "."
            as_decimal = sign * float(s.replace(mark, ".") + f"e{exponent}")
            as_thousands = sign * float(s.replace(mark, "") + f"e{exponent}")
            return _issue(parts, text.strip(), decimal=_plain(as_decimal), thousands=_plain(as_thousands))
        return _issue(parts, text.strip())
    digits, frac = parts
    try:
        value = sign * float(f"{digits or '0'}.{frac or '0'}e{exponent}")
    except (ValueError, OverflowError):  # pragma: no cover - the grammar above prevents it
        return _issue("cell.not_number", text.strip())
    if not math.isfinite(value):
        return _issue("cell.not_finite", text.strip())
    return value


def _plain(x: float) -> str:
    return f"{x:.10g}"


def parse_value(value: Any) -> float | Issue:
    """A number from a raw cell value (as python-calamine or a CSV gives it).

    ``None`` and blank text give the issue ``cell.empty``; booleans, dates
    and times are refused; text goes through :func:`parse_number`.

    >>> parse_value(3), parse_value(2.5), parse_value(" 7 ")
    (3.0, 2.5, 7.0)
    >>> parse_value(True).code, parse_value(None).code
    ('cell.boolean', 'cell.empty')
    """
    if value is None:
        return _issue("cell.empty", "")
    if isinstance(value, bool):
        return _issue("cell.boolean", str(value).upper())
    if isinstance(value, (int, float)):
        x = float(value)
        if not math.isfinite(x):
            return _issue("cell.not_finite", str(value))
        return x
    if isinstance(value, (_dt.date, _dt.time, _dt.timedelta)):
        return _issue("cell.date", str(value))
    if isinstance(value, str):
        return parse_number(value)
    return _issue("cell.not_number", str(value))


def cell_text(value: Any) -> str:
    """A cell as text for ids, names and headers: numbers lose a trailing ``.0``.

    >>> cell_text(7.0), cell_text(7), cell_text(1.5), cell_text("  C01 "), cell_text(None)
    ('7', '7', '1.5', 'C01', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return str(value).strip()


def is_blank(value: Any) -> bool:
    """True for an empty cell (``None`` or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())
