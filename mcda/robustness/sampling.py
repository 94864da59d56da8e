"""Random weight vectors around the committee's weights, for the Monte Carlo.

Three schemes, all drawn with a seeded :class:`numpy.random.Generator` whose
seed is recorded in the result, so a run can be repeated exactly:

``dirichlet``
    ``w ~ Dirichlet(K * w0)``: the mean is the committee's vector ``w0`` and
    the spread shrinks as the concentration ``K`` grows (the variance of
    component ``j`` is ``w0_j (1 - w0_j) / (K + 1)``).  A criterion with
    weight 0 stays at 0.  This is the usual way to express "weights around
    a central vector" in stochastic multicriteria acceptability analysis
    (Lahdelma, Hokkanen & Salminen 1998; Tervonen & Figueira 2008).
``uniform``
    each weight multiplied by ``1 + U(-x, x)`` independently, then the vector
    renormalized to sum 1 (``x = 0.2`` is "plus or minus 20 %").
``members``
    drawn from the committee members' own weight vectors: a Bayesian
    bootstrap (Rubin 1981) mixes them with Dirichlet coefficients
    proportional to the voting weights (``mode="mix"``), or each sample is
    one member's vector picked with probability proportional to the voting
    weight (``mode="pick"``).

Examples
--------
>>> s = dirichlet([0.5, 0.3, 0.2], 4, concentration=100, seed=7)
>>> s.weights.shape, bool(np.allclose(s.weights.sum(axis=1), 1))
((4, 3), True)
>>> s.seed, s.scheme
(7, 'dirichlet')
>>> bool(np.array_equal(s.weights, dirichlet([0.5, 0.3, 0.2], 4, 100, seed=7).weights))
True
>>> uniform([0.5, 0.5], 2, spread=0.0, seed=1).weights.tolist()
[[0.5, 0.5], [0.5, 0.5]]
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

SCHEMES = ("dirichlet", "uniform", "members")
#: Default Dirichlet concentration: a weight of 0.10 then varies with a
#: standard deviation of about 0.03 (30 % of itself).
DEFAULT_CONCENTRATION = 100.0
DEFAULT_SPREAD = 0.2
DEFAULT_SAMPLES = 10_000


@dataclass(frozen=True)
class WeightSamples:
    """Sampled weight vectors (one per row, each summing to 1) and how they were drawn.

    Attributes
    ----------
    weights : ndarray, shape (samples, criteria)
    scheme : str
        ``"dirichlet"``, ``"uniform"`` or ``"members"``.
    seed : int
        Seed of the :func:`numpy.random.default_rng` generator used.
    parameters : Mapping
        ``concentration``, ``spread``, ``mode`` ... as applicable.
    """

    weights: FloatArray
    scheme: str
    seed: int
    parameters: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        w = np.array(self.weights, dtype=float)
        w.setflags(write=False)
        object.__setattr__(self, "weights", w)
        object.__setattr__(self, "parameters", MappingProxyType(dict(self.parameters)))

    @property
    def count(self) -> int:
        return int(self.weights.shape[0])


def new_seed() -> int:
    """A fresh 32-bit seed from the operating system's entropy (to be recorded)."""
    return int(np.random.SeedSequence().generate_state(1)[0])


def _base(weights: Sequence[float] | FloatArray) -> FloatArray:
    w = np.asarray(weights, dtype=float).reshape(-1)
    if w.size == 0 or not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
        raise ValueError("weights must be finite, non-negative and not all zero")
    return np.asarray(w / w.sum(), dtype=float)


def _count(n: int) -> int:
    if int(n) < 1:
        raise ValueError("at least one sample is needed")
    return int(n)


def _seed(seed: int | None) -> int:
    return new_seed() if seed is None else int(seed)


def dirichlet(
    weights: Sequence[float] | FloatArray, n: int, concentration: float = DEFAULT_CONCENTRATION,
    seed: int | None = None,
) -> WeightSamples:
    """``n`` vectors from ``Dirichlet(concentration * weights)``.

    ``concentration`` may be ``math.inf``: every sample is then the base
    vector itself (the deterministic limit).

    >>> s = dirichlet([0.7, 0.3, 0.0], 1000, concentration=1e9, seed=3)
    >>> bool(np.abs(s.weights - [0.7, 0.3, 0.0]).max() < 1e-3)
    True
    """
    w0 = _base(weights)
    n = _count(n)
    k = float(concentration)
    if not k > 0:
        raise ValueError("the concentration must be positive")
    seed = _seed(seed)
    rng = np.random.default_rng(seed)
    out = np.zeros((n, w0.size))
    pos = w0 > 0
    if math.isinf(k) or pos.sum() == 1:
        out[:] = w0
    else:
        out[:, pos] = rng.dirichlet(k * w0[pos], size=n)
    return WeightSamples(out, "dirichlet", seed, {"concentration": k})


def uniform(
    weights: Sequence[float] | FloatArray, n: int, spread: float = DEFAULT_SPREAD, seed: int | None = None
) -> WeightSamples:
    """Each weight times ``1 + U(-spread, spread)``, then renormalized.

    ``spread`` is a fraction in ``[0, 1]`` (0.2 = plus or minus 20 %).

    >>> s = uniform([0.6, 0.4], 500, spread=0.1, seed=5)
    >>> bool((np.abs(s.weights[:, 0] - 0.6) < 0.6 * 0.1 + 1e-12).all())
    True
    """
    w0 = _base(weights)
    n = _count(n)
    x = float(spread)
    if not 0 <= x <= 1:
        raise ValueError("the spread must be between 0 and 1")
    seed = _seed(seed)
    rng = np.random.default_rng(seed)
    raw = w0 * (1.0 + rng.uniform(-x, x, size=(n, w0.size)))
    total = raw.sum(axis=1, keepdims=True)
    # spread = 1 can zero every weight of a sample (probability 0 in exact
    # arithmetic); such a row falls back to the base vector.
    bad = total[:, 0] <= 0
    raw[bad] = w0
    total[bad] = 1.0
    return WeightSamples(raw / total, "uniform", seed, {"spread": x})


def from_members(
    member_weights: Sequence[Sequence[float]] | FloatArray, n: int, *,
    voting: Sequence[float] | None = None, mode: str = "mix", seed: int | None = None,
    members: Sequence[str] = (),
) -> WeightSamples:
    """Samples drawn from the members' own weight vectors (one per row).

    ``mode="mix"``: Bayesian bootstrap (Rubin 1981), each sample is
    ``sum_m c_m w_m`` with ``c ~ Dirichlet(M * v)``, ``v`` the normalized
    voting weights and ``M`` the number of members (equal votes give the flat
    Dirichlet(1, ..., 1)).  ``mode="pick"``: each sample is one member's
    vector, chosen with probability ``v``.

    >>> s = from_members([[1, 0], [0, 1]], 4, mode="pick", seed=2)
    >>> sorted({tuple(r) for r in s.weights.tolist()}) <= [(0.0, 1.0), (1.0, 0.0)]
    True
    """
    mw = np.asarray(member_weights, dtype=float)
    if mw.ndim != 2 or mw.shape[0] < 1:
        raise ValueError("one weight vector per member is needed")
    mw = np.vstack([_base(row) for row in mw])
    v = _base(np.ones(mw.shape[0]) if voting is None else voting)
    n = _count(n)
    if mode not in ("mix", "pick"):
        raise ValueError("mode must be 'mix' or 'pick'")
    seed = _seed(seed)
    rng = np.random.default_rng(seed)
    if mode == "pick" or mw.shape[0] == 1:
        chosen = rng.choice(mw.shape[0], size=n, p=v)
        out = mw[chosen]
    else:
        coeff = np.zeros((n, v.size))
        pos = v > 0
        coeff[:, pos] = rng.dirichlet(mw.shape[0] * v[pos], size=n)
        out = coeff @ mw
    out = out / out.sum(axis=1, keepdims=True)
    params: dict[str, Any] = {"mode": mode, "members": list(members) or [str(i + 1) for i in range(mw.shape[0])],
                              "voting": v.tolist()}
    return WeightSamples(out, "members", seed, params)


def fixed(weights: Sequence[Sequence[float]] | FloatArray, seed: int = 0, scheme: str = "given") -> WeightSamples:
    """Wrap weight vectors chosen by the caller (rows normalized to sum 1)."""
    w = np.asarray(weights, dtype=float)
    if w.ndim != 2:
        raise ValueError("a 2-D array of weight vectors is needed")
    return WeightSamples(np.vstack([_base(r) for r in w]), scheme, seed, {})
