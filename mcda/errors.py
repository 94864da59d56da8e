"""Typed, coded problems found in input or raised by the engine.

The engine never produces prose for people: every problem is an :class:`Issue`
with a stable ``code`` and the parameters needed to say it (sheet, cell,
criterion, value ...).  The text a person reads is rendered by
:func:`mcda.text.render` from the catalogues in ``resources/messages``.

Examples
--------
>>> issue = Issue("cell.not_number", sheet="Clusters", cell="D7", params={"value": "abc"})
>>> issue.location
'Clusters!D7'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


class Severity(enum.Enum):
    """How serious an issue is: errors stop a run, warnings are reported."""

    ERROR = "error"
    WARNING = "warning"


def _frozen(params: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(params or {}))


@dataclass(frozen=True)
class Issue:
    """One problem, identified by a code, with where it is and its parameters."""

    code: str
    sheet: str | None = None
    cell: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", _frozen(self.params))

    @property
    def location(self) -> str:
        """``Sheet!Cell``, ``Sheet`` or ``""`` depending on what is known."""
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet or self.cell or ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_warning(self) -> Issue:
        return Issue(self.code, self.sheet, self.cell, self.params, Severity.WARNING)


def warning(code: str, **params: Any) -> Issue:
    """Shorthand for a warning issue with no location."""
    return Issue(code, params=params, severity=Severity.WARNING)


class McdaError(Exception):
    """Base of every error the engine raises on purpose.

    It always carries at least one :class:`Issue`; ``str()`` gives the codes
    (for logs), never the user-facing text.
    """

    def __init__(self, issues: Issue | Iterable[Issue]) -> None:
        if isinstance(issues, Issue):
            issues = [issues]
        self.issues: tuple[Issue, ...] = tuple(issues)
        if not self.issues:
            raise ValueError("McdaError needs at least one issue")
        super().__init__("; ".join(f"{i.location or '-'}: {i.code}" for i in self.issues))

    @property
    def code(self) -> str:
        return self.issues[0].code


class InputError(McdaError):
    """The input (a workbook, a matrix, a value) is not acceptable."""


class MethodError(McdaError):
    """A ranking or weighting method cannot run on the given data."""


class ConsistencyError(McdaError):
    """A pairwise comparison matrix cannot be used (not reciprocal, disconnected ...)."""


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a zero-based column index.

    >>> column_letter(0), column_letter(25), column_letter(26), column_letter(701)
    ('A', 'Z', 'AA', 'ZZ')
    """
    if index < 0:
        raise ValueError("negative column index")
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """``A1`` reference of a zero-based (row, column) pair.

    >>> cell_ref(6, 3)
    'D7'
    """
    return f"{column_letter(col)}{row + 1}"
