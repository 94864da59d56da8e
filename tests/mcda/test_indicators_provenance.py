"""Every column the desktop step shows can be explained: each column of the sector and
cluster tables has a provenance (formula code in the catalogue, sheets of the file, years).

The sample is the illustrative raw workbook (resources/sample/datos_brutos_muestra.xlsx); the
expectations are structural (codes exist in both languages, sheets are the file's, years are
the chosen ones), not published numbers.
"""

import pytest

import resources
from mcda.indicators.compute import IndicatorOptions, compute_indicators
from mcda.indicators.raw_workbook import read_raw_workbook
from mcda.text import catalogue


@pytest.fixture(scope="module")
def raw():
    result = read_raw_workbook(resources.path("sample", "datos_brutos_muestra.xlsx"))
    assert result.ok
    return result.data


@pytest.mark.parametrize("region", [None, "Junín"])
def test_every_shown_column_has_a_formula_in_both_languages(raw, region):
    report = compute_indicators(raw, IndicatorOptions(region=region))
    texts = catalogue()
    sheets = set(raw.sheets.values())
    for table, prov in ((report.sectors, report.sector_provenance), (report.clusters, report.provenance)):
        for column in table.columns:
            if column == "name":
                continue
            p = prov[column]
            assert p.formula in texts, p.formula
            assert texts[p.formula]["es"] and texts[p.formula]["en"]
            assert set(p.sheets) <= sheets, (column, p.sheets)


def test_sector_years_follow_the_chosen_years(raw):
    report = compute_indicators(raw, IndicatorOptions(region="Junín", year=2023, base_year=2018))
    prov = report.sector_provenance
    assert prov["lq"].years == "2023"
    assert prov["employment_base"].years == "2018"
    assert prov["competitive"].years == "2018–2023"
    assert prov["bl"].sheets == ("Insumo-Producto",)
    assert prov["key_sector"].formula == "indicators.formula.sector.class"


def test_linkage_classes_have_labels(raw):
    report = compute_indicators(raw)
    texts = catalogue()
    for value in report.sectors["class"].dropna().unique():
        assert f"indicators.class.{value}" in texts
