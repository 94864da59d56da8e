"""Names and parameter labels of the ranking methods, for people (translated by Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

SHORT = {"ahp": "AHP", "topsis": "TOPSIS", "vikor": "VIKOR", "promethee2": "PROMETHEE II", "wsm": "WSM",
         "copras": "COPRAS"}
DESCRIPTIONS = {
    "ahp": QT_TRANSLATE_NOOP("Methods", "Suma de los valores normalizados de cada criterio por su peso."),
    "topsis": QT_TRANSLATE_NOOP("Methods", "Cercanía relativa a la solución ideal y lejanía de la peor."),
    "vikor": QT_TRANSLATE_NOOP("Methods", "Solución de compromiso entre el beneficio del grupo y el peor "
                                          "criterio de cada clúster; un valor Q menor es mejor."),
    "promethee2": QT_TRANSLATE_NOOP("Methods", "Flujo neto de preferencias al comparar cada par de clústeres "
                                               "criterio por criterio."),
    "wsm": QT_TRANSLATE_NOOP("Methods", "Suma ponderada de los valores normalizados."),
    "copras": QT_TRANSLATE_NOOP("Methods", "Utilidad relativa que separa los criterios de beneficio de "
                                           "los de costo."),
}
PARAMETERS = {
    "normalization": QT_TRANSLATE_NOOP("Methods", "Normalización"),
    "v": QT_TRANSLATE_NOOP("Methods", "Peso de la estrategia de la mayoría (v)"),
    "mode": QT_TRANSLATE_NOOP("Methods", "Modo"),
}


def name(method: str) -> str:
    """The engine's display name of a method in the interface language."""
    from desktop import settings
    from mcda.errors import McdaError
    from mcda.methods import method_info

    try:
        return method_info(method).name(settings.language())
    except McdaError:
        return method


def short(method: str) -> str:
    return SHORT.get(method, method)


def description(method: str) -> str:
    text = DESCRIPTIONS.get(method)
    return QCoreApplication.translate("Methods", text) if text else ""


def parameter(key: str) -> str:
    text = PARAMETERS.get(key)
    return QCoreApplication.translate("Methods", text) if text else key
