"""AHP priorities and consistency against published matrices, RI tables, judgment parsing.

Published examples (each transcription was also re-checked by an independent
numpy eigen-decomposition, which reproduces every published figure below):

* Saaty (1977), "A scaling method for priorities in hierarchical structures",
  J. Math. Psychology 15, 234-281, and Saaty (1990), "How to make a decision:
  the analytic hierarchy process", EJOR 48, 9-26, *choosing a house*: the
  8 x 8 criteria matrix, priorities .173 .054 .188 .018 .031 .036 .167 .333,
  lambda_max 9.669, CI 0.238, CR 0.169 (inconsistent).
* Saaty & Khouja (1976), "A measure of world influence", J. Peace Science 2,
  31-48, reproduced in Saaty (1980), *The Analytic Hierarchy Process*, ch. 2,
  *relative wealth of nations* (7 x 7): .427 .230 .021 .052 .052 .123 .094,
  lambda_max 7.61, CR 0.08.
* Saaty (2008), "Decision making with the analytic hierarchy process",
  Int. J. Services Sciences 1(1), 83-98, Table 2, *relative consumption of
  drinks in the US* (7 x 7): .177 .019 .042 .116 .190 .129 .327.
* Contract §3 (``ahp --json`` example), the 3 x 3 matrix (1 3 5; 1/3 1 3;
  1/5 1/3 1): 0.637 0.258 0.105, lambda_max 3.0385, CI 0.0193, CR 0.0332.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

from mcda import ahp
from mcda.errors import ConsistencyError, InputError
from mcda.problem import Judgments
from mcda.text import render


def matrix(text: str) -> np.ndarray:
    return np.array([[float(Fraction(x)) for x in row.split()] for row in text.split(";")])


HOUSE = matrix(
    "1 5 3 7 6 6 1/3 1/4; 1/5 1 1/3 5 3 3 1/5 1/7; 1/3 3 1 6 3 4 6 1/5; 1/7 1/5 1/6 1 1/3 1/4 1/7 1/8;"
    "1/6 1/3 1/3 3 1 1/2 1/5 1/6; 1/6 1/3 1/4 4 2 1 1/5 1/6; 3 5 1/6 7 5 5 1 1/2; 4 7 5 8 6 6 2 1"
)
HOUSE_LABELS = ["size", "transport", "neighborhood", "age", "yard", "facilities", "condition", "financing"]
WEALTH = matrix(
    "1 4 9 6 6 5 5; 1/4 1 7 5 5 3 4; 1/9 1/7 1 1/5 1/5 1/7 1/5; 1/6 1/5 5 1 1 1/3 1/3;"
    "1/6 1/5 5 1 1 1/3 1/3; 1/5 1/3 7 3 3 1 2; 1/5 1/4 5 3 3 1/2 1"
)
DRINKS = matrix(
    "1 9 5 2 1 1 1/2; 1/9 1 1/3 1/9 1/9 1/9 1/9; 1/5 3 1 1/3 1/4 1/3 1/9; 1/2 9 3 1 1/2 1 1/3;"
    "1 9 4 2 1 2 1/2; 1 9 3 1 1/2 1 1/3; 2 9 9 3 2 3 1"
)
DRINK_LABELS = ["coffee", "wine", "tea", "beer", "sodas", "milk", "water"]
THREE = matrix("1 3 5; 1/3 1 3; 1/5 1/3 1")


def test_house_example_saaty_1977_1990_inconsistent_n8() -> None:
    r = ahp.priorities(HOUSE, HOUSE_LABELS)
    # Saaty (1990) EJOR 48, house example: priorities, lambda_max, CI, CR.
    assert r.weights.round(3).tolist() == [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    assert round(r.lambda_max, 3) == 9.669
    assert round(r.ci, 3) == 0.238
    assert round(r.cr, 3) == 0.169
    assert r.ri == 1.41 and r.ri_table == "saaty"
    assert not r.consistent


def test_wealth_of_nations_saaty_khouja_1976_n7() -> None:
    r = ahp.priorities(WEALTH, ["US", "USSR", "China", "France", "UK", "Japan", "W. Germany"])
    # Saaty & Khouja (1976) / Saaty (1980) ch. 2: eigenvector and lambda_max 7.61, CR 0.08.
    assert r.weights.round(3).tolist() == [0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094]
    assert round(r.lambda_max, 2) == 7.61
    assert round(r.cr, 2) == 0.08
    assert r.consistent


def test_drinks_saaty_2008_table2() -> None:
    r = ahp.priorities(DRINKS, DRINK_LABELS)
    # Saaty (2008) Int. J. Services Sciences 1(1), Table 2: derived priorities.
    assert r.weights.round(3).tolist() == [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
    assert r.consistent
    # CR with Donegan & Dodd's RI(7) = 1.2519: 0.0235, the value the AHPy
    # package (an independent implementation) asserts in its test suite.
    dd = ahp.priorities(DRINKS, DRINK_LABELS, ri_table="donegan_dodd")
    assert round(dd.cr, 4) == 0.0235
    # AHPy (precision 4, same matrix): the same priorities to 4 decimals.
    assert dd.weights.round(4).tolist() == [0.1775, 0.0191, 0.0418, 0.1164, 0.1896, 0.1288, 0.3268]


def test_contract_three_by_three() -> None:
    r = ahp.priorities(THREE, ["A", "B", "C"])
    assert r.weights.round(3).to_dict() == {"A": 0.637, "B": 0.258, "C": 0.105}
    assert (round(r.lambda_max, 4), round(r.ci, 4), r.ri, round(r.cr, 4)) == (3.0385, 0.0193, 0.58, 0.0332)
    d = r.as_dict()
    assert d["ri_table"] == "saaty" and d["consistent"] is True and d["criteria"] == ["A", "B", "C"]


def test_geometric_mean_and_eigenvector_agree_exactly_on_consistent_matrix() -> None:
    w = np.array([0.4, 0.3, 0.2, 0.1])
    a = np.outer(w, 1 / w)
    ev = ahp.priorities(a, prioritization="eigenvector")
    gm = ahp.priorities(a, prioritization="geometric")
    np.testing.assert_allclose(ev.weights.to_numpy(), w, atol=1e-12)
    np.testing.assert_allclose(gm.weights.to_numpy(), w, atol=1e-12)
    assert ev.cr == pytest.approx(0, abs=1e-12) and gm.cr == pytest.approx(0, abs=1e-12)
    assert ev.lambda_max == pytest.approx(4) and gm.lambda_max == pytest.approx(4)


def test_geometric_prioritization_reports_mean_ratio_lambda() -> None:
    r = ahp.priorities(HOUSE, HOUSE_LABELS, prioritization="geometric")
    w = r.weights.to_numpy()
    assert r.prioritization == "geometric"
    assert r.lambda_max == pytest.approx(np.mean(HOUSE @ w / w))
    gm = np.prod(HOUSE, axis=1) ** (1 / 8)
    np.testing.assert_allclose(w, gm / gm.sum())


def test_any_positive_reciprocal_matrix_not_only_saaty_values() -> None:
    a = np.array([[1, 2.7, 1.3], [1 / 2.7, 1, 0.61], [1 / 1.3, 1 / 0.61, 1]])
    r = ahp.priorities(a, ["x", "y", "z"])
    assert r.weights.sum() == pytest.approx(1)
    assert r.lambda_max >= 3


def test_small_orders_have_cr_zero() -> None:
    one = ahp.priorities([[1]], ["solo"])
    assert one.weights.tolist() == [1.0] and one.cr == 0 and one.ri == 0
    two = ahp.priorities([[1, 4], [np.nan, 1]], ["a", "b"])
    assert two.weights.round(6).tolist() == [0.8, 0.2] and two.cr == 0 and two.consistent


def test_dataframe_and_judgments_inputs_carry_labels() -> None:
    df = pd.DataFrame(THREE, index=["p", "q", "r"], columns=["p", "q", "r"])
    assert list(ahp.priorities(df).weights.index) == ["p", "q", "r"]
    j = Judgments(("u", "v", "w"), THREE, sheet="AHP")
    r = ahp.priorities(j)
    assert r.labels == ("u", "v", "w") and r.sheet == "AHP"


# -- random index tables -----------------------------------------------------------------------

def test_saaty_ri_table_as_published() -> None:
    # Saaty (1980): n = 1..15.
    assert [ahp.random_index(n) for n in range(1, 16)] == [
        0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]


def test_other_tables_and_alonso_lamata_formula() -> None:
    assert "donegan_dodd" in ahp.RI_TABLES and "alonso_lamata" in ahp.RI_TABLE_NAMES
    # Alonso & Lamata (2006): mean lambda_max = 2.7699 n - 4.3513.
    for n in (3, 8, 20, 40):
        assert ahp.random_index(n, "alonso_lamata") == pytest.approx((2.7699 * n - 4.3513 - n) / (n - 1))
    assert ahp.random_index(2, "alonso_lamata") == 0


def test_order_beyond_table_is_a_clear_error() -> None:
    with pytest.raises(ConsistencyError) as e:
        ahp.random_index(16, "saaty")
    assert e.value.code == "ahp.ri_out_of_range"
    assert "15" in render(e.value.issues[0], "es") and "alonso_lamata" in render(e.value.issues[0], "en")
    big = np.ones((16, 16))
    with pytest.raises(ConsistencyError):
        ahp.priorities(big)
    assert ahp.priorities(big, ri_table="alonso_lamata").cr == pytest.approx(0, abs=1e-9)


def test_unknown_table_and_prioritization() -> None:
    with pytest.raises(ConsistencyError) as e:
        ahp.priorities(THREE, ri_table="nope")
    assert e.value.code == "ahp.unknown_ri_table"
    with pytest.raises(ConsistencyError) as e:
        ahp.priorities(THREE, prioritization="mean")
    assert e.value.code == "ahp.unknown_prioritization"


# -- parsing and validation --------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    (3, 3.0), ("3", 3.0), ("1/5", 0.2), ("0,2", 0.2), ("0.2", 0.2), (" 1 / 9 ", 1 / 9), (2.5, 2.5), ("1,5", 1.5),
])
def test_parse_judgment_accepts(raw: object, expected: float) -> None:
    assert ahp.parse_judgment(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", [None, "", "  ", float("nan")])
def test_parse_judgment_empty_is_missing(raw: object) -> None:
    assert np.isnan(ahp.parse_judgment(raw))


@pytest.mark.parametrize("raw, code", [
    ("tres", "ahp.judgment_text"), ("3x", "ahp.judgment_text"), ("1/2/3", "ahp.judgment_text"),
    (True, "ahp.judgment_text"), (0, "ahp.judgment_zero"), ("0", "ahp.judgment_zero"), ("1/0", "ahp.judgment_zero"),
    (-3, "ahp.judgment_negative"), ("-1/5", "ahp.judgment_negative"), (float("inf"), "ahp.judgment_not_finite"),
])
def test_parse_judgment_rejects(raw: object, code: str) -> None:
    with pytest.raises(InputError) as e:
        ahp.parse_judgment(raw)
    assert e.value.code == code


def test_non_reciprocal_cell_is_named_with_origin_offset() -> None:
    a = THREE.copy()
    a[2, 0] = 0.5  # should be 1/5
    # block's label corner at B3 (row 2, col 1): data cell (2, 0) is C6, mirror (0, 2) is E4
    issues = ahp.check_matrix(["A", "B", "C"], a, sheet="AHP M1", origin=(2, 1))
    assert [(i.code, i.location) for i in issues] == [("ahp.not_reciprocal", "AHP M1!C6")]
    assert issues[0].params["mirror"] == "E4"
    assert "1/5" in render(issues[0], "es")


def test_reciprocal_within_one_percent_is_accepted() -> None:
    a = THREE.copy()
    a[1, 0] = 0.333
    assert ahp.check_matrix(["A", "B", "C"], a) == []


def test_every_problem_of_a_block_is_listed_with_its_cell() -> None:
    cells = [["1", "abc", "0"], ["", "2", "-1"], ["", "", "1"]]
    issues = ahp.check_matrix(["A", "A", ""], cells, sheet="AHP")
    got = {(i.code, i.location) for i in issues}
    assert ("ahp.judgment_text", "AHP!C2") in got
    assert ("ahp.judgment_zero", "AHP!D2") in got
    assert ("ahp.judgment_negative", "AHP!D3") in got
    assert ("ahp.diagonal", "AHP!C3") in got
    assert ("ahp.duplicate_label", "AHP!A3") in got and ("ahp.duplicate_label", "AHP!C1") in got
    assert ("ahp.empty_label", "AHP!A4") in got


@pytest.mark.parametrize("cells, labels, code", [
    ([[1, 2, 3], [0.5, 1, 2]], ["a", "b"], "ahp.not_square"),
    ([[1, 2, 3], [0.5, 1]], ["a", "b", "c"], "ahp.not_square"),  # ragged rows
    ([[1, 2], [0.5, 1]], ["a", "b", "c"], "ahp.label_count"),
    ([], [], "ahp.empty"),
])
def test_shape_errors(cells: list[list[float]], labels: list[str], code: str) -> None:
    issues = ahp.check_matrix(labels, cells, sheet="AHP")
    assert [i.code for i in issues] == [code] and issues[0].sheet == "AHP"
    with pytest.raises(ConsistencyError):
        ahp.priorities(cells, labels)


def test_priorities_refuses_invalid_matrix_listing_all_cells() -> None:
    a = THREE.copy()
    a[1, 0], a[2, 1] = 3.0, 3.0
    with pytest.raises(ConsistencyError) as e:
        ahp.priorities(a, ["A", "B", "C"], sheet="AHP")
    assert [i.location for i in e.value.issues] == ["AHP!B3", "AHP!C4"]


def test_complete_reciprocal_fills_lower_from_upper_and_mirrors_lower_only() -> None:
    nan = np.nan
    m = ahp.complete_reciprocal([[1, 3, nan], [nan, 1, nan], [4, nan, nan]])
    assert m[1, 0] == pytest.approx(1 / 3) and m[0, 2] == pytest.approx(0.25) and m[2, 2] == 1
    assert np.isnan(m[1, 2]) and np.isnan(m[2, 1])


def test_short_rows_are_trailing_empty_cells() -> None:
    assert ahp.check_matrix(["a", "b"], [[1, 2], [0.5]]) == []
    assert ahp.priorities([[1, 4], []], ["a", "b"]).weights.round(6).tolist() == [0.8, 0.2]


def test_judgments_from_block() -> None:
    j = ahp.judgments_from_block(["A", "B"], [["", "1/3"], ["", ""]], sheet="AHP", member="M1")
    assert j.labels == ("A", "B") and j.member == "M1" and j.matrix[1, 0] == pytest.approx(3)
    with pytest.raises(ConsistencyError) as e:
        ahp.judgments_from_block(["A", "B"], [["", "x"], ["", ""]], sheet="AHP")
    assert e.value.issues[0].location == "AHP!C2"
