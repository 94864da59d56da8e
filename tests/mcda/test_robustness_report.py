"""analyze_sensitivity end to end: the Sensitivity result, its JSON and its sheet tables."""

import json

import numpy as np
import pytest

from mcda.errors import InputError, MethodError
from mcda.problem import Judgments, Member
from mcda.robustness import Cancelled, analyze_sensitivity
from mcda.robustness.report import FRAMES, column_title, frame_title
from tests.mcda.robustness_problems import random_problem


@pytest.fixture(scope="module")
def problem():
    return random_problem(12, 6, seed=31, groups=3, functions=True)


@pytest.fixture(scope="module")
def result(problem):
    return analyze_sensitivity(problem, "topsis", samples=1500, seed=5, top_k=4)


def test_everything_is_computed_around_the_given_weights(problem, result):
    assert result.method == "topsis" and result.parameters["normalization"] == "vector"
    assert np.allclose(result.weights.to_numpy(), problem.weights)
    assert result.seed == 5 and result.sampling["samples"] == 1500 and result.sampling["scheme"] == "dirichlet"
    assert result.top_k == 4
    assert len(result.thresholds.pairs) == 4
    assert [s.line for s in result.sweeps] == [*problem.criterion_ids, "G1", "G2", "G3"]
    assert result.agreement.methods[0] == "topsis" and len(result.agreement.methods) == 6
    assert result.reversal.method == "topsis"
    assert set(result.robust_top_k) <= set(result.order[:4])


def test_json_is_strict_json_with_the_contract_keys(result):
    doc = result.to_json("en")
    text = json.dumps(doc, allow_nan=False)
    assert set(doc) >= {"method", "samples", "seed", "concentration", "clusters", "critical", "agreement"}
    assert [c["id"] for c in doc["clusters"]] == result.order
    for c in doc["clusters"]:
        assert len(c["acceptability"]) == 12 and sum(c["acceptability"]) == pytest.approx(1.0)
        lo, hi = c["rank_interval"]
        assert 1 <= lo <= hi <= 12
    assert json.loads(text)["critical"][0]["position"] == 1


def test_same_seed_same_document_and_other_seed_differs(problem, result):
    again = analyze_sensitivity(problem, "topsis", samples=1500, seed=5, top_k=4)
    other = analyze_sensitivity(problem, "topsis", samples=1500, seed=6, top_k=4)
    assert again.to_json() == result.to_json()
    assert other.to_json()["clusters"] != result.to_json()["clusters"]


def test_frames_for_the_sensibilidad_sheet(result):
    frames = result.to_frames()
    assert list(frames) == list(FRAMES)
    assert frames["summary"]["id"].tolist() == result.order
    assert frames["acceptability"].shape == (12, 13)
    assert {"position", "upper", "lower", "line", "threshold", "change", "relative"} <= set(frames["critical"])
    spanish = result.to_frames("es")
    assert "Probabilidad de estar en el top-k" in spanish["summary"].columns
    assert "Puesto (vikor)" in spanish["summary"].columns
    assert column_title("threshold", "en") == "Critical weight"
    assert frame_title("acceptability", "es").startswith("Aceptabilidad")


def test_critical_for_gives_the_smallest_swap_of_a_cluster(result):
    first = result.order[0]
    c = result.critical_for(first)
    assert c is not None and c.upper == first and c.lower == result.order[1]
    assert all(abs(c.change) <= abs(x.change) for x in result.thresholds.crossings if x.upper == first)
    assert result.critical_for(result.order[-1]) is None


def test_all_pairs_on_request_and_intervals_stay_top_k(problem):
    r = analyze_sensitivity(problem, "wsm", samples=200, seed=1, top_k=3, critical_pairs=11,
                            with_agreement=False, with_reversal=False)
    assert len(r.thresholds.pairs) == 11 and r.agreement is None and r.reversal is None
    small = analyze_sensitivity(problem, "wsm", samples=200, seed=1, top_k=3, with_agreement=False,
                                with_reversal=False)
    assert r.thresholds.intervals == small.thresholds.intervals


def test_members_scheme_samples_between_the_members(problem):
    labels = tuple(problem.criterion_ids)
    rng = np.random.default_rng(0)
    judged = problem.replace(members=(Member("M1", "Uno"), Member("M2", "Dos", weight=2.0)))
    for member in ("M1", "M2"):
        v = rng.uniform(1, 5, 6)
        judged = judged.with_judgments(Judgments(labels, np.outer(v, 1 / v), member=member, sheet=f"AHP {member}"))
    r = analyze_sensitivity(judged, "wsm", weights=problem.weights, scheme="members", samples=300, seed=2,
                            with_agreement=False, with_reversal=False)
    assert r.sampling["scheme"] == "members" and r.sampling["members"] == ["M1", "M2"]
    assert r.sampling["voting"] == pytest.approx([1 / 3, 2 / 3])
    with pytest.raises(InputError) as err:
        analyze_sensitivity(problem, "wsm", scheme="members", samples=10, seed=1)
    assert err.value.code == "robustness.no_member_weights"


def test_a_method_that_cannot_rank_the_data_raises(problem):
    negative = problem.with_value("K01", "c2", -5.0)
    with pytest.raises(MethodError):
        analyze_sensitivity(negative, "copras", samples=10, seed=1)


def test_cancel_stops_the_analysis(problem):
    with pytest.raises(Cancelled):
        analyze_sensitivity(problem, "wsm", samples=5000, seed=1, chunk=1000, progress=lambda d, t: d < 2000)
