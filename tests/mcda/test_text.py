"""Every message code has natural Spanish and English text."""

import json
import re
from pathlib import Path

import resources
from mcda.errors import Issue
from mcda.text import catalogue, render

ROOT = Path(__file__).resolve().parents[2]


def test_every_catalogue_entry_has_both_languages_and_the_same_fields():
    for code, texts in catalogue().items():
        assert set(texts) >= {"es", "en"}, code
        assert texts["es"].strip() and texts["en"].strip(), code
        fields_es = set(re.findall(r"\{(\w+)", texts["es"]))
        fields_en = set(re.findall(r"\{(\w+)", texts["en"]))
        assert fields_es == fields_en, code


def test_codes_used_in_the_engine_are_in_the_catalogue():
    used: set[str] = set()
    pattern = re.compile(r"""(?:Issue|warning|message|t)\(\s*f?["']([a-z_]+\.[a-z0-9_.]+)["']""")
    for path in (ROOT / "mcda").rglob("*.py"):
        used.update(m for m in pattern.findall(path.read_text(encoding="utf-8")) if "{" not in m)
    missing = sorted(c for c in used if c not in catalogue())
    assert missing == []


def test_render_places_the_location_first():
    text = render(Issue("problem.duplicate_cluster_id", "Clusters", "A5", {"id": "C01"}), "es")
    assert text == "Clusters!A5: El identificador de clúster «C01» está repetido."


def test_catalogue_files_are_valid_json():
    for f in resources.path("messages").glob("*.json"):
        assert isinstance(json.loads(f.read_text(encoding="utf-8")), dict)
