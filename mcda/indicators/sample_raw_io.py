"""The input–output table of the illustrative raw sample, fitted to linkage targets.

The sample's table starts from hand-written technical coefficients ``A0``
(:mod:`mcda.indicators.sample_raw_data`) and gross outputs ``x``; the flows
``Z0 = A0 · diag(x)`` are then rescaled by rows and columns,
``Z_ij = Z0_ij · r_i · s_j`` (a biproportional, RAS-like adjustment), until
the Rasmussen backward index ``BL`` and the Ghosh forward index ``FL`` of the
sectors that have a target (``mcda.indicators.io_linkages``) equal it.
Sectors without a target take whatever indices the adjusted table gives
them (both indices average 1 over all sectors, so not every sector can have
a target).  The multipliers are found by Gauss–Newton steps of minimum norm
on ``(log r, log s)``, so the table stays as close to ``A0``'s structure as
the targets allow.  Flows are rounded to whole S/ million at the end.

Examples
--------
Three sectors; sector 0 is asked for BL 1.1 and FL 0.9:

>>> a0 = np.array([[0.1, 0.2, 0.1], [0.1, 0.1, 0.2], [0.2, 0.1, 0.1]])
>>> z = fit_flows(a0, np.array([1000.0, 2000.0, 3000.0]), {0: 1.1}, {0: 0.9}, decimals=6)
>>> bl, fl = indices(z, np.array([1000.0, 2000.0, 3000.0]))
>>> round(float(bl[0]), 6), round(float(fl[0]), 6)
(1.1, 0.9)
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

#: Largest column sum of ``A`` accepted (a column reaching 1 has no value added).
MAX_INPUT_SHARE = 0.9
#: Largest error in an index left by the fit (before rounding the flows).
FIT_TOLERANCE = 1e-10


def indices(z: FloatArray, x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """``BL`` (Leontief, column sums of ``L``) and ``FL`` (Ghosh, row sums of
    ``G``), each normalized to average 1 (the formulas of
    :func:`mcda.indicators.io_linkages.linkages`)."""
    n = x.size
    eye = np.eye(n)
    lm = np.linalg.inv(eye - z / x[np.newaxis, :])
    gm = np.linalg.inv(eye - z / x[:, np.newaxis])
    return n * lm.sum(axis=0) / lm.sum(), n * gm.sum(axis=1) / gm.sum()


def _residuals(theta: FloatArray, z0: FloatArray, x: FloatArray, bl_idx: list[int], bl_t: FloatArray,
               fl_idx: list[int], fl_t: FloatArray) -> FloatArray:
    n = x.size
    z = z0 * np.exp(theta[:n])[:, np.newaxis] * np.exp(theta[n:])[np.newaxis, :]
    bl, fl = indices(z, x)
    return np.concatenate([bl[bl_idx] - bl_t, fl[fl_idx] - fl_t])


def fit_flows(a0: FloatArray, x: FloatArray, bl_targets: Mapping[int, float], fl_targets: Mapping[int, float],
              decimals: int = 0, iterations: int = 100) -> FloatArray:
    """Flows ``Z`` (rounded to ``decimals``) whose indices hit the targets.

    Raises
    ------
    ValueError
        When the fit does not converge or a column of ``A`` would reach
        :data:`MAX_INPUT_SHARE` (the targets are out of reach of ``A0``).
    """
    n = x.size
    z0 = np.asarray(a0, dtype=float) * x[np.newaxis, :]
    bl_idx, fl_idx = sorted(bl_targets), sorted(fl_targets)
    bl_t = np.array([bl_targets[i] for i in bl_idx])
    fl_t = np.array([fl_targets[i] for i in fl_idx])

    def f(t: FloatArray) -> FloatArray:
        return _residuals(t, z0, x, bl_idx, bl_t, fl_idx, fl_t)

    theta = np.zeros(2 * n)
    res = f(theta)
    step_h = 1e-7
    for _ in range(iterations):
        if float(np.abs(res).max()) < FIT_TOLERANCE:
            break
        jac = np.empty((res.size, 2 * n))
        for k in range(2 * n):
            t = theta.copy()
            t[k] += step_h
            jac[:, k] = (f(t) - res) / step_h
        delta = np.linalg.lstsq(jac, -res, rcond=None)[0]  # the minimum-norm step
        scale = 1.0
        while scale > 1e-4:  # backtracking: accept the first step that lowers the error
            trial = theta + scale * delta
            new = f(trial)
            if float(np.linalg.norm(new)) < float(np.linalg.norm(res)):
                theta, res = trial, new
                break
            scale /= 2
        else:
            break
    if float(np.abs(res).max()) >= FIT_TOLERANCE:
        raise ValueError(f"input-output fit did not converge (largest error {float(np.abs(res).max()):.2e})")
    z = z0 * np.exp(theta[:n])[:, np.newaxis] * np.exp(theta[n:])[np.newaxis, :]
    shares = (z / x[np.newaxis, :]).sum(axis=0)
    if float(shares.max()) >= MAX_INPUT_SHARE:
        raise ValueError(f"a column of A reaches {float(shares.max()):.2f}")
    return np.round(z, decimals)
