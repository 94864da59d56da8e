"""Criterion weights: direct, equal, rank-based, objective and AHP.

Every function returns a :class:`~mcda.results.WeightsResult` (weights by
criterion id summing to 1, the method, the weight of each criterion group,
the consistency ratios used, details to repeat the computation, warnings).

* ``direct``: the ``peso`` column, normalized (a ``weights.normalized``
  warning gives the original sum when it was not 1 within 1e-6).
* ``equal``: 1/n each.
* ``rank_order_centroid`` (ROC, Barron & Barrett 1996):
  ``w_k = (1/n) sum_{i=k..n} 1/i`` for the criterion ranked k-th.
* ``rank_sum`` (RS, Stillwell, Seaver & Edwards 1981):
  ``w_k = 2 (n + 1 - k) / (n (n + 1))``.
* ``entropy`` and ``critic``: objective weights computed from the values
  (Shannon entropy; CRITIC of Diakoulaki, Mavrotas & Papayannakis 1995) via
  :mod:`mcda.methods.pymcdm_bridge`; a reference, not a committee's view.
* ``from_ahp`` / ``from_ahp_group`` / ``from_judgments``: AHP priorities of
  one matrix, of a committee (AIJ or AIP, :mod:`mcda.ahp_group`), and of the
  judgments stored in the problem (flat or hierarchical).

Examples
--------
>>> from mcda.problem import Problem, Cluster, Criterion
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")),
...             tuple(Criterion(f"c{k}", f"C{k}", group="G1" if k < 3 else "G2") for k in range(1, 5)),
...             [[1, 2, 3, 4], [2, 3, 4, 5]])
>>> rank_order_centroid(p, ["c1", "c2", "c3", "c4"]).weights.round(4).tolist()
[0.5208, 0.2708, 0.1458, 0.0625]
>>> rank_sum(p, ["c4", "c3", "c2", "c1"]).group_weights.round(2).to_dict()
{'G1': 0.3, 'G2': 0.7}
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda import ahp
from mcda.ahp_group import GroupAhpResult, aggregate_aij, aggregate_aip
from mcda.errors import InputError, Issue, MethodError, Severity, warning
from mcda.problem import Judgments, Problem
from mcda.results import WeightsResult

FloatArray = npt.NDArray[np.float64]

#: Tolerance below which raw weights are taken to sum to 1.
SUM_TOLERANCE = 1e-6


def group_weights(problem: Problem, weights: pd.Series | Sequence[float] | FloatArray) -> pd.Series:
    """Sum of the weights of each criterion group (groups in order of appearance)."""
    values = (weights.reindex(problem.criterion_ids).to_numpy(dtype=float) if isinstance(weights, pd.Series)
              else np.asarray(weights, dtype=float))
    sums = dict.fromkeys(problem.groups, 0.0)
    for c, v in zip(problem.criteria, values, strict=True):
        if not np.isnan(v):  # as pandas' sum: a missing weight adds nothing
            sums[c.group] += float(v)
    return pd.Series(sums, name="weight", dtype=float)


def _result(problem: Problem, w: Sequence[float] | FloatArray | pd.Series, method: str, *,
            consistency: Mapping[str, float] | None = None, details: Mapping[str, Any] | None = None,
            warnings: Sequence[Issue] = ()) -> WeightsResult:
    values = (w.reindex(problem.criterion_ids).to_numpy(dtype=float) if isinstance(w, pd.Series)
              else np.asarray(w, dtype=float))
    values = values / np.nansum(values)  # as pandas' sum: missing weights stay missing and add nothing
    s = pd.Series(values, index=problem.criterion_ids, name="weight")
    return WeightsResult(weights=s, method=method, group_weights=group_weights(problem, values),
                         consistency=dict(consistency or {}), details=dict(details or {}), warnings=tuple(warnings))


def _no_criteria(problem: Problem) -> None:
    if not problem.criteria:
        raise MethodError(Issue("weights.no_criteria"))


def equal(problem: Problem) -> WeightsResult:
    """``1/n`` for each criterion; warns (``weights.none_given``) when the
    problem carries no weights at all, so the user knows none were used."""
    _no_criteria(problem)
    n = len(problem.criteria)
    warns = [] if problem.weights_given else [warning("weights.none_given")]
    return _result(problem, np.full(n, 1.0 / n), "equal", warnings=warns)


def direct(problem: Problem) -> WeightsResult:
    """The raw weights of the criteria, normalized to sum 1.

    A criterion without a weight among weighted ones counts as 0
    (``weights.missing_as_zero`` warning); no weight at all gives equal
    weights (see :func:`equal`); negative or all-zero weights are an error.
    """
    _no_criteria(problem)
    if not problem.weights_given:
        return equal(problem)
    raw = problem.raw_weights
    negative = [Issue("weights.negative", params={"criterion": c.id, "value": float(v)})
                for c, v in zip(problem.criteria, raw) if v < 0]
    if negative:
        raise InputError(negative)
    warns: list[Issue] = []
    unset = [c.id for c, v in zip(problem.criteria, raw) if math.isnan(v)]
    if unset:
        warns.append(warning("weights.missing_as_zero", criteria=", ".join(unset)))
    raw = np.nan_to_num(raw, nan=0.0)
    with np.errstate(over="ignore"):
        total = float(raw.sum())
    if total <= 0:
        raise InputError(Issue("weights.all_zero"))
    if abs(total - 1.0) > SUM_TOLERANCE:
        warns.append(warning("weights.normalized", sum=round(total, 6)))
    if not math.isfinite(total):  # weights near the float maximum: their sum overflows, their shares do not
        top = float(raw.max())
        return _result(problem, (raw / top) / float((raw / top).sum()), "direct", details={"original_sum": total},
                       warnings=warns)
    return _result(problem, raw / total, "direct", details={"original_sum": total}, warnings=warns)


def _order_positions(problem: Problem, order: Sequence[str]) -> list[int]:
    ids = problem.criterion_ids
    order = [str(o) for o in order]
    unknown = [o for o in order if o not in ids]
    repeated = sorted({o for o in order if order.count(o) > 1})
    absent = [i for i in ids if i not in order]
    if unknown or repeated or absent:
        raise InputError(Issue("weights.bad_order", params={
            "unknown": ", ".join(unknown), "repeated": ", ".join(repeated), "absent": ", ".join(absent)}))
    return [order.index(i) for i in ids]  # 0-based rank of each criterion


def rank_order_centroid(problem: Problem, order: Sequence[str]) -> WeightsResult:
    """ROC weights from an order of criterion ids, most important first
    (Barron, F. H. & Barrett, B. E. 1996, Decision quality using ranked
    attribute weights, *Management Science* 42(11), 1515-1523)."""
    _no_criteria(problem)
    pos = _order_positions(problem, order)
    n = len(pos)
    roc = [sum(1.0 / i for i in range(k, n + 1)) / n for k in range(1, n + 1)]
    return _result(problem, [roc[p] for p in pos], "roc", details={"order": ", ".join(order)})


def rank_sum(problem: Problem, order: Sequence[str]) -> WeightsResult:
    """Rank-sum weights ``2 (n + 1 - k) / (n (n + 1))`` from an order of
    criterion ids, most important first (Stillwell, W. G., Seaver, D. A. &
    Edwards, W. 1981, *Organizational Behavior and Human Performance* 28, 62-77)."""
    _no_criteria(problem)
    pos = _order_positions(problem, order)
    n = len(pos)
    return _result(problem, [2.0 * (n - p) / (n * (n + 1)) for p in pos], "rank_sum",
                   details={"order": ", ".join(order)})


def entropy(problem: Problem) -> WeightsResult:
    """Shannon-entropy weights of the value matrix (objective; a reference)."""
    from mcda.methods.pymcdm_bridge import entropy_weights

    _no_criteria(problem)
    found: list[Issue] = []
    w = entropy_weights(problem.values, problem.types, ids=problem.criterion_ids, issues=found)
    return _result(problem, w, "entropy", details={"source": "pymcdm entropy_weights (sum normalization)"},
                   warnings=found)


def critic(problem: Problem) -> WeightsResult:
    """CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995; objective)."""
    from mcda.methods.pymcdm_bridge import critic_weights

    _no_criteria(problem)
    found: list[Issue] = []
    w = critic_weights(problem.values, problem.types, ids=problem.criterion_ids, issues=found)
    return _result(problem, w, "critic", details={"source": "pymcdm critic_weights (min-max, costs reversed)"},
                   warnings=found)


def _check_labels(problem: Problem, labels: Sequence[str], sheet: str = "") -> None:
    ids, got = problem.criterion_ids, list(labels)
    missing = [i for i in ids if i not in got]
    unknown = [g for g in got if g not in ids]
    if missing or unknown:
        raise InputError(Issue("weights.ahp_labels", sheet=sheet or None,
                               params={"missing": ", ".join(missing), "unknown": ", ".join(unknown)}))


def _ahp_details(r: ahp.AhpResult) -> dict[str, Any]:
    return {"prioritization": r.prioritization, "ri_table": r.ri_table, "lambda_max": r.lambda_max,
            "ci": r.ci, "ri": r.ri, "cr": r.cr, "missing_judgments": r.missing,
            "completion": r.completion or "none"}


def from_ahp(problem: Problem, result: ahp.AhpResult) -> WeightsResult:
    """Weights from the AHP priorities of one matrix over the criterion ids."""
    _check_labels(problem, result.labels, result.sheet)
    key = result.sheet or "AHP"
    return _result(problem, result.weights, "ahp", consistency={key: result.cr}, details=_ahp_details(result),
                   warnings=ahp.consistency_warnings(result))


def from_ahp_group(problem: Problem, group: GroupAhpResult) -> WeightsResult:
    """Weights of a committee (:func:`mcda.ahp_group.group_priorities`)."""
    _check_labels(problem, list(group.weights.index))
    warns = [w for r in group.members for w in ahp.consistency_warnings(r)]
    details = {**group.details, "aggregation": group.aggregation,
               "members": ", ".join(f"{n}={float(v):.4g}" for n, v in group.member_weights.items())}
    return _result(problem, group.weights, "ahp_committee", consistency=group.consistency, details=details,
                   warnings=warns)


def _setting(problem: Problem, key: str, given: str | None, default: str) -> str:
    return given or str(problem.settings.get(f"ahp.{key}", "") or default)


def from_judgments(problem: Problem, *, aggregation: str | None = None, prioritization: str | None = None,
                   ri_table: str | None = None) -> WeightsResult:
    """AHP weights from the judgments stored in the problem.

    One matrix (no member) gives ``"ahp"``; several give ``"ahp_committee"``,
    aggregated by AIJ (default) or AIP with the members' voting weights
    (``Comite`` sheet; 1 for a member not listed).  When a member also has a
    ``groups``-level matrix the weights are hierarchical
    (``"ahp_hierarchical"``): group priorities times the local priorities of
    the criteria inside each group, read from that member's criteria matrix
    restricted to the group (pairs across groups are not used).  Options
    default to ``problem.settings`` keys ``ahp.aggregation``,
    ``ahp.prioritization``, ``ahp.ri_table``, then aij / eigenvector / saaty.
    An unnamed ``AHP`` matrix beside members' matrices is left out with a
    ``committee.unnamed_ignored`` warning (:func:`mcda.committee.hierarchy.unnamed_ignored`).
    """
    from dataclasses import replace

    from mcda.committee.hierarchy import unnamed_ignored

    committee, ignored = unnamed_ignored(problem)
    result = _from_judgments(committee, aggregation, prioritization, ri_table)
    return replace(result, warnings=(*ignored, *result.warnings)) if ignored else result


def _from_judgments(problem: Problem, aggregation: str | None, prioritization: str | None,
                    ri_table: str | None) -> WeightsResult:
    agg = _setting(problem, "aggregation", aggregation, "aij")
    prio = _setting(problem, "prioritization", prioritization, "eigenvector")
    table = _setting(problem, "ri_table", ri_table, "saaty")
    crit = [j for j in problem.judgments if j.level == "criteria"]
    groups = {j.member: j for j in problem.judgments if j.level == "groups"}
    if not crit:
        raise InputError(Issue("weights.no_judgments"))
    if groups:
        return _hierarchical(problem, crit, groups, agg, prio, table)
    for j in crit:
        _check_labels(problem, j.labels, j.sheet)
    if len(crit) == 1:
        return from_ahp(problem, ahp.priorities(crit[0], prioritization=prio, ri_table=table))
    order = list(crit[0].labels)
    mats = [_reordered(j, order) for j in crit]
    names = [j.member or j.sheet or "AHP" for j in crit]
    from mcda.ahp_group import group_priorities

    group = group_priorities(mats, order, names=names, weights=_voting(problem, crit), aggregation=agg,
                             prioritization=prio, ri_table=table, sheets=[j.sheet or n for j, n in zip(crit, names)])
    return from_ahp_group(problem, group)


def _voting(problem: Problem, js: Sequence[Judgments]) -> list[float]:
    votes = {m.id: m.weight for m in problem.members}
    return [float(votes.get(j.member, 1.0)) if j.member is not None else 1.0 for j in js]


def _reordered(j: Judgments, order: Sequence[str]) -> FloatArray:
    idx = [list(j.labels).index(x) for x in order]
    return np.asarray(j.matrix[np.ix_(idx, idx)], dtype=float)


def _combine(mats: list[FloatArray], labels: Sequence[str], votes: list[float], opts: tuple[str, str, str],
             sheets: Sequence[str], block: str, cons: dict[str, float], warns: list[Issue]) -> pd.Series:
    """Priorities of one node of the hierarchy over the committee."""
    agg, prio, table = opts
    members = [ahp.priorities(m, labels, prioritization=prio, ri_table=table) for m in mats]
    results = list(zip(sheets, members))
    out = members[0].weights
    if len(mats) > 1 and agg == "aip":
        out = aggregate_aip(members, votes)
    elif len(mats) > 1:
        g = ahp.priorities(aggregate_aij(mats, votes), labels, prioritization=prio, ri_table=table)
        results.append(("AIJ", g))
        out = g.weights
    for sheet, r in results:
        cons[f"{sheet} [{block}]"] = r.cr
        if not r.consistent:
            warns.append(Issue("weights.inconsistent_block", sheet=sheet if sheet != "AIJ" else None,
                               severity=Severity.WARNING, params={"block": block, "cr": round(r.cr, 4),
                                                                  "threshold": ahp.CR_THRESHOLD, "table": table}))
    return out


def _hierarchical(problem: Problem, crit: list[Judgments], groups: dict[str | None, Judgments], agg: str,
                  prio: str, table: str) -> WeightsResult:
    members = [j for j in crit if j.member in groups]
    if len(members) != len(crit) or len(groups) != len(crit):
        raise InputError(Issue("weights.hierarchy_incomplete", params={
            "members": ", ".join(str(j.member or "AHP") for j in crit),
            "with_groups": ", ".join(str(m or "AHP") for m in groups)}))
    names = [j.member or "AHP" for j in members]
    votes = _voting(problem, members)
    glabels = problem.groups
    for m in members:
        g = groups[m.member]
        if sorted(g.labels) != sorted(glabels):
            raise InputError(Issue("weights.ahp_labels", sheet=g.sheet or None, params={
                "missing": ", ".join(x for x in glabels if x not in g.labels),
                "unknown": ", ".join(x for x in g.labels if x not in glabels)}))
        _check_labels(problem, m.labels, m.sheet)
    cons: dict[str, float] = {}
    warns: list[Issue] = []
    opts = (agg, prio, table)
    top = _combine([_reordered(groups[m.member], glabels) for m in members], glabels, votes, opts,
                   [groups[m.member].sheet or f"{n} grupos" for m, n in zip(members, names)], "grupos", cons, warns)
    w = pd.Series(0.0, index=problem.criterion_ids)
    for gname in glabels:
        ids = [c.id for c in problem.criteria if c.group == gname]
        if len(ids) == 1:
            w[ids[0]] = float(top[gname])
            continue
        local = _combine([_reordered(m, ids) for m in members], ids, votes, opts,
                         [m.sheet or n for m, n in zip(members, names)], str(gname), cons, warns)
        w[ids] = float(top[gname]) * local.reindex(ids).to_numpy()
    details = {"prioritization": prio, "ri_table": table, "aggregation": agg if len(members) > 1 else "none",
               "members": ", ".join(f"{n}={v:g}" for n, v in zip(names, votes))}
    return _result(problem, w, "ahp_hierarchical", consistency=cons, details=details, warnings=warns)
