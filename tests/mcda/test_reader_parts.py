"""Parts of the reader: name matching, file sniffing, sheet scanning, pairwise
blocks and single-matrix files (contract §1 and §3 ``ahp MATRIX``)."""

import math
import zipfile

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcda.errors import Issue
from mcda.problem import Direction, PreferenceFunction
from mcda.workbook import safety
from mcda.workbook.matrix_io import read_matrix
from mcda.workbook.names import (
    CLUSTER_COLUMNS,
    COMMITTEE_COLUMNS,
    CRITERIA_COLUMNS,
    column_role,
    normalize,
    parse_ahp_sheet_name,
    parse_direction,
    parse_preference,
    sheet_role,
)
from mcda.workbook.pairwise import read_block
from mcda.workbook.reader import read_workbook
from mcda.workbook.scan import scan_ods, scan_xlsx_sheet
from tests.mcda.reader_books import CLUSTERS, CRITERIA, rows, valid_book, write_book, write_ods


# -- names -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name, role", [
    ("Clusters", "clusters"), ("CLÚSTERS", "clusters"), (" alternativas ", "clusters"), ("Alternatives", "clusters"),
    ("Criterios", "criteria"), ("criteria", "criteria"), ("Comité", "committee"), ("COMMITTEE", "committee"),
    ("_clusterprio", "settings"), ("Prioridades", None), ("AHP", None), ("Hoja1", None),
])
def test_sheet_roles(name, role):
    assert sheet_role(name) == role


@pytest.mark.parametrize("header, table, role", [
    ("Código", CLUSTER_COLUMNS, "id"), ("code", CLUSTER_COLUMNS, "id"), ("Región", CLUSTER_COLUMNS, "region"),
    ("DESCRIPCIÓN", CLUSTER_COLUMNS, "description"), ("Año", CRITERIA_COLUMNS, "year"),
    ("Fuente", CRITERIA_COLUMNS, "source"), ("sentido", CRITERIA_COLUMNS, "direction"),
    ("Preference", CRITERIA_COLUMNS, "preference"), ("Rol", COMMITTEE_COLUMNS, "role"),
    ("peso", COMMITTEE_COLUMNS, "weight"), ("I1", CLUSTER_COLUMNS, None),
])
def test_column_roles(header, table, role):
    assert column_role(header, table) == role


def test_normalize_collapses_spaces_and_accents():
    assert normalize("  Participación\u00a0en   el VAB ") == "participacion en el vab"


@pytest.mark.parametrize("text, direction", [
    ("beneficio", Direction.BENEFIT), ("Benefit", Direction.BENEFIT), ("MAX", Direction.BENEFIT),
    ("+1", Direction.BENEFIT), ("1", Direction.BENEFIT), ("costo", Direction.COST), ("Coste", Direction.COST),
    ("cost", Direction.COST), ("mín", Direction.COST), ("-1", Direction.COST), ("subir", None), ("", None),
])
def test_directions(text, direction):
    assert parse_direction(text) is direction


@pytest.mark.parametrize("text, function", [
    ("usual", PreferenceFunction.USUAL), ("I", PreferenceFunction.USUAL),
    ("ushape", PreferenceFunction.USHAPE), ("U-shape", PreferenceFunction.USHAPE), ("II", PreferenceFunction.USHAPE),
    ("cuasi criterio", PreferenceFunction.USHAPE), ("vshape", PreferenceFunction.VSHAPE),
    ("en V", PreferenceFunction.VSHAPE), ("III", PreferenceFunction.VSHAPE), ("level", PreferenceFunction.LEVEL),
    ("Nivel", PreferenceFunction.LEVEL), ("IV", PreferenceFunction.LEVEL), ("linear", PreferenceFunction.LINEAR),
    ("lineal", PreferenceFunction.LINEAR), ("tipo V", PreferenceFunction.LINEAR),
    ("gaussian", PreferenceFunction.GAUSSIAN), ("Gaussiana", PreferenceFunction.GAUSSIAN),
    ("VI", PreferenceFunction.GAUSSIAN), ("V", None), ("campana", None),
])
def test_preference_functions(text, function):
    assert parse_preference(text) is function


@pytest.mark.parametrize("name, parsed", [
    ("AHP", (None, "criteria")), ("ahp grupos", (None, "groups")), ("AHP groups", (None, "groups")),
    ("AHP m1", ("m1", "criteria")), ("AHP  Ana Pérez  grupos", ("Ana Pérez", "groups")),
    ("AHPx", None), ("Pesos AHP", None),
])
def test_pairwise_sheet_names(name, parsed):
    assert parse_ahp_sheet_name(name) == parsed


# -- sniffing and sizes ----------------------------------------------------------------------
def test_zip_size_rule():
    assert safety.check_zip_sizes([("a.xml", 10 * 2**20, 2**20)]) == []             # ratio 10, normal
    assert safety.check_zip_sizes([("a.xml", 100 * 2**20, 2**18)])[0].code == "file.zip_bomb"  # ratio 400
    assert safety.check_zip_sizes([("a.xml", 2**31, 2**30)])[0].code == "file.zip_bomb"   # > 1 GiB member
    many = [(f"m{i}.xml", 600 * 2**20, 300 * 2**20) for i in range(4)]
    assert safety.check_zip_sizes(many)[0].params["member"] == "*"                  # > 2 GiB in total


def test_real_deflate_bomb_is_refused_from_the_directory(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", b"<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 2**20))  # 40 MiB of zeros, ~40 KiB deflated
    [issue] = read_workbook(path).issues
    assert issue.code == "file.zip_bomb" and issue.params["member"] == "xl/worksheets/sheet1.xml"


def test_sniff_kinds(tmp_path):
    xlsx = valid_book(tmp_path / "a.xlsx").read_bytes()
    assert safety.sniff(xlsx)[0] == "xlsx"
    ods = write_ods(tmp_path / "a.ods", {"Clusters": rows(CLUSTERS)}).read_bytes()
    assert safety.sniff(ods)[0] == "ods"
    assert safety.sniff(safety.OLE_SIGNATURE + b"\0" * 600)[0] == "xls"


def test_file_check_keeps_the_bytes_it_hashed(tmp_path):
    path = valid_book(tmp_path / "a.xlsx")
    check = safety.inspect_file(path)
    assert check.ok and check.data == path.read_bytes()


# -- sheet scans -------------------------------------------------------------------------------
def test_xlsx_scan_extent_errors_and_formulas():
    xml = (b'<sheetData><row r="2"><c r="B2" s="1" t="e"><v>#DIV/0!</v></c><c t="e" r="C2"><v>#N/A</v></c>'
           b'<c r="D2"><f>A1*2</f><v>4</v></c><c r="E2"><f t="shared" si="0"/></c>'
           b'<c r="F2"><f>1/0</f><v></v></c></row><row r="7"><c r="AB7"/></row></sheetData>')
    s = scan_xlsx_sheet(xml)
    assert (s.rows, s.cols) == (7, 28)
    assert dict(s.error_cells) == {"B2": "#DIV/0!", "C2": "#N/A"}
    assert s.formula_cells == ("E2", "F2")  # D2 has a cached value


def test_xlsx_scan_attributes_split_by_newlines():
    s = scan_xlsx_sheet(b'<row\nr="9"><c\nr="XFE9"/></row>')
    assert (s.rows, s.cols) == (9, 16385)


def test_ods_scan_counts_repeated_rows_and_columns():
    content = (b'<table:table table:name="A &amp; B"><table:table-row><table:table-cell office:value-type="float"/>'
               b'</table:table-row><table:table-row table:number-rows-repeated="1000">'
               b'<table:table-cell table:number-columns-repeated="3"/>'
               b'<table:table-cell table:number-columns-repeated="20000" office:value-type="float"/>'
               b'</table:table-row><table:table-row table:number-rows-repeated="1048000">'
               b'<table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>')
    s = scan_ods(content)["A & B"]
    assert (s.rows, s.cols) == (1001, 20003)


def test_ods_with_repeated_values_past_excel_columns_is_refused(tmp_path):
    tail = ('<table:table-row table:number-rows-repeated="2"><table:table-cell '
            'table:number-columns-repeated="20000" office:value-type="float" office:value="1"/></table:table-row>')
    path = write_ods(tmp_path / "big.ods", {"Criterios": rows(CRITERIA), "Clusters": rows(CLUSTERS)}, tail=tail)
    r = read_workbook(path)
    assert [(i.code, i.location) for i in r.errors] == [("sheet.too_many_columns", "Clusters")]
    assert r.problem is None


def test_excel_error_cells_are_named(tmp_path):
    path = valid_book(tmp_path / "e.xlsx")
    import openpyxl

    wb = openpyxl.load_workbook(path)
    wb["Clusters"]["E3"] = "#N/A"  # openpyxl stores known error strings as error cells (t="e")
    assert wb["Clusters"]["E3"].data_type == "e"
    wb.save(path)
    r = read_workbook(path)
    assert [(i.code, i.location, i.params["value"]) for i in r.errors] == [("cell.excel_error", "Clusters!E3",
                                                                             "#N/A")]


# -- pairwise blocks ----------------------------------------------------------------------------
def test_block_away_from_a1_names_true_cells():
    grid = [[None] * 6, [None] * 6,
            [None, None, "Criterio", "A", "B", "C"],
            [None, None, "A", 1, 3, 0],
            [None, None, "B", None, 1, 2],
            [None, None, "C", None, None, 1]]
    issues: list[Issue] = []
    block = read_block(grid, "AHP", issues)
    assert [(i.code, i.location) for i in issues] == [("ahp.judgment_zero", "AHP!F4")]
    assert block.origin == (2, 2) and block.label_cell(0) == "D3"
    assert math.isnan(block.matrix[0, 2]) and block.matrix[1, 2] == 2 and block.matrix[2, 1] == 0.5


def test_block_larger_than_the_cap_is_refused():
    n = 101
    grid = [[None] + [f"c{k}" for k in range(n)]] + [[f"c{k}"] + [1] * n for k in range(n)]
    issues: list[Issue] = []
    assert read_block(grid, "AHP", issues) is None
    assert [i.code for i in issues] == ["pairwise.too_large"]


cell_values = st.one_of(st.none(), st.integers(-3, 9), st.floats(allow_nan=True, allow_infinity=True),
                        st.text(max_size=6), st.booleans(), st.sampled_from(["1/5", "0,2", "1/0", "3/", "A", "B"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(cell_values, min_size=0, max_size=5), min_size=0, max_size=5))
def test_random_blocks_never_raise(grid):
    issues: list[Issue] = []
    block = read_block(grid, "AHP", issues)
    assert block is not None or issues
    if block is not None:
        assert block.matrix.shape == (len(block.labels),) * 2


# -- single matrices (ahp MATRIX) ----------------------------------------------------------------
def test_csv_matrix_with_semicolons_and_decimal_commas(tmp_path):
    f = tmp_path / "m1.csv"
    f.write_text(";A;B;C\nA;1;3;5\nB;;1;\"0,5\"\nC;;;1\n", encoding="utf-8-sig")
    r = read_matrix(f, member="m1")
    assert r.ok and r.judgments.member == "m1"
    np.testing.assert_allclose(r.judgments.matrix, [[1, 3, 5], [1 / 3, 1, 0.5], [0.2, 2, 1]])


def test_csv_matrix_in_windows_encoding_is_read_with_a_warning(tmp_path):
    f = tmp_path / "m.csv"
    f.write_bytes(",Señal,Año\nSeñal,1,1/3\nAño,,1\n".encode("cp1252"))
    r = read_matrix(f)
    assert r.judgments.labels == ("Señal", "Año")
    assert [(i.code, i.is_error) for i in r.issues] == [("matrix.encoding", False)]


def test_csv_matrix_errors_name_file_and_cell(tmp_path):
    f = tmp_path / "m2.csv"
    f.write_text(",A,B\nA,1,x\nB,,1\n", encoding="utf-8")
    r = read_matrix(f)
    assert not r.ok
    assert [(i.code, i.location) for i in r.issues] == [("ahp.judgment_text", "m2.csv!C2")]


def test_xlsx_matrix_uses_the_first_sheet(tmp_path):
    path = write_book(tmp_path / "m.xlsx", {"Juicios": [[None, "A", "B"], ["A", 1, 4], ["B", 0.25, 1]],
                                            "Otra": [["x"]]})
    r = read_matrix(path)
    assert r.ok and r.judgments.sheet == "[m.xlsx]Juicios" and r.judgments.matrix[0, 1] == 4


def test_matrix_file_problems_are_issues(tmp_path):
    assert [i.code for i in read_matrix(tmp_path / "none.csv").issues] == ["file.not_found"]
    (tmp_path / "p.csv").write_bytes(b"<html><table></table></html>")
    assert [i.code for i in read_matrix(tmp_path / "p.csv").issues] == ["file.html_not_workbook"]


# -- hostile input (issue 8 item 4) -------------------------------------------------------------
def test_macro_workbook_reads_and_its_macros_and_external_links_are_ignored(tmp_path):
    src = valid_book(tmp_path / "src.xlsx")
    dst = tmp_path / "macros.xlsm"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really VBA")
        zout.writestr("xl/externalLinks/externalLink1.xml",
                      b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      b'<externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                      b'relationships"/></externalLink>')
    before = dst.read_bytes()
    r = read_workbook(dst)
    assert r.ok and r.problem.values.shape == (3, 3)
    assert dst.read_bytes() == before


def test_entity_declarations_in_the_workbook_part_are_refused(tmp_path):
    from tests.mcda.reader_books import patch_zip

    src = valid_book(tmp_path / "src.xlsx")
    dtd = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    path = patch_zip(src, tmp_path / "in.xlsx", "xl/workbook.xml", lambda x: dtd + x)
    r = read_workbook(path)
    assert r.problem is None
    assert [i.code for i in r.issues] == ["file.unsafe_xml"]


def test_very_long_texts_are_kept_and_very_long_ids_refused(tmp_path):
    table = rows(CLUSTERS)
    table[0].append("descripcion")
    for row in table[1:]:
        row.append("x" * 30000)
    table[2][0] = "C" * 101
    r = read_workbook(valid_book(tmp_path / "long.xlsx", {"Clusters": table}))
    assert len(r.problem.clusters[0].description) == 30000
    assert [(i.code, i.location) for i in r.errors] == [("cell.id_too_long", "Clusters!A3")]
