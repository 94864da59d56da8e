"""The command line keeps what the missing-value policy did (issue 6: data notes name imputed
values; contract §1: the policy is recorded in the output) and speaks the language asked for,
wherever ``--lang`` is written (contract §3)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

import resources
from mcda.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def gaps(tmp_path_factory) -> tuple[Path, str, list[str]]:
    """The sample with two values of its second cluster blanked: (file, cluster id, cell refs)."""
    path = tmp_path_factory.mktemp("missing") / "con_faltantes.xlsx"
    shutil.copy(resources.sample_workbook(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Clusters"]
    header = [c.value for c in ws[1]]
    first_criterion = header.index("I1")
    cells = [ws.cell(row=3, column=first_criterion + 1), ws.cell(row=3, column=first_criterion + 2)]
    for cell in cells:
        cell.value = None
    wb.save(path)
    return path, str(ws.cell(row=3, column=1).value), [c.coordinate for c in cells]


def methodology(path: Path) -> dict[str, object]:
    ws = openpyxl.load_workbook(path)["Metodologia"]
    return {r[0]: r[1] for r in ws.iter_rows(min_row=2, values_only=True)}


def test_rank_with_median_records_and_marks_the_imputed_values(capsys, gaps, tmp_path) -> None:
    path, cluster, cells = gaps
    out = tmp_path / "salida.xlsx"
    code, _, err = run(capsys, "rank", str(path), "--missing", "median", "-o", str(out))
    assert code == 0, err
    assert all(f"Clusters!{c}" in err for c in cells)  # the reader's located warnings
    rows = methodology(out)
    assert rows["missing_policy"] == "median"
    assert str(rows["imputed_values"]).count(f"{cluster}/") == 2
    wb = openpyxl.load_workbook(out)
    for ref in cells:  # marked in Clusters so nobody takes them for data
        assert wb["Clusters"][ref].comment is not None
    prioridades = wb["Prioridades"]
    header = [c.value for c in prioridades[1]]
    row = next(r for r in prioridades.iter_rows(min_row=2, values_only=True) if r[1] == cluster)
    assert "imput" in str(row[header.index("justificacion")]).lower()


def test_rank_with_exclude_records_the_excluded_cluster(capsys, gaps, tmp_path) -> None:
    path, cluster, _ = gaps
    out = tmp_path / "salida.xlsx"
    code, _, err = run(capsys, "rank", str(path), "--missing", "exclude", "-o", str(out))
    assert code == 0, err
    rows = methodology(out)
    assert rows["excluded_clusters"] == cluster
    ids = [r[1] for r in openpyxl.load_workbook(out)["Prioridades"].iter_rows(min_row=2, values_only=True)]
    assert cluster not in ids


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_report_with_median_states_how_many_values_were_imputed(capsys, gaps, tmp_path) -> None:
    path, _, _ = gaps
    pdf = tmp_path / "informe.pdf"
    code, _, err = run(capsys, "report", str(path), "--missing", "median", "-o", str(pdf), "--samples", "0")
    assert code == 0, err
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Los valores faltantes (2) se completaron con la mediana" in text


@pytest.mark.parametrize("argv", [
    ("--lang", "en", "validate", "--sample"),
    ("validate", "--sample", "--lang", "en"),
    ("--lang=en", "validate", "--sample"),
])
def test_lang_before_or_after_the_subcommand(capsys, argv) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert "Valid workbook" in out or "valid" in out.lower()
    assert "Libro válido" not in out


def test_spanish_by_default_and_argparse_errors_in_spanish(capsys) -> None:
    code, out, _ = run(capsys, "validate", "--sample")
    assert code == 0 and "Libro válido" in out
    code, _, err = run(capsys, "compare", "base.xlsx")
    assert code == 2 and "faltan estos argumentos: NEW.xlsx" in err
    code, _, err = run(capsys, "rank", "--sample", "--method", "nada")
    assert code == 2 and "no es una opción válida" in err and "invalid choice" not in err
    code, _, err = run(capsys, "rank", "--sample", "--desconocida")
    assert code == 2 and "argumentos no reconocidos: --desconocida" in err
    code, _, err = run(capsys, "--lang", "en", "rank", "--sample", "--unknown")
    assert code == 2 and "unrecognized arguments: --unknown" in err


def test_help_is_in_the_language_asked_for(capsys) -> None:
    assert main(["rank", "-h"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: clusterprio-cli rank") and "opciones:" in out and "mostrar esta ayuda" in out
    assert main(["--lang", "en", "rank", "-h"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: clusterprio-cli rank") and "options:" in out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_report_says_what_the_policy_did(capsys, gaps, tmp_path) -> None:
    path, cluster, _ = gaps

    def report(*extra: str) -> str:
        pdf = tmp_path / "informe.pdf"
        code, _, err = run(capsys, "report", *extra, "-o", str(pdf), "--samples", "0")
        assert code == 0, err
        return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())

    assert f"Los clústeres con algún valor faltante (1: {cluster}) se dejaron fuera del orden" in report(
        str(path), "--missing", "exclude")
    # a policy chosen but nothing missing: the report does not claim "(0) values were filled in"
    complete = report("--sample", "--missing", "median")
    assert "Todos los valores estaban completos" in complete and "(0)" not in complete


def test_compare_and_verify_take_sample(capsys) -> None:
    """Contract §3: "Wherever a FILE is taken, --sample uses the sample workbook"."""
    import json

    code, out, err = run(capsys, "compare", "--sample", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["added"] == ["TRUCHA-PUN"] and data["removed"] == ["TURNAT-MDD"]
    assert run(capsys, "compare", "--sample", "base.xlsx")[0] == 2
    code, _, err = run(capsys, "compare", "base.xlsx")
    assert code == 2 and "NEW.xlsx" in err
    code, out, err = run(capsys, "verify", "--sample", "--json")
    assert code == 1  # the sample is an input, not an export: nothing to verify against
    assert json.loads(out)["file"].endswith("clusters_peru_muestra.xlsx")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_subcommand_has_working_help(capsys, lang) -> None:
    """Issue 2 §3: ``--help`` for each command, with an example (a "±x %" in a help text once
    crashed argparse's %-formatting)."""
    from mcda.cli import SUBCOMMANDS

    for name in SUBCOMMANDS:
        assert main(["--lang", lang, name, "--help"]) == 0, name
        out = capsys.readouterr().out
        assert out.startswith("uso: " if lang == "es" else "usage: "), name
        assert f"clusterprio-cli {name}" in out.split("\n\n")[-1] or "clusterprio-cli" in out, name


def test_an_export_with_chosen_method_and_parameters_ranks_the_same_when_read_again(capsys, tmp_path) -> None:
    """Contract §2: an output is a valid input that ranks the same — also when the command line
    chose the method, its parameters and the missing-value policy (stored in the session sheet)."""
    import json

    out = tmp_path / "topsis_minmax.xlsx"
    code, first, err = run(capsys, "rank", "--sample", "--method", "topsis", "--param",
                           "topsis.normalization=minmax", "-o", str(out), "--json")
    assert code == 0, err
    code, again, err = run(capsys, "rank", str(out), "--json")
    assert code == 0, err
    a, b = json.loads(first)["results"][0], json.loads(again)["results"][0]
    assert (b["method"], b["parameters"]) == ("topsis", {"normalization": "minmax"})
    assert [r["id"] for r in b["ranking"]] == [r["id"] for r in a["ranking"]]


def test_rank_json_states_conventions_tie_rule_and_reader_warnings(capsys, gaps) -> None:
    import json

    path, cluster, cells = gaps
    code, out, err = run(capsys, "rank", str(path), "--missing", "median", "--json")
    assert code == 0, err
    doc = json.loads(out)
    by_method = {r["method"]: r for r in doc["results"]}
    assert "Hwang" in by_method["topsis"]["convention"] and "Opricovic" in by_method["vikor"]["convention"]
    assert doc["tie_rule"].startswith("puestos de competición (1, 2, 2, 4)")
    assert doc["missing_policy"] == "median"
    assert [(i["id"], i["policy"]) for i in doc["imputed"]] == [(cluster, "median")] * 2
    assert sum(f"Clusters!{c}" in w for w in doc["warnings"] for c in cells) == 2  # the reader's, located


def doubled_weights(tmp_path: Path) -> Path:
    """The sample with every weight doubled (they sum to 2)."""
    path = tmp_path / "pesos_dobles.xlsx"
    shutil.copy(resources.sample_workbook(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Criterios"]
    col = [c.value for c in ws[1]].index("peso") + 1
    for row in range(2, ws.max_row + 1):
        if isinstance(ws.cell(row=row, column=col).value, (int, float)):
            ws.cell(row=row, column=col).value *= 2
    wb.save(path)
    return path


def test_normalized_weights_are_warned_once(capsys, tmp_path) -> None:
    import json

    code, out, err = run(capsys, "rank", str(doubled_weights(tmp_path)), "--json")
    assert code == 0, err
    normalized = [w for w in json.loads(out)["warnings"] if "pesos" in w and "normaliz" in w]
    assert len(normalized) == 1 and "Criterios!" in normalized[0], normalized


def test_normalized_weights_are_warned_once_in_text_mode_too(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "rank", str(doubled_weights(tmp_path)))
    assert code == 0, err
    assert sum("pesos" in line and "normaliz" in line for line in err.splitlines()) == 1, err


def test_rank_json_carries_vikor_compromise(capsys) -> None:
    """Issue 2: VIKOR reports S, R, Q and the compromise set with Opricovic's two conditions."""
    import json

    from mcda import session
    from mcda.methods.vikor import compromise_solution
    from mcda.workbook import read_workbook

    code, out, err = run(capsys, "rank", "--sample", "--json")
    assert code == 0, err
    vikor = next(r for r in json.loads(out)["results"] if r["method"] == "vikor")["vikor"]
    expected = compromise_solution(session.run(read_workbook(resources.sample_workbook()).problem).result("vikor"))
    assert vikor["compromise_set"] == list(expected.solutions)
    assert (vikor["acceptable_advantage"], vikor["acceptable_stability"]) == (expected.c1, expected.c2)
    assert vikor["dq"] == pytest.approx(1 / 19)
    assert vikor["Q"][expected.a1] == min(vikor["Q"].values())  # a1 is the best by Q
    assert set(vikor["S"]) == set(vikor["R"]) == set(vikor["Q"])
    assert all(r["method"] == "vikor" or "vikor" not in r for r in json.loads(out)["results"])
