"""How much the committee agrees: Goepel's AHP consensus indicator and where members differ.

Consensus indicator (Goepel 2013; Goepel 2018)
----------------------------------------------
For ``K`` members with priority vectors ``w_k`` over ``n`` items (one node of
the hierarchy), with Shannon entropy ``H(w) = -sum_i w_i ln w_i``:

* alpha entropy ``H_alpha = (1/K) sum_k H(w_k)`` (mean of the members' entropies),
* gamma entropy ``H_gamma = H(mean_k w_k)`` (entropy of the averaged priorities),
* beta entropy ``H_beta = H_gamma - H_alpha``; Hill numbers ``D = exp(H)``.

``1/D_beta`` is 1 when every member has the same priorities and falls as they
diverge.  Goepel rescales it between the two extremes an AHP scale with
maximum value ``M`` (9 for Saaty's) can produce:

* ``H_alpha,min``: each member rates one item ``M`` times more important than
  all others, ``w = (M, 1, ..., 1) / (n + M - 1)``;
* ``H_gamma,max = ln n`` (the members' favourites complement each other, so the
  averaged priorities are uniform).

``S* = (1/D_beta - D_alpha,min / D_gamma,max) / (1 - D_alpha,min / D_gamma,max)``
is 100 % when all members agree and 0 % at those extremes.  The *relative
homogeneity* ``S = (1/D_beta - 1/n) / (1 - 1/n)`` (no AHP correction) is also
reported.  This is the formula of the AHP-OS software (``AhpGroup::getConsensus``,
``ahpShannonCor``, version with ``H_gamma,max = ln n``).  Members count equally,
as in Goepel's indicator: consensus is about agreement among people, not votes.

For a hierarchy the committee's consensus is the weighted mean of the node
consensus, each node weighted by the product of the group priorities above it
(1 for the group level, the group's weight for the criteria inside it), as
AHP-OS does (``getGlbConsensus``).

References
----------
Goepel, K. D. (2013). Implementing the Analytic Hierarchy Process as a Standard
Method for Multi-Criteria Decision Making in Corporate Enterprises - A New AHP
Excel Template with Multiple Inputs. *Proceedings of the International
Symposium on the Analytic Hierarchy Process*, Kuala Lumpur.
Goepel, K. D. (2018). Implementation of an Online Software Tool for the
Analytic Hierarchy Process (AHP-OS). *International Journal of the Analytic
Hierarchy Process* 10(3), 469-487.
Jost, L. (2007). Partitioning diversity into independent alpha and beta
components. *Ecology* 88(10), 2427-2439.

Examples
--------
>>> same = [[0.5, 0.3, 0.2]] * 3
>>> round(consensus(same).s_star, 6)
1.0
>>> extreme = [[9 / 11, 1 / 11, 1 / 11], [1 / 11, 9 / 11, 1 / 11], [1 / 11, 1 / 11, 9 / 11]]
>>> round(consensus(extreme).s_star, 6)
0.0
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda.committee.hierarchy import (
    GROUPS_BLOCK,
    HIERARCHICAL,
    CommitteeResult,
    block_matrix,
    blocks,
    member_ids,
    member_name,
)
from mcda.problem import Problem

FloatArray = npt.NDArray[np.float64]

#: Goepel's word scale as published (Goepel 2018, IJAHP 10(3), Table 2, and the
#: ``consensusWording`` of AHP-OS, ``classes/AhpGroup.php``): upper bounds of very
#: low / low / moderate / high — 50, 65, 75, 85 %; above the last is very high.
#: (A later BPMSG blog post uses 62.5 and 87.5; the peer-reviewed table is followed.)
WORD_SCALE: tuple[tuple[float, str], ...] = (
    (0.5, "very_low"), (0.65, "low"), (0.75, "moderate"), (0.85, "high"), (math.inf, "very_high"))


def shannon(p: npt.ArrayLike) -> float:
    """Shannon entropy (natural logarithm) of a probability vector; ``0 ln 0 = 0``.

    >>> round(shannon([0.5, 0.5]), 6) == round(math.log(2), 6)
    True
    """
    x = np.asarray(p, dtype=float)
    x = x[x > 0]
    return float(-(x * np.log(x)).sum())


def alpha_min_entropy(n: int, scale_max: float = 9.0) -> float:
    """``H_alpha,min``: entropy of ``(M, 1, ..., 1) / (n + M - 1)``."""
    top = scale_max / (n + scale_max - 1.0)
    rest = 1.0 / (n + scale_max - 1.0)
    return float(-top * math.log(top) - (n - 1) * rest * math.log(rest))


@dataclass(frozen=True)
class Consensus:
    """Consensus of ``k`` members over ``n`` items."""

    s_star: float
    s_relative: float
    h_alpha: float
    h_gamma: float
    h_beta: float
    n: int
    k: int
    scale_max: float

    @property
    def d_alpha(self) -> float:
        return math.exp(self.h_alpha)

    @property
    def d_gamma(self) -> float:
        return math.exp(self.h_gamma)

    @property
    def d_beta(self) -> float:
        return math.exp(self.h_beta)

    @property
    def word(self) -> str:
        """``very_low`` ... ``very_high`` on Goepel's word scale (message code suffix)."""
        return word(self.s_star)


def word(s_star: float) -> str:
    """Goepel's verbal class of a consensus value.

    >>> word(0.4), word(0.7), word(0.95)
    ('very_low', 'moderate', 'very_high')
    """
    return next(name for bound, name in WORD_SCALE if s_star < bound)


def consensus(priorities: Sequence[Sequence[float]] | Sequence[npt.NDArray[Any]] | FloatArray | pd.DataFrame, *,
              scale_max: float = 9.0) -> Consensus:
    """Goepel's consensus indicator of the members' priority vectors (one per row).

    Each row is normalized to sum 1.  With fewer than two members or items the
    consensus is 1 by definition.
    """
    w = np.asarray(priorities.to_numpy() if isinstance(priorities, pd.DataFrame) else priorities, dtype=float)
    if w.ndim != 2:
        raise ValueError("priorities must be a 2-D array: one row per member")
    k, n = w.shape
    if k < 2 or n < 2:
        return Consensus(1.0, 1.0, 0.0, 0.0, 0.0, n, k, scale_max)
    w = w / w.sum(axis=1, keepdims=True)
    h_alpha = float(np.mean([shannon(row) for row in w]))
    h_gamma = shannon(w.mean(axis=0))
    h_beta = h_gamma - h_alpha
    m = math.exp(-h_beta)
    cor = math.exp(math.log(n) - alpha_min_entropy(n, scale_max))  # D_gamma,max / D_alpha,min
    s_star = (m - 1.0 / cor) / (1.0 - 1.0 / cor)
    s_rel = (m - 1.0 / n) / (1.0 - 1.0 / n)
    return Consensus(s_star, s_rel, h_alpha, h_gamma, h_beta, n, k, scale_max)


@dataclass(frozen=True)
class CommitteeConsensus:
    """Consensus per block of the hierarchy and overall."""

    overall: float
    nodes: dict[str, Consensus]
    node_weights: dict[str, float]
    global_homogeneity: float

    @property
    def word(self) -> str:
        return word(self.overall)


def committee_consensus(result: CommitteeResult, *, scale_max: float = 9.0) -> CommitteeConsensus | None:
    """Consensus of a committee per block and overall (``None`` with fewer than two members).

    Members whose block could not be computed are left out of that block.
    ``global_homogeneity`` is the relative homogeneity S of the members'
    global weights (AHP-OS shows it for the total priorities).
    """
    members = [m for m in result.members]
    if len(members) < 2:
        return None
    nodes: dict[str, Consensus] = {}
    node_weights: dict[str, float] = {}
    for b in result.blocks:
        if b.size < 2:
            continue
        rows = [m.nodes[b.name].weights.reindex(list(b.labels)).to_numpy(dtype=float) for m in members]
        rows = [r for r in rows if np.isfinite(r).all()]
        if len(rows) < 2:
            continue
        nodes[b.name] = consensus(rows, scale_max=scale_max)
        if result.mode == HIERARCHICAL and b.name != GROUPS_BLOCK:
            node_weights[b.name] = float(result.group.group_weights.get(b.name, math.nan))
        else:
            node_weights[b.name] = 1.0
    usable = {k: v for k, v in node_weights.items() if math.isfinite(v)}
    total = sum(usable.values())
    overall = sum(nodes[k].s_star * v for k, v in usable.items()) / total if total > 0 else math.nan
    glob = [m.weights.to_numpy(dtype=float) for m in members if m.weights.notna().all()]
    homog = consensus(glob).s_relative if len(glob) >= 2 else math.nan
    return CommitteeConsensus(float(overall), nodes, node_weights, float(homog))


def disagreement(problem: Problem, mode: str | None = None) -> pd.DataFrame:
    """Pair by pair, how far apart the members' judgments are (in log terms).

    One row per pair of the hierarchy (``block``, ``a``, ``b``), a column per
    member with their ``a_ab`` (``NaN`` = not answered), then ``answered``,
    ``geometric_mean`` (the AIJ value with equal votes), ``log_sd`` (sample
    standard deviation of ``ln a_ab`` over the members who answered),
    ``log_range`` (max - min of ``ln a_ab``) and ``opposed`` (someone prefers
    ``a`` and someone ``b``).  Sorted by ``log_sd``, largest first: the pairs
    to discuss.  ``exp(log_sd)`` reads as a factor on the Saaty scale.
    """
    who = member_ids(problem)
    names = [member_name(problem, m) for m in who]
    rows = []
    for b in blocks(problem, mode):
        mats = [block_matrix(problem, m, b) for m in who]
        for i in range(b.size):
            for j in range(i + 1, b.size):
                vals = np.array([m[i, j] for m in mats], dtype=float)
                ok = vals[np.isfinite(vals) & (vals > 0)]
                logs = np.log(ok)
                row: dict[str, object] = {"block": b.name, "a": b.labels[i], "b": b.labels[j]}
                row.update({name: float(v) for name, v in zip(names, vals)})
                row["answered"] = int(ok.size)
                row["geometric_mean"] = float(np.exp(logs.mean())) if ok.size else math.nan
                row["log_sd"] = float(logs.std(ddof=1)) if ok.size >= 2 else math.nan
                row["log_range"] = float(logs.max() - logs.min()) if ok.size >= 2 else math.nan
                row["opposed"] = bool((logs > 1e-9).any() and (logs < -1e-9).any())
                rows.append(row)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    return frame.sort_values("log_sd", ascending=False, na_position="last", kind="stable").reset_index(drop=True)
