"""What the committee adds to an output workbook and to ``rank --json``.

:func:`committee_sheets` gives ``Auditoria`` and ``Integridad`` (always, when
the problem holds judgments) and ``Consistencia`` (each member's weights and
CRs beside the committee's, and the consensus).  :func:`committee_json` is
the ``"committee"`` object of ``rank --json``.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from mcda.committee.audit import AuditTrail
from mcda.committee.consensus import committee_consensus
from mcda.committee.hierarchy import COMMITTEE, CommitteeResult, committee_weights
from mcda.committee.integrity import export_sheets, trail_for
from mcda.errors import McdaError
from mcda.problem import Problem

CONSISTENCY_SHEET = "Consistencia"


def _round(x: float, digits: int = 10) -> float | None:
    return None if x is None or not math.isfinite(x) else round(float(x), digits)


def consistency_frame(problem: Problem, result: CommitteeResult) -> pd.DataFrame:
    """Rows: each criterion's global weight per member and for the committee,
    then the CR of each block per member and (AIJ) of the group matrix, then
    the consensus per block and overall."""
    table = result.weights_table()
    rows: list[dict[str, Any]] = []
    names = [m.name for m in result.members] + [COMMITTEE]
    for cid, line in table.iterrows():
        rows.append({"elemento": f"peso {cid}", **{n: _round(line[n]) for n in names}})
    cr = result.consistency_table()
    for block, line in cr.iterrows():
        rows.append({"elemento": f"RC {block}", **{n: _round(line.get(n, math.nan)) for n in names}})
    rows.append({"elemento": "peso de voto", **{m.name: m.vote for m in result.members}, COMMITTEE: None})
    cons = committee_consensus(result)
    if cons is not None:
        for block, c in cons.nodes.items():
            rows.append({"elemento": f"consenso {block}", COMMITTEE: _round(c.s_star)})
        rows.append({"elemento": "consenso", COMMITTEE: _round(cons.overall)})
    return pd.DataFrame(rows, columns=["elemento", *names])


def committee_sheets(problem: Problem, weights: pd.Series, *, trail: AuditTrail | None = None,
                     source: str = "") -> dict[str, pd.DataFrame]:
    """The sheets an export gets: ``Integridad`` always; ``Auditoria`` and
    ``Consistencia`` when it holds judgments.

    Without a ``trail``, ``source`` (the input file's path or name) decides it:
    the trail of an input exported by clusterprio is continued
    (:func:`mcda.committee.integrity.trail_for`), any other starts with the
    judgments as imported from ``source``.
    """
    if trail is None and problem.judgments:
        trail = trail_for(problem, source or None)
    sheets = export_sheets(problem, weights, trail, source)
    if not problem.judgments:
        return sheets
    try:
        result = committee_weights(problem, strict=False)
    except McdaError:
        return sheets
    return {CONSISTENCY_SHEET: consistency_frame(problem, result), **sheets}


def committee_json(problem: Problem) -> dict[str, Any] | None:
    """The ``"committee"`` object of ``rank --json`` (``None`` without judgments)."""
    if not problem.judgments:
        return None
    result = committee_weights(problem)
    cons = committee_consensus(result)
    return {
        "mode": result.mode,
        "aggregation": result.details["aggregation"],
        "prioritization": result.prioritization,
        "ri_table": result.ri_table,
        "members": [
            {"id": m.member, "name": m.name, "voting_weight": m.vote,
             "weights": {k: _round(v) for k, v in m.weights.items()},
             "cr": {b: _round(n.cr) for b, n in m.nodes.items() if n.result is not None},
             "consistent": all(n.result.consistent for n in m.nodes.values() if n.result is not None)}
            for m in result.members
        ],
        "group_weights": {k: _round(v) for k, v in result.group.group_weights.items()},
        "group_cr": {b: _round(n.cr) for b, n in result.group.nodes.items() if n.result is not None},
        "consensus": None if cons is None else {
            "overall": _round(cons.overall), "word": cons.word,
            "blocks": {k: _round(c.s_star) for k, c in cons.nodes.items()}},
    }
