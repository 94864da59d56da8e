"""The follow-up sample: the bundled sample two years later (ILLUSTRATIVE data).

Built from :mod:`mcda.sample_data` so the two workbooks stay consistent:

* a few clusters' figures changed (Cusco tourism recovering, fishmeal back
  after a cancelled season, record cacao prices, more concentrated dairy
  buyers ...); derived columns (I4, R2, G2) are recomputed from them;
* one cluster removed (Madre de Dios nature tourism: no longer measured) and
  one added (Puno trout aquaculture);
* one criterion added: ``R4`` informal employment (cost, Riesgo group), with a
  committee re-weighting that makes room for it (direct weights, no AHP sheets);
* the data are dated 2025 (``año`` of the criteria, except the input-output
  linkages, and ``monitoring.date``).

Examples
--------
>>> p = followup_problem()
>>> len(p.clusters), len(p.criteria), "TURNAT-MDD" in p.cluster_ids, "TRUCHA-PUN" in p.cluster_ids
(20, 15, False, True)
>>> round(float(p.raw_weights.sum()), 10), p.settings["monitoring.date"]
(1.0, '2025-12-31')
"""

from __future__ import annotations

import os
from dataclasses import replace

import numpy as np

from mcda.monitoring.baseline import DATE, LABEL
from mcda.problem import Cluster, Criterion, Direction, PreferenceFunction, Problem

YEAR = "2025"
REMOVED = "TURNAT-MDD"
NEW_CRITERION = Criterion(
    "R4", "Informalidad laboral", "Riesgo", Direction.COST, "% del empleo del clúster", 0.05,
    PreferenceFunction.USUAL, None, None, None,
    "Ocupados del clúster sin contrato ni seguridad social, como porcentaje de su empleo (más informalidad = "
    "menos capacidad de absorber instrumentos de política).",
    "Ilustrativo (no es dato oficial): orden de magnitud basado en ENAHO (INEI), empleo informal por actividad",
    YEAR)

#: Changed base figures per cluster (fields of ``mcda.sample_data._Spec``).
CHANGES: dict[str, dict[str, object]] = {
    "TUR-CUS": {"jobs": {"Cusco": 76_000}, "g1": 3.5, "i5": 1_250.0, "r3": 0.48},
    "HARINA-ANC": {"i5": 610.0, "r3": 0.52},
    "ARAND-LIB": {"jobs": {"La Libertad": 70_000}, "i5": 1_480.0, "r1": 1_450.0},
    "QUINUA-PUN": {"g3": 0.5},
    "SOFT-LIM": {"jobs": {"Lima": 34_000}, "g4": 4.1},
    "CACAO-SM": {"i5": 900.0, "r3": 0.66},
    "LACT-CAJ": {"r1": 5_200.0},
}

#: Informal employment, % of the cluster's jobs (R4), illustrative.
INFORMALITY: dict[str, float] = {
    "MIN-SUR": 18.0, "MIN-CEN": 26.0, "PROV-MIN": 35.0, "TUR-CUS": 62.0, "CAFE-JUN": 88.0, "CACAO-SM": 86.0,
    "POTA-PIU": 71.0, "HARINA-ANC": 44.0, "TEXT-LIM": 69.0, "FIBRA-SUR": 83.0, "UVA-ICA": 38.0,
    "ARAND-LIB": 34.0, "AGRO-PIU": 52.0, "QUINUA-PUN": 91.0, "FOREST-UCA": 77.0, "LOGIS-CAL": 41.0,
    "GASTRO-LIM": 79.0, "SOFT-LIM": 22.0, "LACT-CAJ": 84.0, "TRUCHA-PUN": 73.0,
}


def _new_cluster() -> object:
    from mcda import sample_data

    return sample_data._Spec(
        "TRUCHA-PUN", "Trucha Puno", "Puno", "Acuicultura de trucha en el lago Titicaca; muchas pequeñas "
        "asociaciones y pocas plantas de proceso.", {"Puno": 14_000}, 24_000, 4.0,
        1.6, 980, 48, 1.06, 0.84, 6.5, 4.8, 3.0, 1_250, 0.31)


def followup_problem() -> Problem:
    """The follow-up round as a :class:`~mcda.problem.Problem` (what the bundled workbook holds)."""
    from mcda import sample_data

    specs = [replace(s, **CHANGES.get(s.id, {}))  # type: ignore[arg-type]
             for s in sample_data.SPECS if s.id != REMOVED]
    specs.append(_new_cluster())  # type: ignore[arg-type]
    criteria = [replace(c, year=YEAR if c.year >= "2023" else c.year, weight=round(float(c.weight or 0.0) * 0.95, 6))
                for c in sample_data.CRITERIA]  # the input-output table (L1, L2) keeps its year
    criteria.append(NEW_CRITERION)
    clusters = tuple(Cluster(s.id, s.name, s.region, s.description) for s in specs)
    values = np.array([[*s.values(), INFORMALITY[s.id]] for s in specs], dtype=float)
    settings = {DATE: f"{YEAR}-12-31", LABEL: "Seguimiento 2025 (ilustrativo)"}
    return Problem(clusters, tuple(criteria), values, members=sample_data.MEMBERS, settings=settings)


def build_followup(path: str | os.PathLike[str]) -> None:
    """Write the follow-up workbook: an ``Acerca de`` sheet (the disclaimer) and the input sheets."""
    from openpyxl import Workbook

    from mcda.sample_data import ABOUT_SHEET
    from mcda.workbook import styles
    from mcda.workbook.input_sheets import new_sheet, write_input_sheets
    from mcda.workbook.sanitize import put_text
    from mcda.workbook.save import save_atomic
    from mcda.workbook.template import numbered_lines

    wb = Workbook()
    wb.remove(wb.active)
    about = new_sheet(wb, ABOUT_SHEET)
    spanish = numbered_lines("monitoring.sample.about", "es")
    english = numbered_lines("monitoring.sample.about", "en")
    for row, text in enumerate([*spanish, "", *english], start=1):
        put_text(about.cell(row=row, column=1), text)
        about.cell(row=row, column=1).alignment = styles.WRAP
    for row in (1, len(spanish) + 2):
        about.cell(row=row, column=1).font = styles.HEADER_FONT
    about.column_dimensions["A"].width = 110
    write_input_sheets(wb, followup_problem())
    wb.active = 0
    save_atomic(wb, path)


if __name__ == "__main__":  # pragma: no cover - regenerate the bundled workbook
    import resources

    build_followup(resources.path("sample", "clusters_peru_seguimiento.xlsx"))
