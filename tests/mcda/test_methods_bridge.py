"""The pymcdm bridge: objective weights and rank correlations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mcda.errors import MethodError
from mcda.methods.pymcdm_bridge import (
    critic_weights,
    entropy_weights,
    rank_similarity,
    spearman,
    weighted_spearman,
)

# Krishnan, Kasim, Hamidon, Chellappan & Rahman (2021), Symmetry 13(6):973, Table 1
# (smartphones: price [cost], screen, pixel density, thickness [cost], mass [cost]).
PHONES = np.array([
    [649, 4.7, 326, 7.1, 143],
    [749, 5.5, 401, 7.3, 192],
    [740, 5.7, 520, 7.6, 171],
    [400, 5.7, 520, 11.1, 179],
    [600, 5.5, 538, 8.9, 152],
], dtype=float)
PHONE_TYPES = np.array([-1, 1, 1, -1, -1])


def test_critic_weights_krishnan_2021_with_cost_criteria():
    # Published CRITIC weights, Table 5: 0.1872, 0.1838, 0.1691, 0.2599, 0.2000.  They
    # need the cost criteria normalized as costs (Diakoulaki et al. 1995), which
    # pymcdm's critic_weights alone does not do.
    issues: list = []
    w = critic_weights(PHONES, PHONE_TYPES, issues=issues)
    np.testing.assert_allclose(w, [0.1872, 0.1838, 0.1691, 0.2599, 0.2000], atol=5e-5)
    assert issues == []


def test_critic_gives_a_constant_column_zero_weight_with_a_warning():
    x = np.column_stack([PHONES, np.full(5, 3.0)])
    issues: list = []
    w = critic_weights(x, np.append(PHONE_TYPES, 1), ids=["p", "s", "d", "t", "m", "k"], issues=issues)
    assert w[-1] == 0.0 and w.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(w[:-1], [0.1872, 0.1838, 0.1691, 0.2599, 0.2000], atol=5e-5)
    assert [(i.code, i.params["criterion"]) for i in issues] == [("method.constant_criterion", "k")]


def test_entropy_weights_hwang_yoon_1981_fighter_aircraft():
    # Hwang & Yoon (1981), entropy weights of the fighter-aircraft data: E_j =
    # .9946 .9829 .9989 .9931 .9703 .9770, w = .0649 .2055 .0133 .0829 .3570 .2764.
    # The book rounds E_j to 4 decimals before taking d_j = 1 - E_j (d sums to only
    # .0832), which moves the weights by up to 0.002.
    x = np.array([[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
                  [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]])
    w = entropy_weights(x, np.array([1, 1, 1, -1, 1, 1]))
    np.testing.assert_allclose(w, [0.0649, 0.2055, 0.0133, 0.0829, 0.3570, 0.2764], atol=2e-3)
    # Shannon's formula directly (the unrounded values).
    p = x / x.sum(axis=0)
    d = 1 + (p * np.log(p)).sum(axis=0) / np.log(4)
    np.testing.assert_allclose(w, d / d.sum(), rtol=1e-12)


def test_entropy_rejects_zero_and_missing_values_with_codes():
    x = PHONES.copy()
    x[2, 1] = 0.0
    with pytest.raises(MethodError) as exc:
        entropy_weights(x, PHONE_TYPES, ids=["p", "s", "d", "t", "m"])
    assert [(i.code, i.params["criterion"]) for i in exc.value.issues] == [("method.entropy_nonpositive", "s")]
    x[2, 1] = np.nan
    with pytest.raises(MethodError) as exc:
        entropy_weights(x, PHONE_TYPES, ids=["p", "s", "d", "t", "m"])
    assert exc.value.issues[0].code == "method.missing_value"


def test_rank_correlations():
    assert spearman([1, 2, 3, 4], [1, 2, 3, 4]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # Spearman 1 - 6 sum d^2 / (n(n^2 - 1)) for one adjacent swap among 5: 1 - 12/120.
    assert spearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5]) == pytest.approx(0.9)
    # r_W (Pinto da Costa & Soares 2005) weighs the top: a swap of places 1-2 costs
    # more than a swap of places 4-5 (formula values 0.85 and 0.95).
    assert weighted_spearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5]) == pytest.approx(0.85)
    assert weighted_spearman([1, 2, 3, 4, 5], [1, 2, 3, 5, 4]) == pytest.approx(0.95)
    # WS (Sałabun & Urbaniak 2020) is 1 for identical rankings and lower after a top swap.
    assert rank_similarity([1, 2, 3], [1, 2, 3]) == pytest.approx(1.0)
    assert rank_similarity([1, 2, 3, 4, 5], [2, 1, 3, 4, 5]) < rank_similarity([1, 2, 3, 4, 5], [1, 2, 3, 5, 4])


def test_correlations_align_series_by_index_and_report_undefined_as_nan():
    a = pd.Series({"x": 1, "y": 2, "z": 3})
    b = pd.Series({"z": 3, "y": 2, "x": 1})
    assert spearman(a, b) == pytest.approx(1.0)
    issues: list = []
    assert np.isnan(spearman([1, 2, 3], [1, 1, 1], issues=issues))
    assert [i.code for i in issues] == ["method.pymcdm_warning"]
