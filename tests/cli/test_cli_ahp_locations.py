"""clusterprio-cli ahp: every error names its file and, where there is one, the cell (contract §3).

The audit found "las matrices no comparan los mismos elementos: m4.csv tiene A, B, D" with no
``file!cell``: the mismatch is now located at the first label that differs.
"""

import openpyxl

from mcda.cli import main

M1 = ";A;B;C\nA;1;3;5\nB;;1;2\nC;;;1\n"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_different_label_is_located_at_its_cell(capsys, tmp_path):
    m1 = write(tmp_path, "m1.csv", M1)
    m4 = write(tmp_path, "m4.csv", ";A;B;D\nA;1;3;5\nB;;1;2\nD;;;1\n")
    code, _, err = run(capsys, "ahp", m1, m4)
    assert code == 1
    assert err.strip() == ("m4.csv!D1: esta matriz compara A, B, D, pero m1.csv compara A, B, C: todas las "
                           "matrices deben comparar los mismos elementos, en el mismo orden")


def test_every_mismatching_matrix_is_reported_in_english_too(capsys, tmp_path):
    m1 = write(tmp_path, "m1.csv", M1)
    m2 = write(tmp_path, "m2.csv", ";A;B\nA;1;3\nB;;1\n")  # one label short: where C should be
    m3 = write(tmp_path, "m3.csv", ";A;C;B\nA;1;3;5\nC;;1;2\nB;;;1\n")  # another order
    code, _, err = run(capsys, "--lang", "en", "ahp", m1, m2, m3)
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[0].startswith("m2.csv!D1: this matrix compares A, B, but m1.csv compares A, B, C")
    assert lines[1].startswith("m3.csv!C1: this matrix compares A, C, B, but m1.csv compares A, B, C")


def test_a_workbook_matrix_is_located_by_file_sheet_and_cell(capsys, tmp_path):
    m1 = write(tmp_path, "m1.csv", M1)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Juicios"
    for r, row in enumerate([[None, "A", "B", "X"], ["A", 1, 3, 5], ["B", None, 1, 2], ["X", None, None, 1]]):
        for c, v in enumerate(row):
            ws.cell(row=r + 3, column=c + 2, value=v)  # the block starts at B3
    wb.save(tmp_path / "m5.xlsx")
    code, _, err = run(capsys, "ahp", m1, str(tmp_path / "m5.xlsx"))
    assert code == 1
    assert err.startswith("[m5.xlsx]Juicios!E3: esta matriz compara A, B, X,")


def test_labels_match_ignoring_case_and_accents_like_the_workbook(capsys, tmp_path):
    m1 = write(tmp_path, "m1.csv", ";Área;B;C\nÁrea;1;3;5\nB;;1;2\nC;;;1\n")
    m2 = write(tmp_path, "m2.csv", ";area;b;c\narea;1;2;4\nb;;1;2\nc;;;1\n")
    code, _, err = run(capsys, "ahp", m1, m2)
    assert code == 0, err


def test_a_bad_voting_weight_names_the_matrix(capsys, tmp_path):
    m1 = write(tmp_path, "m1.csv", M1)
    m2 = write(tmp_path, "m2.csv", M1)
    code, _, err = run(capsys, "ahp", m1, m2, "--member-weight", "1", "--member-weight", "-1")
    assert code == 2
    assert "el peso de voto de m2.csv es -1: debe ser un número no negativo" in err
    code, _, err = run(capsys, "--lang", "en", "ahp", m1, m2, "--member-weight", "0", "--member-weight", "0")
    assert code == 2
    assert "every voting weight is zero" in err


def test_a_file_level_problem_names_the_file(capsys, tmp_path):
    m1 = write(tmp_path, "m1.csv", M1)
    empty = write(tmp_path, "vacia.csv", "\n\n")
    code, _, err = run(capsys, "ahp", m1, empty)
    assert code == 1
    assert err.startswith("vacia.csv")
