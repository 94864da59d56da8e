"""``clusterprio-cli indicators`` (issue 7 item 3): JSON shape, -o workbook, exit codes."""

import json

import openpyxl

from mcda.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_book(path, content):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in content.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return str(path)


def test_json_has_region_sectors_and_clusters(capsys):
    code, out, err = run(capsys, "indicators", "--sample", "--region", "junin", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["region"] == "Junín" and doc["year"] == 2023 and doc["base_year"] == 2018
    assert doc["linkages"] == "national"
    sector = doc["sectors"][0]
    assert {"sector", "lq", "bl", "fl", "key_sector"} <= set(sector)
    assert isinstance(sector["key_sector"], bool)
    ids = [c["id"] for c in doc["clusters"]]
    assert ids == ["MIN-CEN", "CAFE-JUN"]
    cafe = doc["clusters"][1]
    assert cafe["sectors"] == ["Café"] and cafe["lq"] > 1
    assert {c["id"] for c in doc["criteria"]} == {"I1", "I4", "I5", "L1", "L2", "G1", "G2", "R1", "R2", "R3"}
    assert all(c["formula"] and c["source"] for c in doc["criteria"])
    assert len(doc["notes"]) == 2


def test_without_region_each_cluster_uses_its_own(capsys):
    code, out, err = run(capsys, "indicators", "--sample", "--json", "--lang", "en")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["region"] is None and len(doc["clusters"]) == 20
    assert doc["sectors"][0]["lq"] is None
    assert "national" in doc["notes"][0]


def test_output_workbook_is_ready_to_rank(capsys, tmp_path):
    target = tmp_path / "criterios.xlsx"
    code, out, err = run(capsys, "indicators", "--sample", "-o", str(target))
    assert code == 0, err
    assert "MIN-SUR" in out and str(target) in out
    code, out, err = run(capsys, "rank", str(target), "--method", "topsis", "--json")
    assert code == 0, err
    ranking = json.loads(out)["results"][0]["ranking"]
    assert len(ranking) == 20
    # Refuses to overwrite without --force (usage error).
    code, out, err = run(capsys, "indicators", "--sample", "-o", str(target))
    assert code == 2 and "--force" in err


def test_criteria_option_selects_columns(capsys, tmp_path):
    target = tmp_path / "c.xlsx"
    code, out, err = run(capsys, "indicators", "--sample", "--region", "Lima", "--criteria", "i4,L1,rsca",
                         "-o", str(target))
    assert code == 0, err
    header = [c.value for c in openpyxl.load_workbook(target)["Clusters"][1]]
    assert header[4:] == ["I4", "L1", "RSCA"]
    code, out, err = run(capsys, "indicators", "--sample", "--criteria", "I9")
    assert code == 2 and "I9" in err


def test_invalid_input_lists_sheet_and_cell(capsys, tmp_path):
    path = write_book(tmp_path / "malo.xlsx", {
        "Empleo": [["region", "sector", "empleo"], ["Lima", "Pesca", -3], ["Piura", "Pesca", "abc"]],
        "Insumo-Producto": [["", "Pesca", "Otros", "produccion"], ["Pesca", 1, 1, 0], ["Otros", 1, 1, 10]],
    })
    code, out, err = run(capsys, "indicators", path, "--region", "Lima")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert any(line.startswith("Empleo!C2: ") and "negativo" in line for line in lines)
    assert any(line.startswith("Empleo!C3: ") for line in lines)
    assert any(line.startswith("Insumo-Producto!D2: ") and "producción cero" in line for line in lines)


def test_unknown_region_and_bad_years_exit_1(capsys):
    code, out, err = run(capsys, "indicators", "--sample", "--region", "Atlantis")
    assert code == 1 and "Atlantis" in err and "Junín" in err
    code, out, err = run(capsys, "indicators", "--sample", "--year", "2018", "--base-year", "2023", "--lang", "en")
    assert code == 1 and "earlier" in err


def test_usage_errors_exit_2(capsys):
    assert run(capsys, "indicators")[0] == 2
    assert run(capsys, "indicators", "x.xlsx", "--sample")[0] == 2
    assert run(capsys, "indicators", "--sample", "--year", "dos mil")[0] == 2


def test_missing_file_exits_1(capsys, tmp_path):
    code, out, err = run(capsys, "indicators", str(tmp_path / "none.xlsx"))
    assert code == 1 and err.strip()


def test_template_option_writes_the_raw_template(capsys, tmp_path):
    target = tmp_path / "plantilla.xlsx"
    code, out, err = run(capsys, "indicators", "--template", str(target))
    assert code == 0, err
    assert openpyxl.load_workbook(target).sheetnames[1:] == ["Empleo", "Insumo-Producto", "Empresas",
                                                             "Exportaciones", "Mapeo"]


def test_help_is_in_spanish_with_an_example(capsys):
    assert main(["indicators", "--help"]) == 0
    out = capsys.readouterr().out
    assert "Ejemplo:" in out and "clusterprio-cli indicators --sample" in out
