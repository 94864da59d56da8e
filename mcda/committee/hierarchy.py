"""The committee's AHP: blocks to judge, each member's weights and the group's.

Layout in the workbook (contract §1 sheets, one block per sheet)
---------------------------------------------------------------
*Hierarchical mode* (a member has an ``AHP <member> grupos`` sheet):

* ``AHP <member> grupos``: the square block over the criterion groups
  (Importancia, Encadenamientos, Crecimiento, Riesgo ...).
* ``AHP <member>``: one square block over **all** criterion ids, in the
  order of the ``Criterios`` sheet, in which only the cells of pairs *inside
  the same group* are filled; the cells of pairs across groups stay empty.
  The per-group blocks are therefore the diagonal blocks of that matrix, so
  the sheet is an ordinary contract §1 block that any spreadsheet shows as
  one table and the reader reads unchanged.  Cross-group cells, if filled,
  are ignored in hierarchical mode (they are what flat mode uses).

*Flat mode* (no ``grupos`` sheet): ``AHP <member>`` (or ``AHP``) holds every
pair of criteria.

With the 14 default criteria in groups of 5, 2, 4 and 3 the hierarchy asks
``6 + 10 + 1 + 6 + 3 = 26`` judgments instead of ``91``.

Weights
-------
For each *block* (node of the hierarchy) the local priorities come from
:func:`mcda.ahp.priorities` (incomplete blocks completed by Harker's method
or LLSM).  A criterion's global weight is its group's weight times its local
weight (a group of one criterion has local weight 1).  The group result
aggregates node by node: AIJ takes the weighted geometric mean of the
members' judgments of the node (only members who answered a pair count for
it) and derives the node's priorities; AIP takes the weighted geometric mean
of the members' local priorities of the node (Forman & Peniwati 1998).  The
voting weights are the ``Comite`` sheet's (1 for a member not listed).  This
is the rule of :func:`mcda.weights.from_judgments`, which gives the same
group weights.

Examples
--------
>>> from mcda.sample_data import CRITERIA
>>> from mcda.problem import Cluster, Problem
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")), CRITERIA, [[1.0] * 14, [2.0] * 14])
>>> len(pairs(p, "hierarchical")), len(pairs(p, "flat"))
(26, 91)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from mcda import ahp
from mcda.ahp_group import aggregate_aij, aggregate_aip
from mcda.errors import ConsistencyError, InputError, Issue, McdaError
from mcda.problem import Problem

FloatArray = npt.NDArray[np.float64]
from mcda.committee.blocks import (  # the blocks and judgments, re-exported: callers import them from here
    HIERARCHICAL as HIERARCHICAL,
    FLAT as FLAT,
    GROUPS_BLOCK as GROUPS_BLOCK,
    FLAT_BLOCK as FLAT_BLOCK,
    COMMITTEE as COMMITTEE,
    Block as Block,
    Pair as Pair,
    mode_of as mode_of,
    blocks as blocks,
    pairs as pairs,
    unnamed_ignored as unnamed_ignored,
    member_ids as member_ids,
    voting_weight as voting_weight,
    member_name as member_name,
    _labels_for as _labels_for,
    block_matrix as block_matrix,
    judgment as judgment,
    with_judgment as with_judgment,
    without_member_judgments as without_member_judgments,
)


@dataclass(frozen=True)
class NodeResult:
    """Priorities of one block for one member (or the group).

    ``result`` is ``None`` when the block could not be computed (``issues``
    say why) or, for the group under AIP, when there is no group matrix.
    """

    block: Block
    weights: pd.Series
    result: ahp.AhpResult | None = None
    issues: tuple[Issue, ...] = ()

    @property
    def cr(self) -> float:
        return self.result.cr if self.result is not None else math.nan

    @property
    def missing(self) -> int:
        return self.result.missing if self.result is not None else 0


@dataclass(frozen=True)
class MemberResult:
    """One member's (or the committee's) local and global weights."""

    member: str | None
    name: str
    vote: float
    nodes: dict[str, NodeResult]
    weights: pd.Series
    group_weights: pd.Series

    @property
    def issues(self) -> tuple[Issue, ...]:
        return tuple(i for n in self.nodes.values() for i in n.issues)

    @property
    def ok(self) -> bool:
        return not any(i.is_error for i in self.issues) and bool(self.weights.notna().all())

    @property
    def max_cr(self) -> float:
        crs = [n.cr for n in self.nodes.values() if not math.isnan(n.cr)]
        return max(crs) if crs else math.nan

    def local(self, criterion: str) -> float:
        """Local weight of a criterion inside its block."""
        for n in self.nodes.values():
            if n.block.level == "criteria" and criterion in n.weights.index:
                return float(n.weights[criterion])
        return 1.0 if criterion in self.weights.index else math.nan


@dataclass(frozen=True)
class CommitteeResult:
    """Every member's weights and the committee's (``group``)."""

    mode: str
    aggregation: str
    prioritization: str
    ri_table: str
    blocks: tuple[Block, ...]
    members: tuple[MemberResult, ...]
    group: MemberResult
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def weights(self) -> pd.Series:
        return self.group.weights

    def member(self, member: str | None) -> MemberResult | None:
        return next((m for m in self.members if m.member == member), None)

    def weights_table(self) -> pd.DataFrame:
        """Global weights side by side: one column per member, then the committee."""
        cols = {m.name: m.weights for m in self.members}
        cols[COMMITTEE] = self.group.weights
        return pd.DataFrame(cols)

    def consistency_table(self) -> pd.DataFrame:
        """CR of each block (rows) for each member and the group matrix (AIJ) (columns)."""
        data = {m.name: {b.name: m.nodes[b.name].cr for b in self.blocks if b.name in m.nodes}
                for m in (*self.members, self.group)}
        return pd.DataFrame(data, index=[b.name for b in self.blocks])

    def hierarchy_table(self, problem: Problem) -> pd.DataFrame:
        """The committee's group weight, local weight and global weight per criterion."""
        rows = []
        for c in problem.criteria:
            g = self.group.group_weights.get(c.group, math.nan) if self.mode == HIERARCHICAL else math.nan
            rows.append({"criterion": c.id, "group": c.group, "group_weight": float(g),
                         "local_weight": self.group.local(c.id), "global_weight": float(self.weights[c.id])})
        return pd.DataFrame(rows).set_index("criterion")


def _settings(problem: Problem, key: str, given: str | None, default: str) -> str:
    return given or str(problem.settings.get(f"ahp.{key}", "") or default)


def _node(matrix: FloatArray, block: Block, prio: str, table: str, sheet: str, strict: bool) -> NodeResult:
    if block.size == 1:
        return NodeResult(block, pd.Series([1.0], index=list(block.labels), name="weight"))
    try:
        r = ahp.priorities(matrix, list(block.labels), prioritization=prio, ri_table=table, sheet=sheet)
    except McdaError as err:
        if strict:
            raise
        return NodeResult(block, pd.Series(math.nan, index=list(block.labels), name="weight"), None,
                          tuple(err.issues))
    return NodeResult(block, r.weights.rename("weight"), r, tuple(ahp.consistency_warnings(r, sheet=sheet)))


def _globals(problem: Problem, mode: str, nodes: dict[str, NodeResult]) -> tuple[pd.Series, pd.Series]:
    ids = problem.criterion_ids
    if mode == FLAT:
        w = nodes[FLAT_BLOCK].weights.reindex(ids).astype(float)
    else:
        top = nodes[GROUPS_BLOCK].weights
        w = pd.Series(math.nan, index=ids, dtype=float)
        for c in problem.criteria:
            local = nodes[c.group].weights.get(c.id, math.nan) if c.group in nodes else 1.0
            w[c.id] = float(top.get(c.group, math.nan)) * float(local)
    groups = pd.Series({g: float(w[[c.id for c in problem.criteria if c.group == g]].sum(min_count=1))
                        for g in problem.groups}, dtype=float)
    return w.rename("weight"), groups.rename("weight")


def _sheet_of(problem: Problem, member: str | None, level: str) -> str:
    j = problem.judgments_for(member, level)
    if j is not None and j.sheet:
        return j.sheet
    return " ".join(["AHP"] + ([member] if member else []) + (["grupos"] if level == "groups" else []))


def _check(problem: Problem, mode: str, members: Sequence[str | None], strict: bool) -> None:
    if not members:
        raise InputError(Issue("weights.no_judgments"))
    if mode == HIERARCHICAL and strict:
        lacking = [m for m in members if problem.judgments_for(m, "groups") is None
                   or problem.judgments_for(m, "criteria") is None]
        if lacking:
            raise InputError(Issue("weights.hierarchy_incomplete", params={
                "members": ", ".join(str(m or "AHP") for m in members),
                "with_groups": ", ".join(str(m or "AHP") for m in members if m not in lacking)}))
    for j in problem.judgments:
        known = set(_labels_for(problem, j.level))
        unknown = [x for x in j.labels if x not in known]
        if unknown:
            raise InputError(Issue("weights.ahp_labels", sheet=j.sheet or None,
                                   params={"missing": "", "unknown": ", ".join(unknown)}))


def committee_weights(problem: Problem, *, mode: str | None = None, aggregation: str | None = None,
                      prioritization: str | None = None, ri_table: str | None = None,
                      strict: bool = True) -> CommitteeResult:
    """Each member's local and global weights and the committee's.

    Parameters
    ----------
    problem : Problem
        With its judgments (one matrix, a committee, flat or hierarchical).
    mode : {"hierarchical", "flat"}, optional
        Default :func:`mode_of`.
    aggregation, prioritization, ri_table : str, optional
        Default the ``ahp.*`` settings, then ``aij``, ``eigenvector``, ``saaty``.
    strict : bool
        Raise on a block that cannot be computed or a member without both
        levels (as a run does); with ``False`` (live views) that member's
        block gets NaN weights and its issues (a missing matrix counts as
        unanswered), and the group uses whoever could be computed.
    """
    problem, ignored = unnamed_ignored(problem)
    mode = mode or mode_of(problem)
    agg = _settings(problem, "aggregation", aggregation, "aij")
    prio = _settings(problem, "prioritization", prioritization, "eigenvector")
    table = _settings(problem, "ri_table", ri_table, "saaty")
    if agg not in ("aij", "aip"):
        raise ConsistencyError(Issue("ahp.group_unknown_aggregation", params={"value": agg}))
    who = member_ids(problem)
    _check(problem, mode, who, strict)
    bl = blocks(problem, mode)
    votes = [voting_weight(problem, m) for m in who]
    results: list[MemberResult] = []
    matrices: dict[str, list[FloatArray]] = {b.name: [] for b in bl}
    for m in who:
        nodes = {}
        for b in bl:
            mat = block_matrix(problem, m, b)
            matrices[b.name].append(mat)
            nodes[b.name] = _node(mat, b, prio, table, _sheet_of(problem, m, b.level), strict)
        w, gw = _globals(problem, mode, nodes)
        results.append(MemberResult(m, member_name(problem, m), voting_weight(problem, m), nodes, w, gw))
    group_nodes = {b.name: _group_node(b, matrices[b.name], results, votes, agg, prio, table, strict) for b in bl}
    w, gw = _globals(problem, mode, group_nodes)
    group = MemberResult(None, COMMITTEE, float(sum(votes)), group_nodes, w, gw)
    details = {"mode": mode, "aggregation": agg if len(who) > 1 else "none", "prioritization": prio,
               "ri_table": table, "members": ", ".join(f"{r.member or 'AHP'}={r.vote:g}" for r in results),
               "warnings": tuple(ignored)}
    return CommitteeResult(mode, agg, prio, table, bl, tuple(results), group, details)


def _group_node(block: Block, mats: list[FloatArray], members: list[MemberResult], votes: list[float], agg: str,
                prio: str, table: str, strict: bool) -> NodeResult:
    if len(mats) == 1:
        return members[0].nodes[block.name]
    if block.size == 1:
        return NodeResult(block, pd.Series([1.0], index=list(block.labels), name="weight"))
    if agg == "aij":
        return _node(aggregate_aij(mats, votes), block, prio, table, "", strict)
    usable: list[tuple[ahp.AhpResult, float]] = []
    for r, v in zip(members, votes):
        res = r.nodes[block.name].result
        if res is not None:
            usable.append((res, v))
    if not usable:
        issues = tuple(i for r in members for i in r.nodes[block.name].issues)
        return NodeResult(block, pd.Series(math.nan, index=list(block.labels), name="weight"), None, issues)
    w = aggregate_aip([u for u, _ in usable], [v for _, v in usable])
    return NodeResult(block, w.reindex(list(block.labels)).rename("weight"))
