"""The bundled sample workbook (illustrative Peruvian clusters).

Expected criteria, units, directions and weights are those of the default
template in the project's domain notes (``domain.md`` §2); the location
quotient formula is checked against the R package REAT (``locq``) in the
doctest of :func:`mcda.sample_data.location_quotient`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pytest

import resources
from mcda.problem import Direction, PreferenceFunction
from mcda.sample_data import DEPARTMENT_EMPLOYED, NATIONAL_EMPLOYED, SPECS, build_sample, sample_problem

# domain.md §2: id -> (weight, direction)
TEMPLATE = {
    "I1": (0.08, "+"), "I2": (0.06, "+"), "I3": (0.05, "+"), "I4": (0.06, "+"), "I5": (0.05, "+"),
    "L1": (0.11, "+"), "L2": (0.09, "+"),
    "G1": (0.07, "+"), "G2": (0.08, "+"), "G3": (0.06, "+"), "G4": (0.09, "+"),
    "R1": (0.07, "-"), "R2": (0.06, "-"), "R3": (0.07, "-"),
}
GROUPS = {"I": "Importancia", "L": "Encadenamientos", "G": "Crecimiento", "R": "Riesgo"}


def workbook_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def test_committed_sample_is_what_the_code_generates(tmp_path: Path) -> None:
    fresh = tmp_path / "muestra.xlsx"
    build_sample(fresh)
    assert workbook_values(fresh) == workbook_values(resources.sample_workbook())


def test_sample_size_and_completeness() -> None:
    p = sample_problem()
    assert 18 <= len(p.clusters) <= 22 and len(p.criteria) == 14 and len(p.members) == 3
    assert p.is_complete and not p.missing_cells()
    assert p.raw_weights.sum() == pytest.approx(1.0, abs=1e-12)
    assert len(set(p.cluster_ids)) == len(p.clusters)


def test_criteria_follow_the_default_template() -> None:
    p = sample_problem()
    assert p.criterion_ids == list(TEMPLATE)
    for c in p.criteria:
        weight, sign = TEMPLATE[c.id]
        assert c.weight == weight
        assert c.direction is (Direction.BENEFIT if sign == "+" else Direction.COST)
        assert c.group == GROUPS[c.id[0]]
        assert c.name and c.unit and c.description and c.year
        assert "ilustrativo" in c.source.lower()
    groups = {g: sum(c.weight for c in p.criteria if c.group == g) for g in GROUPS.values()}
    assert groups == pytest.approx({"Importancia": 0.30, "Encadenamientos": 0.20, "Crecimiento": 0.30,
                                    "Riesgo": 0.20})


def test_committee_of_three_voting_members() -> None:
    members = sample_problem().members
    assert [m.id for m in members] == ["M1", "M2", "M3"]
    assert all(m.weight == 1.0 and m.name and m.role for m in members)


def test_every_preference_function_is_exercised_with_its_thresholds() -> None:
    crit = sample_problem().criteria
    used = {c.preference for c in crit}
    assert used == set(PreferenceFunction)
    for c in crit:
        if c.preference in (PreferenceFunction.LINEAR, PreferenceFunction.LEVEL):
            assert c.q is not None and c.p is not None and 0 <= c.q < c.p
        if c.preference is PreferenceFunction.USHAPE:
            assert c.q is not None and c.q > 0
        if c.preference is PreferenceFunction.VSHAPE:
            assert c.p is not None and c.p > 0
        if c.preference is PreferenceFunction.GAUSSIAN:
            assert c.s is not None and c.s > 0


def test_derived_columns_are_consistent_with_their_inputs() -> None:
    """I4 = LQ from I1 and the departments (domain.md §3), R2 = largest departmental share,
    G2 = G1 minus the activity's national growth (shift-share competitive effect)."""
    m = sample_problem().matrix
    for s in SPECS:
        jobs = sum(s.jobs.values())
        assert m.loc[s.id, "I1"] == jobs
        lq = (jobs / sum(DEPARTMENT_EMPLOYED[d] for d in s.jobs)) / (s.national_jobs / NATIONAL_EMPLOYED)
        assert m.loc[s.id, "I4"] == pytest.approx(lq, abs=0.005)
        share = max(j / DEPARTMENT_EMPLOYED[d] for d, j in s.jobs.items()) * 100
        assert m.loc[s.id, "R2"] == pytest.approx(share, abs=0.05)
        assert m.loc[s.id, "G2"] == pytest.approx(s.g1 - s.national_growth, abs=0.05)
        assert s.national_jobs > jobs  # a region never holds more than the whole country


def test_values_stay_within_the_domain_of_each_criterion() -> None:
    m = sample_problem().matrix
    assert (m[["I1", "I3", "I4", "I5", "L1", "L2", "R3"]] > 0).all().all()
    assert m["I2"].between(0, 100).all() and m["R2"].between(0, 100).all()
    assert m["G4"].between(1, 5).all() and m["R1"].between(0, 10_000).all()
    assert m["L1"].between(0.5, 1.5).all() and m["L2"].between(0.5, 1.5).all()
    assert m["I1"].sum() < 0.1 * NATIONAL_EMPLOYED


def test_magnitudes_reflect_the_domain_notes() -> None:
    """domain.md §6: fishmeal exports halved in 2023 and Cusco tourism collapsed in 2020 (volatile,
    CV > 0.3, the risk flag of §2); Moquegua's dependence on mining; software small but growing."""
    m = sample_problem().matrix
    assert m.loc["HARINA-ANC", "R3"] > 0.3 and m.loc["TUR-CUS", "R3"] > 0.3
    assert m["R2"].idxmax() == "MIN-SUR"
    assert m["I5"].idxmax() == "MIN-SUR"
    assert m.loc["SOFT-LIM", "G1"] >= m["G1"].quantile(0.9) and m.loc["SOFT-LIM", "I1"] < m["I1"].median()
    assert m.loc["TEXT-LIM", "I1"] == pytest.approx(0.6 * 400_000, rel=0.1)  # Lima's share of ~400 k jobs


def test_workbook_is_marked_illustrative() -> None:
    wb = openpyxl.load_workbook(resources.sample_workbook())
    assert wb.sheetnames[:4] == ["Acerca de", "Clusters", "Criterios", "Comite"]
    about = " ".join(str(c.value) for c in wb["Acerca de"]["A"] if c.value)
    assert "ILUSTRATIVOS" in about and "ILLUSTRATIVE" in about and "no son datos oficiales" in about.lower()
    sources = [c.value for c in wb["Criterios"]["L"][1:]]
    assert len(sources) == 14 and all("ilustrativo" in s.lower() for s in sources)


def test_workbook_sheets_hold_the_sample_problem() -> None:
    wb = openpyxl.load_workbook(resources.sample_workbook())
    rows = list(wb["Clusters"].iter_rows(values_only=True))
    p = sample_problem()
    assert list(rows[0]) == ["id", "nombre", "region", "descripcion", *p.criterion_ids]
    assert [r[0] for r in rows[1:]] == p.cluster_ids
    assert np.array_equal(np.array([r[4:] for r in rows[1:]], dtype=float), p.values)


def test_reader_reads_the_bundled_sample_without_any_issue() -> None:
    from mcda.workbook import read_workbook

    result = read_workbook(resources.sample_workbook())
    assert result.issues == ()
    assert result.problem == sample_problem()
