"""Agreement between methods: ranks side by side, rank correlations, robust top-k.

The correlations come from pymcdm through :mod:`mcda.methods.pymcdm_bridge`:
Spearman's ``r_s``, the weighted Spearman ``r_W`` (Pinto da Costa & Soares
2005; disagreements near the top weigh more) and the WS similarity
coefficient (Sałabun & Urbaniak 2020; asymmetric, the row method is the
reference).  An undefined coefficient (a constant ranking) is ``NaN``.

A cluster is in the **robust top-k** when it is in the top-k under every
method that could run and in at least :data:`ROBUST_LEVEL` of the Monte
Carlo samples of the main method.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.errors import Issue
from mcda.problem import Problem
from mcda.results import RankResult

FloatArray = npt.NDArray[np.float64]

#: Share of samples in the top-k needed for the robust top-k.
ROBUST_LEVEL = 0.90

COEFFICIENTS = ("spearman", "weighted_spearman", "ws")


@dataclass(frozen=True)
class Agreement:
    """Ranks under each method and how much the methods agree.

    Attributes
    ----------
    methods : tuple of str
        Methods that ran, the main one first.
    ranks, scores : DataFrame
        Clusters x methods.
    correlations : Mapping[str, DataFrame]
        ``"spearman"``, ``"weighted_spearman"``, ``"ws"``: methods x methods.
    top_k : int
    top_k_probability : Series
        Share of the main method's samples with the cluster in the top-k.
    robust_top_k : tuple of str
        Best first by the main method.
    level : float
    failed : tuple of Issue
        Why a method could not run (it is left out).
    """

    methods: tuple[str, ...]
    ranks: pd.DataFrame
    scores: pd.DataFrame
    correlations: Mapping[str, pd.DataFrame]
    top_k: int
    top_k_probability: pd.Series
    robust_top_k: tuple[str, ...]
    level: float = ROBUST_LEVEL
    failed: tuple[Issue, ...] = ()

    @property
    def in_top_k_everywhere(self) -> pd.Series:
        return (self.ranks <= self.top_k).all(axis=1)


def correlation_matrices(ranks: pd.DataFrame, issues: list[Issue] | None = None) -> dict[str, pd.DataFrame]:
    """Spearman, weighted Spearman and WS between every pair of columns of ``ranks``.

    >>> r = pd.DataFrame({"a": [1, 2, 3, 4], "b": [1, 2, 4, 3]}, index=list("wxyz"))
    >>> round(float(correlation_matrices(r)["spearman"].loc["a", "b"]), 2)
    0.8
    """
    from mcda.methods.pymcdm_bridge import rank_similarity, spearman, weighted_spearman

    funcs = {"spearman": spearman, "weighted_spearman": weighted_spearman, "ws": rank_similarity}
    cols = list(ranks.columns)
    out: dict[str, pd.DataFrame] = {}
    for name, func in funcs.items():
        mat = np.full((len(cols), len(cols)), np.nan)
        for i, a in enumerate(cols):
            for j, b in enumerate(cols):
                mat[i, j] = func(ranks[a].to_numpy(dtype=float), ranks[b].to_numpy(dtype=float), issues=issues)
        out[name] = pd.DataFrame(mat, index=cols, columns=cols)
    return out


def method_agreement(
    results: Sequence[RankResult], top_k: int, top_k_probability: pd.Series, *,
    level: float = ROBUST_LEVEL, failed: Sequence[Issue] = (),
) -> Agreement:
    """Compare ``results`` (the main method first) and find the robust top-k."""
    if not results:
        raise ValueError("at least one ranking result is needed")
    if len({r.method for r in results}) != len(results):
        raise ValueError("one result per method")
    ids = list(results[0].ranks.index)
    methods = tuple(r.method for r in results)
    ranks = pd.DataFrame({r.method: r.ranks.reindex(ids) for r in results}, index=ids)
    scores = pd.DataFrame({r.method: r.scores.reindex(ids) for r in results}, index=ids)
    notes: list[Issue] = list(failed)
    corr = correlation_matrices(ranks, notes) if len(ids) >= 2 else {
        c: pd.DataFrame(np.nan, index=list(methods), columns=list(methods)) for c in COEFFICIENTS}
    prob = top_k_probability.reindex(ids).fillna(0.0)
    everywhere = (ranks <= top_k).all(axis=1)
    chosen = [i for i in results[0].order if bool(everywhere[i]) and float(prob[i]) >= level - 1e-12]
    unique: list[Issue] = []
    for n in notes:
        if n not in unique:
            unique.append(n)
    return Agreement(methods, ranks, scores, corr, top_k, prob, tuple(chosen), level, tuple(unique))


def run_methods(problem: Problem, weights: FloatArray, methods: Sequence[str] | None,
                params: Mapping[str, Mapping[str, Any]] | None, main: str
                ) -> tuple[list[RankResult], tuple[Issue, ...]]:
    """Every method that can run on ``problem`` (main first); the issues of those that cannot."""
    from mcda.methods import METHOD_IDS, run_available

    chosen = [main] + [m for m in (methods or METHOD_IDS) if m != main]
    return run_available(problem, chosen, params or {}, weights)
