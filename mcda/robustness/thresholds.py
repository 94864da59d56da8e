"""Critical weight changes and weight stability intervals.

For each pair of clusters adjacent in the top-k of the base ranking (ranks
1-2, 2-3, ..., k-(k+1): the last pair decides who enters the top-k) and each
criterion (and group) line ``w(t)`` of :mod:`mcda.robustness.lines`, the
critical weight is the ``t`` nearest the current weight ``t0`` at which the
two clusters tie; beyond it they swap.  The absolute change is ``t - t0``,
the relative change ``(t - t0) / t0``; both directions (increase, decrease)
are reported when they exist inside ``(0, 1)`` (two clusters that only tie
when one weight takes everything, or nothing, never swap).  A tie closer than
:data:`ENDPOINT_TOLERANCE` to ``t = 0`` or ``t = 1`` is such an end tie (float
noise puts the tie of two clusters equal on a criterion at ``1 - 1e-16`` in
closed form, or within the bisection tolerance of 1): it is not reported, and
neither does it end a stability interval.  For the linear methods a pair whose
scores at an end of the line are equal (within the tie tolerance of
:func:`mcda.results.competition_ranks`), for a criterion line: whose
normalized values on that criterion are equal, is skipped outright: its score
difference is ``(1 - t) d0`` (or ``t d1``), zero only at that end.  For the
non-linear methods equal values on a criterion do not rule out a swap inside
``(0, 1)`` (TOPSIS mixes that criterion's distance with the others'), so only
the end tolerance applies.

* Additive methods (``ahp``, ``wsm``) and PROMETHEE II, whose net flow is
  linear in the weights: the score difference is linear in ``t``, so the
  threshold is its root, in closed form (Triantaphyllou & Sánchez 1997,
  Decision Sciences 28(1): 151-194, theorem 1 for the WSM, written for the
  renormalized weight).
* TOPSIS, VIKOR, COPRAS: the difference is evaluated on a grid of ``t`` (all
  lines at once with the batch scorer), the first sign change on each side of
  ``t0`` is bracketed and bisected to :data:`BISECTION_TOLERANCE`.  Two
  crossings closer than the grid step can be missed (documented limit).

The stability interval of a line is the range of ``t`` around ``t0`` in
which the top-k keeps its members and its order (pairs tied at the base are
left out: their order is undefined).

Examples
--------
>>> from mcda.problem import Problem, Cluster, Criterion
>>> from mcda.robustness.batch import make_scorer
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("c1", "x"), Criterion("c2", "y")),
...             [[1.0, 0.0], [0.0, 1.0]])
>>> th = critical_changes(make_scorer(p, "wsm", {"normalization": "none"}), np.array([0.6, 0.4]), top_k=1)
>>> [(c.line, c.upper, c.lower, round(c.threshold, 12), round(c.change, 12)) for c in th.crossings]
[('c1', 'A', 'B', 0.5, -0.1), ('c2', 'A', 'B', 0.5, 0.1)]
>>> iv = th.interval("c1")
>>> round(iv.lo, 12), iv.hi
(0.5, 1.0)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.results import TIE_TOLERANCE, competition_ranks
from mcda.robustness.batch import BatchScorer
from mcda.robustness.lines import WeightLine, lines_for

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Bisection stops when the bracket on ``t`` is narrower than this.
BISECTION_TOLERANCE = 1e-10
#: Grid points on [0, 1] used to bracket the crossings of non-linear methods.
GRID_POINTS = 201
DEFAULT_TOP_K = 5
#: A tie within this distance of ``t = 0`` or ``t = 1`` (one weight takes nothing,
#: or everything) is no swap.  Larger than :data:`BISECTION_TOLERANCE` so that a
#: bisected end tie (``1 - tol / 2``) is recognized; a bisection with a coarser
#: ``tol`` uses ``tol`` instead.
ENDPOINT_TOLERANCE = 1e-9


def inside(t: FloatArray, tol: float = ENDPOINT_TOLERANCE) -> BoolArray:
    """Where ``t`` is a swap point: finite and more than ``tol`` away from 0 and 1.

    >>> inside(np.array([0.0, 1e-12, 0.5, 1 - 1e-16, 1.0, np.nan])).tolist()
    [False, False, True, False, False, False]
    """
    t = np.asarray(t, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.asarray(np.isfinite(t) & (t > tol) & (t < 1.0 - tol))


def linear_crossings(u_one: FloatArray, u_zero: FloatArray, x: npt.NDArray[np.int_], y: npt.NDArray[np.int_]
                     ) -> tuple[FloatArray, FloatArray]:
    """Where ``x`` and ``y`` swap along a line of a method linear in the weights.

    ``u_one`` and ``u_zero`` are every cluster's utility at ``t = 1`` and
    ``t = 0``; the difference ``u_x - u_y`` is ``alpha + beta t``.  Returns the
    roots (NaN where there is no swap inside the line: parallel, tied at an end
    within the ranking's tie tolerance, or a root within :data:`ENDPOINT_TOLERANCE`
    of an end) and ``beta`` (negative: ``x`` falls behind as ``t`` grows).

    >>> r, b = linear_crossings(np.array([2.0, 2.0, 0.0]), np.array([1.0, 0.0, 3.0]),
    ...                         np.array([0, 0]), np.array([1, 2]))
    >>> r.tolist(), b.tolist()
    ([nan, 0.5], [-1.0, 4.0])
    """
    d_one, d_zero = u_one[x] - u_one[y], u_zero[x] - u_zero[y]
    beta = d_one - d_zero
    with np.errstate(divide="ignore", invalid="ignore"):
        root = np.where(beta != 0, -d_zero / np.where(beta != 0, beta, 1.0), np.nan)
    tied_one = np.abs(d_one) <= TIE_TOLERANCE * max(1.0, float(np.ptp(u_one)) if u_one.size else 1.0)
    tied_zero = np.abs(d_zero) <= TIE_TOLERANCE * max(1.0, float(np.ptp(u_zero)) if u_zero.size else 1.0)
    keep = inside(root) & ~tied_one & ~tied_zero
    return np.where(keep, root, np.nan), beta


@dataclass(frozen=True)
class Crossing:
    """Weight at which ``upper`` (better at the base) and ``lower`` tie along one line."""

    line: str
    kind: str
    upper: str
    lower: str
    position: int  # rank position of ``upper`` in the base order (1 = first)
    weight: float  # t0, the current weight of the criterion or group
    threshold: float  # t*, the weight at which they tie
    tolerance: float  # 0 when exact, else half the final bisection bracket
    tied: bool = False  # already tied at the base

    @property
    def change(self) -> float:
        return self.threshold - self.weight

    @property
    def relative(self) -> float | None:
        return self.change / self.weight if self.weight > 0 else None

    @property
    def direction(self) -> str:
        return "increase" if self.change > 0 else "decrease"

    @property
    def exact(self) -> bool:
        return self.tolerance == 0


@dataclass(frozen=True)
class StabilityInterval:
    """Range ``[lo, hi]`` of a line's weight in which the top-k order stays."""

    line: str
    kind: str
    weight: float
    lo: float
    hi: float
    tolerance: float

    @property
    def exact(self) -> bool:
        return self.tolerance == 0


@dataclass(frozen=True)
class Thresholds:
    """Everything :func:`critical_changes` found."""

    method: str
    top_k: int
    pairs: tuple[tuple[str, str], ...]
    crossings: tuple[Crossing, ...]
    intervals: tuple[StabilityInterval, ...]
    ties: tuple[tuple[str, str], ...] = ()

    def interval(self, line: str) -> StabilityInterval:
        return next(i for i in self.intervals if i.line == line)

    def table(self) -> pd.DataFrame:
        """One row per crossing (pair, line, direction), smallest absolute change first per pair."""
        rows = [{
            "position": c.position, "upper": c.upper, "lower": c.lower, "line": c.line, "kind": c.kind,
            "weight": c.weight, "threshold": c.threshold, "change": c.change, "relative": c.relative,
            "direction": c.direction, "exact": c.exact, "tolerance": c.tolerance,
        } for c in self.crossings]
        cols = ["position", "upper", "lower", "line", "kind", "weight", "threshold", "change", "relative",
                "direction", "exact", "tolerance"]
        df = pd.DataFrame(rows, columns=cols)
        if df.empty:
            return df
        df["abs_change"] = df["change"].abs()
        return df.sort_values(["position", "abs_change"], kind="stable").drop(columns="abs_change").reset_index(
            drop=True)

    def most_critical(self) -> list[Crossing]:
        """Per adjacent pair, the crossing with the smallest absolute change (the
        "most critical criterion" of Triantaphyllou & Sánchez 1997)."""
        best: dict[tuple[str, str], Crossing] = {}
        for c in self.crossings:
            key = (c.upper, c.lower)
            if key not in best or abs(c.change) < abs(best[key].change):
                best[key] = c
        return [best[p] for p in self.pairs if p in best]

    def tornado(self) -> pd.DataFrame:
        """Stability intervals as a tornado chart's bars, narrowest (most sensitive) first:
        ``down = lo - weight`` (<= 0) and ``up = hi - weight`` (>= 0)."""
        df = self.interval_table()
        df["down"] = df["lo"] - df["weight"]
        df["up"] = df["hi"] - df["weight"]
        return df.assign(width=df["up"] - df["down"]).sort_values("width", kind="stable").drop(
            columns="width").reset_index(drop=True)

    def interval_table(self) -> pd.DataFrame:
        return pd.DataFrame([{"line": i.line, "kind": i.kind, "weight": i.weight, "lo": i.lo, "hi": i.hi,
                              "exact": i.exact} for i in self.intervals],
                            columns=["line", "kind", "weight", "lo", "hi", "exact"])


def base_order(utilities: FloatArray) -> list[int]:
    """Indices best first by competition rank, ties in input order."""
    ranks = competition_ranks(utilities, True)
    return [int(i) for i in np.argsort(ranks, kind="stable")]


class _Constraints:
    """The pairs whose order must hold: (better, worse) index arrays, tied pairs dropped."""

    def __init__(self, u0: FloatArray, top_k: int) -> None:
        m = u0.size
        order = base_order(u0)
        ranks = competition_ranks(u0, True)
        k = min(top_k, m)
        self.pairs = [(order[r], order[r + 1]) for r in range(min(k, m - 1))]
        self.pair_tied = [bool(ranks[a] == ranks[b]) for a, b in self.pairs]
        cons = [(order[r], order[r + 1]) for r in range(k - 1)] + [(order[k - 1], q) for q in order[k:]]
        cons = [(a, b) for a, b in cons if ranks[a] != ranks[b]]
        self.better = np.array([a for a, _ in cons], dtype=int)
        self.worse = np.array([b for _, b in cons], dtype=int)

    def predicates(self, u: FloatArray) -> BoolArray:
        """(rows, pairs + 1): each pair still ordered, then "the whole top-k order holds".

        Strict comparisons: the boundary found is where a difference reaches 0,
        the same point the closed form gives.
        """
        pa = np.array([a for a, _ in self.pairs], dtype=int)
        pb = np.array([b for _, b in self.pairs], dtype=int)
        pair_ok = (u[:, pa] - u[:, pb]) > 0
        if self.better.size:
            all_ok = ((u[:, self.better] - u[:, self.worse]) > 0).all(axis=1)
        else:
            all_ok = np.ones(u.shape[0], dtype=bool)
        return np.column_stack([pair_ok, all_ok])


def _first_failures(
    scorer: BatchScorer, lines: Sequence[WeightLine], predicates: Callable[[FloatArray], BoolArray],
    grid: int, tol: float,
) -> dict[tuple[int, int, int], tuple[float, float]]:
    """For each (line, predicate, side) where the predicate fails somewhere on that side of ``t0``:
    the boundary ``t`` and its tolerance, by grid bracketing and vectorized bisection."""
    base_grid = np.linspace(0.0, 1.0, grid)
    grids = [np.unique(np.append(base_grid, ln.t0)) for ln in lines]
    stacked = np.vstack([ln.at(g) for ln, g in zip(lines, grids)])
    ok_all = predicates(scorer.utilities(stacked))
    brackets: list[tuple[int, int, int, float, float]] = []  # line, pred, side, good t, bad t
    start = 0
    for li, (ln, g) in enumerate(zip(lines, grids)):
        ok = ok_all[start : start + g.size]
        start += g.size
        i0 = int(np.searchsorted(g, ln.t0))
        for p in range(ok.shape[1]):
            if not ok[i0, p]:
                continue
            up = np.flatnonzero(~ok[i0:, p])
            if up.size:
                i = i0 + int(up[0])
                brackets.append((li, p, 1, float(g[i - 1]), float(g[i])))
            down = np.flatnonzero(~ok[: i0 + 1, p])
            if down.size:
                i = int(down[-1])
                brackets.append((li, p, -1, float(g[i + 1]), float(g[i])))
    if not brackets:
        return {}
    li_arr = np.array([b[0] for b in brackets])
    p_arr = np.array([b[1] for b in brackets])
    good = np.array([b[3] for b in brackets])
    bad = np.array([b[4] for b in brackets])
    a = np.vstack([ln.a for ln in lines])[li_arr]
    b = np.vstack([ln.b for ln in lines])[li_arr]
    rows = np.arange(len(brackets))
    while np.abs(good - bad).max() > tol:
        mid = 0.5 * (good + bad)
        w = mid[:, None] * a + (1.0 - mid)[:, None] * b
        holds = predicates(scorer.utilities(w))[rows, p_arr]
        good = np.where(holds, mid, good)
        bad = np.where(holds, bad, mid)
    found = 0.5 * (good + bad)
    keep = inside(found, max(ENDPOINT_TOLERANCE, tol))  # an end tie, not a swap
    return {(br[0], br[1], br[2]): (float(t_), float(0.5 * abs(g_ - b_)))
            for br, t_, g_, b_, k_ in zip(brackets, found, good, bad, keep) if k_}


def _exact(scorer: BatchScorer, lines: Sequence[WeightLine], cons: _Constraints
           ) -> dict[tuple[int, int, int], tuple[float, float]]:
    """The same boundaries in closed form for a method linear in the weights."""
    assert scorer.contributions is not None
    u_contrib = scorer.contributions if scorer.higher_is_better else -scorer.contributions
    found: dict[tuple[int, int, int], tuple[float, float]] = {}
    pa = np.array([p[0] for p in cons.pairs], dtype=int)
    pb = np.array([p[1] for p in cons.pairs], dtype=int)
    for li, ln in enumerate(lines):
        ua, ub = u_contrib @ ln.a, u_contrib @ ln.b
        if pa.size:
            r, beta = linear_crossings(ua, ub, pa, pb)
            for p, (root, bt) in enumerate(zip(r, beta)):
                if cons.pair_tied[p] or not np.isfinite(root):
                    continue
                side = 1 if bt < 0 else -1
                found[(li, p, side)] = (float(root), 0.0)
        if cons.better.size:
            r, beta = linear_crossings(ua, ub, cons.better, cons.worse)
            ok = np.isfinite(r)
            up = r[ok & (beta < 0)]
            down = r[ok & (beta > 0)]
            if up.size:
                found[(li, len(cons.pairs), 1)] = (float(up.min()), 0.0)
            if down.size:
                found[(li, len(cons.pairs), -1)] = (float(down.max()), 0.0)
    return found


def critical_changes(
    scorer: BatchScorer, weights: FloatArray, top_k: int = DEFAULT_TOP_K, *,
    groups: dict[str, list[int]] | None = None, exact: bool | None = None,
    grid: int = GRID_POINTS, tol: float = BISECTION_TOLERANCE,
) -> Thresholds:
    """Critical weight changes of the adjacent top-k pairs and the stability intervals.

    Parameters
    ----------
    scorer : BatchScorer
        The problem and method.
    weights : ndarray
        The committee's weights (normalized here).
    top_k : int
        ``k``; pairs at positions 1..k are examined (the k-th pair is the k-th
        cluster against the first one outside the top-k).
    groups : dict, optional
        Group name -> criterion indices: adds one line per group.
    exact : bool, optional
        Closed form (default for linear methods) or grid + bisection (forced
        with ``False``, used to cross-check).
    """
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    lines = lines_for(w, list(scorer.criterion_ids), groups)
    u0 = scorer.utilities(w)
    cons = _Constraints(u0, top_k)
    use_exact = scorer.linear if exact is None else exact
    if use_exact and not scorer.linear:
        raise ValueError("closed-form thresholds need a method linear in the weights")
    if not lines:
        found: dict[tuple[int, int, int], tuple[float, float]] = {}
    elif use_exact:
        found = _exact(scorer, lines, cons)
    else:
        found = _first_failures(scorer, lines, cons.predicates, grid, tol)
    ids = scorer.cluster_ids
    crossings: list[Crossing] = []
    intervals: list[StabilityInterval] = []
    npairs = len(cons.pairs)
    for li, ln in enumerate(lines):
        for p, (a, b) in enumerate(cons.pairs):
            if cons.pair_tied[p]:
                crossings.append(Crossing(ln.label, ln.kind, ids[a], ids[b], p + 1, ln.t0, ln.t0, 0.0, tied=True))
                continue
            for side in (-1, 1):
                if (li, p, side) in found:
                    t, tl = found[(li, p, side)]
                    crossings.append(Crossing(ln.label, ln.kind, ids[a], ids[b], p + 1, ln.t0, t, tl))
        lo, lo_tol = found.get((li, npairs, -1), (0.0, 0.0))
        hi, hi_tol = found.get((li, npairs, 1), (1.0, 0.0))
        intervals.append(StabilityInterval(ln.label, ln.kind, ln.t0, lo, hi, max(lo_tol, hi_tol)))
    pairs = tuple((ids[a], ids[b]) for a, b in cons.pairs)
    ties = tuple(pr for pr, t in zip(pairs, cons.pair_tied) if t)
    return Thresholds(scorer.method, min(top_k, len(ids)), pairs, tuple(crossings), tuple(intervals), ties)
