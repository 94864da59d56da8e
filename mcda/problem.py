"""The decision problem: clusters, criteria, committee, judgments and values.

A :class:`Problem` is immutable.  It validates itself on construction and
changes only through methods that return a new object (``replace``,
``with_value``, ``with_weights`` ...), so the desktop app can keep old
versions for undo and hand snapshots to background threads safely.

Missing values are allowed in the matrix (``NaN``); they are resolved by a
missing-value policy (:mod:`mcda.missing`) before a method runs.

Examples
--------
>>> p = Problem(
...     clusters=(Cluster("A", "Alfa"), Cluster("B", "Beta")),
...     criteria=(Criterion("c1", "Empleo", weight=3), Criterion("c2", "Riesgo",
...               direction=Direction.COST, weight=1)),
...     values=[[10, 2], [20, 5]],
... )
>>> p.weights.round(2).tolist()
[0.75, 0.25]
>>> p.with_value("A", "c1", 30).value("A", "c1")
30.0
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import InputError, Issue

FloatArray = npt.NDArray[np.float64]


class Direction(enum.Enum):
    """Whether more of a criterion is better (benefit) or worse (cost)."""

    BENEFIT = 1
    COST = -1

    @property
    def sign(self) -> int:
        """pymcdm's ``types`` value: +1 benefit, -1 cost."""
        return int(self.value)


class PreferenceFunction(enum.Enum):
    """PROMETHEE generalized criteria (Brans & Vincke 1985, types I-VI)."""

    USUAL = "usual"  # I
    USHAPE = "ushape"  # II, threshold q
    VSHAPE = "vshape"  # III, threshold p
    LEVEL = "level"  # IV, thresholds q, p
    LINEAR = "linear"  # V, thresholds q, p
    GAUSSIAN = "gaussian"  # VI, parameter s


@dataclass(frozen=True)
class Cluster:
    """A candidate cluster (one alternative)."""

    id: str
    name: str
    region: str = ""
    description: str = ""


@dataclass(frozen=True)
class Criterion:
    """One criterion with its documentation and PROMETHEE parameters.

    ``weight`` is the raw weight as entered (``None`` when not given); the
    normalized vector is :attr:`Problem.weights`.
    """

    id: str
    name: str
    group: str = ""
    direction: Direction = Direction.BENEFIT
    unit: str = ""
    weight: float | None = None
    preference: PreferenceFunction = PreferenceFunction.USUAL
    q: float | None = None
    p: float | None = None
    s: float | None = None
    description: str = ""
    source: str = ""
    year: str = ""


@dataclass(frozen=True)
class Member:
    """A committee member and their voting weight."""

    id: str
    name: str
    role: str = ""
    weight: float = 1.0


@dataclass(frozen=True)
class Judgments:
    """A pairwise comparison matrix as entered (``NaN`` = missing judgment).

    ``member`` is ``None`` for the single committee matrix (sheet ``AHP``);
    ``level`` is ``"criteria"`` for a matrix over criterion ids and
    ``"groups"`` for one over group names.
    """

    labels: tuple[str, ...]
    matrix: FloatArray
    member: str | None = None
    level: str = "criteria"
    sheet: str = ""

    def __post_init__(self) -> None:
        m = np.array(self.matrix, dtype=float)
        m.setflags(write=False)
        object.__setattr__(self, "matrix", m)
        object.__setattr__(self, "labels", tuple(self.labels))
        if m.shape != (len(self.labels), len(self.labels)):
            raise ValueError("judgment matrix shape does not match its labels")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Judgments):
            return NotImplemented
        return (
            self.labels == other.labels
            and self.member == other.member
            and self.level == other.level
            and np.array_equal(self.matrix, other.matrix, equal_nan=True)
        )

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Problem:
    """Clusters x criteria values plus everything needed to rank them."""

    clusters: tuple[Cluster, ...]
    criteria: tuple[Criterion, ...]
    values: FloatArray
    members: tuple[Member, ...] = ()
    judgments: tuple[Judgments, ...] = ()
    settings: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        clusters = tuple(self.clusters)
        criteria = tuple(self.criteria)
        values = np.array(self.values, dtype=float)
        if values.ndim == 1 and len(clusters) and not len(criteria):
            values = values.reshape(len(clusters), 0)
        values.setflags(write=False)
        object.__setattr__(self, "clusters", clusters)
        object.__setattr__(self, "criteria", criteria)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "members", tuple(self.members))
        object.__setattr__(self, "judgments", tuple(self.judgments))
        object.__setattr__(self, "settings", MappingProxyType(dict(self.settings)))
        issues = list(_structural_issues(clusters, criteria, values))
        if issues:
            raise InputError(issues)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (
            self.clusters == other.clusters
            and self.criteria == other.criteria
            and self.values.shape == other.values.shape
            and bool(np.array_equal(self.values, other.values, equal_nan=True))
            and self.members == other.members
            and self.judgments == other.judgments
            and dict(self.settings) == dict(other.settings)
        )

    __hash__ = None  # type: ignore[assignment]

    # -- lookups -----------------------------------------------------------
    @property
    def cluster_ids(self) -> list[str]:
        return [c.id for c in self.clusters]

    @property
    def criterion_ids(self) -> list[str]:
        return [c.id for c in self.criteria]

    @property
    def groups(self) -> list[str]:
        """Distinct criterion groups in order of first appearance."""
        seen: dict[str, None] = {}
        for c in self.criteria:
            seen.setdefault(c.group, None)
        return list(seen)

    @property
    def types(self) -> npt.NDArray[np.int_]:
        """+1 / -1 per criterion, pymcdm's convention."""
        return np.array([c.direction.sign for c in self.criteria], dtype=int)

    def cluster_index(self, cluster_id: str) -> int:
        return self.cluster_ids.index(cluster_id)

    def criterion_index(self, criterion_id: str) -> int:
        return self.criterion_ids.index(criterion_id)

    def criterion(self, criterion_id: str) -> Criterion:
        return self.criteria[self.criterion_index(criterion_id)]

    def cluster(self, cluster_id: str) -> Cluster:
        return self.clusters[self.cluster_index(cluster_id)]

    def value(self, cluster_id: str, criterion_id: str) -> float:
        return float(self.values[self.cluster_index(cluster_id), self.criterion_index(criterion_id)])

    @property
    def matrix(self) -> pd.DataFrame:
        """A labelled copy of the values (rows: cluster ids, columns: criterion ids)."""
        return pd.DataFrame(self.values.copy(), index=self.cluster_ids, columns=self.criterion_ids)

    @property
    def raw_weights(self) -> FloatArray:
        """Weights as entered; ``NaN`` where none was given."""
        return np.array([math.nan if c.weight is None else c.weight for c in self.criteria])

    @property
    def weights_given(self) -> bool:
        return any(c.weight is not None for c in self.criteria)

    @property
    def weights(self) -> FloatArray:
        """Normalized weights (sum 1).  Equal weights when none were given;
        a criterion without a weight among weighted ones counts as 0."""
        n = len(self.criteria)
        if n == 0:
            return np.zeros(0)
        raw = self.raw_weights
        if not self.weights_given:
            return np.full(n, 1.0 / n)
        raw = np.nan_to_num(raw, nan=0.0)
        total = float(raw.sum())
        if total <= 0:
            return np.full(n, 1.0 / n)
        return raw / total

    @property
    def weight_series(self) -> pd.Series:
        return pd.Series(self.weights, index=self.criterion_ids, name="weight")

    def missing_cells(self) -> list[tuple[str, str]]:
        """(cluster id, criterion id) of every missing value."""
        rows, cols = np.nonzero(np.isnan(self.values))
        return [(self.clusters[r].id, self.criteria[c].id) for r, c in zip(rows, cols)]

    @property
    def is_complete(self) -> bool:
        return not np.isnan(self.values).any()

    def judgments_for(self, member: str | None = None, level: str = "criteria") -> Judgments | None:
        for j in self.judgments:
            if j.member == member and j.level == level:
                return j
        return None

    # -- changes (each returns a new problem) ------------------------------
    def replace(self, **changes: Any) -> Problem:
        return replace(self, **changes)

    def with_value(self, cluster_id: str, criterion_id: str, value: float) -> Problem:
        values = self.values.copy()
        values[self.cluster_index(cluster_id), self.criterion_index(criterion_id)] = value
        return self.replace(values=values)

    def with_weights(self, weights: Mapping[str, float] | Sequence[float]) -> Problem:
        """New problem whose criteria carry these raw weights."""
        if isinstance(weights, Mapping):
            lookup = dict(weights)
            new = [replace(c, weight=float(lookup[c.id]) if c.id in lookup else c.weight) for c in self.criteria]
        else:
            ws = list(weights)
            if len(ws) != len(self.criteria):
                raise ValueError("one weight per criterion is needed")
            new = [replace(c, weight=float(w)) for c, w in zip(self.criteria, ws)]
        return self.replace(criteria=tuple(new))

    def with_criterion(self, criterion: Criterion, index: int | None = None) -> Problem:
        """Replace the criterion of the same id, or (new id) insert it with NaN values."""
        ids = self.criterion_ids
        if criterion.id in ids:
            crit = list(self.criteria)
            crit[ids.index(criterion.id)] = criterion
            return self.replace(criteria=tuple(crit))
        pos = len(ids) if index is None else index
        crit = list(self.criteria)
        crit.insert(pos, criterion)
        values = np.insert(self.values, pos, np.nan, axis=1)
        return self.replace(criteria=tuple(crit), values=values)

    def without_criterion(self, criterion_id: str) -> Problem:
        i = self.criterion_index(criterion_id)
        crit = self.criteria[:i] + self.criteria[i + 1 :]
        return self.replace(criteria=crit, values=np.delete(self.values, i, axis=1))

    def with_criteria_order(self, order: Sequence[str]) -> Problem:
        idx = [self.criterion_index(c) for c in order]
        if sorted(idx) != list(range(len(self.criteria))):
            raise ValueError("order must be a permutation of the criterion ids")
        return self.replace(criteria=tuple(self.criteria[i] for i in idx), values=self.values[:, idx])

    def subset(self, cluster_ids: Iterable[str]) -> Problem:
        """Only these clusters, in this order."""
        idx = [self.cluster_index(c) for c in cluster_ids]
        return self.replace(clusters=tuple(self.clusters[i] for i in idx), values=self.values[idx, :])

    def with_judgments(self, judgments: Judgments) -> Problem:
        """Add or replace the matrix of the same member and level."""
        kept = tuple(j for j in self.judgments if not (j.member == judgments.member and j.level == judgments.level))
        return self.replace(judgments=kept + (judgments,))


def _structural_issues(
    clusters: tuple[Cluster, ...], criteria: tuple[Criterion, ...], values: FloatArray
) -> Iterable[Issue]:
    if values.shape != (len(clusters), len(criteria)):
        yield Issue("problem.shape", params={"rows": values.shape[0] if values.ndim else 0,
                                             "clusters": len(clusters), "criteria": len(criteria)})
        return
    for kind, ids in (("cluster", [c.id for c in clusters]), ("criterion", [c.id for c in criteria])):
        seen: set[str] = set()
        for i in ids:
            if not str(i).strip():
                yield Issue(f"problem.empty_{kind}_id")
            elif i in seen:
                yield Issue(f"problem.duplicate_{kind}_id", params={"id": i})
            seen.add(i)
    for c in criteria:
        if c.weight is not None and (not math.isfinite(c.weight) or c.weight < 0):
            yield Issue("problem.bad_weight", params={"criterion": c.id, "value": c.weight})
    if np.isinf(values).any():
        yield Issue("problem.infinite_value")
