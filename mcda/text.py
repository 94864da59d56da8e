"""Render coded issues as text in Spanish (default) or English.

Message catalogues are JSON files in ``resources/messages`` (one per area of
the engine), each mapping a code to ``{"es": ..., "en": ...}`` templates using
``str.format`` fields named after the issue's parameters.

>>> from mcda.errors import Issue
>>> render(Issue("cell.not_number", "Clusters", "D7", {"value": "abc"}), "en")
'Clusters!D7: "abc" is not a number.'

A template makes a word agree with a count through the format spec
``plural|singular|plural`` (see :func:`plural`):
``"Hay {count} {count:plural|clúster válido|clústeres válidos}"``.  The
chosen form may itself hold fields (``{k:plural|el primero|los {k} primeros}``).
The spec ``label|prefix.`` shows the catalogue text of ``prefix.<value>`` in
the message's language (the value itself when there is no such code):
``"El método {method:label|method.name.}"``.
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
from typing import Any

from mcda.errors import Issue

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """All message templates, merged from every catalogue file."""
    import resources

    merged: dict[str, dict[str, str]] = {}
    for f in sorted(resources.path("messages").glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        for code, texts in data.items():
            if code in merged:
                raise RuntimeError(f"message code {code} defined twice ({f.name})")
            merged[code] = texts
    return merged


PLURAL_SPEC = "plural|"
LABEL_SPEC = "label|"


def is_one(count: Any) -> bool:
    """Whether ``count`` takes the singular form (exactly one, in Spanish and English).

    >>> is_one(1), is_one("1"), is_one(1.0), is_one(0), is_one(2), is_one("abc")
    (True, True, True, False, False, False)
    """
    if isinstance(count, bool):
        return False
    try:
        return float(count) == 1.0
    except (TypeError, ValueError):
        return False


def plural(count: Any, one: str, other: str) -> str:
    """``one`` when ``count`` is exactly one, ``other`` otherwise (zero is plural too).

    >>> plural(1, "fila", "filas"), plural(0, "fila", "filas"), plural(3, "row", "rows")
    ('fila', 'filas', 'rows')
    """
    return one if is_one(count) else other


class _Lenient(string.Formatter):
    """Leaves unknown fields visible instead of raising; knows the ``plural|`` and ``label|`` specs.

    >>> es = _Lenient("es")
    >>> es.format("Falta{n:plural||n} {n} {n:plural|dato|datos}", n=1)
    'Falta 1 dato'
    >>> es.format("Falta{n:plural||n} {n} {n:plural|dato|datos}", n=2)
    'Faltan 2 datos'
    >>> es.format("{m:label|method.name.} / {m2:label|method.name.}", m="wsm", m2="other")
    'Suma ponderada (WSM) / other'
    """

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        super().__init__()
        self.lang = lang

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith(PLURAL_SPEC):
            one, _, other = format_spec[len(PLURAL_SPEC):].partition("|")
            return plural(value, one, other)
        if format_spec.startswith(LABEL_SPEC):
            code = format_spec[len(LABEL_SPEC):] + str(value)
            return message(code, self.lang) if code in catalogue() else str(value)
        try:
            formatted: str = super().format_field(value, format_spec)
        except (ValueError, TypeError):
            return str(value)
        return formatted


_FORMATTERS = {lang: _Lenient(lang) for lang in LANGUAGES}
_FORMATTER = _FORMATTERS[DEFAULT_LANGUAGE]


def message(code: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """The text of a code without location."""
    texts = catalogue().get(code)
    if texts is None:
        return f"{code} {params}" if params else code
    template = texts.get(lang) or texts.get(DEFAULT_LANGUAGE) or code
    return (_FORMATTERS.get(lang) or _Lenient(lang)).format(template, **params)


def render(issue: Issue, lang: str = DEFAULT_LANGUAGE) -> str:
    """``Sheet!Cell: message`` (or just the message when there is no location)."""
    text = message(issue.code, lang, **dict(issue.params))
    return f"{issue.location}: {text}" if issue.location else text
