"""Random workbooks never make the reader raise (issue 8 items 4-5, reader side).

Hypothesis builds workbooks from the contract's sheet and column names mixed
with junk: random headers, cell types (numbers, text numbers, fractions,
booleans, dates, formulas, Excel errors, empty cells) and sizes.  Whatever it
builds, :func:`read_workbook` must return a result whose errors all carry a
code, and a problem whenever the result is ``ok``.
"""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcda.text import render
from mcda.workbook import read_workbook
from tests.mcda.reader_books import write_book

SHEETS = ["Clusters", "Clústers", "Alternatives", "Criterios", "Criteria", "Comite", "AHP", "AHP m1",
          "AHP grupos", "_clusterprio", "Prioridades", "Hoja1"]
HEADERS = ["id", "código", "nombre", "name", "region", "descripcion", "grupo", "sentido", "peso", "weight",
           "preferencia", "q", "p", "s", "año", "rol", "clave", "valor", "I1", "I2", "R1", "m1", "", None]
CELLS = st.one_of(
    st.none(),
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from(["1 234,5", "1,234", "12%", "1/5", "0,2", "n.d.", "#N/A", "=1+1", "=A1/0", "beneficio",
                     "costo", "linear", "III", "C01", "I1", "I2", "R1", "m1", "Importancia", " ", "S/ 10"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8),
    st.booleans(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)),
)


@st.composite
def workbooks(draw):
    names = draw(st.lists(st.sampled_from(SHEETS), min_size=1, max_size=5, unique_by=lambda s: s.casefold()))
    sheets = {}
    for name in names:
        width = draw(st.integers(1, 6))
        header = draw(st.lists(st.sampled_from(HEADERS), min_size=width, max_size=width))
        body = draw(st.lists(st.lists(CELLS, min_size=width, max_size=width), max_size=6))
        sheets[name] = [header] + body
    return sheets


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(workbooks(), st.sampled_from(["error", "exclude", "median", "worst"]))
def test_random_workbooks_never_raise(tmp_path, sheets, policy):
    path = write_book(tmp_path / "fuzz.xlsx", sheets)
    result = read_workbook(path, missing_policy=policy)
    assert result.ok == (result.problem is not None and not result.errors)
    for issue in result.issues:
        assert issue.code and render(issue, "es") and render(issue, "en")
    if result.problem is not None:
        assert result.problem.values.shape == (len(result.problem.clusters), len(result.problem.criteria))
