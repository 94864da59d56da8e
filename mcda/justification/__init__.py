"""The justified priority list: a written reason for every cluster (issue 6).

Public API::

    justify(problem, results, weights, *, sensitivity=None, imputations=(), thresholds=None) -> Justification
    justify_analysis(analysis, sensitivity=None) -> Justification
    Justification.text(cluster_id, lang) / .parts(cluster_id, lang) / .order / [cluster_id] -> ClusterFacts
    Renderer(problem, lang).parts(facts) -> {part: sentence}
    contributions(problem, result, weights) -> Contributions     # w_j r_ij vs the average cluster
    risk_flags(problem, overrides=None) -> [RiskFlag]             # thresholds in settings "risk.<id>"
    goals_for(criterion_id, group) -> goal codes                  # OECD goals → instruments (domain.md §4)

Session settings read here (:attr:`Problem.settings`): ``note.<cluster id>``
(the committee's annotation, kept apart from the generated text),
``policy.<cluster id>`` (the committee's own policy text replacing the
suggestion) and ``risk.<criterion id>`` (a risk threshold).

Numbers are written ``1,234.5`` (point decimal, comma thousands: the CLDR
``es_PE`` convention; see :mod:`.numbers`).  Prose lives in
``resources/messages/justification.json``.

Examples
--------
>>> from mcda.problem import Cluster, Criterion, Problem
>>> from mcda.methods import run
>>> p = Problem(tuple(Cluster(c, n) for c, n in (("A", "Café"), ("B", "Cacao"), ("C", "Quinua"))),
...             (Criterion("x", "Empleo directo", group="Importancia", weight=0.6),
...              Criterion("y", "Exportaciones", group="Importancia", weight=0.4)),
...             [[9.0, 3.0], [5.0, 5.0], [1.0, 2.0]])
>>> r = run(p, "wsm", None, [0.6, 0.4])
>>> j = justify(p, [r], [0.6, 0.4])
>>> j.order, [c for c, _ in j["A"].lifts]
(['A', 'B', 'C'], ['x'])
>>> j.text("A", "es").split(". ")[1]
'Supera al clúster promedio en 1 criterio de 2: el empleo directo (+0.300)'
"""

from __future__ import annotations

from typing import Any

from mcda.justification.contributions import Contributions, contributions
from mcda.justification.facts import (
    NOTE_PREFIX,
    ClusterFacts,
    DataNote,
    Firmness,
    Justification,
    Margin,
    Suggestion,
    justify,
)
from mcda.justification.policy import GOALS, goals_for
from mcda.justification.render import MAIN_PARTS, PARTS, Renderer, render_all
from mcda.justification.risk import DEFAULT_THRESHOLDS, RiskFlag, risk_flags, thresholds

__all__ = [
    "DEFAULT_THRESHOLDS", "GOALS", "MAIN_PARTS", "NOTE_PREFIX", "PARTS", "ClusterFacts", "Contributions", "DataNote",
    "Firmness", "Justification", "Margin", "Renderer", "RiskFlag", "Suggestion", "contributions", "goals_for",
    "justify", "justify_analysis", "render_all", "risk_flags", "thresholds",
]


def justify_analysis(analysis: Any, sensitivity: Any = None) -> Justification:
    """:func:`justify` for an :class:`mcda.analysis.Analysis` (its problem, results, weights, imputations)."""
    return justify(analysis.problem, list(analysis.results), analysis.weights.weights, sensitivity=sensitivity,
                   imputations=analysis.imputations)
