"""clusterprio-cli sensitivity: JSON shape, reproducibility, the concentration limit, exit codes."""

import json

import openpyxl
import pytest

from mcda.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_documented_shape(capsys):
    code, out, err = run(capsys, "sensitivity", "--sample", "--method", "topsis", "--samples", "400", "--seed", "7",
                         "--top-k", "3", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert {"method", "samples", "seed", "concentration", "clusters", "critical", "agreement"} <= set(doc)
    assert (doc["method"], doc["samples"], doc["seed"], doc["concentration"]) == ("topsis", 400, 7, 100.0)
    assert len(doc["clusters"]) == 20
    for c in doc["clusters"]:
        assert {"id", "acceptability", "top_k_probability", "rank_interval"} <= set(c)
        assert len(c["acceptability"]) == 20 and sum(c["acceptability"]) == pytest.approx(1.0)
        assert c["top_k_probability"] == pytest.approx(sum(c["acceptability"][:3]))
        assert c["rank_interval"][0] <= c["rank_interval"][1]
    assert doc["critical"] and {"upper", "lower", "criterion", "threshold", "change", "relative"} <= set(
        doc["critical"][0])
    assert doc["agreement"]["methods"][0] == "topsis"


def test_same_seed_same_output(capsys):
    args = ("sensitivity", "--sample", "--method", "vikor", "--samples", "300", "--seed", "11", "--json")
    first = run(capsys, *args)
    second = run(capsys, *args)
    assert first[0] == second[0] == 0
    assert first[1] == second[1]


def test_huge_concentration_reproduces_the_deterministic_ranking(capsys):
    code, out, _ = run(capsys, "rank", "--sample", "--method", "wsm", "--json")
    assert code == 0
    ranks = {row["id"]: row["rank"] for row in json.loads(out)["results"][0]["ranking"]}
    code, out, err = run(capsys, "sensitivity", "--sample", "--method", "wsm", "--samples", "200",
                         "--concentration", "1e9", "--seed", "3", "--json")
    assert code == 0, err
    for c in json.loads(out)["clusters"]:
        assert c["acceptability"][ranks[c["id"]] - 1] == 1.0
        assert c["rank_interval"] == [ranks[c["id"]]] * 2


def test_uniform_scheme_and_text_output_in_english(capsys):
    code, out, err = run(capsys, "sensitivity", "--sample", "--method", "wsm", "--samples", "200", "--seed", "1",
                         "--scheme", "uniform", "--spread", "0.3", "--lang", "en")
    assert code == 0, err
    assert "uniform ±30 %" in out and "seed 1" in out
    assert "Smallest change of one weight" in out and "Robust top-5" in out


def test_without_a_seed_one_is_drawn_and_reported(capsys):
    code, out, _ = run(capsys, "sensitivity", "--sample", "--method", "wsm", "--samples", "50", "--json")
    assert code == 0
    seed = json.loads(out)["seed"]
    code, again, _ = run(capsys, "sensitivity", "--sample", "--method", "wsm", "--samples", "50", "--seed",
                         str(seed), "--json")
    assert json.loads(again) == json.loads(out)


@pytest.mark.parametrize("extra", [
    ("--samples", "0"), ("--samples", "x"), ("--concentration", "-1"), ("--top-k", "0"), ("--spread", "2"),
    ("--method", "nope"), ("--param", "topsis.normalization=bogus"), ("--scheme", "other"),
])
def test_usage_errors_exit_2(capsys, extra):
    code, _, err = run(capsys, "sensitivity", "--sample", *extra)
    assert code == 2
    assert "Traceback" not in err


def test_file_and_sample_together_is_a_usage_error(capsys, tmp_path):
    assert run(capsys, "sensitivity", str(tmp_path / "x.xlsx"), "--sample")[0] == 2


def test_invalid_workbook_exits_1_naming_the_cell(capsys, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Clusters"
    ws.append(["id", "nombre", "X1"])
    ws.append(["C1", "Uno", 3])
    ws.append(["C2", "Dos", "abc"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    code, _, err = run(capsys, "sensitivity", str(path), "--method", "wsm")
    assert code == 1
    assert "Clusters!C3" in err and "Traceback" not in err


def small_book(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Clusters"
    ws.append(["id", "nombre", "X1", "X2", "X3"])
    for i, row in enumerate([(3, 5, 2), (4, 1, 6), (2, 4, 4), (5, 2, 1)]):
        ws.append([f"C{i + 1}", f"Clúster {i + 1}", *row])
    crit = wb.create_sheet("Criterios")
    crit.append(["id", "nombre", "peso"])
    for cid, w in (("X1", 0.5), ("X2", 0.3), ("X3", 0.2)):
        crit.append([cid, cid, w])
    wb.save(path)
    return path


def test_small_workbook_and_members_scheme_without_member_judgments(capsys, tmp_path):
    path = small_book(tmp_path / "small.xlsx")
    code, out, err = run(capsys, "sensitivity", str(path), "--method", "wsm", "--samples", "100", "--seed", "2",
                         "--top-k", "2", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["weights"] == {"X1": 0.5, "X2": 0.3, "X3": 0.2}
    assert len(doc["clusters"]) == 4 and doc["top_k"] == 2
    code, _, err = run(capsys, "sensitivity", str(path), "--method", "wsm", "--scheme", "members",
                       "--samples", "10")
    assert code == 1
    assert "miembros" in err


def test_default_method_is_the_main_method_of_rank(capsys):
    code, out, err = run(capsys, "sensitivity", "--sample", "--samples", "200", "--seed", "4", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["method"] == "ahp"
    code, out, _ = run(capsys, "rank", "--sample", "--method", "ahp", "--json")
    ranking = json.loads(out)["results"][0]["ranking"]
    assert [c["id"] for c in doc["clusters"]] == [row["id"] for row in ranking]
