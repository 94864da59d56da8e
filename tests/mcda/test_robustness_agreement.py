"""Method agreement (rank correlations from pymcdm) and the rank reversal check."""

import warnings

import numpy as np
import pandas as pd
import pytest

from mcda.methods import run
from mcda.results import RankResult
from mcda.robustness.agreement import correlation_matrices, method_agreement
from mcda.robustness.reversal import rank_reversal
from tests.mcda.robustness_problems import matrix_problem, random_problem


def test_correlations_are_pymcdm_coefficients_pair_by_pair():
    from pymcdm import correlations as pc

    p = random_problem(14, 5, seed=4, functions=True)
    results = [run(p, m) for m in ("wsm", "topsis", "vikor", "promethee2")]
    ranks = pd.DataFrame({r.method: r.ranks for r in results})
    corr = correlation_matrices(ranks)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for a in ranks:
            for b in ranks:
                x, y = ranks[a].to_numpy(float), ranks[b].to_numpy(float)
                assert corr["spearman"].loc[a, b] == pytest.approx(pc.spearman(x, y))
                assert corr["weighted_spearman"].loc[a, b] == pytest.approx(pc.weighted_spearman(x, y))
                assert corr["ws"].loc[a, b] == pytest.approx(pc.rank_similarity_coef(x, y))
    assert np.allclose(np.diag(corr["spearman"]), 1.0)
    assert np.allclose(corr["spearman"], corr["spearman"].T)


def test_robust_top_k_needs_every_method_and_the_probability_level():
    ids = ["A", "B", "C", "D"]
    main = RankResult.from_scores("wsm", {}, ids, [4.0, 3.0, 2.0, 1.0], "higher")
    other = RankResult.from_scores("vikor", {}, ids, [0.0, 0.9, 0.2, 0.5], "lower")
    prob = pd.Series({"A": 0.95, "B": 0.97, "C": 0.5, "D": 0.1})
    a = method_agreement([main, other], top_k=2, top_k_probability=prob)
    # A: top-2 under both and 95 % >= 90 % -> robust; B: top-2 only under main; C: only under other
    assert a.robust_top_k == ("A",)
    assert a.in_top_k_everywhere.to_dict() == {"A": True, "B": False, "C": False, "D": False}
    assert method_agreement([main, other], 2, prob.replace(0.95, 0.89)).robust_top_k == ()
    with pytest.raises(ValueError):
        method_agreement([main, main], 2, prob)


def test_constructed_topsis_rank_reversal_is_detected():
    # Four alternatives, two equally weighted benefit criteria.  TOPSIS (vector
    # normalization) ranks A3 (0.5985) ahead of A1 (0.5591); without A4 the norms and
    # the anti-ideal change and A1 (0.5207) passes A3 (0.4022).  Checked with pymcdm below.
    x = [[6.0, 5.0], [6.0, 9.0], [3.0, 8.0], [7.0, 1.0]]
    p = matrix_problem(x, [1, 1])
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import vector_normalization

    body = TOPSIS(normalization_function=vector_normalization)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pymcdm notes that A2 is dominant
        full = body(np.array(x), np.array([0.5, 0.5]), np.array([1, 1]))
        without = body(np.array(x)[:3], np.array([0.5, 0.5]), np.array([1, 1]))
    assert full[2] > full[0] and without[0] > without[2]

    check = rank_reversal(p, "topsis")
    assert check.any_reversal
    found = [(c.removed, c.first, c.second, c.before, c.after) for c in check.changes]
    assert ("A4", "A3", "A1", ">", "<") in found
    assert check.table().shape[0] == len(check.changes)


@pytest.mark.parametrize("seed", range(5))
def test_wsm_without_normalization_never_reverses(seed):
    # each score depends only on the cluster's own values
    p = random_problem(9, 4, seed=seed)
    assert rank_reversal(p, "wsm", {"normalization": "none"}).changes == ()


def test_reversal_lists_removals_after_which_the_method_cannot_run():
    # without A1, criterion C2 is constant and C1 too: nothing left to rank with
    p = matrix_problem([[5.0, 9.0], [1.0, 2.0], [1.0, 2.0]], [1, 1])
    check = rank_reversal(p, "wsm")
    assert [r for r, _ in check.failed] == ["A1"]
    assert check.failed[0][1].code == "method.no_information"
