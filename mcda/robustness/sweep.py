"""One-at-a-time sensitivity: each criterion's and each group's weight from 0 to 1.

Along the line ``w(t)`` of :mod:`mcda.robustness.lines` (the other weights
rescaled in proportion) the scores and ranks of every cluster are computed
on a grid of ``t``, and the exact points where two clusters change places:

* methods linear in the weights (``ahp``, ``wsm``, ``promethee2``): every
  pair's score difference is linear in ``t``; its root in ``(0, 1)`` is a
  change point (closed form, :func:`~mcda.robustness.thresholds.linear_crossings`);
* the others: pairs whose order differs between two neighbouring grid
  points are refined (Illinois regula falsi, vectorized) to
  :data:`~mcda.robustness.thresholds.BISECTION_TOLERANCE`, up to
  :data:`MAX_REFINED` per line (two crossings of one pair inside one grid
  step cancel out and are missed).

As for the critical changes, a tie at an end of the line (within
:data:`~mcda.robustness.thresholds.ENDPOINT_TOLERANCE` of ``t = 0`` or
``t = 1``, e.g. two clusters equal on the swept criterion) is no change point.

Examples
--------
>>> from mcda.problem import Problem, Cluster, Criterion
>>> from mcda.robustness.batch import make_scorer
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), (Criterion("c1", "x"), Criterion("c2", "y")),
...             [[1.0, 0.0], [0.0, 1.0]])
>>> sw = sweeps(make_scorer(p, "wsm", {"normalization": "none"}), np.array([0.6, 0.4]), points=5)
>>> [(s.line, [(round(c.t, 12), c.rises, c.falls) for c in s.change_points]) for s in sw]
[('c1', [(0.5, 'A', 'B')]), ('c2', [(0.5, 'B', 'A')])]
>>> sw[0].ranks.loc[1.0].tolist()
[1, 2]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.robustness.batch import BatchScorer
from mcda.robustness.lines import WeightLine, lines_for
from mcda.robustness.ranks import batch_ranks
from mcda.robustness.thresholds import BISECTION_TOLERANCE, ENDPOINT_TOLERANCE, inside, linear_crossings

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]

#: Grid points of a sweep (t = 0, 0.01, ..., 1, plus the current weight).
SWEEP_POINTS = 101
#: Crossings refined to the tolerance per line for non-linear methods (those
#: involving the best-ranked clusters first); any others (only with very many
#: clusters) keep the secant estimate and report the grid step as tolerance.
MAX_REFINED = 2000


@dataclass(frozen=True)
class ChangePoint:
    """At weight ``t`` cluster ``rises`` passes ``falls`` (as ``t`` grows)."""

    t: float
    rises: str
    falls: str
    tolerance: float = 0.0


@dataclass(frozen=True)
class Sweep:
    """Scores and ranks along one line, and where the ranks change.

    ``scores`` and ``ranks`` are DataFrames indexed by the weight ``t`` with
    one column per cluster; ``weight`` is the current weight ``t0``.
    """

    line: str
    kind: str
    weight: float
    scores: pd.DataFrame
    ranks: pd.DataFrame
    change_points: tuple[ChangePoint, ...]

    def change_table(self) -> pd.DataFrame:
        return pd.DataFrame([{"line": self.line, "kind": self.kind, "t": c.t, "rises": c.rises, "falls": c.falls,
                              "tolerance": c.tolerance} for c in self.change_points],
                            columns=["line", "kind", "t", "rises", "falls", "tolerance"])

    def nearest_change(self) -> tuple[ChangePoint | None, ChangePoint | None]:
        """The change points just below and just above the current weight."""
        below = [c for c in self.change_points if c.t < self.weight]
        above = [c for c in self.change_points if c.t > self.weight]
        return (below[-1] if below else None, above[0] if above else None)


def _exact_changes(u_contrib: FloatArray, line: WeightLine) -> list[tuple[float, int, int, float]]:
    ua, ub = u_contrib @ line.a, u_contrib @ line.b
    p, q = np.triu_indices(ub.size, k=1)
    root, beta = linear_crossings(ua, ub, p, q)
    keep = np.isfinite(root)
    out = []
    for r, a, b, bt in zip(root[keep], p[keep], q[keep], beta[keep]):
        rises, falls = (a, b) if bt > 0 else (b, a)
        out.append((float(r), int(rises), int(falls), 0.0))
    return out


def _illinois(
    diff: Callable[[FloatArray, IntArray], FloatArray], a: FloatArray, b: FloatArray, fa: FloatArray,
    fb: FloatArray, tol: float, max_iter: int = 200,
) -> tuple[FloatArray, FloatArray]:
    """Roots of many continuous functions bracketed by ``[a, b]`` (``fa``, ``fb`` of
    opposite signs), by the Illinois variant of regula falsi (Dowell & Jarratt 1971),
    vectorized; every third step is a plain bisection so each bracket shrinks.

    ``diff(x, idx)`` evaluates functions ``idx`` at points ``x``.  Returns the
    roots and the half-widths of the final brackets (or 0 for an exact zero).
    """
    a, b, fa, fb = a.copy(), b.copy(), fa.copy(), fb.copy()
    root = 0.5 * (a + b)
    half = 0.5 * np.abs(b - a)
    kept = np.zeros(a.size, dtype=int)  # +1: b kept last step, -1: a kept
    active = np.flatnonzero(half > 0.5 * tol)
    for it in range(max_iter):
        if active.size == 0:
            break
        ia, ib, fia, fib = a[active], b[active], fa[active], fb[active]
        denom = fib - fia
        x = np.where(denom != 0, (ia * fib - ib * fia) / np.where(denom != 0, denom, 1.0), 0.5 * (ia + ib))
        if it % 3 == 2:
            x = 0.5 * (ia + ib)
        x = np.clip(x, np.minimum(ia, ib), np.maximum(ia, ib))
        fx = diff(x, active)
        zero = fx == 0
        left = (np.sign(fx) == np.sign(fia)) & ~zero  # root between x and b
        k = kept[active]
        # replace a by x; if a was also replaced last time, halve f(b) (Illinois)
        fb_new = np.where(left & (k == -1), 0.5 * fib, fib)
        fa_new = np.where(~left & ~zero & (k == 1), 0.5 * fia, fia)
        a[active] = np.where(left, x, ia)
        fa[active] = np.where(left, fx, fa_new)
        b[active] = np.where(left | zero, ib, x)
        fb[active] = np.where(left | zero, fb_new, fx)
        kept[active] = np.where(left, -1, 1)
        half[active] = np.where(zero, 0.0, 0.5 * np.abs(b[active] - a[active]))
        root[active] = np.where(zero, x, 0.5 * (a[active] + b[active]))
        active = active[half[active] > 0.5 * tol]
    return root, half


def _bisected_changes(scorer: BatchScorer, line: WeightLine, t: FloatArray, u: FloatArray,
                      tol: float) -> list[tuple[float, int, int, float]]:
    m = u.shape[1]
    p, q = np.triu_indices(m, k=1)
    diff = u[:, p] - u[:, q]  # (points, pairs)
    above = diff > 0
    step, pair = np.nonzero(above[1:] != above[:-1])
    if step.size == 0:
        return []
    pa, pb = p[pair], q[pair]
    lo, hi = t[step], t[step + 1]
    f_lo, f_hi = diff[step, pair], diff[step + 1, pair]
    # secant estimate for every crossing; the bracket is the tolerance
    root = lo + (hi - lo) * f_lo / (f_lo - f_hi)
    half = hi - lo
    # refine the crossings nearest the top of the current ranking first
    base = np.searchsorted(t, line.t0)
    rank0 = np.argsort(np.argsort(-u[base], kind="stable"), kind="stable")
    chosen = np.argsort(np.minimum(rank0[pa], rank0[pb]), kind="stable")[:MAX_REFINED]

    def d(x: FloatArray, idx: IntArray) -> FloatArray:
        idx = chosen[idx]
        w = line.at(x)
        if scorer.rowwise is not None:
            return scorer.cluster_utilities(w, pa[idx]) - scorer.cluster_utilities(w, pb[idx])
        um = scorer.utilities(w)
        rows = np.arange(idx.size)
        return np.asarray(um[rows, pa[idx]] - um[rows, pb[idx]])

    root[chosen], half[chosen] = _illinois(d, lo[chosen], hi[chosen], f_lo[chosen], f_hi[chosen], tol)
    keep = inside(root, max(ENDPOINT_TOLERANCE, tol))  # a tie at an end of the line is no change
    out = []
    for a, b, was_above, r, h in zip(pa[keep], pb[keep], above[step, pair][keep], root[keep], half[keep]):
        rises, falls = (b, a) if was_above else (a, b)
        out.append((float(r), int(rises), int(falls), float(h)))
    return out


def sweep(scorer: BatchScorer, line: WeightLine, points: int = SWEEP_POINTS,
          tol: float = BISECTION_TOLERANCE) -> Sweep:
    """Scores, ranks and change points of every cluster along ``line``."""
    t = np.unique(np.append(np.linspace(0.0, 1.0, points), line.t0))
    scores = scorer.scores(line.at(t))
    ranks = batch_ranks(scores, scorer.higher_is_better)
    if scorer.contributions is not None:
        u_contrib = scorer.contributions if scorer.higher_is_better else -scorer.contributions
        found = _exact_changes(u_contrib, line)
    else:
        u = scores if scorer.higher_is_better else -scores
        found = _bisected_changes(scorer, line, t, u, tol)
    ids = scorer.cluster_ids
    changes = tuple(ChangePoint(r, ids[a], ids[b], tl) for r, a, b, tl in sorted(found))
    index = pd.Index(t, name="t")
    return Sweep(line.label, line.kind, line.t0, pd.DataFrame(scores, index=index, columns=list(ids)),
                 pd.DataFrame(ranks, index=index, columns=list(ids)), changes)


def sweeps(scorer: BatchScorer, weights: FloatArray, groups: dict[str, list[int]] | None = None,
           points: int = SWEEP_POINTS, lines: Sequence[WeightLine] | None = None) -> tuple[Sweep, ...]:
    """One :class:`Sweep` per criterion, then per group."""
    w = np.asarray(weights, dtype=float)
    chosen = lines if lines is not None else lines_for(w / w.sum(), list(scorer.criterion_ids), groups)
    return tuple(sweep(scorer, ln, points) for ln in chosen)
