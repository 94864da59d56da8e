"""The blank, documented template (``clusterprio-cli template``)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import resources
from mcda.sample_data import CRITERIA, sample_problem
from mcda.workbook.input_sheets import CLUSTER_COLUMNS, COMMITTEE_COLUMNS, CRITERIA_COLUMNS
from mcda.workbook.template import build_template, template_problem
from tests.mcda.test_sample import workbook_values


@pytest.fixture(scope="module")
def wb() -> openpyxl.Workbook:
    return openpyxl.load_workbook(resources.template_workbook())


def test_committed_template_is_what_the_code_generates(tmp_path: Path) -> None:
    fresh = tmp_path / "plantilla.xlsx"
    build_template(fresh)
    assert workbook_values(fresh) == workbook_values(resources.template_workbook())


def test_sheets_and_instructions(wb: openpyxl.Workbook) -> None:
    assert wb.sheetnames == ["Instrucciones", "Clusters", "Criterios", "Comite"]
    assert wb.active.title == "Instrucciones"
    text = " ".join(str(c.value) for row in wb["Instrucciones"].iter_rows() for c in row if c.value)
    for needed in ("Hoja Clusters", "Hoja Criterios", "Hoja Comite", "Hojas AHP", "Valores faltantes",
                   "beneficio", "costo", "Importancia", "Encadenamientos", "Crecimiento", "Riesgo",
                   "mediana", "peor valor", "excluir", "«1 234,5»", "«12%»", "ambig", "Saaty", "AHP M1",
                   "AHP grupos", "recíproca", "RC < 0.10", "gaussian"):
        assert needed in text, needed
    assert "writer.template" not in text  # every catalogue code resolved


def test_headers_of_every_input_sheet(wb: openpyxl.Workbook) -> None:
    assert [c.value for c in wb["Clusters"][1]] == [*CLUSTER_COLUMNS, *(c.id for c in CRITERIA)]
    assert tuple(c.value for c in wb["Criterios"][1]) == CRITERIA_COLUMNS
    assert tuple(c.value for c in wb["Comite"][1]) == COMMITTEE_COLUMNS


def test_every_header_has_an_explaining_comment(wb: openpyxl.Workbook) -> None:
    for name in ("Clusters", "Criterios", "Comite"):
        for cell in wb[name][1]:
            assert cell.comment is not None and len(cell.comment.text) > 10, f"{name}!{cell.coordinate}"
    assert "Empleo directo" in wb["Clusters"]["E1"].comment.text
    assert "menos es mejor" in wb["Clusters"]["P1"].comment.text  # R1 is a cost


def _validations(ws) -> dict[str, object]:
    return {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}


def test_dropdowns_for_direction_group_and_preference(wb: openpyxl.Workbook) -> None:
    dv = _validations(wb["Criterios"])
    assert dv["D2:D500"].type == "list" and dv["D2:D500"].formula1 == '"beneficio,costo"'
    assert dv["D2:D500"].showErrorMessage
    assert dv["C2:C500"].formula1 == '"Importancia,Encadenamientos,Crecimiento,Riesgo"'
    assert not dv["C2:C500"].showErrorMessage  # grupo is free text: the list only suggests
    assert dv["G2:G500"].formula1 == '"usual,ushape,vshape,level,linear,gaussian"'
    numbers = next(v for k, v in dv.items() if "F2:F500" in k)
    assert numbers.type == "decimal" and numbers.operator == "greaterThanOrEqual"
    assert {"H2:H500", "I2:I500", "J2:J500"} <= set(str(numbers.sqref).split())
    assert _validations(wb["Comite"])["D2:D500"].type == "decimal"


def test_example_rows_are_a_valid_small_problem(wb: openpyxl.Workbook) -> None:
    p = template_problem()
    assert p.cluster_ids == ["EJ1", "EJ2", "EJ3"] and p.is_complete
    assert [c.id for c in p.criteria] == [c.id for c in CRITERIA] and len(p.members) == 3
    sample = sample_problem()
    assert p.values[0].tolist() == sample.values[sample.cluster_index("CAFE-JUN")].tolist()
    rows = list(wb["Clusters"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["EJ1", "EJ2", "EJ3"] and all(r[1].startswith("Ejemplo: ") for r in rows)


def test_template_is_itself_a_valid_input() -> None:
    from mcda.workbook import read_workbook

    result = read_workbook(resources.template_workbook())
    assert result.issues == ()
    assert result.problem == template_problem()


def test_excel_limits_are_respected(wb: openpyxl.Workbook) -> None:
    """ECMA-376 / Excel limits whose violation makes Excel "repair" a file (we cannot open Excel or
    LibreOffice in the tests): data-validation prompt and error at most 255 characters, their titles at
    most 32, a list formula at most 255, sheet names at most 31, cell text at most 32 767."""
    for ws in wb.worksheets:
        assert len(ws.title) <= 31
        for dv in ws.data_validations.dataValidation:
            for text in (dv.prompt, dv.error):
                assert text is None or len(text) <= 255
            for title in (dv.promptTitle, dv.errorTitle):
                assert title is None or len(title) <= 32
            assert dv.formula1 is None or len(dv.formula1) <= 255
        for row in ws.iter_rows():
            for cell in row:
                assert not isinstance(cell.value, str) or len(cell.value) <= 32_767
