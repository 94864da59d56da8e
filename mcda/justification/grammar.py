"""Small grammar for generated sentences: Spanish gender and number, articles, lists.

Criterion names are the committee's own words ("Empleo directo",
"Participación en el VAB regional", "Capacidades y actores"), so a sentence
that names one needs the right article and agreement: *el* empleo directo,
*la* participación, *las* capacidades; "es alt\\ **o**" / "es alt\\ **a**".
The gender and number of a name are read from its first word by the usual
Spanish endings (RAE, *Nueva gramática*, §2.3): words in *-ción, -sión,
-dad, -tad, -tud, -umbre, -ez, -is* and most in *-a* are feminine, the rest
masculine; a first word in *-s* (not *-is*, *-us*, a stressed *-és*) is
plural.  A short list of common exceptions (*el* índice, *el* clima, *la*
tasa ...) covers the words of the criteria templates.  English needs none of
this: names are used as they are.

Examples
--------
>>> gender_number("Participación en el VAB regional"), gender_number("Capacidades y actores")
(('f', False), ('f', True))
>>> with_article("Empleo directo", "es"), with_article("Exportaciones", "es"), with_article("IHH", "es")
('el empleo directo', 'las exportaciones', 'el IHH')
>>> with_article("Empleo directo", "es", "de"), with_article("Vulnerabilidad a shocks", "es", "de")
('del empleo directo', 'de la vulnerabilidad a shocks')
>>> with_article("Dependencia de una empresa", "es", "de", "alto"), with_article("Costos", "es", "", "bajo")
('de la alta dependencia de una empresa', 'los bajos costos')
>>> agree("alto", "Dependencia de una empresa"), agree("alto", "Encadenamientos hacia atrás")
('alta', 'altos')
>>> join(["el empleo directo", "la participación"], "es"), join(["a", "b", "c"], "en")
('el empleo directo y la participación', 'a, b and c')
>>> join(["empleo", "innovación"], "es"), join(["demanda", "hoteles"], "es", "o")
('empleo e innovación', 'demanda u hoteles')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Gender = str  # "m" | "f"

#: First words whose gender the endings get wrong (lower case, accents kept).
_MASCULINE = {"índice", "indice", "clima", "sistema", "problema", "programa", "mapa", "día", "dia", "tema",
              "idioma", "esquema", "valor", "margen", "volumen", "origen", "número", "numero", "nivel",
              "grado", "ratio", "ihh", "vab", "pbi", "pib", "lq", "cv", "hhi", "rca"}
_FEMININE = {"tasa", "mano", "red", "capacidad", "intensidad", "base", "cuota", "fuente", "parte", "sede",
             "demanda", "oferta", "inversión", "productividad", "calidad", "clase", "especie", "imagen",
             "gente", "flor", "ley", "piel"}
_FEMININE_ENDINGS = ("ción", "sión", "xión", "cion", "sion", "xion", "dad", "tad", "tud", "umbre", "ez", "is", "ie")
#: Singular words ending in -s.
_SINGULAR_S = {"país", "pais", "mes", "análisis", "analisis", "crisis", "énfasis", "enfasis", "interés",
               "interes", "estrés", "estres", "gas", "tenis", "virus", "bus", "atlas", "ingreso"}

_WORD = re.compile(r"[\wáéíóúüñÁÉÍÓÚÜÑ]+")


def _first_word(name: str) -> str:
    m = _WORD.search(name)
    return m.group(0) if m else ""


def is_acronym(word: str) -> bool:
    """``VAB``, ``IHH``, ``CV``: all capitals (two letters or more)."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def gender_number(name: str) -> tuple[Gender, bool]:
    """(``"m"`` or ``"f"``, plural) of a Spanish noun phrase, from its first word."""
    word = _first_word(name)
    low = word.lower()
    if not low:
        return "m", False
    if is_acronym(word) or low in _MASCULINE:
        return "m", False
    if low in _FEMININE:
        return "f", False
    plural = low.endswith("s") and low not in _SINGULAR_S and not low.endswith(("is", "us", "és"))
    stem = low
    if plural:
        stem = low[:-2] if low.endswith(("ones", "dades", "tades", "tudes", "ces", "les", "res", "nes")) else low[:-1]
        if stem in _FEMININE:
            return "f", True
        if stem in _MASCULINE:
            return "m", True
    if stem.endswith(_FEMININE_ENDINGS) or stem.endswith("a"):
        return "f", plural
    return "m", plural


def lower_first(name: str) -> str:
    """Lower-case the first letter unless the first word is an acronym (``VAB``) or a proper name in capitals."""
    word = _first_word(name)
    if not name or is_acronym(word):
        return name
    return name[0].lower() + name[1:]


_ARTICLES = {("m", False): "el", ("f", False): "la", ("m", True): "los", ("f", True): "las"}


def with_article(name: str, lang: str, preposition: str = "", adjective: str = "") -> str:
    """The name with its definite article in Spanish (``del``/``al`` contracted); unchanged in English.

    ``adjective`` (masculine singular in Spanish, e.g. ``bajo``) goes before the name, agreeing with it:
    ``la baja dependencia``; ``low dependence``.
    """
    if lang != "es":
        body = f"{adjective} {name}" if adjective else name
        return f"{preposition} {body}".strip() if preposition else body
    article = _ARTICLES[gender_number(name)]
    body = lower_first(name)
    if adjective:
        body = f"{agree(adjective, name)} {body}"
    if article == "el" and preposition in ("de", "a"):
        return f"{'del' if preposition == 'de' else 'al'} {body}"
    return " ".join(p for p in (preposition, article, body) if p)


def agree(adjective: str, name: str) -> str:
    """A Spanish adjective in ``-o`` (masculine singular) agreeing with ``name``."""
    gender, plural = gender_number(name)
    if not adjective.endswith("o"):
        return adjective + ("s" if plural else "")
    stem = adjective[:-1]
    return stem + ("a" if gender == "f" else "o") + ("s" if plural else "")


def _conjunction(word: str, following: str) -> str:
    """``y`` → ``e`` before an /i/ sound, ``o`` → ``u`` before an /o/ sound (RAE)."""
    start = _first_word(following).lower()
    if word == "y" and (start.startswith(("i", "í")) or (start.startswith(("hi", "hí"))
                                                         and not start.startswith(("hie", "hia")))):
        return "e"
    if word == "o" and start.startswith(("o", "ó", "ho", "hó")):
        return "u"
    return word


def join(items: Sequence[str], lang: str, word: str | None = None) -> str:
    """``a, b y c`` (Spanish) or ``a, b and c`` (English); ``word`` picks ``o``/``or``."""
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if lang == "es":
        conj = _conjunction(word or "y", items[-1])
    else:
        conj = word or "and"
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def plural_key(count: int) -> str:
    """Catalogue suffix for a count: ``one`` for exactly 1, ``other`` otherwise (Spanish and English)."""
    return "one" if count == 1 else "other"
