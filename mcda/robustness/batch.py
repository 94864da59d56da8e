"""Scores of one problem under many weight vectors at once.

A :class:`BatchScorer` is built once per (problem, method, parameters): the
weight-independent part of the method is computed with the registry's own
public helpers (normalizations, TOPSIS ideal points, VIKOR regret ratios,
PROMETHEE unicriterion flows, COPRAS proportions), so the conventions are
exactly those of :func:`mcda.methods.run`; then :meth:`BatchScorer.scores`
maps a ``(samples, criteria)`` array of weights to ``(samples, clusters)``
scores.  How each method is vectorized:

``ahp``, ``wsm``
    ``scores = W @ R.T`` with ``R`` the normalized (oriented) matrix: one
    matrix product.  Linear in the weights.
``promethee2``
    the net flow is linear in the weights, ``phi = W @ Phi.T`` with ``Phi``
    the unicriterion net flows (computed once, O(n m^2)).
``topsis``
    with non-negative weights the weighted ideal is the weight times the
    normalized ideal, so ``D+^2 = (W*W) @ ((R - best)^2).T`` and likewise
    ``D-^2``: both come from a single product with the stacked matrices;
    ``C = D- / (D+ + D-)`` (0.5 where both are 0, as in the registry).
``vikor``
    ``S = W @ G.T``; ``R = max_j w_j g_ij`` by a loop over the criteria
    (each step a ``samples x clusters`` maximum, no 3-D temporary); then
    ``Q`` row by row with the registry's rule (a term whose range is 0 is 0).
``copras``
    ``S+ = W_b @ D_b.T`` and ``S- = W_c @ D_c.T`` over the benefit and cost
    criteria, then ``Q`` and the utility degree ``N`` row by row with the
    registry's rules (the cost term is dropped when some ``S-`` is 0).

The linear methods expose :attr:`BatchScorer.contributions` (``R`` or
``Phi``), which the exact thresholds and sweeps use.  Agreement with the
per-sample registry result is tested to 1e-9.

Examples
--------
>>> from mcda.problem import Problem, Cluster, Criterion
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("c1", "x"), Criterion("c2", "y")),
...             [[1.0, 4.0], [3.0, 2.0]])
>>> s = make_scorer(p, "wsm", {"normalization": "none"})
>>> s.linear, s.scores(np.array([[0.5, 0.5], [1.0, 0.0]])).tolist()
(True, [[2.5, 2.5], [1.0, 3.0]])
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from mcda.problem import Problem

FloatArray = npt.NDArray[np.float64]

#: Methods whose score is a linear function of the weights (exact thresholds).
LINEAR_METHODS = ("ahp", "wsm", "promethee2")

#: Weight vectors scored per step (keeps temporaries in cache; a progress tick per chunk).
DEFAULT_CHUNK = 1000


@dataclass(frozen=True)
class BatchScorer:
    """Scores of one problem for many weight vectors (see the module docstring).

    Attributes
    ----------
    method : str
    parameters : Mapping
        The method's resolved parameters (defaults filled in).
    better : str
        ``"higher"`` or ``"lower"``.
    cluster_ids, criterion_ids : tuple of str
    contributions : ndarray or None
        For linear methods, ``C`` (clusters x criteria) with ``scores = W @ C.T``.
    """

    method: str
    parameters: Mapping[str, Any]
    better: str
    cluster_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    contributions: FloatArray | None
    evaluate: Callable[[FloatArray], FloatArray] = field(repr=False)
    rowwise: Callable[[FloatArray, npt.NDArray[np.int_]], FloatArray] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "parameters", MappingProxyType(dict(self.parameters)))

    @property
    def linear(self) -> bool:
        return self.contributions is not None

    @property
    def higher_is_better(self) -> bool:
        return self.better == "higher"

    def scores(self, weights: FloatArray) -> FloatArray:
        """Scores for weights ``(n,)`` -> ``(m,)`` or ``(k, n)`` -> ``(k, m)``.

        Weights are used as given (they should sum to 1, as every sampler,
        sweep and threshold search here produces).
        """
        w = np.asarray(weights, dtype=float)
        single = w.ndim == 1
        w2 = np.atleast_2d(w)
        if w2.shape[1] != len(self.criterion_ids):
            raise ValueError("one weight per criterion is needed")
        if w2.shape[0] <= DEFAULT_CHUNK:
            out = self.evaluate(w2)
        else:  # chunks keep the temporaries in cache
            out = np.vstack([self.evaluate(w2[i : i + DEFAULT_CHUNK]) for i in range(0, w2.shape[0], DEFAULT_CHUNK)])
        return out[0] if single else out

    def utilities(self, weights: FloatArray) -> FloatArray:
        """Scores oriented so that higher is always better (VIKOR's ``Q`` negated)."""
        s = self.scores(weights)
        return s if self.higher_is_better else -s

    def cluster_utilities(self, weights: FloatArray, clusters: npt.NDArray[np.int_]) -> FloatArray:
        """Utility of cluster ``clusters[i]`` under weight vector ``weights[i]`` (shape ``(k,)``).

        Methods whose score of a cluster depends only on its own row once the
        weight-independent part is known (the linear ones and TOPSIS) compute
        just those clusters; VIKOR and COPRAS score every cluster first.
        """
        w = np.atleast_2d(np.asarray(weights, dtype=float))
        idx = np.asarray(clusters, dtype=int)
        if self.rowwise is not None:
            s = self.rowwise(w, idx)
        else:
            s = self.scores(w)[np.arange(idx.size), idx]
        return s if self.higher_is_better else -s


def _dot(w: FloatArray, ct: FloatArray) -> FloatArray:
    """``w @ ct`` for a short inner dimension (the criteria).

    ``einsum``'s own loops, not BLAS: with an inner dimension of about 15 a
    multi-threaded BLAS spends more time synchronizing its threads than
    multiplying (10x slower on a busy 2-core machine).
    """
    return np.asarray(np.einsum("ij,jk->ik", w, ct))


Rowwise = Callable[[FloatArray, npt.NDArray[np.int_]], FloatArray]


def _linear(c: FloatArray) -> tuple[Callable[[FloatArray], FloatArray], Rowwise]:
    ct = np.ascontiguousarray(c.T)
    return (lambda w: _dot(w, ct)), (lambda w, idx: np.asarray(np.einsum("ij,ij->i", w, c[idx])))


def _closeness(d_plus: FloatArray, d_minus: FloatArray) -> FloatArray:
    total = d_plus + d_minus
    ok = total > 0
    return np.asarray(np.where(ok, d_minus / np.where(ok, total, 1.0), 0.5))


def _topsis(r: FloatArray, best: FloatArray, worst: FloatArray
            ) -> tuple[Callable[[FloatArray], FloatArray], Rowwise]:
    m = r.shape[0]
    to_best, to_worst = np.square(r - best), np.square(r - worst)
    stacked = np.ascontiguousarray(np.concatenate([to_best, to_worst], axis=0).T)

    def evaluate(w: FloatArray) -> FloatArray:
        d = np.sqrt(np.maximum(_dot(w * w, stacked), 0.0))
        return _closeness(d[:, :m], d[:, m:])

    def rowwise(w: FloatArray, idx: npt.NDArray[np.int_]) -> FloatArray:
        w2 = w * w
        return _closeness(np.sqrt(np.einsum("ij,ij->i", w2, to_best[idx])),
                          np.sqrt(np.einsum("ij,ij->i", w2, to_worst[idx])))

    return evaluate, rowwise


def _scaled_rows(values: FloatArray) -> FloatArray:
    """``(x - min)/(max - min)`` per row; 0 where the range is 0 (the registry's VIKOR rule)."""
    lo = values.min(axis=1, keepdims=True)
    span = values.max(axis=1, keepdims=True) - lo
    ok = span > 0
    return np.where(ok, (values - lo) / np.where(ok, span, 1.0), 0.0)


def _vikor(g: FloatArray, v: float) -> Callable[[FloatArray], FloatArray]:
    gt = np.ascontiguousarray(g.T)

    def evaluate(w: FloatArray) -> FloatArray:
        s = _dot(w, gt)
        r = np.zeros_like(s)
        tmp = np.empty_like(s)
        for j in range(gt.shape[0]):
            np.multiply(w[:, j : j + 1], gt[j], out=tmp)
            np.maximum(r, tmp, out=r)
        return np.asarray(v * _scaled_rows(s) + (1.0 - v) * _scaled_rows(r))

    return evaluate


def _copras(d: FloatArray, types: npt.NDArray[np.int_]) -> Callable[[FloatArray], FloatArray]:
    benefit = np.asarray(types) > 0
    db = np.ascontiguousarray(d[:, benefit].T)
    dc = np.ascontiguousarray(d[:, ~benefit].T)
    has_cost = bool((~benefit).any())

    def evaluate(w: FloatArray) -> FloatArray:
        q = _dot(np.ascontiguousarray(w[:, benefit]), db)
        if has_cost:
            s_minus = _dot(np.ascontiguousarray(w[:, ~benefit]), dc)
            usable = (s_minus > 0).all(axis=1, keepdims=True)
            safe = np.where(usable, s_minus, 1.0)
            term = s_minus.sum(axis=1, keepdims=True) / (safe * (1.0 / safe).sum(axis=1, keepdims=True))
            q = q + np.where(usable, term, 0.0)
        return np.asarray(100.0 * q / q.max(axis=1, keepdims=True))

    return evaluate


def make_scorer(problem: Problem, method: str, params: Mapping[str, Any] | None = None) -> BatchScorer:
    """A :class:`BatchScorer` for ``problem`` ranked by ``method`` with ``params``.

    No data validation happens here: run :func:`mcda.methods.run` once first
    (it raises :class:`~mcda.errors.MethodError` when the data do not allow
    the method, e.g. missing values or non-positive costs for COPRAS).
    """
    from mcda.methods import ahp_synthesis, method_info, promethee, topsis, vikor
    from mcda.methods import normalization as norm

    info = method_info(method)
    p = info.resolve(params)
    x = np.asarray(problem.values, dtype=float)
    types = np.asarray(problem.types, dtype=int)
    contributions: FloatArray | None = None
    rowwise: Rowwise | None = None
    if method == "ahp":  # ideal ratings fall back to the interval scale where values are not positive
        contributions = np.asarray(ahp_synthesis.ratings(x, types, p["normalization"])[0], dtype=float)
        evaluate, rowwise = _linear(contributions)
    elif method == "wsm":
        contributions = np.asarray(norm.oriented(x, types, p["normalization"]), dtype=float)
        evaluate, rowwise = _linear(contributions)
    elif method == "promethee2":
        specs = promethee.function_specs(problem.criteria)
        flows = promethee.unicriterion_flows(x, types, specs)
        contributions = np.asarray(flows[0]) - np.asarray(flows[1])
        evaluate, rowwise = _linear(contributions)
    elif method == "topsis":
        evaluate, rowwise = _topsis(*topsis.topsis_parts(x, types, p["normalization"]))
    elif method == "vikor":
        evaluate = _vikor(vikor.regret_ratios(x, types)[0], float(p["v"]))
    elif method == "copras":
        evaluate = _copras(norm.proportion(x), types)
    else:  # pragma: no cover - method_info already rejected unknown ids
        raise ValueError(method)
    if contributions is not None:
        contributions = np.array(contributions, dtype=float)
        contributions.setflags(write=False)
    return BatchScorer(method, p, info.better, tuple(problem.cluster_ids), tuple(problem.criterion_ids),
                       contributions, evaluate, rowwise)
