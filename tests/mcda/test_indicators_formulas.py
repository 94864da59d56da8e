"""Indicator formulas (domain.md §3) against published values.

Sources cited at each test:
- REAT (Wieland, R package), ``locq`` example: 1714, 79006, 879213, 15593224 -> 0.3847623.
- Krumme, G., University of Washington, Geography 350, "Shift & Share Table with Excel
  Explanations" ("Holukuluku" exercise).
- Miller, R. E. & Blair, P. D. (2009), Input-Output Analysis: Foundations and Extensions,
  2nd ed., Cambridge UP, section 2.3 (two-sector example) and section 12.1 (Ghosh:
  G = x̂⁻¹ L x̂).
- US DOJ/FTC, "Herfindahl-Hirschman Index" and Horizontal Merger Guidelines (2010), §5.3.
- Balassa, B. (1965), The Manchester School 33: 99-123; Dalum, Laursen & Villumsen (1998),
  International Review of Applied Economics 12(3): 423-443 (RSCA).
- Wikipedia, "Compound annual growth rate" and "Coefficient of variation" (examples).
"""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcda.errors import InputError
from mcda.indicators.concentration import concentration, hhi, normalized_hhi
from mcda.indicators.growth import cagr, coefficient_of_variation
from mcda.indicators.io_linkages import cluster_linkages, linkages
from mcda.indicators.location import location_quotient, lq_table, stars
from mcda.indicators.shift_share import competitive_rate, shift_share
from mcda.indicators.trade import rca, rca_table, rsca

# --- location quotient -------------------------------------------------------------------


def test_lq_matches_reat_locq_check_value():
    # REAT locq(1714, 79006, 879213, 15593224) = 0.3847623 (domain.md §3)
    assert location_quotient(1714, 79006, 879213, 15593224) == pytest.approx(0.3847623, abs=5e-8)


def test_lq_table_uses_row_column_and_grand_totals():
    # The same REAT example laid out as a 2 x 2 region x industry table whose totals give
    # e_r = 79006, E_i = 879213, E = 15593224.
    emp = pd.DataFrame({"i": [1714.0, 879213 - 1714.0], "other": [79006 - 1714.0, 15593224 - 79006 - 877499.0]},
                       index=["r", "rest"])
    assert lq_table(emp).loc["r", "i"] == pytest.approx(0.3847623, abs=5e-8)


def test_lq_is_nan_when_a_denominator_is_zero():
    assert math.isnan(location_quotient(0, 0, 10, 100))
    assert math.isnan(location_quotient(1, 10, 0, 100))


def test_stars_size_specialization_focus():
    # Ten regions: the top 10 % is the single largest region (ceil(0.1 * 10) = 1).
    cluster = [500.0, 400, 10, 10, 10, 10, 10, 10, 10, 10]
    other = [9500.0, 600, 990, 990, 990, 990, 990, 990, 990, 990]
    emp = pd.DataFrame({"c": cluster, "o": other}, index=[f"R{i}" for i in range(10)])
    s = stars(emp).xs("c", level="cluster")
    # R0 is largest (size) but only 5 % of its employment (LQ = 0.05 / (980 / 17000) < 2).
    assert s.loc["R0"].to_dict() == {"size": True, "specialization": False, "focus": False, "stars": 1}
    # R1: 40 % of its employment -> focus; LQ = 0.4 / (980/17000) = 6.9 -> specialization.
    assert s.loc["R1"].to_dict() == {"size": False, "specialization": True, "focus": True, "stars": 2}
    assert s.loc["R5", "stars"] == 0


# --- shift-share -------------------------------------------------------------------------

KRUMME = dict(region_t0=[500, 100, 200, 200], region_t1=[1000, 100, 250, 280],
              nation_t0=[10, 20, 40, 30], nation_t1=[11, 24, 52, 42])


def test_shift_share_matches_krumme_holukuluku_table():
    # Krumme's table: national growth effect 290, composition (industry mix) -80 net,
    # differential (competitive) effect 420, regional growth 630; 29 % national growth.
    r = shift_share(**KRUMME)
    assert r.national_growth == pytest.approx(0.29)
    assert r.totals == pytest.approx({"national_share": 290, "industry_mix": -80, "competitive": 420,
                                      "change": 630})
    # Per industry (Krumme cols. 9-12): expected 645 and 550 for industry I -> mix -95, differential 450.
    assert r.national_share.tolist() == pytest.approx([145, 29, 58, 58])
    assert r.industry_mix.tolist() == pytest.approx([-95, -9, 2, 22])
    assert r.competitive.tolist() == pytest.approx([450, -20, -10, 0])


def test_competitive_rate_is_percentage_points_per_year():
    r = shift_share(**KRUMME)
    assert competitive_rate(r, 10) == pytest.approx(100 * 420 / 1000 / 10)


def test_shift_share_refuses_an_industry_without_national_base():
    with pytest.raises(InputError) as err:
        shift_share([0, 5], [1, 6], [0, 10], [3, 12])
    assert err.value.code == "indicators.shift.zero_national"


positive = st.floats(min_value=1.0, max_value=1e6, allow_nan=False)
count = st.floats(min_value=0.0, max_value=1e6, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=8).flatmap(
    lambda n: st.tuples(st.lists(count, min_size=n, max_size=n), st.lists(count, min_size=n, max_size=n),
                        st.lists(positive, min_size=n, max_size=n), st.lists(positive, min_size=n, max_size=n))))
def test_the_three_effects_add_up_to_the_change(data):
    # Dunn (1960) identity: NS + IM + CE = e_t1 - e_t0, for every industry and in total.
    e0, e1, n0, n1 = data
    r = shift_share(e0, e1, [a + b for a, b in zip(n0, e0)], [a + b for a, b in zip(n1, e1)])
    total = r.national_share + r.industry_mix + r.competitive
    assert np.allclose(total.to_numpy(), np.subtract(e1, e0), rtol=1e-9, atol=1e-6 * max(1.0, max(e0 + e1)))


# --- input-output linkages ----------------------------------------------------------------

MB_Z = [[150, 500], [200, 100]]
MB_X = [1000, 2000]


def test_miller_blair_two_sector_coefficients_and_leontief_inverse():
    # Miller & Blair (2009), section 2.3: A = [[.15, .25], [.20, .05]],
    # L = [[1.2541, .3300], [.2640, 1.1221]].
    link = linkages(MB_Z, MB_X, ["1", "2"])
    assert link.A.to_numpy() == pytest.approx(np.array([[0.15, 0.25], [0.20, 0.05]]))
    assert link.L.to_numpy() == pytest.approx(np.array([[1.2541, 0.3300], [0.2640, 1.1221]]), abs=5e-5)


def test_rasmussen_backward_index_from_the_published_inverse():
    # BL_j = n * colsum_j(L) / sum(L) from Miller & Blair's L: column sums 1.5181 and 1.4521,
    # total 2.9702 -> BL = 1.0222, 0.9778 (mean 1 by construction).
    link = linkages(MB_Z, MB_X, ["1", "2"])
    assert link.bl.tolist() == pytest.approx([2 * 1.5181 / 2.9702, 2 * 1.4521 / 2.9702], abs=1e-4)
    assert link.bl.mean() == pytest.approx(1.0)


def test_ghosh_inverse_is_the_similarity_transform_of_leontief():
    # Miller & Blair (2009), section 12.1: G = x̂⁻¹ L x̂.  With B = x̂⁻¹ Z = [[.15, .5], [.1, .05]].
    link = linkages(MB_Z, MB_X, ["1", "2"])
    x = np.diag(MB_X).astype(float)
    assert link.B.to_numpy() == pytest.approx(np.array([[0.15, 0.5], [0.1, 0.05]]))
    assert link.G.to_numpy() == pytest.approx(np.linalg.inv(x) @ link.L.to_numpy() @ x)
    # FL_i = n * rowsum_i(G) / sum(G): G = [[1.2541, .6601], [.1320, 1.1221]] -> 1.2083, 0.7917.
    assert link.fl.tolist() == pytest.approx([1.2083, 0.7917], abs=1e-4)
    assert link.key_sector.tolist() == [True, False]
    assert link.classification().tolist() == ["key", "weak"]


def test_cluster_linkages_are_output_weighted():
    link = linkages(MB_Z, MB_X, ["1", "2"])
    table = cluster_linkages(link, {"both": ["1", "2"], "one": ["2"], "none": ["x"]})
    assert table.loc["both", "bl"] == pytest.approx((1000 * link.bl["1"] + 2000 * link.bl["2"]) / 3000)
    assert table.loc["one", "fl"] == pytest.approx(link.fl["2"])
    assert math.isnan(table.loc["none", "bl"]) and not table.loc["none", "key_sector"]


def test_singular_i_minus_a_is_a_coded_error():
    # Column sums of A equal 1 (no value added) -> I - A singular.
    with pytest.raises(InputError) as err:
        linkages([[50, 50], [50, 50]], [100, 100])
    assert err.value.code == "indicators.io.singular"


def test_zero_output_is_a_coded_error_naming_the_sector():
    with pytest.raises(InputError) as err:
        linkages([[1, 0], [0, 0]], [10, 0], ["a", "b"])
    assert err.value.code == "indicators.io.zero_output"
    assert err.value.issues[0].params["sector"] == "b"


def test_a_column_of_a_summing_to_one_or_more_is_warned():
    link = linkages([[60, 1], [50, 1]], [100, 100], ["a", "b"])
    assert [w.code for w in link.warnings] == ["indicators.io.column_sum"]


# --- concentration, trade, growth ----------------------------------------------------------


def test_hhi_department_of_justice_example():
    # DOJ: four firms with 30, 30, 20, 20 % -> HHI 2,600 (highly concentrated above 2,500).
    c = concentration([30, 30, 20, 20])
    assert c.hhi == pytest.approx(2600)
    assert c.cr1 == pytest.approx(30)
    assert c.highly_concentrated
    # Normalized: (0.26 - 1/4) / (1 - 1/4) = 0.013333...
    assert c.hhi_normalized == pytest.approx(0.01 / 0.75)


def test_hhi_uses_shares_so_any_unit_works_and_limits_hold():
    assert hhi([300, 300, 200, 200]) == pytest.approx(2600)
    assert hhi([7]) == pytest.approx(10000)
    assert normalized_hhi(10000 / 5, 5) == pytest.approx(0.0)
    assert normalized_hhi(10000, 5) == pytest.approx(1.0)
    with pytest.raises(InputError):
        hhi([0, 0])


def test_rca_is_the_balassa_index_and_rsca_its_symmetric_form():
    # The Balassa index has the location-quotient form (EconGeo ``rca``: "Hoover-Balassa
    # index"), so REAT's check value applies.
    value = rca(1714, 79006, 879213, 15593224)
    assert value == pytest.approx(0.3847623, abs=5e-8)
    assert rsca(value) == pytest.approx((0.3847623 - 1) / (0.3847623 + 1), abs=1e-7)
    assert rsca(1.0) == 0.0
    table = rca_table(pd.DataFrame({"p": [10.0, 30.0], "q": [90.0, 70.0]}, index=["A", "B"]))
    assert table.loc["B", "p"] == pytest.approx((30 / 100) / (40 / 200))


def test_cagr_wikipedia_example():
    # Wikipedia "Compound annual growth rate": 100 (2004) -> 150 (2007): 14.47 %.
    assert cagr(100, 150, 3) == pytest.approx(0.1447, abs=5e-5)
    assert math.isnan(cagr(0, 10, 3))


def test_cv_uses_the_sample_standard_deviation():
    # Wikipedia "Coefficient of variation", examples: [90, 100, 110] -> sd 10, CV 0.1;
    # [1, 5, 6, 8, 10, 40, 65, 88] -> sd 32.9, mean 27.9, CV 1.18 (both with n - 1).
    assert coefficient_of_variation([90, 100, 110]) == pytest.approx(0.1)
    assert coefficient_of_variation([1, 5, 6, 8, 10, 40, 65, 88]) == pytest.approx(1.18, abs=0.005)
    assert coefficient_of_variation([100, 100, 100]) == 0.0
