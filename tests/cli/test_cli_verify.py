"""``clusterprio-cli verify``: an untouched export passes; edits made afterwards with a
spreadsheet program (here openpyxl) are found and named (issue 4 item 9).  Also the committee
object of ``rank --json`` (item 10)."""

from __future__ import annotations

import json

import openpyxl
import pytest

from mcda.cli import main
from tests.mcda.committee_fixtures import committee_problem, write_input


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("verify")
    source = folder / "comite.xlsx"
    write_input(committee_problem(), source)
    out = folder / "prioridades.xlsx"
    assert main(["rank", str(source), "-o", str(out), "--method", "ahp", "--method", "topsis"]) == 0
    return out


@pytest.fixture()
def copy(exported, tmp_path):
    target = tmp_path / "copia.xlsx"
    target.write_bytes(exported.read_bytes())
    return target


def test_untouched_export_exits_0(capsys, exported) -> None:
    code, out, err = run(capsys, "verify", str(exported))
    assert code == 0, err
    assert "sin cambios" in out


def test_untouched_export_json(capsys, exported) -> None:
    code, out, _ = run(capsys, "verify", str(exported), "--json", "--lang", "en")
    assert code == 0 and json.loads(out) == {"file": str(exported), "intact": True, "changes": []}


def _edit(path, sheet, cell, value):
    wb = openpyxl.load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)
    return wb


def test_edited_data_cell_is_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Clusters"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "CACAO-SM")
    col = next(c for c in range(1, ws.max_column + 1) if ws.cell(1, c).value == "I5")
    ws.cell(row, col).value = 9999
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert f"Clusters!A{row}:" in err and "CACAO-SM" in err


def test_edited_weight_is_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Pesos"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "G4")
    ws.cell(row, 4).value = 0.5
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy), "--lang", "en")
    assert code == 1
    assert f"Pesos!D{row}: the weight of criterion G4 changed" in err


def test_edited_audit_row_is_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Auditoria"]
    header = [c.value for c in ws[1]]
    ws.cell(10, header.index("nuevo") + 1).value = "9"
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert "Auditoria!A10:" in err and "modificada" in err


def test_removed_last_audit_row_is_found(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Auditoria"]
    ws.delete_rows(ws.max_row)
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy), "--lang", "en")
    assert code == 1
    assert "Auditoria!A79: the audit trail has 77 rows, but the export recorded 78" in err


def test_edited_judgment_is_named(capsys, copy) -> None:
    _edit(copy, "AHP M2 grupos", "E2", 1)  # Importancia / Riesgo: 5 -> 1
    _edit(copy, "AHP M2 grupos", "B5", 1)  # and its reciprocal, so the sheet still reads
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert "AHP M2 grupos!E2:" in err


def test_a_file_that_is_no_export_exits_1(capsys, tmp_path) -> None:
    plain = tmp_path / "entrada.xlsx"
    write_input(committee_problem(), plain)
    code, _, err = run(capsys, "verify", str(plain))
    assert code == 1 and "Integridad" in err


def test_rank_json_says_it_used_the_committee(capsys, tmp_path) -> None:
    source = tmp_path / "comite.xlsx"
    write_input(committee_problem(), source)
    code, out, err = run(capsys, "rank", str(source), "--json", "--method", "ahp")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["weights_method"] == "ahp_hierarchical"
    com = doc["committee"]
    assert [m["id"] for m in com["members"]] == ["M1", "M2", "M3"]
    assert com["aggregation"] == "aij" and com["mode"] == "hierarchical"
    m2 = next(m for m in com["members"] if m["id"] == "M2")
    assert m2["cr"]["Importancia"] > 0.10 and m2["consistent"] is False
    assert 0 < com["consensus"]["overall"] < 1
    assert sum(doc["weights"].values()) == pytest.approx(1)


def test_ranking_an_export_again_continues_its_trail(capsys, copy, tmp_path) -> None:
    _edit(copy, "AHP M2 grupos", "E2", 1)
    _edit(copy, "AHP M2 grupos", "B5", 1)
    again = tmp_path / "segunda.xlsx"
    code, _, err = run(capsys, "rank", str(copy), "-o", str(again), "--method", "ahp")
    assert code == 0, err
    rows = list(openpyxl.load_workbook(again)["Auditoria"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 79  # the 78 rows of the first export, then the edit made outside the program
    last = dict(zip([c.value for c in openpyxl.load_workbook(again)["Auditoria"][1]], rows[-1]))
    assert (last["evento"], last["par_a"], last["par_b"], last["anterior"], last["nuevo"]) == (
        "external", "Importancia", "Riesgo", "5", "1")
    assert last["archivo"] == "copia.xlsx!AHP M2 grupos"
    assert run(capsys, "verify", str(again))[0] == 0
