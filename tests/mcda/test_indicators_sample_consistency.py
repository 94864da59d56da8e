"""The two illustrative samples agree (issue 7 item 6).

Computing the indicators from the raw sample (resources/sample/datos_brutos_muestra.xlsx, each
cluster in its own region, as ``clusterprio-cli indicators --sample``) gives back, for every
cluster, the decision sample's value (resources/sample/clusters_peru_muestra.xlsx, built by
mcda/sample_data.py) of every criterion the indicators step computes.

The expected numbers are the decision sample's own values (illustrative, not published data).
The decision sample shows them rounded (I4, L1, L2, R3 to 0.01; G1, G2, R2 to 0.1; I1, R1 to
units; I5 to 0.1 or units), so the tolerance is half a unit of that last digit: the computed
value rounds to the decision sample's.  One exception, stated here: the input-output table
gives a sector one BL and one FL, and two pairs of clusters share a sector (metal mining:
MIN-SUR and MIN-CEN; tourism: TUR-CUS and TURNAT-MDD) while the decision sample gives them
indices 0.01-0.04 apart; the sector gets the mean of the pair (within 0.005), so each of the
four is within half its pair's gap plus 0.005 (at most 0.025) of its decision value.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

import resources
from mcda.indicators.compute import compute_indicators
from mcda.indicators.criteria import DEFAULT_IDS, INDICATOR_CRITERIA, criteria_problem
from mcda.indicators.raw_workbook import read_raw_workbook
from mcda.sample_data import sample_problem

#: Half a unit of the last digit the decision sample shows.
TOLERANCE = {"I1": 0.5, "I4": 0.005, "I5": 0.05, "L1": 0.005, "L2": 0.005, "G1": 0.05, "G2": 0.05,
             "R1": 0.5, "R2": 0.05, "R3": 0.005}
#: Clusters that share one input-output sector (their L1 / L2: see the module docstring).
SHARED_SECTOR = (("MIN-SUR", "MIN-CEN"), ("TUR-CUS", "TURNAT-MDD"))


@pytest.fixture(scope="module")
def computed() -> pd.DataFrame:
    read = read_raw_workbook(resources.path("sample", "datos_brutos_muestra.xlsx"))
    assert read.ok and read.data is not None, read.issues
    return compute_indicators(read.data).clusters


def test_every_computed_criterion_has_a_tolerance() -> None:
    assert set(TOLERANCE) == set(DEFAULT_IDS)


@pytest.mark.parametrize("spec", INDICATOR_CRITERIA, ids=lambda s: s.id)
def test_raw_sample_gives_back_the_decision_sample(computed: pd.DataFrame, spec) -> None:
    decision = sample_problem()
    tolerance = dict.fromkeys(decision.cluster_ids, TOLERANCE[spec.id])
    if spec.id in ("L1", "L2"):
        for a, b in SHARED_SECTOR:
            gap = abs(decision.value(a, spec.id) - decision.value(b, spec.id))
            tolerance[a] = tolerance[b] = gap / 2 + TOLERANCE[spec.id]
        assert max(tolerance.values()) <= 0.025 + 1e-12
    assert list(computed.index) == decision.cluster_ids
    off = []
    for cid in decision.cluster_ids:
        want, got = decision.value(cid, spec.id), float(computed.at[cid, spec.column])
        tol = tolerance[cid]
        if not math.isfinite(got) or abs(got - want) > tol + 1e-9:  # 1e-9: float noise at the boundary
            off.append(f"{cid}: {got:.4f} vs {want}")
    assert not off, f"{spec.id} ({spec.column}) differs: " + "; ".join(off)


@pytest.mark.parametrize("criterion, column", [("L1", "bl"), ("L2", "fl")])
def test_shared_sectors_take_the_mean_of_their_clusters(computed: pd.DataFrame, criterion: str,
                                                        column: str) -> None:
    decision = sample_problem()
    for pair in SHARED_SECTOR:
        mean = sum(decision.value(c, criterion) for c in pair) / len(pair)
        for cid in pair:
            assert computed.at[cid, column] == pytest.approx(mean, abs=TOLERANCE[criterion]), cid
    # and the order of the twenty clusters is the decision sample's
    pairs = pd.DataFrame({"raw": computed[column], "decision": decision.matrix[criterion]})
    assert pairs.corr(method="spearman").iloc[0, 1] > 0.99


def test_criteria_workbook_weights_sum_to_one(computed: pd.DataFrame, tmp_path) -> None:
    """The ten criteria carry the template's proposal (domain.md §2: 0.08, 0.06, 0.05, 0.11, 0.09,
    0.07, 0.08, 0.07, 0.06, 0.07 — sum 0.74) rescaled to 1, so ranking the -o workbook does not
    warn that the weights were normalized."""
    from mcda.indicators.output import write_criteria_workbook
    from mcda.workbook.reader import read_workbook

    read = read_raw_workbook(resources.path("sample", "datos_brutos_muestra.xlsx"))
    report = compute_indicators(read.data)
    problem, warnings = criteria_problem(report)
    assert [(w.code, w.params["sum"]) for w in warnings] == [("weights.normalized", 0.74)]
    template = {c.id: c.weight for c in sample_problem().criteria}
    for c in problem.criteria:
        assert c.weight == pytest.approx(template[c.id] / 0.74, rel=1e-12)
    path = tmp_path / "criterios.xlsx"
    write_criteria_workbook(path, report)
    again = read_workbook(path)
    assert again.problem is not None
    assert math.fsum(again.problem.raw_weights) == pytest.approx(1.0, abs=1e-12)
    assert not [i for i in again.issues if "weight" in i.code]
