"""Sheet and column names of the input workbook, in Spanish or English.

Names are compared after :func:`normalize`: case-insensitive, without
accents, surrounding spaces removed and inner runs of spaces collapsed
(contract §1).  Each sheet and column has a *role* (``"clusters"``,
``"name"`` ...) and a set of accepted spellings.

>>> normalize("  Clústers ")
'clusters'
>>> sheet_role("Alternativas"), sheet_role("Comité"), sheet_role("Prioridades")
('clusters', 'committee', None)
>>> column_role("Código", CLUSTER_COLUMNS), column_role("AÑO", CRITERIA_COLUMNS)
('id', 'year')
>>> parse_ahp_sheet_name("AHP m2 grupos")
('m2', 'groups')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from mcda.problem import Direction, PreferenceFunction


def normalize(text: object) -> str:
    """Case-folded, accent-free, space-collapsed form of a name.

    >>> normalize("Descripción  del   dato"), normalize("AÑO"), normalize(None)
    ('descripcion del dato', 'ano', '')
    """
    if text is None:
        return ""
    if isinstance(text, str) and text.isascii():
        return " ".join(text.split()).lower()
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain).strip().casefold()


def _aliases(table: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Normalized spelling -> role."""
    return {normalize(a): role for role, names in table.items() for a in names}


#: Sheet role -> accepted names.
SHEETS: Mapping[str, tuple[str, ...]] = {
    "clusters": ("Clusters", "Clústers", "Clúster", "Alternativas", "Alternatives"),
    "criteria": ("Criterios", "Criteria"),
    "committee": ("Comite", "Comité", "Committee"),
    "settings": ("_clusterprio",),
}
_SHEET_ALIASES = _aliases(SHEETS)

#: Canonical (Spanish) name of each sheet role, as the writer writes it.
SHEET_TITLES: Mapping[str, str] = {"clusters": "Clusters", "criteria": "Criterios",
                                   "committee": "Comite", "settings": "_clusterprio"}

CLUSTER_COLUMNS: Mapping[str, str] = _aliases({
    "id": ("id", "código", "code"),
    "name": ("nombre", "name"),
    "region": ("region", "región"),
    "description": ("descripcion", "descripción", "description"),
})

CRITERIA_COLUMNS: Mapping[str, str] = _aliases({
    "id": ("id", "código", "code"),
    "name": ("nombre", "name"),
    "group": ("grupo", "group"),
    "direction": ("sentido", "direction"),
    "unit": ("unidad", "unit"),
    "weight": ("peso", "weight"),
    "preference": ("preferencia", "preference"),
    "q": ("q",),
    "p": ("p",),
    "s": ("s",),
    "description": ("descripcion", "descripción", "description"),
    "source": ("fuente", "source"),
    "year": ("año", "anio", "year"),
})

COMMITTEE_COLUMNS: Mapping[str, str] = _aliases({
    "id": ("id", "código", "code"),
    "name": ("nombre", "name"),
    "role": ("rol", "role"),
    "weight": ("peso", "weight"),
})

SETTINGS_COLUMNS: Mapping[str, str] = _aliases({"key": ("clave", "key"), "value": ("valor", "value")})

#: Canonical header of each column role, used to name a missing column.
COLUMN_TITLES: Mapping[str, str] = {
    "id": "id", "name": "nombre", "region": "region", "description": "descripcion", "group": "grupo",
    "direction": "sentido", "unit": "unidad", "weight": "peso", "preference": "preferencia",
    "q": "q", "p": "p", "s": "s", "source": "fuente", "year": "año", "role": "rol",
    "key": "clave", "value": "valor",
}

_DIRECTIONS: Mapping[str, Direction] = {
    **{normalize(a): Direction.BENEFIT for a in (
        "beneficio", "benefit", "max", "máx", "maximo", "maximizar", "maximize", "+1", "1", "+", "mas es mejor")},
    **{normalize(a): Direction.COST for a in (
        "costo", "coste", "cost", "min", "mín", "minimo", "minimizar", "minimize", "-1", "-", "\u22121",
        "menos es mejor")},
}

_PREFERENCES: Mapping[str, PreferenceFunction] = {
    normalize(a).replace(" ", ""): f
    for f, names in {
        PreferenceFunction.USUAL: ("usual", "i", "1", "tipo i", "type i", "habitual", "verdadero criterio",
                                   "true criterion"),
        PreferenceFunction.USHAPE: ("ushape", "u-shape", "u shape", "u", "ii", "2", "tipo ii", "type ii",
                                    "forma u", "en u", "cuasi", "cuasi criterio", "quasi", "quasi criterion"),
        PreferenceFunction.VSHAPE: ("vshape", "v-shape", "v shape", "iii", "3", "tipo iii", "type iii",
                                    "forma v", "en v"),
        PreferenceFunction.LEVEL: ("level", "iv", "4", "tipo iv", "type iv", "nivel", "niveles", "escalonado"),
        PreferenceFunction.LINEAR: ("linear", "5", "tipo v", "type v", "lineal"),
        PreferenceFunction.GAUSSIAN: ("gaussian", "vi", "6", "tipo vi", "type vi", "gaussiana", "gausiana",
                                      "gauss"),
    }.items()
    for a in names
}


def sheet_role(name: str) -> str | None:
    """Role of a sheet name (``clusters``, ``criteria``, ``committee``,
    ``settings``) or ``None`` for any other sheet (AHP sheets included)."""
    return _SHEET_ALIASES.get(normalize(name))


def column_role(header: str, table: Mapping[str, str]) -> str | None:
    """Role of a column header in one of the ``*_COLUMNS`` tables."""
    return table.get(normalize(header))


def parse_direction(text: str) -> Direction | None:
    """Direction from a ``sentido`` cell; ``None`` when not recognised.

    >>> parse_direction("Costo"), parse_direction("+1"), parse_direction("MAX")
    (<Direction.COST: -1>, <Direction.BENEFIT: 1>, <Direction.BENEFIT: 1>)
    """
    return _DIRECTIONS.get(normalize(text))


def parse_preference(text: str) -> PreferenceFunction | None:
    """PROMETHEE preference function from a ``preferencia`` cell.

    Accepts the contract's ids, the Roman numerals of Brans & Vincke's types
    I-VI (also "tipo III") and natural Spanish names (lineal, nivel, gaussiana,
    en U / en V).  A bare ``"V"`` is refused: it could mean the Roman
    numeral V (linear) or the V-shape (type III).

    >>> parse_preference("III"), parse_preference("Lineal"), parse_preference("U-shape")
    (<PreferenceFunction.VSHAPE: 'vshape'>, <PreferenceFunction.LINEAR: 'linear'>, <PreferenceFunction.USHAPE: 'ushape'>)
    >>> parse_preference("V") is None
    True
    """
    key = normalize(text).replace(" ", "").replace("_", "")
    return _PREFERENCES.get(key) or _PREFERENCES.get(key.replace("-", ""))


_AHP = re.compile(r"^ahp(?:\s+(?P<rest>.+?))?$")
_GROUP_WORDS = ("grupos", "groups")


def parse_ahp_sheet_name(name: str) -> tuple[str | None, str] | None:
    """(member or ``None``, ``"criteria"`` | ``"groups"``) of a pairwise
    sheet name, or ``None`` when the sheet is not a pairwise sheet.

    The member part keeps its original spelling (accents and case) so it
    can be shown; match it to committee ids with :func:`normalize`.

    >>> parse_ahp_sheet_name("AHP"), parse_ahp_sheet_name("ahp Grupos"), parse_ahp_sheet_name("AHP Ana")
    ((None, 'criteria'), (None, 'groups'), ('Ana', 'criteria'))
    >>> parse_ahp_sheet_name("AHPX") is None
    True
    """
    stripped = re.sub(r"\s+", " ", name).strip()
    m = _AHP.match(normalize(stripped))
    if not m:
        return None
    rest = stripped[3:].strip()
    if not rest:
        return None, "criteria"
    words = rest.split(" ")
    level = "criteria"
    if normalize(words[-1]) in _GROUP_WORDS:
        level = "groups"
        words = words[:-1]
    member = " ".join(words).strip() or None
    return member, level
