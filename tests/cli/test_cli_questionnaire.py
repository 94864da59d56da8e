"""``clusterprio-cli questionnaire``: export per member, fill, import, merge (issue 4 item 8)."""

from __future__ import annotations

import openpyxl

from mcda.cli import main
from mcda.committee import questionnaire as q
from mcda.workbook.reader import read_workbook
from tests.mcda.committee_fixtures import committee_problem, write_input


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_fill_import(capsys, tmp_path) -> None:
    source = tmp_path / "comite.xlsx"
    write_input(committee_problem(), source)
    folder = tmp_path / "cuestionarios"
    code, out, err = run(capsys, "questionnaire", str(source), "-o", str(folder))
    assert code == 0, err
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["cuestionario_M1.xlsx", "cuestionario_M2.xlsx", "cuestionario_M3.xlsx"]
    path = folder / "cuestionario_M2.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Cuestionario"]
    row = next(r for r in range(2, ws.max_row + 1) if (ws.cell(r, 8).value, ws.cell(r, 9).value) == ("I1", "I4"))
    ws.cell(row, 5).value = q.option(3.0)
    wb.save(path)
    merged = tmp_path / "respondido.xlsx"
    code, out, err = run(capsys, "questionnaire", str(source), "--import", *map(str, sorted(folder.iterdir())),
                         "-o", str(merged))
    assert code == 0, err
    problem = read_workbook(merged).raise_for_errors()
    j = problem.judgments_for("M2", "criteria")
    assert j.matrix[j.labels.index("I1"), j.labels.index("I4")] == 3.0
    audit = list(openpyxl.load_workbook(merged)["Auditoria"].iter_rows(min_row=2, values_only=True))
    assert len(audit) == 79 and audit[-1][10] == "questionnaire"


def test_import_with_errors_exits_1_naming_the_cell(capsys, tmp_path) -> None:
    source = tmp_path / "comite.xlsx"
    write_input(committee_problem(), source)
    path = tmp_path / "q.xlsx"
    q.write_questionnaire(committee_problem(), "M1", path)
    wb = openpyxl.load_workbook(path)
    wb["Cuestionario"]["E7"] = "bastante"
    wb.save(path)
    out_path = tmp_path / "no.xlsx"
    code, _, err = run(capsys, "questionnaire", str(source), "--import", str(path), "-o", str(out_path))
    assert code == 1 and "Cuestionario!E7: «bastante» no es una respuesta válida" in err
    assert not out_path.exists()


def test_unknown_member_is_a_usage_error(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "questionnaire", "--sample", "--member", "M9", "-o", str(tmp_path))
    assert code == 2 and "M9" in err
