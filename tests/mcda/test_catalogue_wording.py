"""Wording fixes found by the text audits: Spanish plural "clústeres", decimal point, RI tables in words."""


import openpyxl
import pytest

import resources
from mcda.errors import Issue
from mcda.indicators.raw_sheets import sheet_role
from mcda.sample_data import CRITERIA
from mcda.text import catalogue, message, render


def test_the_spanish_plural_is_clusteres_everywhere_in_the_catalogues():
    # RAE: "clúster", plural "clústeres" (the audit found "clústers" in cli.json)
    wrong = [code for code, texts in catalogue().items() if "clústers" in texts["es"]]
    assert wrong == []
    assert "20 clústeres" in message("cli.validate.ok", "es", clusters=20, criteria=14)


def test_the_sample_criteria_and_the_bundled_workbooks_say_clusteres():
    assert not [c.id for c in CRITERIA if "clústers" in c.description]
    for path in (resources.sample_workbook(), resources.path("sample", "clusters_peru_seguimiento.xlsx"),
                 resources.template_workbook()):
        ws = openpyxl.load_workbook(path, read_only=True)["Criterios"]
        texts = [v for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
        assert any("en clústeres de varios departamentos" in t for t in texts), path
        assert not any("clústers" in t for t in texts), path


@pytest.mark.parametrize("name", ["Sectores y clústeres", "Sectores y clusteres", "Sectores y clústers"])
def test_the_mapping_sheet_is_found_by_the_right_plural_and_by_the_old_spelling(name):
    assert sheet_role(name) == "mapping"


def test_the_cli_consistency_verdict_uses_a_decimal_point():
    # es-PE convention of the project (domain.md, report.method.numbers): 0.10, not 0,10
    assert message("cli.ahp.consistent_yes", "es") == "aceptable (RC < 0.10)"
    assert message("cli.ahp.consistent_no", "es").startswith("NO aceptable (RC ≥ 0.10)")


@pytest.mark.parametrize("table, es, en", [
    ("saaty", "tabla de índices aleatorios de Saaty", "Saaty's RI table"),
    ("donegan_dodd", "tabla de índices aleatorios de Donegan y Dodd", "Donegan and Dodd's RI table"),
    ("alonso_lamata", "tabla de índices aleatorios de Alonso y Lamata", "Alonso and Lamata's RI table"),
])
def test_random_index_tables_are_named_in_words(table, es, en):
    params = {"block": "Riesgo", "cr": 0.15, "threshold": 0.1, "table": table}
    assert render(Issue("weights.inconsistent_block", params=params), "es").endswith(f"no menor que 0.10 ({es}).")
    assert render(Issue("weights.inconsistent_block", params=params), "en").endswith(f"not below 0.10 ({en}).")
    assert f"({es})" in message("ahp.inconsistent", "es", cr=0.15, threshold=0.1, table=table)
    assert f"({en})" in message("ahp.inconsistent", "en", cr=0.15, threshold=0.1, table=table)
    assert f"with {en}." in message("report.committee.intro", "en", aggregation="AIJ", ri=table)


def test_an_unknown_table_name_is_shown_as_given():
    text = message("ahp.inconsistent", "en", cr=0.15, threshold=0.1, table="mine")
    assert "(mine)" in text
