"""Turn an :class:`~mcda.indicators.compute.IndicatorReport` into criteria of
the decision problem, with provenance (source, year, formula).

The criterion ids are those of the default template (``domain.md`` §2), so
the columns can be pasted into, or merged with, a decision workbook built on
it.  The template's proposed weights come along as a starting point the
committee edits.  Names, groups, units, formulas and sources are rendered from
the ``indicators.json`` catalogue in the requested language.

Examples
--------
>>> [c.id for c in INDICATOR_CRITERIA][:4], by_id("R1").direction.name
(['I1', 'I4', 'I5', 'L1'], 'COST')
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from mcda.errors import InputError, Issue, Severity
from mcda.indicators.compute import IndicatorReport
from mcda.problem import Cluster, Criterion, Direction, Problem
from mcda.text import DEFAULT_LANGUAGE, message

_B, _C = Direction.BENEFIT, Direction.COST


@dataclass(frozen=True)
class IndicatorCriterion:
    """A criterion computed from the raw data.

    ``column`` is the column of the cluster table; ``weight`` the proposal of
    ``domain.md`` §2 (``None`` for criteria outside the template); ``notes``
    are catalogue codes of caveats added to the description.
    """

    id: str
    column: str
    group: str
    direction: Direction
    weight: float | None
    notes: tuple[str, ...] = ()


_INF = ("indicators.note.informality",)
_IO = ("indicators.note.national_io",)

#: The template criteria that the raw data can give (the others — I2, I3, G3,
#: G4 — need other sources or the committee's rubric).
INDICATOR_CRITERIA: tuple[IndicatorCriterion, ...] = (
    IndicatorCriterion("I1", "employment", "importance", _B, 0.08, _INF),
    IndicatorCriterion("I4", "lq", "importance", _B, 0.06, _INF),
    IndicatorCriterion("I5", "exports", "importance", _B, 0.05),
    IndicatorCriterion("L1", "bl", "linkages", _B, 0.11, _IO),
    IndicatorCriterion("L2", "fl", "linkages", _B, 0.09, _IO),
    IndicatorCriterion("G1", "cagr", "growth", _B, 0.07, _INF),
    IndicatorCriterion("G2", "competitive_rate", "growth", _B, 0.08, _INF),
    IndicatorCriterion("R1", "hhi", "risk", _C, 0.07),
    IndicatorCriterion("R2", "regional_share", "risk", _C, 0.06, _INF),
    IndicatorCriterion("R3", "cv_exports", "risk", _C, 0.07),
)
#: Further indicators that can be added as criteria on request.
EXTRA_CRITERIA: tuple[IndicatorCriterion, ...] = (
    IndicatorCriterion("RSCA", "rsca", "importance", _B, None),
    IndicatorCriterion("STARS", "stars", "importance", _B, None, _INF),
    IndicatorCriterion("CR1", "cr1", "risk", _C, None),
)
ALL_IDS: tuple[str, ...] = tuple(c.id for c in INDICATOR_CRITERIA + EXTRA_CRITERIA)
DEFAULT_IDS: tuple[str, ...] = tuple(c.id for c in INDICATOR_CRITERIA)


def by_id(criterion_id: str) -> IndicatorCriterion:
    """The indicator criterion with that id (case-insensitive)."""
    for c in INDICATOR_CRITERIA + EXTRA_CRITERIA:
        if c.id.casefold() == criterion_id.casefold():
            return c
    raise InputError(Issue("indicators.criterion.unknown", params={"criterion": criterion_id,
                                                                   "known": ", ".join(ALL_IDS)}))


def describe(report: IndicatorReport, spec: IndicatorCriterion, lang: str = DEFAULT_LANGUAGE) -> Criterion:
    """The :class:`~mcda.problem.Criterion` of one indicator: name, group,
    unit, formula and caveats (description), source and years."""
    prov = report.provenance[spec.column]
    description = " ".join([message(prov.formula, lang, **dict(prov.params)),
                            *(message(n, lang) for n in spec.notes)])
    where = report.region if report.region is not None else message("indicators.source.own_region", lang)
    source = message("indicators.source.computed", lang, file=report.source or "-",
                     sheets=", ".join(dict.fromkeys(prov.sheets)), region=where,
                     sha=(report.sha256 or "")[:12] or "-")
    return Criterion(
        id=spec.id, name=message(f"indicators.criterion.{spec.id}.name", lang),
        group=message(f"indicators.group.{spec.group}", lang), direction=spec.direction,
        unit=message(f"indicators.criterion.{spec.id}.unit", lang), weight=spec.weight,
        description=description, source=source, year=prov.years,
    )


def criteria_problem(report: IndicatorReport, lang: str = DEFAULT_LANGUAGE,
                     ids: Sequence[str] | None = None) -> tuple[Problem, tuple[Issue, ...]]:
    """The clusters of the report with the chosen indicator criteria.

    Criteria with no value for any cluster (e.g. ``R1`` without an
    ``Empresas`` sheet) are left out with the warning
    ``indicators.criterion.no_data``; a partly missing column stays (the
    missing-value policy of the ranking applies).  The criteria carry the
    template's proposed weights rescaled to sum 1 (warning
    ``weights.normalized``, see :func:`_normalized`).

    Raises
    ------
    InputError
        ``indicators.criteria.no_clusters`` when the report has no cluster
        (no ``Mapeo`` sheet), ``indicators.criterion.unknown``, or
        ``indicators.criteria.none_left`` when no chosen criterion has data.
    """
    table = report.clusters
    if table.empty:
        raise InputError(Issue("indicators.criteria.no_clusters"))
    specs = [by_id(i) for i in (ids or DEFAULT_IDS)]
    warnings: list[Issue] = []
    chosen: list[IndicatorCriterion] = []
    for spec in dict.fromkeys(specs):
        column = table[spec.column].astype(float)
        if column.isna().all():
            warnings.append(Issue("indicators.criterion.no_data", params={"criterion": spec.id},
                                  severity=Severity.WARNING))
        else:
            chosen.append(spec)
    if not chosen:
        raise InputError(Issue("indicators.criteria.none_left"))
    clusters = tuple(
        Cluster(str(cid), str(row["name"]), str(row["region"]),
                message("indicators.cluster.description", lang, sectors=row["sectors"] or "-"))
        for cid, row in table.iterrows()
    )
    values = np.array([[_float(table.at[cid, s.column]) for s in chosen] for cid in table.index], dtype=float)
    criteria, note = _normalized(tuple(describe(report, s, lang) for s in chosen))
    return Problem(clusters, criteria, values), tuple([*warnings, *note])


def _normalized(criteria: tuple[Criterion, ...]) -> tuple[tuple[Criterion, ...], tuple[Issue, ...]]:
    """The template's proposed weights of the chosen criteria, rescaled to sum 1.

    The template's 14 weights sum to 1; the ten computed here sum to 0.74, so
    a workbook written with them would be normalized, with a warning, every
    time it is ranked.  They are rescaled once, here (same proportions), with
    the warning ``weights.normalized``; criteria without a proposal keep none.

    >>> from mcda.problem import Criterion
    >>> scaled, notes = _normalized((Criterion("a", "A", weight=0.125), Criterion("b", "B", weight=0.375),
    ...                              Criterion("c", "C")))
    >>> [c.weight for c in scaled], [(n.code, n.params["sum"]) for n in notes]
    ([0.25, 0.75, None], [('weights.normalized', 0.5)])
    """
    total = math.fsum(c.weight for c in criteria if c.weight is not None)
    if total <= 0 or abs(total - 1.0) <= 1e-9:
        return criteria, ()
    scaled = tuple(c if c.weight is None else replace(c, weight=c.weight / total) for c in criteria)
    return scaled, (Issue("weights.normalized", params={"sum": round(total, 6)}, severity=Severity.WARNING),)


def merge_indicators(problem: Problem, report: IndicatorReport, lang: str = DEFAULT_LANGUAGE,
                     ids: Sequence[str] | None = None) -> tuple[Problem, tuple[Issue, ...]]:
    """Push indicator criteria into an existing decision problem (the GUI's
    "add or replace"; the caller keeps the old problem for undo).

    A criterion whose id is already in ``problem`` gets the new values,
    description (formula), source, year and unit, and keeps the committee's
    name, group, direction, weight and PROMETHEE parameters; a new id is
    added with the template's proposed weight.  Clusters are matched by id
    (case and accents ignored); a cluster of the problem without indicators
    gets ``NaN`` (warning ``indicators.merge.missing_clusters``), and
    indicator clusters absent from the problem are ignored (warning
    ``indicators.merge.extra_clusters``).

    Examples
    --------
    >>> from mcda.indicators.raw_workbook import parse_raw_sheets
    >>> from mcda.indicators.compute import compute_indicators
    >>> rows = [["region", "sector", "empleo"], ["A", "s", 10], ["A", "t", 90], ["B", "s", 30], ["B", "t", 70]]
    >>> raw = parse_raw_sheets({"Empleo": rows, "Mapeo": [["cluster", "region", "sector"], ["c1", "B", "s"]]}).data
    >>> p = Problem((Cluster("C1", "Uno"), Cluster("C2", "Dos")), (Criterion("I4", "LQ", weight=2.0),), [[1.0], [2.0]])
    >>> merged, warnings = merge_indicators(p, compute_indicators(raw), ids=["I4", "R2"])
    >>> merged.criterion_ids, merged.criterion("I4").weight, merged.values.round(2).tolist()
    (['I4', 'R2'], 2.0, [[1.5, 30.0], [nan, nan]])
    >>> [w.code for w in warnings]
    ['indicators.merge.missing_clusters']
    """
    from mcda.indicators.raw_sheets import key

    computed, found = criteria_problem(report, lang, ids)
    # A new criterion comes with the template's proposal, as in the template (not rescaled: the
    # problem it joins has its own weights).
    warnings = tuple(w for w in found if w.code != "weights.normalized")
    computed = computed.replace(criteria=tuple(replace(c, weight=by_id(c.id).weight) for c in computed.criteria))
    rows = {key(cid): i for i, cid in enumerate(computed.cluster_ids)}
    missing = [c.id for c in problem.clusters if key(c.id) not in rows]
    known = {key(c.id) for c in problem.clusters}
    extra = [cid for cid in computed.cluster_ids if key(cid) not in known]
    result = problem
    for j, new in enumerate(computed.criteria):
        if new.id in result.criterion_ids:
            old = result.criterion(new.id)
            new = replace(old, description=new.description, source=new.source, year=new.year, unit=new.unit)
        result = result.with_criterion(new)
        col = result.criterion_index(new.id)
        values = result.values.copy()
        for i, c in enumerate(result.clusters):
            r = rows.get(key(c.id))
            values[i, col] = computed.values[r, j] if r is not None else math.nan
        result = result.replace(values=values)
    notes = list(warnings)
    if missing:
        notes.append(Issue("indicators.merge.missing_clusters", params={"clusters": ", ".join(missing)},
                           severity=Severity.WARNING))
    if extra:
        notes.append(Issue("indicators.merge.extra_clusters", params={"clusters": ", ".join(extra)},
                           severity=Severity.WARNING))
    return result, tuple(notes)


def _float(value: object) -> float:
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return x if math.isfinite(x) else math.nan
