"""The sample committee's hierarchical judgments (ILLUSTRATIVE, like the sample data).

Three members of a regional prioritization committee judge the four criterion
groups and the criteria inside each group (26 judgments each, see
:mod:`mcda.committee.hierarchy`).  Their views are plausible and differ where
such members usually differ:

* ``M1`` Gerencia Regional de Desarrollo Económico: employment and linkages
  first, a balanced view; consistent.
* ``M2`` Cámara de Comercio: exports, growth and external demand first, risk
  last; inconsistent in the *Importancia* block (it puts employment above
  income, income above the location quotient and the location quotient above
  employment: CR above 0.10), as happens when members answer quickly.
* ``M3`` Universidad Nacional: capabilities and risk first; consistent.

They disagree most on *Importancia* vs *Riesgo*, *Crecimiento* vs *Riesgo*,
``G3`` vs ``G4`` and ``L1`` vs ``L2``.

Examples
--------
>>> from mcda.sample_data import CRITERIA
>>> js = sample_judgments(CRITERIA)
>>> len(js), sorted({j.member for j in js}), sorted({j.level for j in js})
(6, ['M1', 'M2', 'M3'], ['criteria', 'groups'])
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from mcda.problem import Criterion, Judgments

#: Upper-triangle judgments of each block, row by row, per member.
#: Blocks: "grupos" over (Importancia, Encadenamientos, Crecimiento, Riesgo),
#: then each group's criteria in the order of the Criterios sheet.
JUDGMENTS: Mapping[str, Mapping[str, Sequence[float]]] = {
    "M1": {
        "grupos": (2, 1, 3, 1 / 2, 1, 2),
        "Importancia": (2, 3, 2, 3, 2, 1, 2, 1 / 2, 1, 2),
        "Encadenamientos": (2,),
        "Crecimiento": (1, 2, 1 / 2, 2, 1 / 2, 1 / 3),
        "Riesgo": (1, 1 / 2, 1 / 2),
    },
    "M2": {
        "grupos": (3, 1 / 2, 5, 1 / 4, 2, 6),
        "Importancia": (1 / 2, 2, 1 / 3, 1 / 5, 3, 4, 1 / 3, 2, 1 / 4, 1 / 5),
        "Encadenamientos": (1 / 2,),
        "Crecimiento": (1 / 2, 1 / 3, 1, 1 / 2, 2, 3),
        "Riesgo": (2, 1, 1 / 2),
    },
    "M3": {
        "grupos": (1 / 2, 1, 1 / 2, 2, 1, 1 / 2),
        "Importancia": (1, 1 / 2, 1 / 2, 2, 1 / 2, 1 / 3, 1, 1, 3, 3),
        "Encadenamientos": (3,),
        "Crecimiento": (1, 2, 1 / 4, 2, 1 / 4, 1 / 5),
        "Riesgo": (1 / 2, 1 / 3, 1),
    },
}


def _fill(matrix: np.ndarray, idx: Sequence[int], values: Sequence[float]) -> None:
    it = iter(values)
    for a in range(len(idx)):
        for b in range(a + 1, len(idx)):
            v = float(next(it))
            matrix[idx[a], idx[b]] = v
            matrix[idx[b], idx[a]] = 1.0 / v


def sample_judgments(criteria: Sequence[Criterion]) -> tuple[Judgments, ...]:
    """The three members' group-level and criteria-level matrices (cross-group cells empty)."""
    ids = [c.id for c in criteria]
    groups = list(dict.fromkeys(c.group for c in criteria))
    out: list[Judgments] = []
    for member, blocks in JUDGMENTS.items():
        g = np.full((len(groups), len(groups)), math.nan)
        np.fill_diagonal(g, 1.0)
        _fill(g, range(len(groups)), blocks["grupos"])
        m = np.full((len(ids), len(ids)), math.nan)
        np.fill_diagonal(m, 1.0)
        for name in groups:
            _fill(m, [k for k, c in enumerate(criteria) if c.group == name], blocks[name])
        out.append(Judgments(tuple(groups), g, member, "groups"))
        out.append(Judgments(tuple(ids), m, member, "criteria"))
    return tuple(out)
