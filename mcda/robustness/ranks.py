"""Competition ranks for many score vectors at once.

:func:`batch_ranks` gives, row by row, exactly what
:func:`mcda.results.competition_ranks` gives for one vector (ties share the
better rank, "1 2 2 4", decided with the same tolerance), but sorts all rows
in one call; rows without near-ties (the usual case) need nothing more.

Examples
--------
>>> s = np.array([[0.9, 0.5, 0.5, 0.1], [0.1, 0.2, 0.3, 0.4]])
>>> batch_ranks(s, higher_is_better=True).tolist()
[[1, 2, 2, 4], [4, 3, 2, 1]]
>>> batch_ranks(s, higher_is_better=False).tolist()
[[4, 2, 2, 1], [1, 2, 3, 4]]
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from mcda.results import TIE_TOLERANCE

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int_]


def sorted_positions(
    scores: FloatArray, higher_is_better: bool, tol: float = TIE_TOLERANCE
) -> tuple[IntArray, IntArray]:
    """Best-first order of each row and the rank held at each position.

    Returns ``(order, rank_at)``, both of shape ``(samples, clusters)``:
    ``order[s, p]`` is the cluster at position ``p`` of sample ``s`` and
    ``rank_at[s, p]`` its competition rank (``p + 1`` unless tied).

    >>> order, rank_at = sorted_positions(np.array([[0.2, 0.9, 0.2]]), True)
    >>> int(order[0, 0]), rank_at.tolist()
    (1, [[1, 2, 2]])
    """
    s = np.asarray(scores, dtype=float)
    if s.ndim != 2:
        raise ValueError("scores must be a 2-D array (samples x clusters)")
    if not np.isfinite(s).all():
        raise ValueError("scores must be finite")
    key = -s if higher_is_better else s
    order = np.argsort(key, axis=1)
    m = s.shape[1]
    rank_at = np.broadcast_to(np.arange(1, m + 1), s.shape).copy()
    if m < 2:
        return order, rank_at
    ks = np.take_along_axis(key, order, axis=1)
    eps = tol * np.maximum(1.0, np.abs(ks[:, -1] - ks[:, 0]))
    near = np.diff(ks, axis=1) <= eps[:, None]
    rows = np.flatnonzero(near.any(axis=1))
    if rows.size:
        rank_at[rows] = _tie_ranks(ks[rows], eps[rows])
    return order, rank_at


def _tie_ranks(ks: FloatArray, eps: FloatArray) -> IntArray:
    """Ranks of sorted keys, a group running while within ``eps`` of its first key
    (the rule of :func:`mcda.results.competition_ranks`)."""
    n, m = ks.shape
    out = np.empty((n, m), dtype=int)
    start = ks[:, 0].copy()
    current = np.ones(n, dtype=int)
    out[:, 0] = 1
    for p in range(1, m):
        new = ks[:, p] - start > eps
        start = np.where(new, ks[:, p], start)
        current = np.where(new, p + 1, current)
        out[:, p] = current
    return out


def batch_ranks(scores: FloatArray, higher_is_better: bool, tol: float = TIE_TOLERANCE) -> IntArray:
    """Competition ranks of every row of ``scores`` (shape samples x clusters)."""
    order, rank_at = sorted_positions(scores, higher_is_better, tol)
    ranks = np.empty_like(rank_at)
    np.put_along_axis(ranks, order, rank_at, axis=1)
    return ranks


def count_ranks(order: IntArray, rank_at: IntArray, m: int) -> IntArray:
    """``counts[i, r - 1]``: in how many rows cluster ``i`` holds rank ``r``.

    >>> o, r = sorted_positions(np.array([[3.0, 1.0], [1.0, 3.0], [2.0, 2.0]]), True)
    >>> count_ranks(o, r, 2).tolist()
    [[2, 1], [2, 1]]
    """
    flat = (np.asarray(order) * m + (np.asarray(rank_at) - 1)).ravel()
    return np.bincount(flat, minlength=m * m).reshape(m, m)
