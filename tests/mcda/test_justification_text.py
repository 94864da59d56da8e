"""Wording of the justification: agreement in number and gender, numbers for Peru, risk flags
with editable thresholds, data notes, policy suggestions, annotations kept apart.

Thresholds: HHI 2 500 (U.S. DoJ & FTC, Horizontal Merger Guidelines 2010, §5.3); 25 % of
regional employment and export CV 0.3 (proposals of domain.md §2).  Goals and instruments:
OECD (2007), as listed in the seed's Cuadro 1 (domain.md §4).
"""

from __future__ import annotations

import pytest

from mcda.justification import justify, risk_flags, thresholds
from mcda.justification.grammar import agree, gender_number, join, with_article
from mcda.justification.numbers import number, percent, signed
from mcda.justification.render import Renderer
from mcda.methods import run
from mcda.missing import apply_missing_policy
from mcda.problem import Cluster, Criterion, Direction, Problem

B, C = Direction.BENEFIT, Direction.COST


def problem(values, criteria, settings=None, names=None):
    ids = [f"K{i + 1}" for i in range(len(values))]
    names = names or [f"Clúster {i + 1}" for i in range(len(values))]
    return Problem(tuple(Cluster(i, n) for i, n in zip(ids, names)), tuple(criteria), values, settings=settings or {})


def just_for(p, method="wsm", params=None, **kwargs):
    w = p.weights
    return justify(p, [run(p, method, params, w)], w, **kwargs)


# -- number and gender ---------------------------------------------------------------
def test_one_criterion_singular_two_criteria_plural():
    crit = (Criterion("x", "Empleo directo", weight=1), Criterion("y", "Exportaciones", weight=1),
            Criterion("z", "Capacidades y actores", weight=1))
    # K1 is above the mean only on x; K2 on x and y
    p = problem([[10.0, 0.0, 0.0], [8.0, 9.0, 0.0], [0.0, 1.0, 9.0], [0.0, 0.0, 8.0]], crit)
    j = just_for(p)
    s1, s2 = j.parts("K1")["strengths"], j.parts("K2")["strengths"]
    assert "en 1 criterio de 3:" in s1 and "criterios" not in s1
    assert "2 de 3 criterios" in s2
    e1 = j.parts("K1", "en")["strengths"]
    assert "on 1 criterion of 3" in e1
    assert "2 of 3 criteria" in j.parts("K2", "en")["strengths"]


def test_articles_and_agreement_follow_the_criterion_names():
    assert with_article("Empleo directo", "es") == "el empleo directo"
    assert with_article("Participación en el VAB regional", "es", "de") == "de la participación en el VAB regional"
    assert with_article("Exportaciones", "es", "de") == "de las exportaciones"
    assert with_article("Encadenamientos", "es", "de") == "de los encadenamientos"
    assert with_article("VAB regional", "es", "de") == "del VAB regional"
    assert with_article("Índice de Herfindahl", "es", "de") == "del índice de Herfindahl"
    assert with_article("Tasa de informalidad", "es") == "la tasa de informalidad"
    assert agree("alto", "Vulnerabilidad a shocks") == "alta"
    assert agree("alto", "Índice de concentración") == "alto"
    assert agree("bajo", "Costos logísticos") == "bajos"
    assert agree("bajo", "Capacidades y actores") == "bajas"
    assert gender_number("Crecimiento del empleo") == ("m", False)
    assert join(["agua", "hielo"], "es") == "agua y hielo"  # RAE: "y" stays before the diphthong "hie"
    assert join(["agua", "higos"], "es") == "agua e higos"
    assert join(["agua", "industria"], "es") == "agua e industria"
    assert join(["siete", "ocho"], "es", "o") == "siete u ocho"


def test_risk_flag_adjective_agrees_with_gender_of_the_name():
    def flag_text(name):
        p = problem([[3900.0], [1200.0]], (Criterion("R1", name, direction=C, weight=1),))
        return just_for(p).parts("K2")["risks"] or just_for(p).parts("K1")["risks"]

    assert "la dependencia de una empresa es alta, con un IHH de 3,900, por encima de 2,500" in flag_text(
        "Dependencia de una empresa")
    assert "el índice de concentración es alto" in flag_text("Índice de concentración")


def test_plural_subject_takes_a_plural_verb():
    crit = (Criterion("x", "Empleo directo", weight=2), Criterion("y", "Exportaciones", weight=1))
    p = problem([[9.0, 9.0], [9.0, 1.0], [1.0, 5.0]], crit)
    j = just_for(p)
    weak = j.parts("K2")["weaknesses"]  # only "las exportaciones" holds K2 back: a plural noun
    assert "las exportaciones" in weak
    assert weak.startswith(("Lo frenan", "Sus puntos débiles", "Queda por debajo"))


def test_cost_criteria_are_qualified_so_they_read_the_right_way_round():
    crit = (Criterion("x", "Empleo directo", weight=1), Criterion("R1", "Dependencia de una empresa", direction=C,
                                                                     weight=1))
    p = problem([[5.0, 500.0], [5.0, 5000.0], [5.0, 2000.0]], crit)
    j = just_for(p)
    assert "la baja dependencia de una empresa" in j.parts("K1")["strengths"]
    assert "la alta dependencia de una empresa" in j.parts("K2")["weaknesses"]
    assert "low Dependencia de una empresa" in j.parts("K1", "en")["strengths"]


# -- numbers ----------------------------------------------------------------------------
def test_numbers_use_point_decimal_and_comma_thousands():
    assert number(1234567.891, 2) == "1,234,567.89"
    assert number(0.05, 4) == "0.0500"
    assert signed(-0.25, 2) == "\u22120.25" and signed(0.25, 2) == "+0.25"
    assert percent(0.255, "es") == "25.5\u00a0%" and percent(0.255, "en") == "25.5%"
    assert number(-0.0001, 2) == "0.00"  # no "−0.00"


# -- risk thresholds ----------------------------------------------------------------------
def template_risk_problem(settings=None):
    crit = (Criterion("R1", "Dependencia de una empresa", direction=C, weight=1),
            Criterion("R2", "Sobreespecialización regional", direction=C, weight=1),
            Criterion("R3", "Vulnerabilidad a shocks", direction=C, weight=1))
    return problem([[2600.0, 26.0, 0.31], [2500.0, 25.0, 0.30], [100.0, 2.0, 0.05]], crit, settings)


def test_default_thresholds_of_domain_md():
    flags = risk_flags(template_risk_problem())
    assert [(f.cluster, f.criterion) for f in flags] == [("K1", "R1"), ("K1", "R2"), ("K1", "R3")]  # strictly above
    text = just_for(template_risk_problem()).parts("K1")["risks"]
    assert "IHH de 2,600, por encima de 2,500" in text
    assert "reúne el 26\u00a0% del empleo regional, más del 25\u00a0%" in text
    assert "coeficiente de variación de 0.310, por encima de 0.300" in text


def test_thresholds_are_settings_and_can_be_switched_off():
    p = template_risk_problem({"risk.R1": "2,000", "risk.R2": "off", "risk.R3": "0,25"})
    assert thresholds(p) == {"R1": 2000.0, "R3": 0.25}
    assert [(f.cluster, f.criterion) for f in risk_flags(p)] == [("K1", "R1"), ("K1", "R3"), ("K2", "R1"),
                                                                 ("K2", "R3")]
    assert [(f.cluster, f.criterion) for f in risk_flags(p, {"R1": None, "R3": None})] == []


def test_share_column_written_as_fractions_uses_the_threshold_as_a_fraction():
    crit = (Criterion("R2", "Sobreespecialización regional", direction=C, weight=1),)
    flags = risk_flags(problem([[0.26], [0.2], [0.1]], crit))
    assert [(f.cluster, round(f.value, 6), f.threshold) for f in flags] == [("K1", 26.0, 25.0)]


def test_largest_firm_share_above_half_is_flagged():
    """domain.md §2: "HHI > 2 500 ... or largest firm share > 50 %" — the CR1 criterion of the
    Indicadores step (percent of the cluster's value held by its largest firm)."""
    crit = (Criterion("CR1", "Participación de la empresa más grande", direction=C, weight=1, unit="%"),)
    p = problem([[62.5], [50.0], [12.0]], crit)
    assert thresholds(p) == {"CR1": 50.0}
    flags = risk_flags(p)
    assert [(f.cluster, f.value, f.threshold, f.kind) for f in flags] == [("K1", 62.5, 50.0, "dominance")]
    text = just_for(p).parts("K1")["risks"]
    assert "la empresa más grande reúne el 62.5\u00a0% del clúster, más del 50\u00a0%" in text
    assert "alta" in text  # agrees with "Participación"
    assert "largest firm holds 62.5% of the cluster, more than 50%" in Renderer(p, "en").parts(just_for(p)["K1"])["risks"]
    as_fractions = problem([[0.625], [0.5], [0.12]], crit)
    assert [(f.cluster, round(f.value, 9)) for f in risk_flags(as_fractions)] == [("K1", 62.5)]
    assert risk_flags(problem([[62.5], [50.0], [12.0]], crit, {"risk.CR1": "70"})) == []


# -- data notes, policy, annotations -------------------------------------------------------
def test_data_note_names_source_year_old_data_and_imputed_values():
    crit = (Criterion("I1", "Empleo directo", weight=1, source="INEI, ENAHO", year="2023"),
            Criterion("L1", "Encadenamiento hacia atrás", weight=1, source="INEI, tabla insumo-producto", year="2007"))
    raw = problem([[90.0, 1.1], [10.0, float("nan")], [50.0, 1.3]], crit)
    filled = apply_missing_policy(raw, "median")
    p = filled.problem
    j = just_for(p, imputations=filled.imputations)
    data = j.parts("K1")["data"]
    assert "Fuente del empleo directo: INEI, ENAHO (2023)." in data
    assert "del encadenamiento hacia atrás (2007)" in data  # 16 years older than the newest
    assert "El valor del encadenamiento hacia atrás (mediana de la columna) fue imputado." in j.parts("K2")["data"]


def test_policy_suggestion_answers_the_weakest_group_and_can_be_replaced():
    crit = (Criterion("I1", "Empleo directo", group="Importancia", weight=1),
            Criterion("L1", "Encadenamiento hacia atrás", group="Encadenamientos", weight=1),
            Criterion("G4", "Capacidades y actores", group="Crecimiento", weight=1))
    values = [[9.0, 0.5, 4.0], [8.0, 1.4, 1.5], [2.0, 1.3, 4.5]]
    j = just_for(problem(values, crit))
    k1 = j["K1"].policy
    assert (k1.group, k1.criterion, k1.goals) == ("Encadenamientos", "L1", ("suppliers",))
    assert "elevar la capacidad y la escala de los proveedores" in j.parts("K1")["policy"]
    k2 = j["K2"].policy
    assert (k2.group, k2.criterion, k2.goals) == ("Crecimiento", "G4", ("workforce", "research"))
    text = j.parts("K2", "en")["policy"]
    assert "build the workforce of strategic industries" in text and "link research with firms' needs" in text
    edited = just_for(problem(values, crit, {"policy.K1": "Programa de proveedores con la CITE."}))
    assert edited.parts("K1")["policy"] == "Política acordada por el comité: Programa de proveedores con la CITE."


def test_annotation_is_kept_apart_from_the_generated_text():
    crit = (Criterion("x", "Empleo directo", weight=1), Criterion("y", "Exportaciones", weight=1))
    note = "Revisar el dato de empleo con la DRTPE."
    j = just_for(problem([[3.0, 1.0], [1.0, 2.0]], crit, {"note.K1": note}))
    assert j["K1"].note == note
    assert all(note not in t for t in j.parts("K1").values())


def test_ties_and_lower_is_better_methods_are_said_so():
    crit = (Criterion("x", "Empleo directo", weight=1), Criterion("y", "Exportaciones", weight=1))
    p = problem([[1.0, 2.0], [2.0, 1.0], [0.0, 0.0]], crit, names=["Café", "Cacao", "Quinua"])
    j = just_for(p)
    assert j.parts("K1")["position"].startswith("Comparte el puesto 1 de 3 con Cacao")
    assert j.parts("K1")["margin"] == "Está empatado con Cacao, que le sigue en la lista."
    v = justify(p, [run(p, "vikor", None, p.weights)], p.weights)
    assert "menor es mejor" in v.parts(v.order[-1])["position"]


def test_non_additive_methods_use_the_oriented_minmax_decomposition():
    crit = (Criterion("x", "Empleo directo", weight=3), Criterion("y", "Dependencia", direction=C, weight=1))
    p = problem([[10.0, 100.0], [5.0, 50.0], [0.0, 0.0]], crit)
    j = just_for(p, "topsis")
    assert not j.contributions.exact
    assert j.contributions.table.loc["K1"].tolist() == pytest.approx([0.75, 0.0])
    assert j.contributions.table.loc["K3"].tolist() == pytest.approx([0.0, 0.25])


def test_renderer_gives_every_part_in_both_languages():
    crit = (Criterion("x", "Empleo directo", weight=1), Criterion("y", "Exportaciones", weight=1))
    p = problem([[3.0, 1.0], [1.0, 2.0], [0.5, 0.5]], crit)
    j = just_for(p)
    for lang in ("es", "en"):
        parts = Renderer(p, lang).parts(j["K1"])
        assert parts["position"] and parts["strengths"] and parts["margin"]
        assert not any("{" in t for t in parts.values())


def test_every_sentence_with_variants_has_them_in_both_languages():
    from mcda.justification.render import variant_count
    from mcda.text import catalogue

    for base in ("just.position", "just.strengths.other", "just.weaknesses.one", "just.weaknesses.other",
                 "just.margin.swap", "just.firmness", "just.policy"):
        n = variant_count(base)
        assert n >= 2, base
        for k in range(1, n + 1):
            texts = catalogue()[f"{base}.{k}"]
            assert texts["es"] and texts["en"]


# -- sentence shape of the opening sentence -----------------------------------------------
def _sentences_are_whole(text: str) -> bool:
    """Every sentence starts with a capital letter and ends with a full stop; no clause spliced in with ';'."""
    import re

    if not text.endswith(".") or ";" in text or " ," in text or ",." in text:
        return False
    return all(s[:1].isupper() for s in re.split(r"(?<=\.) (?=\S)", text))


@pytest.mark.parametrize("method", ["vikor", "ahp"])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_position_wording_is_a_whole_sentence_for_higher_and_lower_better(method, lang):
    """Audit: "Con un puntaje VIKOR de 0.0006; con este método, menor es mejor, queda en el puesto 1 de 20."
    The lower-is-better remark is a sentence of its own after every wording (tied one included)."""
    import dataclasses

    from mcda.justification.render import variant_code, variant_count

    crit = (Criterion("x", "Empleo directo", weight=1), Criterion("y", "Exportaciones", weight=1))
    p = problem([[3.0, 1.0], [1.0, 2.0], [0.5, 0.5], [1.0, 3.0]], crit, names=["Café", "Cacao", "Quinua", "Maca"])
    j = justify(p, [run(p, method, None, p.weights)], p.weights)
    r = Renderer(p, lang)
    base = j[j.order[0]]
    n = variant_count("just.position")
    ids = {int(variant_code("just.position", f"K{i}").rsplit(".", 1)[1]): f"K{i}" for i in range(200)}
    assert sorted(ids) == list(range(1, n + 1))
    texts = [r.position(dataclasses.replace(base, id=ids[k], tied_with=())) for k in sorted(ids)]
    texts.append(r.position(dataclasses.replace(base, tied_with=(j.order[1],))))
    remark = {"es": "En VIKOR, un puntaje menor es mejor.", "en": "In VIKOR, a lower score is better."}[lang]
    for text in texts:
        assert _sentences_are_whole(text), text
        assert "con este método" not in text and "with this method" not in text
        if method == "vikor":
            assert text.endswith(" " + remark) and text.count(remark) == 1, text
        else:
            assert "menor" not in text and "lower" not in text, text


@pytest.mark.parametrize("lang", ["es", "en"])
def test_approximately_closes_the_margin_sentence(lang):
    """Audit: "bastaría subir el peso … (+10 %), aproximadamente para que este lo superara" — the
    hedge must not run into the next clause: in every wording it ends the sentence."""
    import dataclasses

    from mcda.justification.facts import Margin
    from mcda.justification.render import variant_code, variant_count

    crit = (Criterion("x", "Empleo directo", weight=1), Criterion("y", "Exportaciones", weight=1))
    p = problem([[3.0, 1.0], [1.0, 2.0], [0.5, 0.5]], crit)
    j = just_for(p)
    r = Renderer(p, lang)
    approx = {"es": ", aproximadamente.", "en": ", approximately."}[lang]
    n = variant_count("just.margin.swap")
    ids = {int(variant_code("just.margin.swap", f"K{i}").rsplit(".", 1)[1]): f"K{i}" for i in range(200)}
    assert sorted(ids) == list(range(1, n + 1))
    for k, cid in sorted(ids.items()):
        for exact, change in ((False, 0.02), (True, -0.02)):
            m = Margin("K2", 2, 0.05, False, "y", "criterion", 0.5, 0.5 + change, exact)
            text = r.margin(dataclasses.replace(j["K1"], id=cid, margin=m))
            assert _sentences_are_whole(text.replace(";", ",")), text
            assert text.endswith(approx) == (not exact), text


def test_a_single_other_method_is_not_called_all_the_others():
    crit = (Criterion("x", "Empleo directo", weight=1), Criterion("y", "Exportaciones", weight=1))
    p = problem([[3.0, 1.0], [1.0, 2.0], [0.5, 0.5], [2.0, 2.5]], crit)
    w = p.weights
    one = justify(p, [run(p, "wsm", None, w), run(p, "topsis", None, w)], w)
    two = justify(p, [run(p, "wsm", None, w), run(p, "topsis", None, w), run(p, "vikor", None, w)], w)
    for cid in one.order:
        text = one.parts(cid)["methods"]
        assert "demás" not in text and text.startswith(("El otro método calculado", "Con el otro método calculado"))
        assert "other methods" not in one.parts(cid, "en")["methods"]
        assert "demás" in two.parts(cid)["methods"]
