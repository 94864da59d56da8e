"""Reading the raw-data workbook, and bad data (issue 7 items 2 and 5): every problem is a
coded issue naming the sheet and cell, never a traceback."""

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcda.errors import InputError
from mcda.indicators.compute import IndicatorOptions, compute_indicators
from mcda.indicators.raw_workbook import parse_raw_sheets, read_raw_workbook
from mcda.text import render

EMPLEO = [["region", "sector", "año", "empleo"],
          ["Lima", "Pesca", 2018, 100], ["Lima", "Textil", 2018, 900],
          ["Piura", "Pesca", 2018, 300], ["Piura", "Textil", 2018, 100],
          ["Lima", "Pesca", 2023, 120], ["Lima", "Textil", 2023, 880],
          ["Piura", "Pesca", 2023, 400], ["Piura", "Textil", 2023, 100]]
IO = [["", "Pesca", "Textil", "produccion"], ["Pesca", 10, 0, 100], ["Textil", 5, 50, 400]]
MAPEO = [["cluster", "nombre", "region", "sector", "producto"],
         ["P1", "Pesca Piura", "Piura", "Pesca", "Pota"], ["T1", "Textil Lima", "Lima", "Textil", ""]]


def sheets(**over):
    base = {"Empleo": EMPLEO, "Insumo-Producto": IO, "Mapeo": MAPEO}
    base.update(over)
    return {k: v for k, v in base.items() if v is not None}


def errors(result):
    return [(i.location, i.code) for i in result.issues if i.is_error]


def test_a_clean_workbook_parses():
    result = parse_raw_sheets(sheets())
    assert result.ok, result.issues
    data = result.data
    assert data.years == [2018, 2023] and data.regions == ["Lima", "Piura"]
    assert data.io.z.loc["Textil", "Pesca"] == 5 and data.io.output["Textil"] == 400
    assert [c.id for c in data.clusters] == ["P1", "T1"]
    assert data.cluster("P1").products == ("Pota",)


def test_names_match_ignoring_case_accents_and_language():
    english = {
        "EMPLOYMENT": [["Región", "Industry", "Year", "Employment"], ["LIMA", "pesca", 2023, 5],
                       ["Piura", "Pesca", 2023, 7]],
        "Input-Output": [["", "PESCA", "Otros", "produccion"], ["pesca", 1, 0, 10], ["OTROS", 0, 0, 5]],
        "mapping": [["Code", "Name", "Department", "Sector"], ["P1", "x", "lima", "PESCA"]],
    }
    result = parse_raw_sheets(english)
    assert result.ok, result.issues
    assert result.data.cluster("P1").regions == ("LIMA",)
    assert result.data.cluster("P1").sectors == ("pesca",)


@pytest.mark.parametrize("row, cell, code", [
    (["Lima", "Pesca", 2023, -5], "Empleo!D10", "indicators.cell.negative"),
    (["Lima", "Pesca", None, 5], "Empleo!C10", "indicators.cell.missing_year"),
    (["Lima", "Pesca", "2023a", 5], "Empleo!C10", "indicators.cell.bad_year"),
    (["Lima", "Pesca", 2023, "muchos"], "Empleo!D10", "cell.not_number"),
    (["Lima", "Pesca", 2023, "n.d."], "Empleo!D10", "indicators.cell.missing_marker"),
    (["", "Pesca", 2023, 5], "Empleo!A10", "indicators.cell.empty"),
    (["Lima", "Pesca", 2023, 5], "Empleo!D10", "indicators.employment.duplicate"),
])
def test_bad_employment_cells_are_named(row, cell, code):
    result = parse_raw_sheets(sheets(Empleo=[*EMPLEO, row]))
    assert (cell, code) in errors(result)
    assert result.data is None


def test_missing_required_columns_and_sheet():
    result = parse_raw_sheets(sheets(Empleo=[["region", "sector"], ["Lima", "x"]]))
    assert errors(result) == [("Empleo!A1", "indicators.sheet.missing_columns")]
    assert "empleo" in render(result.issues[0], "es")
    result = parse_raw_sheets({"Mapeo": MAPEO})
    assert [i.code for i in result.issues] == ["indicators.sheet.missing"]


def test_zero_output_names_the_output_cell():
    io = [["", "Pesca", "Textil", "produccion"], ["Pesca", 10, 0, 0], ["Textil", 5, 50, 400]]
    result = parse_raw_sheets(sheets(**{"Insumo-Producto": io}))
    assert ("Insumo-Producto!D2", "indicators.io.zero_output") in errors(result)
    assert "Pesca" in render(result.issues[0], "es")


def test_io_negative_flow_and_non_square_rows_are_named():
    io = [["", "Pesca", "Textil", "produccion"], ["Pesca", -1, 0, 100], ["Textil", 5, 50, 400],
          ["Madera", 1, 1, 50], ["Valor agregado", 85, 350, None]]
    result = parse_raw_sheets(sheets(**{"Insumo-Producto": io}))
    assert ("Insumo-Producto!B2", "indicators.cell.negative") in errors(result)
    assert ("Insumo-Producto!A4", "indicators.io.row_without_column") in errors(result)
    warned = [i.code for i in result.issues if not i.is_error]
    assert "indicators.io.ignored_rows" in warned


def test_io_extra_columns_are_ignored_with_a_warning():
    io = [["", "Pesca", "Textil", "Demanda final", "produccion"], ["Pesca", 10, 0, 90, 100],
          ["Textil", 5, 50, 345, 400]]
    result = parse_raw_sheets(sheets(**{"Insumo-Producto": io}))
    assert result.ok
    assert [(i.location, i.code) for i in result.issues] == [("Insumo-Producto!A1", "indicators.io.ignored_columns")]
    assert list(result.data.io.z.columns) == ["Pesca", "Textil"]


def test_singular_i_minus_a_is_reported_on_the_io_sheet():
    io = [["", "Pesca", "Textil", "produccion"], ["Pesca", 50, 50, 100], ["Textil", 50, 50, 100]]
    data = parse_raw_sheets(sheets(**{"Insumo-Producto": io})).data
    with pytest.raises(InputError) as err:
        compute_indicators(data, IndicatorOptions(region="Lima"))
    assert err.value.issues[0].location == "Insumo-Producto"
    assert err.value.code == "indicators.io.singular"
    assert render(err.value.issues[0], "es").startswith("Insumo-Producto: La matriz I − A")


def test_unknown_sector_and_region_in_the_mapping_are_named():
    mapeo = [*MAPEO, ["X1", "Madera", "Ucayali", "Madera", ""]]
    result = parse_raw_sheets(sheets(Mapeo=mapeo))
    assert ("Mapeo!C4", "indicators.mapping.unknown_region") in errors(result)
    assert ("Mapeo!D4", "indicators.mapping.unknown_sector") in errors(result)


def test_firms_of_an_unknown_cluster_are_named():
    firms = [["cluster", "empresa", "valor"], ["P1", "A", 10], ["Pesca Piura", "B", 5], ["Z9", "C", 1]]
    result = parse_raw_sheets(sheets(Empresas=firms))
    assert errors(result) == [("Empresas!A4", "indicators.firms.unknown_cluster")]


def test_region_absent_from_a_year_is_named():
    empleo = [row for row in EMPLEO if not (row[0] == "Piura" and row[2] == 2018)]
    data = parse_raw_sheets(sheets(Empleo=empleo)).data
    with pytest.raises(InputError) as err:
        compute_indicators(data)
    issue = err.value.issues[0]
    assert issue.code == "indicators.employment.region_missing_year"
    assert issue.location == "Empleo!D6"  # Piura's first 2023 row
    assert "2018" in render(issue, "es") and "Piura" in render(issue, "en")


def test_unknown_year_region_and_reversed_years():
    data = parse_raw_sheets(sheets()).data
    for options, code in [(IndicatorOptions(year=2020), "indicators.year.unknown"),
                          (IndicatorOptions(region="Cusco"), "indicators.region.unknown"),
                          (IndicatorOptions(year=2018, base_year=2023), "indicators.year.order")]:
        with pytest.raises(InputError) as err:
            compute_indicators(data, options)
        assert err.value.code == code


def test_export_gaps_are_warned():
    exports = [["region", "producto", "año", "valor"]] + [["Piura", "Pota", y, 10 + y % 3] for y in
                                                          (2015, 2016, 2018, 2019)]
    data = parse_raw_sheets(sheets(Exportaciones=exports)).data
    report = compute_indicators(data)
    assert any(i.code == "indicators.exports.missing_years" and i.params["years"] == "2017" for i in report.issues)


def write_book(tmp_path, content):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in content.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    path = tmp_path / "raw.xlsx"
    wb.save(path)
    return path


def test_read_raw_workbook_from_a_file(tmp_path):
    result = read_raw_workbook(write_book(tmp_path, sheets()))
    assert result.ok, result.issues
    assert len(result.data.sha256) == 64 and result.data.source == "raw.xlsx"


def test_unreadable_files_give_issues_not_tracebacks(tmp_path):
    missing = read_raw_workbook(tmp_path / "nope.xlsx")
    assert missing.data is None and [i.code for i in missing.issues] == ["file.not_found"]
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 this is not a workbook")
    result = read_raw_workbook(junk)
    assert result.data is None and result.issues and all(i.is_error for i in result.issues)


cell = st.one_of(st.none(), st.integers(-5, 3000), st.floats(allow_nan=True, allow_infinity=True),
                 st.text(max_size=6), st.sampled_from(["region", "sector", "empleo", "año", "produccion",
                                                       "cluster", "Lima", "Pesca", "-1", "1,234"]))
grid = st.lists(st.lists(cell, max_size=6), max_size=8)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["Empleo", "Insumo-Producto", "Mapeo", "Empresas", "Exportaciones",
                                        "Otra"]), grid, max_size=5))
def test_random_sheets_never_raise(content):
    result = parse_raw_sheets(content)
    if result.ok:
        try:
            compute_indicators(result.data)
        except InputError as exc:
            assert exc.issues


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["Empleo", "Insumo-Producto", "Mapeo"]), st.integers(0, 9),
                          st.integers(0, 4), cell), min_size=1, max_size=4))
def test_corrupting_cells_of_a_valid_workbook_never_raises(edits):
    content = {k: [list(r) for r in v] for k, v in sheets().items()}
    for sheet, r, c, value in edits:
        rows = content[sheet]
        if r < len(rows) and c < len(rows[r]):
            rows[r][c] = value
    result = parse_raw_sheets(content)
    for issue in result.issues:
        assert render(issue, "es") and render(issue, "en")
    if result.ok:
        try:
            report = compute_indicators(result.data)
        except InputError as exc:
            assert all(render(i, "es") for i in exc.issues)
        else:
            assert list(report.clusters.index) == [c.id for c in result.data.clusters]


def test_a_region_without_data_in_the_final_year_is_named():
    empleo = [*EMPLEO, ["Cusco", "Pesca", 2020, 5]]
    mapeo = [*MAPEO, ["C1", "Cusco", "Cusco", "Pesca", ""]]
    data = parse_raw_sheets(sheets(Empleo=empleo, Mapeo=mapeo)).data
    with pytest.raises(InputError) as err:
        compute_indicators(data)
    assert [(i.location, i.code) for i in err.value.issues] == [
        ("Mapeo!A4", "indicators.mapping.region_no_data_in_year")]
    with pytest.raises(InputError) as err:
        compute_indicators(data, IndicatorOptions(region="cusco"))
    assert err.value.code == "indicators.region.no_data_in_year"
