"""One-at-a-time weight changes as straight lines through the simplex.

Changing one criterion's weight (or one group's total weight) to ``t`` while
the other weights keep their proportions is the line

    ``w(t) = t * a + (1 - t) * b``,  ``0 <= t <= 1``,

with ``a`` the direction of the criterion (the unit vector) or group (its
weights in their current proportions) and ``b`` the other weights in their
current proportions.  The committee's vector is the point ``t0`` = the current
weight.  Every ``w(t)`` sums to 1, so ranking methods see the weights as
given.  For an additive method the scores are linear in ``t`` (Triantaphyllou
& Sánchez 1997 change one weight and renormalize, which is the same line).

When the rest has no weight (``t0 = 1``) its proportions are undefined; equal
proportions are used.

>>> line = criterion_line(np.array([0.5, 0.3, 0.2]), 0)
>>> line.t0, line.at(np.array([0.0, 0.5])).tolist()
(0.5, [[0.0, 0.6, 0.4], [0.5, 0.3, 0.2]])
>>> g = group_line(np.array([0.5, 0.3, 0.2]), np.array([False, True, True]), "G")
>>> g.t0, g.at(np.array([1.0])).round(2).tolist()
(0.5, [[0.0, 0.6, 0.4]])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class WeightLine:
    """``w(t) = t a + (1 - t) b``; ``label`` is the criterion id or group name."""

    label: str
    kind: str  # "criterion" | "group"
    a: FloatArray
    b: FloatArray
    t0: float

    def at(self, t: FloatArray | float) -> FloatArray:
        """Weight vectors (one row per ``t``)."""
        tt = np.atleast_1d(np.asarray(t, dtype=float))[:, None]
        return np.asarray(tt * self.a + (1.0 - tt) * self.b)


def _proportions(w: FloatArray, mask: BoolArray) -> FloatArray:
    part = np.where(mask, w, 0.0)
    total = part.sum()
    if total > 0:
        return np.asarray(part / total)
    return np.asarray(mask / mask.sum(), dtype=float)


def group_line(weights: FloatArray, mask: BoolArray, label: str, kind: str = "group") -> WeightLine:
    """The line of the criteria selected by ``mask`` (not all, not none)."""
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    mask = np.asarray(mask, dtype=bool)
    if not mask.any() or mask.all():
        raise ValueError("a group must hold some criteria but not all")
    return WeightLine(label, kind, _proportions(w, mask), _proportions(w, ~mask), float(w[mask].sum()))


def criterion_line(weights: FloatArray, j: int, label: str | None = None) -> WeightLine:
    """The line of criterion ``j`` (needs at least two criteria)."""
    mask = np.zeros(len(weights), dtype=bool)
    mask[j] = True
    return group_line(weights, mask, str(j) if label is None else label, kind="criterion")


def lines_for(weights: FloatArray, criterion_ids: list[str], groups: dict[str, list[int]] | None = None
              ) -> list[WeightLine]:
    """A line per criterion, then one per group (groups holding all criteria are skipped)."""
    n = len(criterion_ids)
    out = [criterion_line(weights, j, cid) for j, cid in enumerate(criterion_ids)] if n > 1 else []
    for name, idx in (groups or {}).items():
        mask = np.zeros(n, dtype=bool)
        mask[idx] = True
        if mask.any() and not mask.all():
            out.append(group_line(weights, mask, name))
    return out
