"""Missing-value policies (contract §1; mcda/missing.py).

The expected numbers are the medians, minima and maxima of the small
columns below, computed by hand.
"""

import math

import numpy as np
import pytest

from mcda.errors import InputError
from mcda.missing import POLICIES, apply_missing_policy
from mcda.problem import Cluster, Criterion, Direction, Problem

NAN = math.nan


def problem(values):
    n = len(values)
    return Problem(
        tuple(Cluster(f"c{i}", f"Clúster {i}") for i in range(n)),
        (Criterion("ben", "Empleo"), Criterion("cost", "Riesgo", direction=Direction.COST)),
        values,
    )


P = problem([[1.0, 10.0], [NAN, 40.0], [5.0, NAN], [4.0, 20.0]])


def test_policies_are_the_contract_ones_with_error_first():
    assert POLICIES == ("error", "exclude", "median", "worst")


def test_median_uses_only_present_values():
    r = apply_missing_policy(P, "median")
    # ben: median(1, 5, 4) = 4; cost: median(10, 40, 20) = 20
    assert r.problem.value("c1", "ben") == 4.0
    assert r.problem.value("c2", "cost") == 20.0
    assert [(i.cluster, i.criterion, i.value, i.policy) for i in r.imputations] == [
        ("c1", "ben", 4.0, "median"), ("c2", "cost", 20.0, "median")]
    assert r.excluded == ()
    assert r.problem.is_complete


def test_worst_is_minimum_for_benefit_and_maximum_for_cost():
    r = apply_missing_policy(P, "worst")
    assert r.problem.value("c1", "ben") == 1.0
    assert r.problem.value("c2", "cost") == 40.0


def test_worst_never_rewards_the_missing_cluster_in_rank():
    """With 'worst', the imputed cluster cannot beat any other on that criterion."""
    r = apply_missing_policy(P, "worst")
    column = r.problem.matrix["ben"]
    assert column["c1"] == column.min()


def test_exclude_drops_clusters_with_any_missing_value():
    r = apply_missing_policy(P, "exclude")
    assert r.problem.cluster_ids == ["c0", "c3"]
    assert r.excluded == ("c1", "c2")
    assert r.imputations == ()
    np.testing.assert_array_equal(r.problem.values, [[1.0, 10.0], [4.0, 20.0]])


def test_exclude_leaving_fewer_than_two_clusters_is_an_error():
    p = problem([[1.0, NAN], [NAN, 2.0], [3.0, 4.0]])
    with pytest.raises(InputError) as err:
        apply_missing_policy(p, "exclude")
    assert err.value.code == "missing.too_few_clusters"
    assert dict(err.value.issues[0].params) == {"excluded": 2, "left": 1}


def test_error_policy_lists_every_missing_value():
    with pytest.raises(InputError) as err:
        apply_missing_policy(P, "error")
    assert [(i.code, i.params["cluster"], i.params["criterion"]) for i in err.value.issues] == [
        ("missing.error", "c1", "ben"), ("missing.error", "c2", "cost")]


def test_complete_problem_is_returned_unchanged_under_every_policy():
    p = problem([[1.0, 2.0], [3.0, 4.0]])
    for policy in POLICIES:
        r = apply_missing_policy(p, policy)
        assert r.problem is p and r.imputations == () and r.excluded == ()


def test_cells_argument_limits_the_policy():
    r = apply_missing_policy(P, "median", cells=[("c2", "cost")])
    assert math.isnan(r.problem.value("c1", "ben"))
    assert r.problem.value("c2", "cost") == 20.0


def test_a_column_without_any_value_cannot_be_imputed():
    p = problem([[NAN, 1.0], [NAN, 2.0]])
    for policy in ("median", "worst"):
        with pytest.raises(InputError) as err:
            apply_missing_policy(p, policy)
        assert err.value.code == "missing.column_empty"


def test_unknown_policy_is_a_programming_error():
    with pytest.raises(ValueError):
        apply_missing_policy(P, "mean")
