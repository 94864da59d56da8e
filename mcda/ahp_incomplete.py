"""Incomplete pairwise comparison matrices: completion and weights.

A committee member may skip pairs.  A missing judgment is ``NaN`` in both
``a_ij`` and ``a_ji``.  Weights are derived by the generalization of each
prioritization method to incomplete matrices:

* eigenvector  -> **Harker's method** (Harker 1987): the principal
  eigenvector of the matrix with missing entries set to 0 and each diagonal
  entry set to 1 + (number of missing judgments in its row).
* geometric mean -> **logarithmic least squares** (LLSM) for incomplete
  matrices (Bozóki, Fülöp & Rónyai 2010, §4): minimize
  ``sum over known (i, j) of (ln a_ij - ln w_i + ln w_j)^2``, a Laplacian
  linear system of the comparison graph.

Both reduce to their complete-matrix method when nothing is missing, and both
are *fixed points* of completion: filling every missing ``a_ij`` with
``w_i / w_j`` and applying the complete-matrix method to the completed matrix
gives back the same ``w`` (for Harker because ``A_completed w = H w``; for LLSM
because the row geometric means of the completed matrix satisfy the LLSM
normal equations).  So the CR reported for an incomplete matrix is the CR of
that completed matrix.  Both have a unique solution exactly when the
comparison graph (criteria as nodes, given judgments as edges) is connected
(Harker 1987; Bozóki, Fülöp & Rónyai 2010, Theorem 4).

References
----------
Harker, P. T. (1987). Incomplete pairwise comparisons in the analytic
hierarchy process. Mathematical Modelling, 9(11), 837-848.

Bozóki, S., Fülöp, J., & Rónyai, L. (2010). On optimal completion of
incomplete pairwise comparison matrices. Mathematical and Computer Modelling,
52(1-2), 318-333.

Examples
--------
>>> import numpy as np
>>> a = np.array([[1, 2, np.nan], [np.nan, 1, 3], [np.nan, np.nan, 1]])
>>> m = complete_reciprocal(a)
>>> float(m[1, 0]), bool(np.isnan(m[0, 2]))
(0.5, True)
>>> (llsm_weights(m) * 9).round(6).tolist()   # consistent: 6 : 3 : 1 (times 9/10)
[5.4, 2.7, 0.9]
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def complete_reciprocal(matrix: npt.ArrayLike) -> FloatArray:
    """Fill each missing (``NaN``) entry whose mirror is given with its reciprocal.

    The upper triangle is the reference: where both ``a_ij`` and ``a_ji`` are
    given the lower one is replaced by ``1 / a_ij`` (callers check reciprocity
    first with :func:`mcda.ahp.check_matrix`).  A judgment given only in the
    lower triangle is mirrored into the upper one.  The diagonal is set to 1.
    Pairs missing on both sides stay ``NaN``.

    >>> complete_reciprocal([[1, 4], [float("nan"), 1]]).tolist()
    [[1.0, 4.0], [0.25, 1.0]]
    """
    a = np.array(matrix, dtype=float)
    n = a.shape[0]
    out = a.copy()
    for i in range(n):
        out[i, i] = 1.0
        for j in range(i + 1, n):
            up, low = a[i, j], a[j, i]
            if not np.isnan(up):
                out[i, j], out[j, i] = up, 1.0 / up
            elif not np.isnan(low):
                out[i, j], out[j, i] = 1.0 / low, low
    return out


def known_mask(matrix: FloatArray) -> npt.NDArray[np.bool_]:
    """``True`` where a judgment is given (diagonal included)."""
    mask: npt.NDArray[np.bool_] = ~np.isnan(matrix)
    np.fill_diagonal(mask, True)
    return mask


def missing_pairs(matrix: FloatArray) -> list[tuple[int, int]]:
    """Upper-triangle pairs ``(i, j)``, ``i < j``, with no judgment."""
    n = matrix.shape[0]
    return [(i, j) for i in range(n) for j in range(i + 1, n) if np.isnan(matrix[i, j])]


def components(matrix: FloatArray) -> list[list[int]]:
    """Connected components of the comparison graph, each sorted, largest first.

    >>> nan = float("nan")
    >>> components(np.array([[1, 2, nan, nan], [.5, 1, nan, nan],
    ...                      [nan, nan, 1, 3], [nan, nan, 1/3, 1]]))
    [[0, 1], [2, 3]]
    """
    known = known_mask(matrix)
    n = matrix.shape[0]
    seen = [False] * n
    comps: list[list[int]] = []
    for start in range(n):
        if seen[start]:
            continue
        stack, comp = [start], []
        seen[start] = True
        while stack:
            i = stack.pop()
            comp.append(i)
            for j in range(n):
                if not seen[j] and (known[i, j] or known[j, i]):
                    seen[j] = True
                    stack.append(j)
        comps.append(sorted(comp))
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def llsm_weights(matrix: FloatArray) -> FloatArray:
    """Logarithmic least squares weights of a (possibly incomplete) matrix.

    Solves ``L y = r`` where ``L`` is the Laplacian of the comparison graph
    and ``r_i = sum_j ln a_ij`` over the given judgments of row ``i``; then
    ``w = exp(y)`` normalized to sum 1.  For a complete matrix this is the row
    geometric mean.  The graph must be connected (checked by the caller).
    """
    a = complete_reciprocal(matrix)
    n = a.shape[0]
    known = known_mask(a)
    lap = np.zeros((n, n))
    rhs = np.zeros(n)
    for i in range(n):
        for j in range(n):
            if i != j and known[i, j]:
                lap[i, i] += 1.0
                lap[i, j] -= 1.0
                rhs[i] += np.log(a[i, j])
    # The Laplacian is singular (constant vectors); fix y_0 = 0 by replacing
    # one equation, which keeps the system square and exactly solvable.
    lap[0, :] = 0.0
    lap[0, 0] = 1.0
    rhs[0] = 0.0
    y = np.linalg.solve(lap, rhs)
    w = np.exp(y - y.max())
    return np.asarray(w / w.sum(), dtype=float)


def harker_matrix(matrix: FloatArray) -> FloatArray:
    """Harker's (1987) auxiliary matrix: missing entries 0, diagonal 1 + m_i."""
    a = complete_reciprocal(matrix)
    known = known_mask(a)
    h = np.where(known, a, 0.0)
    for i in range(a.shape[0]):
        h[i, i] = 1.0 + float((~known[i]).sum())
    return h


def perron(matrix: FloatArray) -> tuple[float, FloatArray]:
    """Principal (Perron) eigenvalue and its eigenvector normalized to sum 1.

    Uses :func:`numpy.linalg.eig`, keeps the eigenvalue of largest real part
    (for a positive or irreducible non-negative matrix it is real and simple)
    and polishes the vector with a few power iterations.
    """
    vals, vecs = np.linalg.eig(matrix)
    k = int(np.argmax(vals.real))
    w = np.abs(vecs[:, k].real)
    w = w / w.sum()
    for _ in range(50):
        nxt = matrix @ w
        nxt = nxt / nxt.sum()
        if np.max(np.abs(nxt - w)) < 1e-15:
            w = nxt
            break
        w = nxt
    lam = float(np.mean((matrix @ w) / w))
    return lam, np.asarray(w, dtype=float)


def harker_weights(matrix: FloatArray) -> FloatArray:
    """Harker's eigenvector weights of a (possibly incomplete) matrix."""
    return perron(harker_matrix(matrix))[1]


def fill_with_ratios(matrix: FloatArray, weights: FloatArray) -> FloatArray:
    """Completed matrix: every missing ``a_ij`` becomes ``w_i / w_j``."""
    a = complete_reciprocal(matrix)
    ratios = np.outer(weights, 1.0 / weights)
    return np.asarray(np.where(np.isnan(a), ratios, a), dtype=float)
