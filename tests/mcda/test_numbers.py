"""The rule for numbers written as text (docs/numbers_rule.md, mcda/workbook/numbers.py).

Expected values follow from the rule itself (no published source applies);
the ambiguous cases are those named in contract §1 and issue 2 §2.
"""

import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mcda.errors import Issue
from mcda.workbook.numbers import GROUP_SPACES, cell_text, parse_number, parse_value


@pytest.mark.parametrize("text, expected", [
    ("1 234,5", 1234.5),            # contract §1
    ("1,234.5", 1234.5),            # contract §1
    ("1.234,5", 1234.5),
    ("12%", 0.12),                  # contract §1
    ("12,5 %", 0.125),
    ("-3", -3.0),
    ("+4", 4.0),
    ("\u22123,5", -3.5),            # typographic minus
    ("1\u00a0234", 1234.0),         # non-breaking space
    ("1\u202f234,5", 1234.5),       # narrow no-break space (French/Spanish typesetting)
    ("1\u2009234 567", 1234567.0),  # thin space, mixed with an ordinary space
    ("1'234.5", 1234.5),            # Swiss apostrophe
    ("1.234.567", 1234567.0),
    ("1,234,567", 1234567.0),
    ("1.234.567,89", 1234567.89),
    ("0,25", 0.25),
    ("0.125", 0.125),               # leading 0: not a thousands group
    ("1234,567", 1234.567),         # four digits before: not a thousands group
    ("1 234,567", 1234.567),        # space-grouped: the comma is the decimal mark
    ("12,5", 12.5),
    (".5", 0.5),
    (",5", 0.5),
    ("1e5", 100000.0),
    ("1,5E-3", 0.0015),
    ("  42  ", 42.0),
    ("7", 7.0),
])
def test_numbers_written_as_text(text, expected):
    assert parse_number(text) == pytest.approx(expected, rel=1e-15, abs=0)


@pytest.mark.parametrize("text", ["1,234", "1.234", "12.500", "999,999", "-1,234", "1,234e3"])
def test_ambiguous_group_of_three_is_refused_with_both_readings(text):
    issue = parse_number(text)
    assert isinstance(issue, Issue)
    assert issue.code == "cell.ambiguous_number"
    assert issue.params["value"] == text


def test_ambiguous_issue_states_the_thousands_reading():
    issue = parse_number("12.500")
    assert issue.params["thousands"] == "12500" and issue.params["decimal"] == "12.5"


@pytest.mark.parametrize("text, code", [
    ("abc", "cell.not_number"),
    ("1,23.5", "cell.not_number"),   # badly grouped
    ("1.5.6", "cell.not_number"),
    ("12 34", "cell.not_number"),
    ("1234 567", "cell.not_number"),
    ("5.", "cell.not_number"),
    ("(5)", "cell.not_number"),
    ("--5", "cell.not_number"),
    ("inf", "cell.not_number"),
    ("١٢", "cell.not_number"),       # Arabic-Indic digits are not accepted
    ("TRUE", "cell.not_number"),
    ("S/ 1 200", "cell.currency"),
    ("US$ 5", "cell.currency"),
    ("1200 soles", "cell.currency"),
    ("€3,5", "cell.currency"),
    ("n.d.", "cell.missing_marker"),
    ("-", "cell.missing_marker"),
    ("s/d", "cell.missing_marker"),
    ("N/A", "cell.missing_marker"),
    ("#N/A", "cell.excel_error"),
    ("#DIV/0!", "cell.excel_error"),
    ("#¡VALOR!", "cell.excel_error"),  # Spanish Excel
    ("Err:502", "cell.excel_error"),   # LibreOffice
    ("1e999", "cell.not_finite"),
    ("   ", "cell.empty"),
])
def test_refused_texts(text, code):
    issue = parse_number(text)
    assert isinstance(issue, Issue) and issue.code == code
    assert issue.sheet is None and issue.cell is None  # the caller adds the location


@pytest.mark.parametrize("value, expected", [(3, 3.0), (2.5, 2.5), (" 7 ", 7.0), ("1 234,5", 1234.5)])
def test_parse_value_numbers(value, expected):
    assert parse_value(value) == expected


@pytest.mark.parametrize("value, code", [
    (True, "cell.boolean"), (False, "cell.boolean"),
    (dt.date(2024, 5, 1), "cell.date"), (dt.datetime(2024, 5, 1, 8), "cell.date"),
    (dt.time(8, 30), "cell.date"), (dt.timedelta(hours=2), "cell.date"),
    (None, "cell.empty"), ("", "cell.empty"), (float("nan"), "cell.not_finite"),
])
def test_parse_value_refusals(value, code):
    issue = parse_value(value)
    assert isinstance(issue, Issue) and issue.code == code


def test_ids_from_number_cells_are_text_without_trailing_zero():
    assert [cell_text(v) for v in (7, 7.0, 1.5, -2.0, "  C01 ", None, True)] == [
        "7", "7", "1.5", "-2", "C01", "", "TRUE"]


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_random_text_never_raises(text):
    result = parse_number(text)
    assert isinstance(result, (float, Issue))
    if isinstance(result, float):
        assert math.isfinite(result)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.,%-+eE " + GROUP_SPACES + "S/$#", max_size=14))
def test_number_like_text_never_raises(text):
    assert isinstance(parse_number(text), (float, Issue))


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f", ".", ","]))
def test_integers_grouped_by_thousands_read_back(n, sep):
    grouped = f"{n:,}".replace(",", sep)
    result = parse_number(grouped)
    if sep in ".," and grouped.count(sep) == 1:
        # one group mark, e.g. "1.234": the documented ambiguous case
        assert isinstance(result, Issue) and result.code == "cell.ambiguous_number"
    else:
        assert result == float(n)


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=1000, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_grouped_numbers_with_two_decimals_read_back_in_both_conventions(whole, cents):
    english = f"{whole:,}.{cents:02d}"
    spanish = english.replace(",", " ").replace(".", ",")
    european = english.replace(",", "_").replace(".", ",").replace("_", ".")
    expected = whole + cents / 100
    for text in (english, spanish, european):
        assert parse_number(text) == pytest.approx(expected, rel=1e-15)
