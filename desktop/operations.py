"""Edits of a problem as plain, Qt-free operations.

An operation is a small immutable object with ``apply(problem) -> problem`` and
a ``text`` naming it in the Edit menu ("Editar valor I1 de C03").  Because the
problem is immutable, the inverse of an operation is the snapshot it started
from, which :class:`desktop.document.Document` keeps in its undo command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from mcda.problem import Criterion, Problem


@dataclass(frozen=True)
class Operation:
    """Any edit: a named function from problem to problem."""

    text: str
    change: Callable[[Problem], Problem]

    def apply(self, problem: Problem) -> Problem:
        return self.change(problem)


def set_value(text: str, cluster_id: str, criterion_id: str, value: float) -> Operation:
    return Operation(text, lambda p: p.with_value(cluster_id, criterion_id, value))


def set_weights(text: str, weights: Mapping[str, float]) -> Operation:
    frozen = dict(weights)
    return Operation(text, lambda p: p.with_weights(frozen))


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
