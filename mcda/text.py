"""Render coded issues as text in Spanish (default) or English.

Message catalogues are JSON files in ``resources/messages`` (one per area of
the engine), each mapping a code to ``{"es": ..., "en": ...}`` templates using
``str.format`` fields named after the issue's parameters.

>>> from mcda.errors import Issue
>>> render(Issue("cell.not_number", "Clusters", "D7", {"value": "abc"}), "en")
'Clusters!D7: "abc" is not a number.'
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


class _Lenient(string.Formatter):
    """Leaves unknown fields visible instead of raising."""

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> str:
        try:
            formatted: str = super().format_field(value, format_spec)
        except (ValueError, TypeError):
            return str(value)
        return formatted


_FORMATTER = _Lenient()


def message(code: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """The text of a code without location."""
    texts = catalogue().get(code)
    if texts is None:
        return f"{code} {params}" if params else code
    template = texts.get(lang) or texts.get(DEFAULT_LANGUAGE) or code
    return _FORMATTER.format(template, **params)


def render(issue: Issue, lang: str = DEFAULT_LANGUAGE) -> str:
    """``Sheet!Cell: message`` (or just the message when there is no location)."""
    text = message(issue.code, lang, **dict(issue.params))
    return f"{issue.location}: {text}" if issue.location else text
