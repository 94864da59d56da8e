"""From raw data to cluster indicators, criteria and the criteria workbook.

Expected numbers of the small workbook are worked by hand from the formulas of domain.md
§3 (written out in each assertion); the input-output block is Miller & Blair (2009),
section 2.3 (Z = [[150, 500], [200, 100]], x = [1000, 2000]); the firm shares are the US
DOJ "Herfindahl-Hirschman Index" example (30, 30, 20, 20 -> 2,600).  The sample checks
compare with the illustrative decision sample (mcda.sample_data), whose figures the raw
sample was built to reproduce.
"""

import math

import openpyxl
import pytest

import resources
from mcda.errors import InputError
from mcda.indicators.compute import IndicatorOptions, compute_indicators
from mcda.indicators.criteria import DEFAULT_IDS, criteria_problem
from mcda.indicators.output import write_criteria_workbook
from mcda.indicators.raw_workbook import parse_raw_sheets, read_raw_workbook
from mcda.indicators.template import build_raw_template
from mcda.problem import Direction
from mcda.sample_data import sample_problem

EMP = {  # (region, year) -> (s1, s2, s3)
    ("A", 2018): (10, 40, 50), ("B", 2018): (20, 20, 60), ("C", 2018): (0, 50, 50),
    ("A", 2023): (20, 40, 60), ("B", 2023): (20, 30, 60), ("C", 2023): (0, 60, 50),
}
SHEETS = {
    "Empleo": [["region", "sector", "año", "empleo"]] + [[r, s, y, v] for (r, y), vals in EMP.items()
                                                        for s, v in zip(("s1", "s2", "s3"), vals)],
    "Insumo-Producto": [["", "s1", "s2", "produccion"], ["s1", 150, 500, 1000], ["s2", 200, 100, 2000]],
    "Exportaciones": [["region", "producto", "año", "valor"],
                      *[["A", "p1", y, v] for y, v in ((2021, 10), (2022, 20), (2023, 30))],
                      *[["B", "p1", y, 5] for y in (2021, 2022, 2023)],
                      *[["A", "p2", y, 50] for y in (2021, 2022, 2023)]],
    "Empresas": [["cluster", "empresa", "valor"], ["K1", "a", 30], ["K1", "b", 30], ["K1", "c", 20],
                 ["K1", "d", 20]],
    "Mapeo": [["cluster", "nombre", "region", "sector", "producto"], ["K1", "Uno", "A", "s1", "p1"],
              ["K2", "=Dos", "A / B", "s2", ""], ["K2", "", "", "s3", ""]],
}


@pytest.fixture(scope="module")
def report():
    result = parse_raw_sheets(SHEETS, source="mano.xlsx")
    assert result.ok, result.issues
    return compute_indicators(result.data)


def test_employment_indicators_by_hand(report):
    k1, k2 = report.clusters.loc["K1"], report.clusters.loc["K2"]
    assert report.year == 2023 and report.base_year == 2018
    # K1 = s1 in A: e = 20, e_r = 120, E_s1 = 40, E = 340 -> LQ = (20/120)/(40/340).
    assert k1["employment"] == 20
    assert k1["lq"] == pytest.approx((20 / 120) / (40 / 340))
    assert k1["regional_share"] == pytest.approx(100 * 20 / 120)
    # K2 = s2 + s3 in A and B: e = 40+60+30+60 = 190, e_R = 230, E_c = 130+170 = 300.
    assert k2["employment"] == 190
    assert k2["lq"] == pytest.approx((190 / 230) / (300 / 340))
    # R2 is the largest regional share: A 100/120 > B 90/110.
    assert k2["regional_share"] == pytest.approx(100 * 100 / 120)
    assert k2["region"] == "A / B"


def test_growth_and_shift_share_by_hand(report):
    k1 = report.clusters.loc["K1"]
    # CAGR: (20 / 10)^(1/5) - 1.
    assert k1["cagr"] == pytest.approx(100 * (2 ** 0.2 - 1))
    # G_s1 = 40/30 - 1; CE = 20 - 10 (1 + G_s1) = 6.667; rate = 100 CE / 10 / 5.
    ce = 20 - 10 * (40 / 30)
    assert k1["competitive"] == pytest.approx(ce)
    assert k1["competitive_rate"] == pytest.approx(100 * ce / 10 / 5)
    # Sector table for region A: the three effects add up to the change.
    sectors = compute_indicators(parse_raw_sheets(SHEETS).data, IndicatorOptions(region="a")).sectors
    total = sectors[["national_share", "industry_mix", "competitive"]].sum(axis=1)
    assert total["s3"] == pytest.approx(60 - 50)
    assert sectors.loc["s1", "national_share"] == pytest.approx(10 * (340 / 300 - 1))


def test_linkages_exports_and_firms(report):
    k1, k2 = report.clusters.loc["K1"], report.clusters.loc["K2"]
    # Miller & Blair: BL = 1.0222 / 0.9778, FL = 1.2083 / 0.7917; K2's only I-O sector is s2.
    assert k1["bl"] == pytest.approx(1.0222, abs=1e-4) and k1["key_sector"]
    assert k2["fl"] == pytest.approx(0.7917, abs=1e-4) and not k2["key_sector"]
    # Exports 2023: K1 = 30; RCA = (30 / 80) / (35 / 85); CV of 10, 20, 30 (sample sd 10, mean 20).
    assert report.export_year == 2023
    assert k1["exports"] == 30
    assert k1["rca"] == pytest.approx((30 / 80) / (35 / 85))
    assert k1["cv_exports"] == pytest.approx(0.5)
    # DOJ example shares.
    assert k1["hhi"] == pytest.approx(2600) and k1["cr1"] == pytest.approx(30)
    assert math.isnan(k2["exports"]) and math.isnan(k2["hhi"])


def test_stars_and_lq_map(report):
    # Three regions: ceil(0.1 * 3) = 1 region gets size/focus; K1 is only in A and B.
    assert report.clusters.loc["K1", "size"] and report.clusters.loc["K1", "stars"] >= 1
    assert report.lq_map.shape == (3, 2)
    assert report.lq_map.loc["C", "K1"] == 0


def test_a_region_run_keeps_its_clusters_only():
    data = parse_raw_sheets(SHEETS).data
    b = compute_indicators(data, IndicatorOptions(region="B"))
    assert list(b.clusters.index) == ["K2"] and b.region == "B"
    assert b.clusters.loc["K2", "employment"] == 90
    with pytest.raises(InputError) as err:
        compute_indicators(data, IndicatorOptions(region="C"))
    assert err.value.code == "indicators.region.no_clusters"


def test_criteria_problem_carries_provenance(report):
    problem, warnings = criteria_problem(report, "es")
    assert problem.cluster_ids == ["K1", "K2"]
    assert problem.criterion_ids == list(DEFAULT_IDS)
    lq = problem.criterion("I4")
    assert lq.name == "Cociente de localización" and lq.group == "Importancia" and lq.year == "2023"
    assert "LQ = (e_c / e_r) / (E_c / E)" in lq.description
    assert "mano.xlsx" in lq.source and "Empleo" in lq.source
    assert problem.criterion("R1").direction is Direction.COST
    assert problem.criterion("G1").year == "2018–2023"
    assert "nacional" in problem.criterion("L1").description
    assert problem.value("K1", "I4") == pytest.approx((20 / 120) / (40 / 340))
    english, _ = criteria_problem(report, "en", ["L1", "rsca"])
    assert [c.name for c in english.criteria] == ["Backward linkage", "Revealed symmetric comparative advantage"]


def test_criteria_without_data_are_left_out():
    sheets = {k: v for k, v in SHEETS.items() if k not in ("Empresas", "Exportaciones")}
    problem, warnings = criteria_problem(compute_indicators(parse_raw_sheets(sheets).data))
    assert "R1" not in problem.criterion_ids and "I5" not in problem.criterion_ids
    assert {w.params["criterion"] for w in warnings if w.code == "indicators.criterion.no_data"} == {"I5", "R1", "R3"}


def test_criteria_workbook_round_trips_through_the_reader(report, tmp_path):
    from mcda.workbook.reader import read_workbook

    path = tmp_path / "criterios.xlsx"
    write_criteria_workbook(path, report, "es")
    read = read_workbook(path, missing_policy="median")
    assert read.problem is not None, read.issues
    assert read.problem.cluster_ids == ["K1", "K2"]
    assert read.problem.criterion("I4").source.startswith("Calculado por clusterprio")
    assert read.problem.value("K1", "R1") == pytest.approx(2600)
    wb = openpyxl.load_workbook(path)
    assert {"Clusters", "Criterios", "Indicadores", "Sectores"} <= set(wb.sheetnames)
    # The user's cluster name "=Dos" is text, never a formula.
    name = wb["Clusters"]["B3"]
    assert name.value == "=Dos" and name.data_type == "s"


def test_the_raw_template_is_documented():
    wb = build_raw_template()
    assert wb.sheetnames[0] == "Léame"
    assert [c.value for c in wb["Empleo"][1]] == ["region", "sector", "año", "empleo"]
    assert "Resto del país" in wb["Empleo"]["A1"].comment.text
    assert wb["Insumo-Producto"]["B1"].value == "produccion"
    shipped = openpyxl.load_workbook(resources.path("templates", "plantilla_datos_brutos.xlsx"))
    assert shipped.sheetnames == wb.sheetnames


# --- the illustrative sample ----------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    read = read_raw_workbook(resources.path("sample", "datos_brutos_muestra.xlsx"))
    assert read.ok and not read.issues, read.issues
    return compute_indicators(read.data)


def test_sample_has_the_decision_sample_clusters(sample):
    decision = sample_problem()
    assert list(sample.clusters.index) == decision.cluster_ids
    assert list(sample.clusters["name"]) == [c.name for c in decision.clusters]
    assert sample.clusters.loc["MIN-SUR", "region"] == "Arequipa / Moquegua"


# That the sample reproduces the decision sample, criterion by criterion, is
# tests/mcda/test_indicators_sample_consistency.py.


def test_sample_criteria_are_complete_and_ready_to_rank(sample):
    problem, warnings = criteria_problem(sample)
    # the only warning: the template's weights of these ten criteria (sum 0.74) were rescaled to 1
    assert [w.code for w in warnings] == ["weights.normalized"] and problem.is_complete
    assert len(problem.criteria) == 10


def test_merging_into_the_decision_sample_replaces_values_and_provenance(sample):
    from mcda.indicators.criteria import merge_indicators

    decision = sample_problem()
    merged, warnings = merge_indicators(decision, sample, "es", ["I4", "L1", "RSCA"])
    assert not warnings
    assert merged.criterion_ids == [*decision.criterion_ids, "RSCA"]
    # Replaced: values and provenance are new, the committee's weight and group stay.
    assert merged.criterion("I4").weight == decision.criterion("I4").weight
    assert merged.criterion("I4").group == "Importancia"
    assert merged.criterion("I4").source.startswith("Calculado por clusterprio")
    assert merged.value("MIN-SUR", "I4") == pytest.approx(sample.clusters.loc["MIN-SUR", "lq"])
    # Untouched criteria keep their values; the original problem is unchanged (undo).
    assert merged.value("CAFE-JUN", "G4") == decision.value("CAFE-JUN", "G4")
    assert decision.value("MIN-SUR", "I4") == pytest.approx(4.46)


def test_shipped_sample_is_what_the_generator_builds():
    from mcda.indicators.sample_raw import build_sample_raw

    built = build_sample_raw()
    shipped = openpyxl.load_workbook(resources.path("sample", "datos_brutos_muestra.xlsx"))
    assert shipped.sheetnames == built.sheetnames == ["Acerca de", "Empleo", "Insumo-Producto", "Empresas",
                                                      "Exportaciones", "Mapeo"]
    for name in built.sheetnames:
        assert [[c.value for c in row] for row in shipped[name].iter_rows()] == \
               [[c.value for c in row] for row in built[name].iter_rows()], name
    assert "ILUSTRATIVOS" in shipped["Acerca de"]["A1"].value
