"""Edits of a problem as plain, Qt-free operations.

An operation is a small immutable object with ``apply(problem) -> problem`` and
a ``text`` naming it in the Edit menu ("Editar valor I1 de C03").  Because the
problem is immutable, the inverse of an operation is the snapshot it started
from, which :class:`desktop.document.Document` keeps in its undo command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mcda.problem import Criterion, Judgments, Problem


@dataclass(frozen=True)
class Operation:
    """Any edit: a named function from problem to problem."""

    text: str
    change: Callable[[Problem], Problem]
    #: Operations with the same key that follow each other merge into one undo step.
    merge_key: str | None = None

    def apply(self, problem: Problem) -> Problem:
        return self.change(problem)


def set_value(text: str, cluster_id: str, criterion_id: str, value: float) -> Operation:
    return Operation(text, lambda p: p.with_value(cluster_id, criterion_id, value))


def spreadsheet_precision(weights: Mapping[str, float]) -> dict[str, float]:
    """Weights rounded to 15 significant digits (what a spreadsheet keeps)."""
    return {k: float(f"{float(v):.15g}") for k, v in weights.items()}


def set_weights(text: str, weights: Mapping[str, float], settings: Mapping[str, str | None] | None = None,
                merge_key: str | None = None) -> Operation:
    """New raw weights, optionally with session settings (e.g. the weighting mode).

    Weights are kept to 15 significant digits, the precision a spreadsheet
    stores, so a saved and reopened session has exactly the same weights.
    """
    frozen = spreadsheet_precision(weights)
    changes = dict(settings or {})

    def change(p: Problem) -> Problem:
        from desktop.session import with_settings

        return with_settings(p.with_weights(frozen), changes)

    return Operation(text, change, merge_key)


def set_criterion_field(text: str, criterion_id: str, **fields: object) -> Operation:
    def change(p: Problem) -> Problem:
        return p.with_criterion(replace(p.criterion(criterion_id), **fields))  # type: ignore[arg-type]

    return Operation(text, change)


def add_criterion(text: str, criterion: Criterion, index: int | None = None) -> Operation:
    return Operation(text, lambda p: p.with_criterion(criterion, index))


def remove_criterion(text: str, criterion_id: str) -> Operation:
    return Operation(text, lambda p: p.without_criterion(criterion_id))


def set_setting(text: str, key: str, value: str) -> Operation:
    def change(p: Problem) -> Problem:
        settings = dict(p.settings)
        settings[key] = value
        return p.replace(settings=settings)

    return Operation(text, change)


def set_settings(text: str, changes: Mapping[str, str | None]) -> Operation:
    """Change session settings (``None`` removes a key)."""
    frozen = dict(changes)

    def change(p: Problem) -> Problem:
        from desktop.session import with_settings

        return with_settings(p, frozen)

    return Operation(text, change)


def set_judgments(text: str, judgments: Judgments, weights: Mapping[str, float] | None = None,
                  settings: Mapping[str, str | None] | None = None) -> Operation:
    """Write a pairwise matrix; with ``weights``, also the weights derived from it."""
    frozen = spreadsheet_precision(weights) if weights is not None else None
    changes = dict(settings or {})

    def change(p: Problem) -> Problem:
        from desktop.session import with_settings

        q = p.with_judgments(judgments)
        if frozen is not None:
            q = q.with_weights(frozen)
        return with_settings(q, changes)

    return Operation(text, change)


def reorder_criteria(text: str, order: list[str]) -> Operation:
    frozen = list(order)
    return Operation(text, lambda p: p.with_criteria_order(frozen))


def _judgments_without(judgments: Judgments, label: str) -> Judgments:
    import numpy as np

    from mcda.problem import Judgments as J

    keep = [i for i, x in enumerate(judgments.labels) if x != label]
    m = np.asarray(judgments.matrix)[np.ix_(keep, keep)]
    return J(tuple(judgments.labels[i] for i in keep), m, judgments.member, judgments.level, judgments.sheet)


def _judgments_with(judgments: Judgments, label: str) -> Judgments:
    import numpy as np

    from mcda.problem import Judgments as J

    n = len(judgments.labels)
    m = np.full((n + 1, n + 1), np.nan)
    m[:n, :n] = judgments.matrix
    m[n, n] = 1.0
    return J(judgments.labels + (label,), m, judgments.member, judgments.level, judgments.sheet)


def add_criterion_everywhere(text: str, criterion: Criterion, index: int | None = None) -> Operation:
    """Insert a criterion (missing values) and leave its pairwise comparisons unanswered."""

    def change(p: Problem) -> Problem:
        q = p.with_criterion(criterion, index)
        judgments = tuple(_judgments_with(j, criterion.id) if j.level == "criteria" and criterion.id not in j.labels
                          else j for j in q.judgments)
        return q.replace(judgments=judgments)

    return Operation(text, change)


def remove_criterion_everywhere(text: str, criterion_id: str) -> Operation:
    """Remove a criterion, its values and its rows in every criteria-level pairwise matrix."""

    def change(p: Problem) -> Problem:
        q = p.without_criterion(criterion_id)
        judgments = tuple(_judgments_without(j, criterion_id) if j.level == "criteria" and criterion_id in j.labels
                          else j for j in q.judgments)
        return q.replace(judgments=judgments)

    return Operation(text, change)
