"""clusterprio-cli: contract §3 (exit codes, JSON shapes, messages)."""

import json
import subprocess
import sys

import openpyxl
import pytest

from mcda.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_sample_is_valid(capsys):
    code, out, err = run(capsys, "validate", "--sample")
    assert code == 0
    assert "20 clústeres" in out


def test_rank_json_has_the_contract_shape(capsys):
    code, out, err = run(capsys, "rank", "--sample", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert set(doc) >= {"weights", "results", "warnings"}
    assert abs(sum(doc["weights"].values()) - 1) < 1e-9
    methods = [r["method"] for r in doc["results"]]
    assert methods[0] == "ahp" and "topsis" in methods
    for r in doc["results"]:
        assert r["better"] in ("higher", "lower")
        ranks = [row["rank"] for row in r["ranking"]]
        assert len(ranks) == 20 and ranks == sorted(ranks) and ranks[0] == 1
        assert set(r["ranking"][0]) == {"rank", "id", "name", "score"}


def test_rank_topsis_defaults_to_vector_normalization(capsys):
    code, out, _ = run(capsys, "rank", "--sample", "--method", "topsis", "--json")
    assert code == 0
    [result] = json.loads(out)["results"]
    assert result["parameters"]["normalization"] == "vector"


def test_rank_param_changes_the_parameters(capsys):
    code, out, _ = run(capsys, "rank", "--sample", "--method", "vikor", "--param", "vikor.v=0.3", "--json")
    assert code == 0
    assert json.loads(out)["results"][0]["parameters"]["v"] == pytest.approx(0.3)


def test_rank_writes_an_output_that_ranks_the_same(capsys, tmp_path):
    out_path = tmp_path / "out.xlsx"
    code, first, _ = run(capsys, "rank", "--sample", "--method", "topsis", "-o", str(out_path), "--json")
    assert code == 0 and out_path.exists()
    sheets = openpyxl.load_workbook(out_path).sheetnames
    assert {"Clusters", "Criterios", "Prioridades", "Pesos", "Metodologia"} <= set(sheets)
    code, again, _ = run(capsys, "rank", str(out_path), "--method", "topsis", "--json")
    assert code == 0
    assert json.loads(again)["results"] == json.loads(first)["results"]


def test_bad_workbook_exits_1_and_names_the_cell(capsys, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Clusters"
    ws.append(["id", "nombre", "X1"])
    ws.append(["C1", "Uno", 3])
    ws.append(["C2", "Dos", "abc"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1
    assert "Clusters!C3" in err
    assert "Traceback" not in err


def test_missing_file_exits_1_in_english(capsys, tmp_path):
    code, out, err = run(capsys, "rank", str(tmp_path / "nope.xlsx"), "--lang", "en")
    assert code == 1
    assert "nope.xlsx" in err and err.strip()


@pytest.mark.parametrize(
    "argv",
    [[], ["rank"], ["rank", "--sample", "--method", "nosuch"], ["frobnicate"],
     ["rank", "--sample", "--param", "topsis.normalization=nope"], ["rank", "a.xlsx", "--sample"]],
)
def test_usage_errors_exit_2(capsys, argv):
    code, _, _ = run(capsys, *argv)
    assert code == 2


def test_ahp_single_matrix_matches_the_contract_example(capsys, tmp_path):
    # contract.md §3: A, B, C with 3, 5, 3 → 0.637, 0.258, 0.105, λmax 3.0385, CR 0.0332
    # (Saaty's eigenvector, RI 0.58; checked independently with numpy.linalg.eig).
    path = tmp_path / "m.csv"
    path.write_text(",A,B,C\nA,1,3,5\nB,1/3,1,3\nC,1/5,1/3,1\n", encoding="utf-8")
    code, out, _ = run(capsys, "ahp", str(path), "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["weights"] == pytest.approx({"A": 0.637, "B": 0.258, "C": 0.105}, abs=5e-4)
    assert doc["lambda_max"] == pytest.approx(3.0385, abs=5e-5)
    assert doc["cr"] == pytest.approx(0.0332, abs=5e-5)
    assert doc["ri"] == 0.58 and doc["ri_table"] == "saaty" and doc["consistent"] is True


def test_ahp_several_matrices_report_members_and_aggregation(capsys, tmp_path):
    a = tmp_path / "m1.csv"
    b = tmp_path / "m2.csv"
    a.write_text(",A,B,C\nA,1,3,5\nB,,1,3\nC,,,1\n", encoding="utf-8")
    b.write_text(",A,B,C\nA,1,1/2,3\nB,,1,4\nC,,,1\n", encoding="utf-8")
    code, out, _ = run(capsys, "ahp", str(a), str(b), "--aggregate", "aip", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["aggregation"] == "aip"
    assert [m["file"] for m in doc["members"]] == ["m1.csv", "m2.csv"]
    assert sum(doc["weights"].values()) == pytest.approx(1)


def test_ahp_non_reciprocal_matrix_exits_1_naming_the_cell(capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(",A,B,C\nA,1,3,5\nB,3,1,3\nC,,,1\n", encoding="utf-8")
    code, out, err = run(capsys, "ahp", str(path))
    assert code == 1
    assert "B3" in err or "A3" in err


def test_template_and_sample_are_written_and_valid(capsys, tmp_path):
    for command in ("template", "sample"):
        target = tmp_path / f"{command}.xlsx"
        code, _, _ = run(capsys, command, "-o", str(target))
        assert code == 0 and target.exists()
        code, _, err = run(capsys, "validate", str(target))
        assert code == 0, err
        code, _, _ = run(capsys, command, "-o", str(target))
        assert code == 2  # refuses to overwrite without --force


def test_console_script_runs_as_a_module():
    out = subprocess.run([sys.executable, "-m", "mcda", "validate", "--sample", "--lang", "en"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Valid workbook" in out.stdout
