"""Comparing a baseline with a later round (issue 9 items 2 and 6).

Expected ranks are the hand computations written out in ``monitoring_cases``
(AHP ideal-mode synthesis, Belton & Gear 1983: rating = x / max, score = Σ w·rating).
"""

from __future__ import annotations

import math

import pytest

from mcda.errors import InputError
from mcda.monitoring.compare import compare, frozen_problem, is_better, value_changed
from mcda.problem import Cluster, Criterion, Problem
from tests.mcda.monitoring_cases import BASE, CLUSTERS, NEW_DATA, cost_problem, problem, snap


def ranks(c, column):
    return {k: v for k, v in c.ranking[column].items()}


def test_baseline_ranks_as_computed_by_hand() -> None:
    s = snap(problem(BASE))
    assert s.ranks.to_dict() == {"A": 1, "B": 2, "C": 3}
    assert s.scores.round(10).to_dict() == {"A": 0.76, "B": 0.68, "C": 0.52}


def test_only_data_changed_is_all_data_effect() -> None:
    c = compare(snap(problem(BASE)), snap(problem(NEW_DATA)))
    assert ranks(c, "base_rank") == {"A": 1, "B": 2, "C": 3}
    assert ranks(c, "rank_with_base_weights") == {"A": 2, "B": 3, "C": 1}
    assert ranks(c, "rank") == {"A": 2, "B": 3, "C": 1}
    assert ranks(c, "data_effect") == {"A": -1, "B": -1, "C": 2}
    assert ranks(c, "weight_effect") == {"A": 0, "B": 0, "C": 0}
    assert c.changed[["cluster", "criterion", "base", "new", "better"]].values.tolist() == [["C", "x", 2.0, 10.0, True]]


def test_only_weights_changed_is_all_weight_effect() -> None:
    c = compare(snap(problem(BASE)), snap(problem(BASE, wx=0.2, wy=0.8)))
    assert ranks(c, "rank_with_base_weights") == {"A": 1, "B": 2, "C": 3}
    assert ranks(c, "rank") == {"A": 3, "B": 2, "C": 1}
    assert ranks(c, "data_effect") == {"A": 0, "B": 0, "C": 0}
    assert ranks(c, "weight_effect") == {"A": -2, "B": 0, "C": 2}
    assert c.changed.empty


def test_both_effects_add_up_to_the_total() -> None:
    c = compare(snap(problem(BASE)), snap(problem(NEW_DATA, wx=0.2, wy=0.8)))
    assert ranks(c, "rank_with_base_weights") == {"A": 2, "B": 3, "C": 1}
    assert ranks(c, "rank") == {"A": 3, "B": 2, "C": 1}
    assert ranks(c, "data_effect") == {"A": -1, "B": -1, "C": 2}
    assert ranks(c, "weight_effect") == {"A": -1, "B": 1, "C": 0}
    for _cid, r in c.ranking.iterrows():
        assert r["data_effect"] + r["weight_effect"] == r["total_effect"] == r["base_rank"] - r["rank"]


def test_match_by_id_lists_added_and_removed_clusters_and_criteria() -> None:
    base = snap(problem(BASE))
    clusters = (Cluster("B", "Beta"), Cluster("A", "Alfa"), Cluster("D", "Delta"))  # other order, C out, D in
    criteria = (Criterion("z", "Zeta", weight=0.5), Criterion("x", "Equis", weight=0.5))  # y out, z in
    new = snap(Problem(clusters, criteria, [[1.0, 6.0], [1.0, 11.0], [1.0, 7.0]]))
    c = compare(base, new)
    assert (c.added_clusters, c.removed_clusters) == (("D",), ("C",))
    assert (c.added_criteria, c.removed_criteria) == (("z",), ("y",))
    assert {i.code for i in c.issues} >= {"monitoring.criteria_added", "monitoring.criteria_removed"}
    # only clusters and criteria in both rounds are compared, matched by id (not by position)
    assert c.changes[["cluster", "criterion", "base", "new"]].values.tolist() == [["A", "x", 10.0, 11.0],
                                                                                 ["B", "x", 6.0, 6.0]]
    # with the baseline weights only x is left (weight rescaled to 1): order by x among A, B, D
    assert ranks(c, "rank_with_base_weights") == {"A": 1, "B": 3, "C": None, "D": 2}
    assert ranks(c, "base_rank") == {"A": 1, "B": 2, "C": 3, "D": None}
    assert ranks(c, "data_effect") == {"A": 0, "B": -1, "C": None, "D": None}
    assert list(c.ranking.index) == ["A", "B", "C", "D"]  # baseline order, then the added ones


def test_frozen_problem_uses_the_baseline_recipe() -> None:
    base = snap(problem(BASE))
    data = problem(NEW_DATA, wx=0.9, wy=0.1)
    frozen = frozen_problem(base, data)
    assert frozen.criterion_ids == ["x", "y"]
    assert frozen.weights.tolist() == pytest.approx([0.6, 0.4])
    assert frozen.values.tolist() == NEW_DATA
    with pytest.raises(InputError) as err:
        frozen_problem(base, Problem(CLUSTERS, (Criterion("q", "q"),), [[1.0], [2.0], [3.0]]))
    assert err.value.issues[0].code == "monitoring.no_common_criteria"


def test_better_and_worse_follow_the_direction() -> None:
    base = cost_problem()
    new = base.with_value("A", "hhi", 2500.0).with_value("B", "hhi", 1500.0).with_value("C", "emp", 40.0)
    c = compare(snap(base), snap(new))
    verdicts = {(r.cluster, r.criterion): r.better for r in c.changed.itertuples()}
    assert verdicts == {("A", "hhi"): True, ("B", "hhi"): False, ("C", "emp"): False}
    assert is_better(10, 12, +1) and not is_better(10, 12, -1) and is_better(10, 10, -1) is None


def test_missing_values_are_changes_without_a_verdict() -> None:
    base = cost_problem().replace(settings={"missing_policy": "median"})
    new = base.with_value("A", "emp", math.nan)
    c = compare(snap(base), snap(new))
    row = c.changed.iloc[0]
    assert (row.cluster, row.criterion, row.better, math.isnan(row.change)) == ("A", "emp", None, True)
    assert value_changed(1.0, 1.0 + 1e-12) is False


def test_new_data_are_ranked_with_the_baseline_missing_value_policy() -> None:
    """The baseline said "missing values are an error": the later data are held to it."""
    base = cost_problem()
    new = base.with_value("A", "emp", math.nan).replace(settings={"missing_policy": "median"})
    with pytest.raises(InputError) as err:
        compare(snap(base), snap(new))
    assert err.value.issues[0].code == "missing.error"


def test_no_common_cluster_is_an_error() -> None:
    other = (Cluster("P", "p"), Cluster("Q", "q"), Cluster("R", "r"))
    with pytest.raises(InputError) as err:
        compare(snap(problem(BASE)), snap(problem(BASE, clusters=other)))
    assert err.value.issues[0].code == "monitoring.no_common_clusters"


def test_notes_for_direction_unit_and_method_changes() -> None:
    from dataclasses import replace

    from mcda.problem import Direction

    base = problem(BASE)
    crit = (replace(base.criteria[0], unit="t", direction=Direction.COST), base.criteria[1])
    new = base.replace(criteria=crit, settings={"method": "topsis"})
    c = compare(snap(base), snap(new))
    codes = {i.code for i in c.issues}
    assert {"monitoring.direction_changed", "monitoring.unit_changed", "monitoring.method_changed"} <= codes
    assert c.method_changed
