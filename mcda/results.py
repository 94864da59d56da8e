"""One result type for every ranking method, and the tie rule.

Examples
--------
>>> competition_ranks([0.9, 0.5, 0.5, 0.1], higher_is_better=True).tolist()
[1, 2, 2, 4]
>>> competition_ranks([3.0, 1.0, 2.0], higher_is_better=False).tolist()
[3, 1, 2]
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import Issue

#: Two scores closer than this (relative to the score range, or absolutely
#: when the range is below 1) are a tie.  Documented in the README.
TIE_TOLERANCE = 1e-9


def competition_ranks(
    scores: Sequence[float] | npt.NDArray[np.float64], higher_is_better: bool, tol: float = TIE_TOLERANCE
) -> npt.NDArray[np.int_]:
    """Standard competition ranking ("1224"): ties share the better rank.

    Scores within ``tol * max(1, |range|)`` of the best score of a tie group
    are tied, so float noise never decides a place.
    """
    s = np.asarray(scores, dtype=float)
    n = s.size
    if n == 0:
        return np.zeros(0, dtype=int)
    key = -s if higher_is_better else s
    order = np.argsort(key, kind="stable")
    span = float(np.nanmax(s) - np.nanmin(s)) if np.isfinite(s).any() else 0.0
    eps = tol * max(1.0, abs(span))
    ranks = np.empty(n, dtype=int)
    if (np.diff(key[order]) > eps).all():  # no ties (the usual case): places are positions
        ranks[order] = np.arange(1, n + 1)
        return ranks
    group_start_value = key[order[0]]
    group_rank = 1
    for pos, idx in enumerate(order):
        if key[idx] - group_start_value > eps:
            group_rank = pos + 1
            group_start_value = key[idx]
        ranks[idx] = group_rank
    return ranks


class LazyTables(Mapping[str, pd.DataFrame]):
    """Read-only explain tables, some built only when first read.

    A method whose explain table is costly and rarely looked at (PROMETHEE's
    m x m preference index) passes it as a zero-argument function: live
    re-ranking never pays for it, the first reader builds it once (under a
    lock) and every later reader gets the same DataFrame.  Keys, ``in`` and
    ``len`` never build anything.

    >>> t = LazyTables({"a": pd.DataFrame({"x": [1]})}, {"b": lambda: pd.DataFrame({"y": [2]})})
    >>> sorted(t), "b" in t, t.built("b")
    (['a', 'b'], True, False)
    >>> int(t["b"]["y"].iloc[0]), t.built("b")
    (2, True)
    """

    def __init__(self, tables: Mapping[str, pd.DataFrame],
                 deferred: Mapping[str, Callable[[], pd.DataFrame]] | None = None) -> None:
        self._tables = dict(tables)
        self._deferred = {k: f for k, f in (deferred or {}).items() if k not in self._tables}
        self._order = [*self._tables, *self._deferred]
        self._lock = threading.Lock()

    def __getitem__(self, key: str) -> pd.DataFrame:
        if key in self._tables:
            return self._tables[key]
        if key not in self._deferred:
            raise KeyError(key)
        with self._lock:
            if key not in self._tables:
                self._tables[key] = self._deferred[key]()
        return self._tables[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, key: object) -> bool:
        return key in self._tables or key in self._deferred

    def built(self, key: str) -> bool:
        """Whether table ``key`` exists already (without building it)."""
        return key in self._tables


@dataclass(frozen=True)
class RankResult:
    """What a ranking method returns.

    Attributes
    ----------
    method : str
        Method id (``"topsis"``, ``"vikor"`` ...).
    parameters : Mapping
        Every parameter used, including defaults, so the run can be repeated.
    scores : pandas.Series
        Score per cluster id.
    ranks : pandas.Series
        Rank per cluster id (1 = best; ties share the better rank).
    better : str
        ``"higher"`` or ``"lower"``: which scores are better.
    tables : Mapping[str, pandas.DataFrame]
        Intermediate tables for an explain view (normalized matrix, distances ...);
        a :class:`LazyTables` is kept as is (its deferred tables are built when read).
    warnings : tuple of Issue
        Warnings raised while computing (including pymcdm's, as data).
    convention : str
        Short statement of the textbook convention followed (for the output).
    """

    method: str
    parameters: Mapping[str, Any]
    scores: pd.Series
    ranks: pd.Series
    better: str
    tables: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    warnings: tuple[Issue, ...] = ()
    convention: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "parameters", MappingProxyType(dict(self.parameters)))
        if not isinstance(self.tables, LazyTables):  # read-only already; copying would build every table
            object.__setattr__(self, "tables", MappingProxyType(dict(self.tables)))
        object.__setattr__(self, "warnings", tuple(self.warnings))
        if self.better not in ("higher", "lower"):
            raise ValueError("better must be 'higher' or 'lower'")

    @classmethod
    def from_scores(
        cls,
        method: str,
        parameters: Mapping[str, Any],
        ids: Sequence[str] | pd.Index,
        scores: Sequence[float] | npt.NDArray[np.float64],
        better: str,
        **extra: Any,
    ) -> RankResult:
        index = ids if isinstance(ids, pd.Index) else list(ids)  # an Index is reused as is (fast path)
        s = pd.Series(np.asarray(scores, dtype=float), index=index, name=method)
        r = pd.Series(competition_ranks(s.to_numpy(), better == "higher"), index=index, name="rank")
        return cls(method=method, parameters=parameters, scores=s, ranks=r, better=better, **extra)

    @property
    def order(self) -> list[str]:
        """Cluster ids best first (ties in input order)."""
        return list(self.ranks.sort_values(kind="stable").index)

    def ranking(self) -> list[dict[str, Any]]:
        """Rows ``{"rank", "id", "score"}`` best first."""
        return [
            {"rank": int(self.ranks[i]), "id": i, "score": float(self.scores[i])} for i in self.order
        ]


@dataclass(frozen=True)
class WeightsResult:
    """Final criterion weights and how they were obtained.

    Attributes
    ----------
    weights : pandas.Series
        Weight per criterion id, summing to 1.
    method : str
        ``"direct"``, ``"equal"``, ``"roc"``, ``"rank_sum"``, ``"entropy"``,
        ``"critic"``, ``"ahp"`` (one matrix), ``"ahp_committee"`` (several members)
        or ``"ahp_hierarchical"``.
    group_weights : pandas.Series
        Sum of the weights of each criterion group.
    consistency : Mapping[str, float]
        Consistency ratio per pairwise matrix used (key: sheet or matrix name).
    details : Mapping[str, Any]
        Everything needed to repeat it (prioritization, RI table, aggregation,
        member weights ...), written to the ``Pesos`` / ``Metodologia`` sheets.
    warnings : tuple of Issue
        For example "the weights did not sum to 1 and were normalized".
    """

    weights: pd.Series
    method: str
    group_weights: pd.Series = field(default_factory=lambda: pd.Series(dtype=float))
    consistency: Mapping[str, float] = field(default_factory=dict)
    details: Mapping[str, Any] = field(default_factory=dict)
    warnings: tuple[Issue, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "consistency", MappingProxyType(dict(self.consistency)))
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))
        object.__setattr__(self, "warnings", tuple(self.warnings))
