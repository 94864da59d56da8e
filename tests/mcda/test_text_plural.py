"""Counted words agree with their count (1 -> singular, otherwise plural), in Spanish and English.

An audit found "Faltan 1 de 3 comparaciones", "Hay 1 clúster(s) válidos", "1 valor(es) faltante(s)",
"1 values" ...; the catalogue templates now choose the form with ``{n:plural|one|other}``
(mcda.text).  Each case renders the message with the count at 1 and at 2.
"""

import json
import re

import pytest

import resources
from mcda.errors import Issue
from mcda.text import catalogue, message, plural, render

# code, fixed params, counted param, {(lang, count): expected fragment}
CASES = [
    ("ahp.missing_judgments", {"total": 3, "method": "llsm"}, "count", {
        ("es", 1): "Falta 1 de 3 comparaciones;", ("es", 2): "Faltan 2 de 3 comparaciones;",
        ("en", 1): "1 of 3 comparisons is missing;", ("en", 2): "2 of 3 comparisons are missing;"}),
    ("ahp.group_weight_count", {"members": 3}, "weights", {
        ("es", 1): "Se dio 1 peso de voto para 3 miembros.", ("es", 2): "Se dieron 2 pesos de voto para 3 miembros.",
        ("en", 1): "1 voting weight was given for 3 members.", ("en", 2): "2 voting weights were given for 3 members."}),
    ("ahp.not_square", {"rows": 3}, "cols", {
        ("es", 1): "tiene 3 filas y 1 columna.", ("es", 2): "tiene 3 filas y 2 columnas.",
        ("en", 1): "has 3 rows and 1 column.", ("en", 2): "has 3 rows and 2 columns."}),
    ("ahp.label_count", {"size": 3}, "labels", {
        ("es", 1): "Hay 1 nombre de criterio para", ("es", 2): "Hay 2 nombres de criterios para",
        ("en", 1): "There is 1 criterion name for", ("en", 2): "There are 2 criterion names for"}),
    ("cli.ahp.member_weight_count", {"matrices": 2}, "weights", {
        ("es", 1): "se dio 1 peso de voto para 2 matrices", ("es", 2): "se dieron 2 pesos de voto para 2 matrices",
        ("en", 1): "1 voting weight was given for 2 matrices", ("en", 2): "2 voting weights were given for 2 matrices"}),
    ("cli.ahp.member_weight_count", {"weights": 3}, "matrices", {
        ("es", 1): "para 1 matriz", ("es", 2): "para 2 matrices",
        ("en", 1): "for 1 matrix", ("en", 2): "for 2 matrices"}),
    ("cli.validate.ok", {"clusters": 20}, "criteria", {
        ("es", 1): "Libro válido: 20 clústeres, 1 criterio.", ("es", 2): "Libro válido: 20 clústeres, 2 criterios.",
        ("en", 1): "Valid workbook: 20 clusters, 1 criterion.", ("en", 2): "Valid workbook: 20 clusters, 2 criteria."}),
    ("clusters.too_few", {}, "count", {
        ("es", 1): "Hay 1 clúster válido;", ("es", 2): "Hay 2 clústeres válidos;",
        ("en", 1): "There is 1 valid cluster;", ("en", 2): "There are 2 valid clusters;"}),
    ("missing.excluded", {"cluster": "C01"}, "count", {
        ("es", 1): "tiene 1 valor faltante y queda", ("es", 2): "tiene 2 valores faltantes y queda",
        ("en", 1): "has 1 missing value and", ("en", 2): "has 2 missing values and"}),
    ("verify.audit_row_changed", {"row": 5, "seq": 4}, "count", {
        ("es", 1): "(1 fila afectada)", ("es", 2): "(2 filas afectadas)",
        ("en", 1): "(1 row affected)", ("en", 2): "(2 rows affected)"}),
    ("verify.more_changes", {}, "count", {
        ("es", 1): "y 1 celda más de esta hoja cambió", ("es", 2): "y 2 celdas más de esta hoja cambiaron",
        ("en", 1): "and 1 more cell of this sheet", ("en", 2): "and 2 more cells of this sheet"}),
    ("cli.questionnaire.merged", {"path": "x.xlsx"}, "count", {
        ("es", 1): "1 cuestionario importado;", ("es", 2): "2 cuestionarios importados;",
        ("en", 1): "1 questionnaire imported;", ("en", 2): "2 questionnaires imported;"}),
    ("committee.q.instructions", {}, "count", {
        ("es", 1): "contiene 1 pregunta para", ("es", 2): "contiene 2 preguntas para",
        ("en", 1): "holds 1 question for", ("en", 2): "holds 2 questions for"}),
    ("problem.shape", {"rows": 3, "clusters": 2}, "criteria", {
        ("es", 1): "hay 2 clústeres y 1 criterio.", ("es", 2): "hay 2 clústeres y 2 criterios.",
        ("en", 1): "2 clusters and 1 criterion.", ("en", 2): "2 clusters and 2 criteria."}),
    ("problem.shape", {"clusters": 2, "criteria": 2}, "rows", {
        ("es", 1): "tiene 1 fila, pero", ("es", 2): "tiene 2 filas, pero",
        ("en", 1): "has 1 row but", ("en", 2): "has 2 rows but"}),
    ("indicators.exports.few_years", {"cluster": "C01", "min": 3}, "years", {
        ("es", 1): "tiene 1 año de exportaciones", ("es", 2): "tiene 2 años de exportaciones",
        ("en", 1): "has 1 year of exports", ("en", 2): "has 2 years of exports"}),
    ("indicators.io.not_square", {"rows": 4}, "outputs", {
        ("es", 1): "(4 filas, 1 producción)", ("es", 2): "(4 filas, 2 producciones)",
        ("en", 1): "(4 rows, 1 output)", ("en", 2): "(4 rows, 2 outputs)"}),
    ("method.weights_length", {"criteria": 3}, "given", {
        ("es", 1): "Se dio 1 peso, pero hay 3 criterios.", ("es", 2): "Se dieron 2 pesos, pero hay 3 criterios.",
        ("en", 1): "1 weight was given but there are 3 criteria.",
        ("en", 2): "2 weights were given but there are 3 criteria."}),
    ("method.weights_length", {"given": 3}, "criteria", {
        ("es", 1): "pero hay 1 criterio.", ("es", 2): "pero hay 2 criterios.",
        ("en", 1): "but there is 1 criterion.", ("en", 2): "but there are 2 criteria."}),
    ("monitoring.baseline_not_reproduced", {"clusters": "C01"}, "count", {
        ("es", 1): "en 1 clúster (C01)", ("es", 2): "en 2 clústeres (C01)",
        ("en", 1): "for 1 cluster (C01)", ("en", 2): "for 2 clusters (C01)"}),
    ("monitoring.recorded_differs", {"clusters": "C01"}, "count", {
        ("es", 1): "en 1 clúster (C01)", ("es", 2): "en 2 clústeres (C01)",
        ("en", 1): "for 1 cluster (C01)", ("en", 2): "for 2 clusters (C01)"}),
    ("monitoring.report.more", {}, "count", {
        ("es", 1): "… y 1 cambio más", ("es", 2): "… y 2 cambios más",
        ("en", 1): "… and 1 more change (", ("en", 2): "… and 2 more changes ("}),
    ("sheet.too_many_cells", {"rows": 5000, "max": 100}, "cols", {
        ("es", 1): "5000 filas × 1 columna,", ("es", 2): "5000 filas × 2 columnas,",
        ("en", 1): "5000 rows × 1 column,", ("en", 2): "5000 rows × 2 columns,"}),
    ("cell.formula_no_value_more", {}, "count", {
        ("es", 1): "Hay otra fórmula sin valor calculado", ("es", 2): "Hay otras 2 fórmulas sin valor calculado",
        ("en", 1): "There is 1 more formula without", ("en", 2): "There are 2 more formulas without"}),
    ("pairwise.not_square", {"cols": 3, "label": "x"}, "rows", {
        ("es", 1): "tiene 1 nombre en la primera columna", ("es", 2): "tiene 2 nombres en la primera columna",
        ("en", 1): "it has 1 name in the first column", ("en", 2): "it has 2 names in the first column"}),
    ("report.cover.summary", {"clusters": 5, "method": "AHP"}, "criteria", {
        ("es", 1): "5 clústeres candidatos, 1 criterio,", ("es", 2): "5 clústeres candidatos, 2 criterios,",
        ("en", 1): "5 candidate clusters, 1 criterion,", ("en", 2): "5 candidate clusters, 2 criteria,"}),
    ("report.cover.regions", {"first": "Lima"}, "count", {
        ("es", 1): "Lima y otra región", ("es", 2): "Lima y otras 2 regiones",
        ("en", 1): "Lima and 1 other region", ("en", 2): "Lima and 2 other regions"}),
    ("report.method.what", {"clusters": 5, "criteria": 4}, "groups", {
        ("es", 1): "4 criterios agrupados en 1 grupo.", ("es", 2): "4 criterios agrupados en 2 grupos.",
        ("en", 1): "on 4 criteria in 1 group.", ("en", 2): "on 4 criteria in 2 groups."}),
    ("report.sensitivity.reversal_yes", {}, "count", {
        ("es", 1): "cambió en 1 caso (", ("es", 2): "cambió en 2 casos (",
        ("en", 1): "in 1 case (", ("en", 2): "in 2 cases ("}),
    ("cli.sensitivity.title", {"method": "AHP", "scheme": "x", "seed": 1}, "samples", {
        ("es", 1): "1 muestra de pesos,", ("es", 2): "2 muestras de pesos,",
        ("en", 1): "1 weight sample,", ("en", 2): "2 weight samples,"}),
    ("cli.sensitivity.reversal_some", {"method": "AHP", "removed": "C1", "before": "a", "after": "b"}, "count", {
        ("es", 1): "1 cambio de orden al quitar", ("es", 2): "2 cambios de orden al quitar",
        ("en", 1): "1 order change when", ("en", 2): "2 order changes when"}),
    ("report.col.top_k", {}, "k", {
        ("es", 1): "En el primer puesto", ("es", 2): "En los 2 primeros",
        ("en", 1): "In top 1", ("en", 2): "In top 2"}),
    ("report.sensitivity.robust", {"clusters": "C01"}, "k", {
        ("es", 1): "Núcleo robusto del primer puesto (en el primer puesto con todos",
        ("es", 2): "Núcleo robusto de los 2 primeros (entre los 2 primeros con todos",
        ("en", 1): "Robust top 1 (in the top 1 under", ("en", 2): "Robust top 2 (in the top 2 under"}),
    ("just.topk.outside", {"p": "40 %"}, "k", {
        ("es", 1): "Queda en el primer puesto en el 40 %", ("es", 2): "Entra entre los 2 primeros en el 40 %",
        ("en", 1): "It enters the top 1 in", ("en", 2): "It enters the top 2 in"}),
]


@pytest.mark.parametrize("code, params, counted, expected", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("count", [1, 2])
def test_counted_words_agree(code, params, counted, expected, lang, count):
    text = message(code, lang, **params, **{counted: count})
    assert expected[(lang, count)] in text, text
    assert "(s)" not in text and "(es)" not in text


def test_no_catalogue_text_leaves_the_number_open_with_parenthesized_endings():
    # "fila(s)", "valor(es) faltante(s)", "su(s) región(es)": every counted word now agrees.
    pattern = re.compile(r"\w\((?:s|es|as|os|a|n)\)")
    found = [(code, lang) for code, texts in catalogue().items() for lang in ("es", "en")
             if pattern.search(texts[lang])]
    assert found == []


def test_the_count_may_be_text_and_zero_is_plural():
    assert message("clusters.too_few", "es", count="1").startswith("Hay 1 clúster válido;")
    assert message("clusters.too_few", "es", count=0).startswith("Hay 0 clústeres válidos;")
    assert plural(1.0, "a", "b") == "a" and plural(True, "a", "b") == "b"


def test_a_missing_count_leaves_the_field_visible_and_the_plural():
    assert message("clusters.too_few", "en").startswith("There are {count} valid clusters;")


def test_plural_specs_have_two_forms():
    spec = re.compile(r"\{\w+:plural\|([^{}]*(?:\{\w+\}[^{}]*)*)\}")
    for f in resources.path("messages").glob("*.json"):
        for code, texts in json.loads(f.read_text(encoding="utf-8")).items():
            for lang in ("es", "en"):
                for forms in spec.findall(texts[lang]):
                    assert forms.count("|") == 1, (code, lang, forms)
                assert texts[lang].count(":plural|") == len(spec.findall(texts[lang])), (code, lang)


def test_render_keeps_the_location_with_plural_forms():
    issue = Issue("missing.excluded", "Clusters", "A7", {"cluster": "C07", "count": 1})
    assert render(issue, "en") == "Clusters!A7: Cluster C07 has 1 missing value and is left out of the prioritization."
