"""The bundled sample: about twenty Peruvian candidate clusters (ILLUSTRATIVE data).

The values are plausible orders of magnitude built from public figures
(INEI, SUNAT, PRODUCE, BCRP, mixed years; see ``domain.md`` §6), not official
data; the workbook says so in its ``Acerca de`` sheet and in every criterion's
``fuente``.  The criteria are the default template of ``domain.md`` §2 with its
weights (groups 0.30 / 0.20 / 0.30 / 0.20).

Three columns are derived rather than typed, so the sample is internally
consistent:

* ``I4`` location quotient ``(e_ir / e_r) / (E_i / E)`` from the cluster's jobs
  (``I1``), its departments' employed population and the activity's national
  jobs, with ``E`` = 17.2 million employed (2023);
* ``R2`` over-specialization: the largest share of the cluster in the
  employment of one of its departments (Moquegua for southern mining);
* ``G2`` competitive effect: the cluster's employment growth (``G1``) minus the
  national growth of the activity, in percentage points per year.

Examples
--------
>>> p = sample_problem()
>>> len(p.clusters), len(p.criteria), len(p.members), round(float(p.raw_weights.sum()), 10)
(20, 14, 3, 1.0)
>>> len(p.judgments)  # each member: the group matrix and the criteria matrix
6
>>> p.value("MIN-SUR", "R2"), p.value("MIN-SUR", "I4")
(19.1, 4.46)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from mcda.problem import Cluster, Criterion, Direction, Member, PreferenceFunction, Problem

NATIONAL_EMPLOYED = 17_200_000  # INEI, employed population 2023 (order of magnitude)

#: Employed population by department (illustrative orders of magnitude, 2023).
DEPARTMENT_EMPLOYED: Mapping[str, int] = {
    "Lima": 5_400_000, "Callao": 560_000, "Arequipa": 800_000, "Moquegua": 110_000, "Junín": 720_000,
    "Pasco": 150_000, "Cusco": 750_000, "San Martín": 460_000, "Piura": 1_000_000, "Áncash": 600_000,
    "Puno": 780_000, "Ica": 480_000, "La Libertad": 1_000_000, "Ucayali": 290_000, "Cajamarca": 800_000,
    "Madre de Dios": 90_000,
}

_B, _C = Direction.BENEFIT, Direction.COST
_P = PreferenceFunction
_SRC = "Ilustrativo (no es dato oficial): orden de magnitud basado en "


def _crit(id: str, name: str, group: str, direction: Direction, unit: str, weight: float,
          preference: PreferenceFunction, q: float | None, p: float | None, s: float | None,
          description: str, source: str, year: str) -> Criterion:
    return Criterion(id, name, group, direction, unit, weight, preference, q, p, s, description, source, year)


#: The default criteria template (domain.md §2): id, name, group, direction, unit, weight,
#: PROMETHEE function, q, p, s, description, source, year.
CRITERIA: tuple[Criterion, ...] = (
    _crit("I1", "Empleo directo", "Importancia", _B, "personas", 0.08, _P.LINEAR, 5_000.0, 50_000.0, None,
     "Personas ocupadas directamente en el clúster (incluye empleo informal estimado).",
     _SRC + "INEI (encuestas de hogares) y registros sectoriales", "2023"),
    _crit("I2", "Participación en el VAB regional", "Importancia", _B, "%", 0.06, _P.USUAL, None, None, None,
     "Valor agregado bruto de las actividades del clúster como porcentaje del VAB de su(s) departamento(s).",
     _SRC + "INEI, PBI departamental por actividad", "2023"),
    _crit("I3", "Ingreso laboral promedio", "Importancia", _B, "S/ por mes", 0.05, _P.USUAL, None, None, None,
     "Ingreso laboral mensual promedio de los ocupados del clúster.",
     _SRC + "ENAHO (INEI) y planillas por actividad", "2023"),
    _crit("I4", "Cociente de localización", "Importancia", _B, "razón", 0.06, _P.USUAL, None, None, None,
     "(e_ir / e_r) / (E_i / E): empleo del clúster sobre el empleo de sus departamentos, dividido por la "
     "participación nacional de la actividad (E = 17,2 millones de ocupados). Mayor que 1 = especialización.",
     _SRC + "INEI; calculado con I1", "2023"),
    _crit("I5", "Exportaciones", "Importancia", _B, "US$ millones FOB por año", 0.05, _P.USUAL, None, None, None,
     "Exportaciones anuales de bienes (o ingresos por visitantes extranjeros y servicios, en turismo y "
     "logística) atribuibles al clúster.",
     _SRC + "SUNAT, exportaciones por departamento; BCRP", "2023"),
    _crit("L1", "Encadenamiento hacia atrás", "Encadenamientos", _B, "índice (media 1)", 0.11, _P.USUAL, None, None,
     None, "Índice de Rasmussen de las actividades del clúster, ponderado por su producción (mayor que 1 = "
     "arrastre superior al promedio). Coeficientes de la tabla insumo-producto nacional.",
     _SRC + "INEI, tabla insumo-producto nacional", "2007"),
    _crit("L2", "Encadenamiento hacia adelante", "Encadenamientos", _B, "índice (media 1)", 0.09, _P.USUAL, None, None,
     None, "Índice de Ghosh de las actividades del clúster, ponderado por su producción. Coeficientes de la "
     "tabla insumo-producto nacional.", _SRC + "INEI, tabla insumo-producto nacional", "2007"),
    _crit("G1", "Crecimiento del empleo", "Crecimiento", _B, "% por año", 0.07, _P.USHAPE, 1.0, None, None,
     "Tasa de crecimiento anual compuesta del empleo del clúster en cinco años.",
     _SRC + "INEI y registros sectoriales, 2018-2023", "2023"),
    _crit("G2", "Efecto competitivo", "Crecimiento", _B, "p.p. por año", 0.08, _P.USUAL, None, None, None,
     "Componente competitivo del análisis shift-share: crecimiento del empleo del clúster (G1) menos el "
     "crecimiento nacional de la misma actividad.", _SRC + "INEI; calculado con G1", "2023"),
    _crit("G3", "Dinamismo de la demanda externa", "Crecimiento", _B, "% por año", 0.06, _P.USUAL, None, None, None,
     "Crecimiento anual de las importaciones mundiales de los productos del clúster.",
     _SRC + "estadísticas de comercio mundial (importaciones por producto)", "2023"),
    _crit("G4", "Capacidades y actores", "Crecimiento", _B, "puntaje 1-5", 0.09, _P.VSHAPE, None, 2.0, None,
     "Rúbrica del comité: gremios y asociaciones, I+D y CITE, habilidades, financiamiento, compradores ancla.",
     _SRC + "valoración de ejemplo con la rúbrica del comité", "2024"),
    _crit("R1", "Dependencia de una empresa", "Riesgo", _C, "IHH 0-10 000", 0.07, _P.LEVEL, 500.0, 1_500.0, None,
     "Índice Herfindahl-Hirschman de las participaciones de las empresas del clúster (más de 2 500 = muy "
     "concentrado).", _SRC + "SUNAT y registros sectoriales (participaciones por empresa)", "2023"),
    _crit("R2", "Sobreespecialización regional", "Riesgo", _C, "% del empleo regional", 0.06, _P.USUAL, None, None,
     None, "Empleo del clúster sobre el empleo total del departamento (e_ir / e_r); en clústeres de varios "
     "departamentos, el mayor valor entre ellos (más de 25 % = dependencia excesiva).",
     _SRC + "INEI; calculado con I1", "2023"),
    _crit("R3", "Vulnerabilidad a shocks", "Riesgo", _C, "coeficiente de variación", 0.07, _P.GAUSSIAN, None, None,
     0.10, "Coeficiente de variación (desviación estándar / media) de las exportaciones o la producción "
     "anual en diez años (más de 0,3 = volátil).", _SRC + "SUNAT y BCRP, series 2014-2023", "2023"),
)


def location_quotient(e_ir: float, e_r: float, e_i: float, e: float) -> float:
    """LQ = (e_ir / e_r) / (E_i / E) (domain.md §3).

    Check value of the R package REAT (Wieland, ``locq`` example):

    >>> round(location_quotient(1714, 79006, 879213, 15593224), 7)
    0.3847623
    """
    return (e_ir / e_r) / (e_i / e)


@dataclass(frozen=True)
class _Spec:
    """One cluster's base figures; I4, R2 and G2 are derived from them."""

    id: str
    name: str
    region: str
    description: str
    jobs: Mapping[str, int]  # cluster employment by department
    national_jobs: int  # national employment of the activity (E_i)
    national_growth: float  # national employment growth of the activity, % per year
    i2: float
    i3: float
    i5: float
    l1: float
    l2: float
    g1: float
    g3: float
    g4: float
    r1: float
    r3: float

    def values(self) -> list[float]:
        e_ir = sum(self.jobs.values())
        e_r = sum(DEPARTMENT_EMPLOYED[d] for d in self.jobs)
        lq = location_quotient(e_ir, e_r, self.national_jobs, NATIONAL_EMPLOYED)
        r2 = max(j / DEPARTMENT_EMPLOYED[d] for d, j in self.jobs.items()) * 100
        return [float(e_ir), self.i2, self.i3, round(lq, 2), self.i5, self.l1, self.l2, self.g1,
                round(self.g1 - self.national_growth, 1), self.g3, self.g4, self.r1, round(r2, 1), self.r3]


S = _Spec
SPECS: tuple[_Spec, ...] = (
    S("MIN-SUR", "Minería Sur", "Arequipa / Moquegua", "Cobre y molibdeno de gran minería; Moquegua depende "
      "fuertemente de ella.", {"Arequipa": 34_000, "Moquegua": 21_000}, 233_000, 1.2,
      32.0, 5_400, 9_800, 0.86, 1.12, 2.1, 4.2, 3.9, 3_900, 0.21),
    S("MIN-CEN", "Minería Centro", "Junín / Pasco", "Cobre, zinc, plomo y plata; minería antigua con pasivos "
      "ambientales.", {"Junín": 20_000, "Pasco": 13_000}, 233_000, 1.2,
      24.0, 4_600, 3_600, 0.89, 1.08, 0.6, 3.1, 3.3, 2_700, 0.24),
    S("PROV-MIN", "Proveedores mineros", "Arequipa", "Metalmecánica, mantenimiento y servicios para la minería "
      "del sur.", {"Arequipa": 19_000}, 150_000, 2.5,
      3.8, 3_200, 140, 1.21, 1.14, 3.9, 3.6, 4.2, 650, 0.17),
    S("TUR-CUS", "Turismo cultural Cusco", "Cusco", "Hoteles, operadores y servicios en torno a Machu Picchu; "
      "colapso en 2020 y recuperación incompleta.", {"Cusco": 68_000}, 600_000, -0.6,
      8.5, 1_450, 980, 1.07, 0.80, -1.6, 1.2, 3.8, 1_100, 0.55),
    S("CAFE-JUN", "Café Selva Central", "Junín", "Café de altura de Chanchamayo y Satipo; cooperativas y "
      "pequeños productores.", {"Junín": 52_000}, 330_000, 0.5,
      4.1, 980, 280, 1.03, 0.76, 0.4, 2.6, 3.1, 420, 0.29),
    S("CACAO-SM", "Cacao San Martín", "San Martín", "Cacao fino y de aroma; San Martín produce cerca del 40 % "
      "del país; exportaciones de 2024 con precios récord.", {"San Martín": 41_000}, 110_000, 3.0,
      6.2, 1_080, 520, 1.06, 0.88, 4.6, 8.5, 3.5, 780, 0.58),
    S("POTA-PIU", "Pota Piura (Paita)", "Piura", "Pesca y congelado de pota; Paita recibe cerca del 75 % de "
      "los desembarques y depende de un solo recurso.", {"Piura": 24_000}, 40_000, 0.5,
      3.9, 1_650, 610, 0.97, 0.94, 1.1, 2.2, 2.7, 1_350, 0.41),
    S("HARINA-ANC", "Harina de pescado (Chimbote)", "Áncash", "Harina y aceite de anchoveta; exportaciones "
      "nacionales de 2 390 a 1 140 millones de US$ entre 2022 y 2023 por la cancelación de la temporada.",
      {"Áncash": 14_500}, 45_000, -1.0,
      5.8, 2_400, 430, 0.94, 1.31, -1.7, 1.4, 3.2, 1_900, 0.46),
    S("TEXT-LIM", "Textil y confecciones Lima", "Lima", "Gamarra y plantas exportadoras de prendas de algodón.",
      {"Lima": 235_000}, 400_000, -0.2,
      3.6, 1_520, 1_250, 1.27, 0.97, -0.7, 2.3, 3.8, 320, 0.13),
    S("FIBRA-SUR", "Fibras finas de camélidos", "Arequipa / Puno", "Crianza de alpaca en Puno e industria "
      "textil en Arequipa; dos grupos industriales compran la mayor parte de la fibra.",
      {"Arequipa": 9_000, "Puno": 58_000}, 95_000, 0.2,
      2.7, 880, 175, 1.12, 1.04, 0.3, 2.9, 3.6, 3_300, 0.22),
    S("UVA-ICA", "Uva de mesa Ica", "Ica", "Uva de mesa de exportación en valles con agua subterránea "
      "limitada.", {"Ica": 48_000}, 110_000, 2.8,
      8.8, 1_480, 690, 1.09, 0.79, 3.2, 4.0, 3.9, 760, 0.19),
    S("ARAND-LIB", "Arándano y palta La Libertad", "La Libertad", "Agroexportación de Chavimochic; el arándano "
      "pasó de casi cero a 860 millones de US$ en diez años.", {"La Libertad": 62_000}, 150_000, 7.0,
      7.5, 1_420, 1_140, 1.11, 0.81, 9.5, 8.0, 4.0, 1_600, 0.52),
    S("AGRO-PIU", "Agroexportación Piura", "Piura", "Mango, banano orgánico, uva y limón de los valles de "
      "Piura y Chira.", {"Piura": 85_000}, 600_000, 3.5,
      6.9, 1_300, 1_350, 1.08, 0.83, 4.1, 4.5, 3.4, 540, 0.24),
    S("QUINUA-PUN", "Quinua Puno", "Puno", "Quinua de pequeños productores; Puno produce cerca del 44 % del "
      "país; auge y caída de precios desde 2014.", {"Puno": 38_000}, 70_000, -0.3,
      1.9, 720, 45, 1.01, 0.80, -0.8, -1.5, 2.6, 380, 0.44),
    S("FOREST-UCA", "Forestal Ucayali", "Ucayali", "Extracción y transformación de madera; alrededor del 77 % "
      "del empleo es informal.", {"Ucayali": 16_000}, 50_000, -0.3,
      4.5, 1_150, 38, 1.14, 1.02, -0.5, 1.8, 2.1, 520, 0.27),
    S("LOGIS-CAL", "Logística Callao", "Callao", "Puerto, almacenes y transporte; el Callao mueve cerca del "
      "90 % de 3,1 millones de TEU con dos operadores de terminales.", {"Callao": 62_000}, 300_000, 2.0,
      14.5, 2_600, 310, 0.98, 1.35, 3.0, 3.2, 4.1, 4_200, 0.12),
    S("GASTRO-LIM", "Gastronomía Lima", "Lima", "Restaurantes, escuelas de cocina y proveedores de insumos "
      "nativos.", {"Lima": 260_000}, 1_300_000, 2.0,
      3.1, 1_250, 420, 1.18, 0.72, 2.4, 3.8, 3.6, 180, 0.26),
    S("SOFT-LIM", "Software Lima", "Lima", "Desarrollo de software y servicios digitales; pequeño pero en "
      "rápido crecimiento.", {"Lima": 28_000}, 36_000, 6.0,
      0.9, 4_200, 190, 0.91, 1.12, 8.5, 9.0, 3.7, 420, 0.11),
    S("LACT-CAJ", "Lácteos Cajamarca", "Cajamarca", "Ganadería lechera y quesos; dos acopiadores industriales "
      "compran la mayor parte de la leche.", {"Cajamarca": 45_000}, 250_000, 0.8,
      3.4, 900, 15, 1.15, 0.86, 0.9, 2.0, 2.9, 4_800, 0.09),
    S("TURNAT-MDD", "Turismo de naturaleza Madre de Dios", "Madre de Dios", "Albergues y operadores en "
      "Tambopata y el Manu.", {"Madre de Dios": 5_000}, 600_000, -0.6,
      3.5, 1_300, 60, 1.04, 0.78, 1.5, 2.5, 2.4, 700, 0.40),
)
del S

MEMBERS: tuple[Member, ...] = (
    Member("M1", "Gerencia Regional de Desarrollo Económico", "Gobierno regional", 1.0),
    Member("M2", "Cámara de Comercio", "Sector privado", 1.0),
    Member("M3", "Universidad Nacional", "Academia", 1.0),
)

ABOUT_SHEET = "Acerca de"


def sample_problem() -> Problem:
    """The sample as a :class:`~mcda.problem.Problem` (what the bundled workbook holds), with the
    committee's hierarchical judgments (:mod:`mcda.committee.sample_judgments`)."""
    from mcda.committee.sample_judgments import sample_judgments

    clusters = tuple(Cluster(s.id, s.name, s.region, s.description) for s in SPECS)
    return Problem(clusters, CRITERIA, np.array([s.values() for s in SPECS], dtype=float), members=MEMBERS,
                   judgments=sample_judgments(CRITERIA))


def build_sample(path: str | os.PathLike[str]) -> None:
    """Write the sample workbook: an ``Acerca de`` sheet (the disclaimer) and the input sheets."""
    from openpyxl import Workbook

    from mcda.workbook import styles
    from mcda.workbook.input_sheets import new_sheet, write_input_sheets
    from mcda.workbook.sanitize import put_text
    from mcda.workbook.save import save_atomic
    from mcda.workbook.template import numbered_lines

    wb = Workbook()
    wb.remove(wb.active)
    about = new_sheet(wb, ABOUT_SHEET)
    spanish, english = numbered_lines("writer.sample.about", "es"), numbered_lines("writer.sample.about", "en")
    for row, text in enumerate([*spanish, "", *english], start=1):
        put_text(about.cell(row=row, column=1), text)
        about.cell(row=row, column=1).alignment = styles.WRAP
    for row in (1, len(spanish) + 2):
        about.cell(row=row, column=1).font = styles.HEADER_FONT
    about.column_dimensions["A"].width = 110
    write_input_sheets(wb, sample_problem())
    wb.active = 0
    save_atomic(wb, path)


if __name__ == "__main__":  # pragma: no cover - regenerate the bundled workbook
    import resources

    build_sample(resources.sample_workbook())
