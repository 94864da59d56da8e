"""The blocks of the committee's AHP: which pairs each member judges, and reading or
changing one judgment (the layout is described in :mod:`mcda.committee.hierarchy`).

>>> from mcda.sample_data import CRITERIA
>>> from mcda.problem import Cluster, Problem
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), CRITERIA, [[1.0] * 14, [2.0] * 14])
>>> [b.name for b in blocks(p, "hierarchical")][:2], len(pairs(p, "flat"))
(['grupos', 'Importancia'], 91)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from mcda import ahp
from mcda.errors import InputError, Issue, Severity
from mcda.problem import Judgments, Problem

FloatArray = npt.NDArray[np.float64]

HIERARCHICAL = "hierarchical"
FLAT = "flat"
GROUPS_BLOCK = "grupos"
FLAT_BLOCK = "criterios"
#: Name of the group result in tables (members are named by their id).
COMMITTEE = "Comité"


@dataclass(frozen=True)
class Block:
    """One node of the hierarchy: the items compared in one matrix.

    ``name`` is ``"grupos"`` for the group level, the group's name for the
    criteria of a group, ``"criterios"`` in flat mode.  ``level`` is the
    :class:`~mcda.problem.Judgments` level the block lives in.
    """

    name: str
    level: str
    labels: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.labels)

    @property
    def pair_count(self) -> int:
        return self.size * (self.size - 1) // 2


@dataclass(frozen=True)
class Pair:
    """One judgment to give: how much more important ``a`` is than ``b``."""

    block: str
    level: str
    a: str
    b: str


def mode_of(problem: Problem) -> str:
    """``"hierarchical"`` when any member has a group-level matrix, or (no
    judgments yet) when the criteria fall in two groups or more; else ``"flat"``."""
    if any(j.level == "groups" for j in problem.judgments):
        return HIERARCHICAL
    if any(j.level == "criteria" for j in problem.judgments):
        return FLAT
    return HIERARCHICAL if len(problem.groups) >= 2 else FLAT


def blocks(problem: Problem, mode: str | None = None) -> tuple[Block, ...]:
    """The blocks of the hierarchy (groups first, then each group of two or
    more criteria) or the single flat block."""
    mode = mode or mode_of(problem)
    if mode == FLAT:
        return (Block(FLAT_BLOCK, "criteria", tuple(problem.criterion_ids)),)
    out = [Block(GROUPS_BLOCK, "groups", tuple(problem.groups))]
    for g in problem.groups:
        ids = tuple(c.id for c in problem.criteria if c.group == g)
        if len(ids) >= 2:
            out.append(Block(g, "criteria", ids))
    return tuple(out)


def pairs(problem: Problem, mode: str | None = None) -> list[Pair]:
    """Every judgment the committee is asked for, block by block, upper triangle order."""
    return [Pair(b.name, b.level, b.labels[i], b.labels[j])
            for b in blocks(problem, mode) for i in range(b.size) for j in range(i + 1, b.size)]


def unnamed_ignored(problem: Problem) -> tuple[Problem, list[Issue]]:
    """The committee's judgments: when members have matrices of their own, an
    unnamed ``AHP`` matrix beside them is left out (with a warning naming its
    sheet), because the committee's weights are the members' aggregate.

    >>> from mcda.problem import Cluster, Criterion
    >>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("x", "X"), Criterion("y", "Y")),
    ...             [[1, 2], [3, 4]], judgments=(Judgments(("x", "y"), np.eye(2), "M1"),
    ...                                          Judgments(("x", "y"), np.eye(2), None, sheet="AHP")))
    >>> q, warns = unnamed_ignored(p)
    >>> [j.member for j in q.judgments], warns[0].code, warns[0].sheet
    (['M1'], 'committee.unnamed_ignored', 'AHP')
    """
    named = tuple(j for j in problem.judgments if j.member is not None)
    if not named or len(named) == len(problem.judgments):
        return problem, []
    warns = [Issue("committee.unnamed_ignored", sheet=j.sheet or "AHP", severity=Severity.WARNING,
                   params={"sheet": j.sheet or "AHP"}) for j in problem.judgments if j.member is None]
    return problem.replace(judgments=named), warns


def member_ids(problem: Problem) -> list[str | None]:
    """Members with judgments, in the ``Comite`` order, then any other (``None`` = sheet ``AHP``;
    left out when members have matrices of their own, see :func:`unnamed_ignored`)."""
    problem, _ = unnamed_ignored(problem)
    have = {j.member for j in problem.judgments}
    ordered: list[str | None] = [m.id for m in problem.members if m.id in have]
    ordered += [m for m in dict.fromkeys(j.member for j in problem.judgments) if m not in ordered]
    return ordered


def voting_weight(problem: Problem, member: str | None) -> float:
    """The member's voting weight (1 when not listed or for the single ``AHP`` matrix)."""
    for m in problem.members:
        if m.id == member:
            return float(m.weight)
    return 1.0


def member_name(problem: Problem, member: str | None) -> str:
    for m in problem.members:
        if m.id == member:
            return m.name or m.id
    return member or "AHP"


def _labels_for(problem: Problem, level: str) -> tuple[str, ...]:
    return tuple(problem.criterion_ids) if level == "criteria" else tuple(problem.groups)


def block_matrix(problem: Problem, member: str | None, block: Block) -> FloatArray:
    """The member's judgments of one block (``NaN`` = not given), labels in block order."""
    n = block.size
    out = np.full((n, n), math.nan)
    np.fill_diagonal(out, 1.0)
    j = problem.judgments_for(member, block.level)
    if j is None:
        return out
    where = {label: k for k, label in enumerate(j.labels)}
    full = ahp.complete_reciprocal(np.asarray(j.matrix, dtype=float))
    for r, a in enumerate(block.labels):
        for c, b in enumerate(block.labels):
            if a in where and b in where:
                out[r, c] = full[where[a], where[b]]
    np.fill_diagonal(out, 1.0)
    return out


def judgment(problem: Problem, member: str | None, level: str, a: str, b: str) -> float:
    """The member's ``a_ab`` (``NaN`` when not given)."""
    j = problem.judgments_for(member, level)
    if j is None or a not in j.labels or b not in j.labels:
        return math.nan
    full = ahp.complete_reciprocal(np.asarray(j.matrix, dtype=float))
    return float(full[j.labels.index(a), j.labels.index(b)])


def with_judgment(problem: Problem, member: str | None, level: str, a: str, b: str, value: float) -> Problem:
    """The problem with the member's judgment ``a_ab = value`` (and ``a_ba = 1/value``).

    ``NaN`` clears the pair.  A member without a matrix of that level gets one
    (labels: every criterion id, or every group) with only this judgment.

    >>> from mcda.problem import Cluster, Criterion
    >>> p = Problem((Cluster("A", "a"), Cluster("B", "b")),
    ...             (Criterion("x", "X", group="G"), Criterion("y", "Y", group="G")), [[1, 2], [3, 4]])
    >>> q = with_judgment(p, "M1", "criteria", "y", "x", 3.0)
    >>> judgment(q, "M1", "criteria", "x", "y")
    0.3333333333333333
    """
    labels = _labels_for(problem, level)
    if a == b or a not in labels or b not in labels:
        raise InputError(Issue("committee.unknown_pair", params={"a": a, "b": b, "level": level}))
    if not (math.isnan(value) or (math.isfinite(value) and value > 0)):
        raise InputError(Issue("committee.bad_value", params={"value": value}))
    old = problem.judgments_for(member, level)
    if old is not None:
        merged = list(old.labels) + [x for x in labels if x not in old.labels]
        m = block_matrix(problem, member, Block("", level, tuple(merged)))
        sheet = old.sheet
    else:
        merged = list(labels)
        m = np.full((len(merged), len(merged)), math.nan)
        np.fill_diagonal(m, 1.0)
        sheet = ""
    i, k = merged.index(a), merged.index(b)
    m[i, k] = value
    m[k, i] = math.nan if math.isnan(value) else 1.0 / value
    return problem.with_judgments(Judgments(tuple(merged), m, member, level, sheet))


def without_member_judgments(problem: Problem, member: str | None) -> Problem:
    """The problem without any matrix of ``member``."""
    return problem.replace(judgments=tuple(j for j in problem.judgments if j.member != member))
