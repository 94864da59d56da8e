"""Risk flags with editable thresholds (``domain.md`` §2).

Three criteria of the default template carry a threshold worth stating in a
justification:

* ``R1`` single-firm dependence, HHI above **2 500**: "highly concentrated"
  (U.S. Department of Justice & FTC, *Horizontal Merger Guidelines*, 2010, §5.3);
* ``R2`` regional over-specialization, the cluster holds more than **25 %** of
  the region's employment (a proposal, editable);
* ``R3`` shock vulnerability, coefficient of variation of exports above
  **0.3** (a proposal, editable);
* ``CR1`` share of the largest firm, above **50 %** — the other half of the
  single-firm rule of ``domain.md`` §2 (a dominant firm); the criterion is
  added from the Indicadores step (``mcda.indicators.criteria``, computed from
  ``Empresas``) or typed in the workbook under that id, in percent.

The rules are found by criterion id (the template's ``R1``..``R3``, and
``CR1``); a
workbook without those ids gets no flags.  Each threshold is a session
setting, ``risk.<criterion id>`` in :attr:`Problem.settings`, in the
criterion's unit; an empty value or ``off`` switches the flag off.  The
share of ``R2`` is written in percent in the template (``19.1``); when every
value of the column lies in [0, 1] the column holds fractions (``"19%"`` is
read as 0.191) and the threshold is divided by 100.

Examples
--------
>>> from mcda.problem import Cluster, Criterion, Problem, Direction
>>> p = Problem((Cluster("A", "a"), Cluster("B", "b")),
...             (Criterion("R1", "Dependencia", direction=Direction.COST),), [[3900.0], [1200.0]],
...             settings={"risk.R1": "3000"})
>>> [(f.cluster, f.criterion, f.value, f.threshold) for f in risk_flags(p)]
[('A', 'R1', 3900.0, 3000.0)]
>>> thresholds(p)["R1"], DEFAULT_THRESHOLDS["R2"]
(3000.0, 25.0)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from mcda.problem import Problem

#: Setting key prefix of a threshold: ``risk.R1``.
SETTING_PREFIX = "risk."

#: Default thresholds in the template's units (HHI 0-10 000; % of regional employment; CV).
DEFAULT_THRESHOLDS: dict[str, float] = {"R1": 2500.0, "R2": 25.0, "R3": 0.3, "CR1": 50.0}

#: What each flag means (catalogue code suffix ``just.risk.<kind>``).
KINDS: dict[str, str] = {"R1": "concentration", "R2": "specialization", "R3": "volatility", "CR1": "dominance"}

#: Criteria whose threshold is a percentage (scaled to a fraction when the column holds fractions).
PERCENT_RULES = ("R2", "CR1")


@dataclass(frozen=True)
class RiskFlag:
    """A cluster's value above a risk threshold."""

    cluster: str
    criterion: str
    kind: str
    value: float
    threshold: float  # in the column's own scale
    percent: bool = False  # the value and threshold are shares shown as percentages


def setting_key(criterion_id: str) -> str:
    return SETTING_PREFIX + criterion_id


def parse_threshold(text: str) -> float | None:
    """A threshold typed by a person: ``2500``, ``2,500``, ``0,3``, ``25 %``; ``off``/empty → ``None``.

    >>> parse_threshold("2,500"), parse_threshold("0,3"), parse_threshold("25 %"), parse_threshold("off")
    (2500.0, 0.3, 25.0, None)
    """
    t = text.strip().replace("\u00a0", "").replace(" ", "").rstrip("%")
    if not t or t.lower() in ("off", "no", "none", "-"):
        return None
    if "," in t and "." not in t:
        head, _, tail = t.partition(",")
        t = t.replace(",", "") if len(tail) == 3 and "," not in tail and head.isdigit() and head[0] != "0" \
            else t.replace(",", ".")
    else:
        t = t.replace(",", "")
    try:
        value = float(t)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def thresholds(problem: Problem, overrides: Mapping[str, float | None] | None = None) -> dict[str, float]:
    """The thresholds in force: defaults, then the session's settings, then ``overrides``
    (``None`` switches a rule off).  Only rules whose criterion is in the problem."""
    out: dict[str, float | None] = {}
    for cid, default in DEFAULT_THRESHOLDS.items():
        value: float | None = default
        key = setting_key(cid)
        if key in problem.settings:
            value = parse_threshold(problem.settings[key])
        if overrides is not None and cid in overrides:
            value = overrides[cid]
        out[cid] = value
    ids = set(problem.criterion_ids)
    return {k: float(v) for k, v in out.items() if v is not None and k in ids}


def _column_is_fraction(values: np.ndarray) -> bool:
    finite = values[np.isfinite(values)]
    return bool(len(finite)) and float(finite.min()) >= 0 and float(finite.max()) <= 1


def risk_flags(problem: Problem, overrides: Mapping[str, float | None] | None = None) -> list[RiskFlag]:
    """Every cluster value strictly above its threshold, cluster by cluster in problem order."""
    flags: list[RiskFlag] = []
    rules = thresholds(problem, overrides)
    columns = {cid: np.asarray(problem.values[:, problem.criterion_index(cid)], dtype=float) for cid in rules}
    scaled = {}
    for cid, limit in rules.items():
        fraction = cid in PERCENT_RULES and _column_is_fraction(columns[cid])
        scaled[cid] = (limit / 100.0 if fraction else limit, cid in PERCENT_RULES, fraction)
    for i, cluster in enumerate(problem.clusters):
        for cid, (limit, pct, fraction) in scaled.items():
            value = float(columns[cid][i])
            if math.isfinite(value) and value > limit:
                flags.append(RiskFlag(cluster.id, cid, KINDS[cid], value if not fraction else 100 * value,
                                      limit if not fraction else 100 * limit, pct))
    return flags
