"""Every message code has natural Spanish and English text."""

import json
import re
from pathlib import Path

import resources
from mcda.errors import Issue
from mcda.text import catalogue, render

ROOT = Path(__file__).resolve().parents[2]


# Justification sentences are composed with grammatical variants that only one
# language needs (Spanish contractions "del criterio" / "de la ..."); the
# generator passes every variant and tests/mcda/test_justification*.py checks
# the rendered sentences, so their fields may differ between languages.
FIELDS_MAY_DIFFER = ("just.",)


def test_every_catalogue_entry_has_both_languages_and_the_same_fields():
    for code, texts in catalogue().items():
        assert set(texts) >= {"es", "en"}, code
        assert texts["es"].strip() and texts["en"].strip(), code
        if code.startswith(FIELDS_MAY_DIFFER):
            continue
        fields_es = set(re.findall(r"\{(\w+)", texts["es"]))
        fields_en = set(re.findall(r"\{(\w+)", texts["en"]))
        assert fields_es == fields_en, code


def test_codes_used_in_the_engine_are_in_the_catalogue():
    used: set[str] = set()
    pattern = re.compile(r"""(?<![\w.])(?:Issue|warning|message|t)\(\s*f?["']([a-z_]+\.[a-z0-9_.]+)["']""")
    # the report's context prefixes its own codes: ctx.t("annex.criteria") -> report.annex.criteria
    report = re.compile(r"""ctx\.t\(\s*["']([a-z_]+(?:\.[a-z0-9_]+)*)["']""")
    for path in (ROOT / "mcda").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used.update(m for m in pattern.findall(text) if "{" not in m)
        used.update("report." + m for m in report.findall(text))
    missing = sorted(c for c in used if c not in catalogue())
    assert missing == []


def test_render_places_the_location_first():
    text = render(Issue("problem.duplicate_cluster_id", "Clusters", "A5", {"id": "C01"}), "es")
    assert text == "Clusters!A5: El identificador de clúster «C01» está repetido."


def test_catalogue_files_are_valid_json():
    for f in resources.path("messages").glob("*.json"):
        assert isinstance(json.loads(f.read_text(encoding="utf-8")), dict)
