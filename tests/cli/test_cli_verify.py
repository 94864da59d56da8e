"""``clusterprio-cli verify``: an untouched export passes; edits made afterwards with a
spreadsheet program (here openpyxl) are found and named (issue 4 item 9).  Also the committee
object of ``rank --json`` (item 10)."""

from __future__ import annotations

import json
from pathlib import Path

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


# -- the integrity record, version 2: every edit that changes or states the result is named --------

def _row_of(ws, column, value):
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, column).value == value)


def _column_of(ws, header):
    return next(c for c in range(1, ws.max_column + 1) if ws.cell(1, c).value == header)


def test_swapped_ids_in_prioridades_are_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Prioridades"]
    first, second = ws["B2"].value, ws["B3"].value
    ws["B2"], ws["B3"] = second, first
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert f"Prioridades!B2: esta celda cambió después de la exportación; ahora dice «{second}»." in err
    assert f"Prioridades!B3: esta celda cambió después de la exportación; ahora dice «{first}»." in err


def test_edited_justification_is_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Prioridades"]
    col = _column_of(ws, "justificacion")
    ws.cell(4, col).value = "Texto reescrito a mano."
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy), "--lang", "en")
    assert code == 1
    assert f"Prioridades!{ws.cell(4, col).coordinate}: this cell changed after the export; it now reads " \
           "“Texto reescrito a mano.”" in err


def test_edited_voting_weight_is_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Comite"]
    row, col = _row_of(ws, 1, "M1"), _column_of(ws, "peso")
    assert ws.cell(row, col).value == 1
    ws.cell(row, col).value = 5  # changes the committee's AIJ weights (weighted geometric mean)
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert f"Comite!{ws.cell(row, col).coordinate}: esta celda cambió después de la exportación; ahora dice «5»." in err


def test_edited_preference_function_is_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Criterios"]
    row, col = _row_of(ws, 1, "I1"), _column_of(ws, "preferencia")
    assert ws.cell(row, col).value == "linear"
    ws.cell(row, col).value = "usual"  # changes the PROMETHEE II flows
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert f"Criterios!{ws.cell(row, col).coordinate}:" in err and "«usual»" in err


def test_edited_missing_policy_in_metodologia_is_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Metodologia"]
    row = _row_of(ws, 1, "missing_policy")
    assert ws.cell(row, 2).value == "error"
    ws.cell(row, 2).value = "median"
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy), "--lang", "en")
    assert code == 1
    assert f"Metodologia!B{row}: this cell changed after the export; it now reads “median”." in err


def test_edited_session_setting_is_named(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["_clusterprio"]
    row = _row_of(ws, 1, "method")
    assert ws.cell(row, 2).value == "ahp"  # stored by rank --method ahp
    ws.cell(row, 2).value = "topsis"
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert f"_clusterprio!B{row}:" in err and "«topsis»" in err


def test_a_deleted_methodology_row_is_found(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Metodologia"]
    last = ws.max_row
    ws.delete_rows(last)
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy), "--lang", "en")
    assert code == 1
    assert f"Metodologia!A{last}: rows of this sheet were emptied or deleted after the export (row numbers in the export: {last})" in err


def test_a_removed_sheet_is_found(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    del wb["Prioridades"]
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy))
    assert code == 1
    assert "Falta la hoja «Prioridades», que la exportación registró." in err


def test_a_record_of_a_newer_version_is_not_checked_by_older_rules(capsys, copy) -> None:
    wb = openpyxl.load_workbook(copy)
    ws = wb["Integridad"]
    row = _row_of(ws, 1, "version")
    ws.cell(row, 2).value = "3"
    wb.save(copy)
    code, _, err = run(capsys, "verify", str(copy), "--lang", "en")
    assert code == 1
    assert f"Integridad!B{row}: the hash record is version 3, newer than the one this program checks (2)" in err


def test_an_export_resaved_without_changes_still_verifies(capsys, copy) -> None:
    openpyxl.load_workbook(copy).save(copy)  # a spreadsheet program that opens and saves the file
    code, out, err = run(capsys, "verify", str(copy))
    assert code == 0, err
    assert "sin cambios" in out


# -- exports written before version 2 are checked by the rules they were written with ------------

#: Written by ``clusterprio-cli rank comite_v1.xlsx -o export_v1.xlsx --method ahp --method promethee2`` at
#: commit db3c944 (record version 1: no ``version`` row); the input: three clusters X, Y, Z, five criteria
#: a..e, members M1 (weight 1) and M2 (weight 2) with hierarchical judgments, a ``_clusterprio`` sheet.
OLD_EXPORT = Path(__file__).parent / "data" / "export_v1.xlsx"


@pytest.fixture()
def old_copy(tmp_path):
    target = tmp_path / "antigua.xlsx"
    target.write_bytes(OLD_EXPORT.read_bytes())
    return target


def test_an_export_with_the_old_record_still_verifies(capsys, old_copy) -> None:
    rows = [r[0].value for r in openpyxl.load_workbook(old_copy)["Integridad"].iter_rows(min_row=2)]
    assert "version" not in rows and "criterio:a" in rows  # really the version-1 record
    code, out, err = run(capsys, "verify", str(old_copy))
    assert code == 0, err
    assert "sin cambios" in out


def test_an_old_export_still_names_what_its_record_covers(capsys, old_copy) -> None:
    wb = openpyxl.load_workbook(old_copy)
    ws = wb["Clusters"]
    row = _row_of(ws, 1, "Y")
    ws.cell(row, _column_of(ws, "c")).value = 40
    crit = wb["Criterios"]
    crit.cell(_row_of(crit, 1, "b"), _column_of(crit, "nombre")).value = "Otro nombre"
    wb.save(old_copy)
    code, _, err = run(capsys, "verify", str(old_copy), "--lang", "en")
    assert code == 1
    assert f"Clusters!A{row}: the data of cluster Y changed after the export." in err
    assert f"Criterios!A{_row_of(crit, 1, 'b')}: the definition of criterion b" in err
