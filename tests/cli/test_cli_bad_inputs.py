"""The bad-input corpus through the command line (issue 2 §5): every malformed
workbook gives exit status 1, the problem's location on stderr, no traceback.
For the errors (not the warning-only cases), `rank` behaves like `validate`."""

import pytest

from mcda.cli import main
from mcda.errors import Severity
from tests.mcda.test_bad_inputs import CELL_CASES, FILE_CASES

ERROR_CASES = [c for c in CELL_CASES + FILE_CASES if c.severity is Severity.ERROR]


def test_the_corpus_is_large_enough():
    assert len(ERROR_CASES) >= 25


@pytest.mark.parametrize("case", ERROR_CASES, ids=lambda c: c.name)
@pytest.mark.parametrize("command", ["validate", "rank"])
def test_malformed_input_exits_1_naming_the_place(tmp_path, capsys, case, command):
    path = case.build(tmp_path)
    code = main([command, str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err and "Traceback" not in out
    expected = case.location or path.name
    assert expected in err, err


@pytest.mark.parametrize("case", ERROR_CASES[:3], ids=lambda c: c.name)
def test_messages_are_english_with_lang_en(tmp_path, capsys, case):
    path = case.build(tmp_path)
    assert main(["validate", str(path), "--lang", "en"]) == 1
    _, err_en = capsys.readouterr()
    assert main(["validate", str(path)]) == 1
    _, err_es = capsys.readouterr()
    assert err_en != err_es


def test_a_path_that_does_not_exist(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "no-existe.xlsx")]) == 1
    assert "no-existe.xlsx" in capsys.readouterr().err


def test_a_directory(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip()
