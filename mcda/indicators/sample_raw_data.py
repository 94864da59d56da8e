"""Figures of the illustrative raw-data sample (see :mod:`mcda.indicators.sample_raw`).

ILLUSTRATIVE orders of magnitude, not official data.

The clusters' own figures are not typed here: the builder takes them from
the decision sample (:mod:`mcda.sample_data` — jobs by department, national
jobs of the activity, G1, G2, I5, L1, L2, R1, R3), so that the indicators
computed from this workbook reproduce that workbook's values.  This module
holds the rest, invented to be plausible: which sector each cluster is, how
the remaining jobs of each activity spread over the other departments, the
sectors outside the clusters, the input–output structure the linkage targets
are fitted from, and the shape of the export series.

Each cluster is one sector of its own (two clusters share one where the
decision sample gives them the same activity: metal mining, tourism), so
that the location quotient uses the activity's national jobs of the
decision sample.
"""

from __future__ import annotations

from collections.abc import Mapping

REST = "Resto del país"

#: Sector (of ``Empleo`` and ``Insumo-Producto``) of each cluster.
CLUSTER_SECTOR: Mapping[str, str] = {
    "MIN-SUR": "Minería metálica", "MIN-CEN": "Minería metálica", "PROV-MIN": "Metalmecánica",
    "TUR-CUS": "Alojamiento y turismo", "CAFE-JUN": "Café", "CACAO-SM": "Cacao",
    "POTA-PIU": "Pesca y acuicultura", "HARINA-ANC": "Harina y aceite de pescado",
    "TEXT-LIM": "Textil y confecciones", "FIBRA-SUR": "Camélidos y fibras finas", "UVA-ICA": "Uva de mesa",
    "ARAND-LIB": "Arándano y palta", "AGRO-PIU": "Otros frutales de exportación",
    "QUINUA-PUN": "Quinua y granos andinos", "FOREST-UCA": "Madera y muebles",
    "LOGIS-CAL": "Almacenamiento y logística", "GASTRO-LIM": "Restaurantes",
    "SOFT-LIM": "Software y servicios digitales", "LACT-CAJ": "Ganadería lechera y lácteos",
    "TURNAT-MDD": "Alojamiento y turismo",
}
#: Sectors outside the clusters; with their share of a department's remaining jobs.
OTHER_SECTORS: Mapping[str, float] = {
    "Otros cultivos y ganadería": 0.26, "Otras manufacturas": 0.075, "Construcción": 0.08, "Comercio": 0.22,
    "Transporte": 0.065, "Electricidad, gas y agua": 0.005, "Actividades inmobiliarias": 0.01,
    "Administración pública": 0.05, "Enseñanza y salud": 0.10, "Otros servicios": 0.135,
}
#: Every sector, in the order of both sheets.
SECTORS: tuple[str, ...] = (*dict.fromkeys(CLUSTER_SECTOR.values()), *OTHER_SECTORS)
#: Sectors whose spread follows how rural a department is.
RURAL_SECTORS = ("Café", "Cacao", "Camélidos y fibras finas", "Uva de mesa", "Arándano y palta",
                 "Otros frutales de exportación", "Quinua y granos andinos", "Ganadería lechera y lácteos",
                 "Otros cultivos y ganadería")
#: How rural each department is (multiplies the rural sectors' spread).
RURALITY: Mapping[str, float] = {
    "Lima": 0.05, "Callao": 0.01, "Arequipa": 0.5, "Moquegua": 0.6, "Junín": 1.2, "Pasco": 1.3, "Cusco": 1.3,
    "San Martín": 1.5, "Piura": 1.0, "Áncash": 1.1, "Puno": 1.6, "Ica": 0.9, "La Libertad": 0.9, "Ucayali": 1.0,
    "Cajamarca": 1.7, "Madre de Dios": 0.8, REST: 1.3,
}

#: Where the jobs of each activity outside its clusters are: weight per department (times the
#: department's employment); ``"*"`` is the weight of the departments not listed (default 0).
SPREAD: Mapping[str, Mapping[str, float]] = {
    "Minería metálica": {"Áncash": 3, "Cajamarca": 2, "Cusco": 1.5, "La Libertad": 1.2, "Puno": 1, "Ica": 1,
                         "Madre de Dios": 8, "Lima": 0.4, "Piura": 0.3, REST: 2},
    "Metalmecánica": {"*": 1, "Lima": 2, "Callao": 2},
    "Alojamiento y turismo": {"*": 1},
    "Café": {"San Martín": 20, "Cajamarca": 12, "Cusco": 8, "Puno": 3, "Pasco": 8, "Piura": 2, "Ucayali": 1,
             REST: 6},
    "Cacao": {"Cusco": 3, "Junín": 3, "Ucayali": 4, "Piura": 1, "Cajamarca": 1, REST: 4},
    "Pesca y acuicultura": {"Áncash": 3, "Lima": 0.3, "Callao": 2, "Ica": 2, "Arequipa": 1, "Puno": 2,
                            "Moquegua": 1, REST: 1.5},
    "Harina y aceite de pescado": {"Lima": 0.5, "Callao": 1, "Piura": 3, "Ica": 4, "Arequipa": 1, "Moquegua": 2,
                                   "La Libertad": 1, REST: 1},
    "Textil y confecciones": {"*": 0.5, "Arequipa": 2, "Puno": 1, "Junín": 1, "La Libertad": 1, "Ica": 1,
                              "Callao": 1},
    "Camélidos y fibras finas": {"Cusco": 4, "Junín": 1, "Pasco": 2, "Moquegua": 2, "Lima": 0.05, REST: 4},
    "Uva de mesa": {"Piura": 5, "La Libertad": 1, "Arequipa": 1, "Lima": 0.1, "Áncash": 0.5, REST: 1},
    "Arándano y palta": {"Ica": 4, "Lima": 0.5, "Áncash": 2, "Piura": 1, "Arequipa": 0.5, "Cajamarca": 0.3,
                         REST: 2},
    "Otros frutales de exportación": {"*": 1, "Lima": 2, "Callao": 0, "Ica": 3, "La Libertad": 2,
                                      "San Martín": 1.5, "Junín": 1.5, REST: 1.5},
    "Quinua y granos andinos": {"Cusco": 1, "Junín": 1, "Arequipa": 0.5, "Áncash": 0.5, "Cajamarca": 0.3,
                                REST: 2},
    "Madera y muebles": {"Lima": 0.3, "Madre de Dios": 4, "San Martín": 1, "Junín": 1, "Cusco": 0.3,
                         "Callao": 0.3, "Arequipa": 0.3, "La Libertad": 0.3, REST: 1.5},
    "Almacenamiento y logística": {"*": 1, "Lima": 2},
    "Restaurantes": {"*": 1},
    "Software y servicios digitales": {"Arequipa": 1, "La Libertad": 0.5, "Piura": 0.3, "Callao": 0.5,
                                       "Cusco": 0.3, "Junín": 0.3, REST: 0.3},
    "Ganadería lechera y lácteos": {"*": 1, "Arequipa": 3, "Lima": 3, "Callao": 0, "Puno": 1.5},
}
#: Employment growth 2018-2023 of the sectors outside the clusters (% per year).
OTHER_GROWTH: Mapping[str, float] = {
    "Otros cultivos y ganadería": 0.3, "Otras manufacturas": 0.5, "Construcción": 2.0, "Comercio": 1.5,
    "Transporte": 1.8, "Electricidad, gas y agua": 1.0, "Actividades inmobiliarias": 2.5,
    "Administración pública": 2.0, "Enseñanza y salud": 2.4, "Otros servicios": 2.2,
}
#: Backward (BL) and forward (FL) linkage indices wanted for the sectors outside the clusters (the
#: clusters' sectors get their L1 / L2).  Both indices average 1, so the last sector takes what is left.
OTHER_LINKAGES: Mapping[str, tuple[float, float]] = {
    "Otros cultivos y ganadería": (0.85, 1.25), "Otras manufacturas": (1.15, 1.30), "Construcción": (1.10, 0.75),
    "Comercio": (0.80, 1.20), "Transporte": (0.95, 1.35), "Electricidad, gas y agua": (0.90, 1.40),
    "Actividades inmobiliarias": (0.65, 1.05), "Administración pública": (0.80, 0.62),
    "Enseñanza y salud": (0.75, 0.65),
}

#: Export products of each cluster: product -> {department: share of the cluster's I5}; the shape
#: of its ten-year series (see ``sample_raw.PATTERNS``).
CLUSTER_EXPORTS: Mapping[str, tuple[Mapping[str, Mapping[str, float]], str]] = {
    "MIN-SUR": ({"Cobre y molibdeno": {"Arequipa": 0.57, "Moquegua": 0.43}}, "cycle"),
    "MIN-CEN": ({"Zinc, plomo y plata": {"Junín": 0.58, "Pasco": 0.42}}, "cycle"),
    "PROV-MIN": ({"Bienes y servicios para minería": {"Arequipa": 1.0}}, "trend"),
    "TUR-CUS": ({"Turismo receptivo": {"Cusco": 1.0}}, "shock"),
    "CAFE-JUN": ({"Café": {"Junín": 1.0}}, "cycle"),
    "CACAO-SM": ({"Cacao y derivados": {"San Martín": 1.0}}, "spike"),
    "POTA-PIU": ({"Pota congelada": {"Piura": 1.0}}, "cycle"),
    "HARINA-ANC": ({"Harina y aceite de pescado": {"Áncash": 1.0}}, "crash"),
    "TEXT-LIM": ({"Prendas de algodón": {"Lima": 1.0}}, "shock"),
    "FIBRA-SUR": ({"Fibra y tops de alpaca": {"Arequipa": 0.86, "Puno": 0.14}}, "cycle"),
    "UVA-ICA": ({"Uva de mesa": {"Ica": 1.0}}, "trend"),
    "ARAND-LIB": ({"Arándano": {"La Libertad": 0.75}, "Palta": {"La Libertad": 0.25}}, "trend"),
    "AGRO-PIU": ({"Mango, banano y limón": {"Piura": 1.0}}, "trend"),
    "QUINUA-PUN": ({"Quinua": {"Puno": 1.0}}, "boom"),
    "FOREST-UCA": ({"Madera aserrada": {"Ucayali": 1.0}}, "decline"),
    "LOGIS-CAL": ({"Servicios logísticos": {"Callao": 1.0}}, "trend"),
    "GASTRO-LIM": ({"Gastronomía (visitantes)": {"Lima": 1.0}}, "shock"),
    "SOFT-LIM": ({"Servicios de software": {"Lima": 1.0}}, "trend"),
    "LACT-CAJ": ({"Lácteos": {"Cajamarca": 1.0}}, "trend"),
    "TURNAT-MDD": ({"Turismo de naturaleza": {"Madre de Dios": 1.0}}, "shock"),
}
#: Exports of the same products from other regions, as a share of the product's cluster value.
OTHER_EXPORTERS: Mapping[str, Mapping[str, float]] = {
    "Cobre y molibdeno": {"Áncash": 0.35, "Cusco": 0.25, REST: 0.9}, "Zinc, plomo y plata": {"Lima": 0.2, REST: 0.5},
    "Café": {"San Martín": 0.9, "Cajamarca": 0.6, "Cusco": 0.4, REST: 1.0}, "Cacao y derivados": {REST: 0.8},
    "Uva de mesa": {"Piura": 0.9, REST: 0.2}, "Arándano": {"Ica": 0.15, REST: 0.2}, "Palta": {"Ica": 0.5, REST: 0.7},
    "Pota congelada": {REST: 0.3}, "Harina y aceite de pescado": {"Lima": 0.8, "Piura": 0.5, REST: 0.6},
    "Quinua": {REST: 1.2}, "Madera aserrada": {"Madre de Dios": 0.4, REST: 0.8},
}
#: Other exports of each region in 2023 (US$ million: gold, other goods and services).
OTHER_EXPORTS_2023: Mapping[str, float] = {
    "Lima": 9_000, "Callao": 1_200, "Arequipa": 1_500, "Moquegua": 300, "Junín": 500, "Pasco": 200, "Cusco": 900,
    "San Martín": 60, "Piura": 1_400, "Áncash": 1_000, "Puno": 600, "Ica": 2_500, "La Libertad": 3_200,
    "Ucayali": 40, "Cajamarca": 1_800, "Madre de Dios": 700, REST: 20_000,
}
EXPORT_YEARS = tuple(range(2014, 2024))

#: Gross output 2023 by sector (S/ million), in the order of ``SECTORS``.
OUTPUT: Mapping[str, float] = {
    "Minería metálica": 120_000, "Metalmecánica": 25_000, "Alojamiento y turismo": 22_000, "Café": 4_000,
    "Cacao": 2_500, "Pesca y acuicultura": 3_500, "Harina y aceite de pescado": 9_000,
    "Textil y confecciones": 25_000, "Camélidos y fibras finas": 2_000, "Uva de mesa": 5_000,
    "Arándano y palta": 7_000, "Otros frutales de exportación": 12_000, "Quinua y granos andinos": 1_200,
    "Madera y muebles": 4_000, "Almacenamiento y logística": 30_000, "Restaurantes": 45_000,
    "Software y servicios digitales": 6_000, "Ganadería lechera y lácteos": 6_000,
    "Otros cultivos y ganadería": 35_000, "Otras manufacturas": 150_000, "Construcción": 110_000,
    "Comercio": 150_000, "Transporte": 60_000, "Electricidad, gas y agua": 30_000,
    "Actividades inmobiliarias": 60_000, "Administración pública": 50_000, "Enseñanza y salud": 70_000,
    "Otros servicios": 160_000,
}
#: Starting technical coefficients a_ij (input i per unit of j's output); the rows of
#: ``COMMON_INPUTS`` are added to every column.  The builder rescales rows and columns of the
#: flows so that the linkage indices of the clusters' sectors hit the decision sample's L1 / L2.
COEFFICIENTS: Mapping[tuple[str, str], float] = {
    ("Minería metálica", "Metalmecánica"): 0.12, ("Minería metálica", "Otras manufacturas"): 0.06,
    ("Metalmecánica", "Minería metálica"): 0.06, ("Metalmecánica", "Construcción"): 0.08,
    ("Metalmecánica", "Pesca y acuicultura"): 0.04, ("Metalmecánica", "Harina y aceite de pescado"): 0.04,
    ("Metalmecánica", "Metalmecánica"): 0.10, ("Metalmecánica", "Otras manufacturas"): 0.03,
    ("Otras manufacturas", "Minería metálica"): 0.05, ("Otras manufacturas", "Metalmecánica"): 0.15,
    ("Otras manufacturas", "Textil y confecciones"): 0.10, ("Otras manufacturas", "Restaurantes"): 0.20,
    ("Otras manufacturas", "Alojamiento y turismo"): 0.08, ("Otras manufacturas", "Otras manufacturas"): 0.15,
    ("Otras manufacturas", "Construcción"): 0.20, ("Otras manufacturas", "Uva de mesa"): 0.08,
    ("Otras manufacturas", "Arándano y palta"): 0.08, ("Otras manufacturas", "Otros frutales de exportación"): 0.08,
    ("Otras manufacturas", "Café"): 0.04, ("Otras manufacturas", "Cacao"): 0.04,
    ("Otras manufacturas", "Ganadería lechera y lácteos"): 0.06,
    ("Construcción", "Minería metálica"): 0.03, ("Construcción", "Alojamiento y turismo"): 0.02,
    ("Construcción", "Otros servicios"): 0.02,
    ("Café", "Otras manufacturas"): 0.005, ("Café", "Restaurantes"): 0.01,
    ("Cacao", "Otras manufacturas"): 0.006,
    ("Pesca y acuicultura", "Restaurantes"): 0.03, ("Pesca y acuicultura", "Otras manufacturas"): 0.005,
    ("Pesca y acuicultura", "Harina y aceite de pescado"): 0.10,
    ("Harina y aceite de pescado", "Pesca y acuicultura"): 0.10,
    ("Harina y aceite de pescado", "Ganadería lechera y lácteos"): 0.10,
    ("Harina y aceite de pescado", "Otros cultivos y ganadería"): 0.06,
    ("Harina y aceite de pescado", "Otras manufacturas"): 0.01,
    ("Textil y confecciones", "Textil y confecciones"): 0.15, ("Textil y confecciones", "Otros servicios"): 0.004,
    ("Textil y confecciones", "Alojamiento y turismo"): 0.01,
    ("Camélidos y fibras finas", "Textil y confecciones"): 0.05,
    ("Otros cultivos y ganadería", "Textil y confecciones"): 0.05,
    ("Otros cultivos y ganadería", "Restaurantes"): 0.10, ("Otros cultivos y ganadería", "Otras manufacturas"): 0.05,
    ("Otros cultivos y ganadería", "Ganadería lechera y lácteos"): 0.10,
    ("Otros cultivos y ganadería", "Camélidos y fibras finas"): 0.08,
    ("Quinua y granos andinos", "Restaurantes"): 0.005, ("Quinua y granos andinos", "Otras manufacturas"): 0.002,
    ("Ganadería lechera y lácteos", "Restaurantes"): 0.04, ("Ganadería lechera y lácteos", "Otras manufacturas"): 0.01,
    ("Uva de mesa", "Otras manufacturas"): 0.003, ("Arándano y palta", "Otras manufacturas"): 0.003,
    ("Otros frutales de exportación", "Otras manufacturas"): 0.01, ("Otros frutales de exportación", "Restaurantes"): 0.02,
    ("Madera y muebles", "Construcción"): 0.02, ("Madera y muebles", "Madera y muebles"): 0.08,
    ("Madera y muebles", "Otras manufacturas"): 0.005,
    ("Alojamiento y turismo", "Otros servicios"): 0.01, ("Alojamiento y turismo", "Comercio"): 0.01,
    ("Restaurantes", "Alojamiento y turismo"): 0.10, ("Restaurantes", "Otros servicios"): 0.01,
    ("Software y servicios digitales", "Otros servicios"): 0.01, ("Software y servicios digitales", "Comercio"): 0.02,
    ("Software y servicios digitales", "Minería metálica"): 0.01,
    ("Software y servicios digitales", "Software y servicios digitales"): 0.05,
    ("Otros servicios", "Minería metálica"): 0.06, ("Otros servicios", "Comercio"): 0.06,
    ("Otros servicios", "Software y servicios digitales"): 0.10, ("Otros servicios", "Otros servicios"): 0.08,
    ("Transporte", "Minería metálica"): 0.04, ("Transporte", "Comercio"): 0.06,
    ("Almacenamiento y logística", "Comercio"): 0.04, ("Almacenamiento y logística", "Otras manufacturas"): 0.03,
    ("Otras manufacturas", "Administración pública"): 0.05, ("Otras manufacturas", "Enseñanza y salud"): 0.06,
    ("Otros servicios", "Administración pública"): 0.10, ("Otros servicios", "Enseñanza y salud"): 0.08,
    ("Construcción", "Administración pública"): 0.02, ("Construcción", "Actividades inmobiliarias"): 0.05,
    ("Construcción", "Electricidad, gas y agua"): 0.04, ("Otras manufacturas", "Electricidad, gas y agua"): 0.10,
    ("Electricidad, gas y agua", "Minería metálica"): 0.04, ("Electricidad, gas y agua", "Otras manufacturas"): 0.02,
    ("Metalmecánica", "Electricidad, gas y agua"): 0.03, ("Transporte", "Otras manufacturas"): 0.02,
    ("Administración pública", "Otros servicios"): 0.005, ("Administración pública", "Comercio"): 0.005,
    ("Enseñanza y salud", "Otros servicios"): 0.01, ("Enseñanza y salud", "Minería metálica"): 0.005,
}
#: Inputs every sector buys (per unit of its output).
COMMON_INPUTS: Mapping[str, float] = {"Comercio": 0.03, "Transporte": 0.02, "Almacenamiento y logística": 0.02,
                                      "Otros servicios": 0.05, "Electricidad, gas y agua": 0.01,
                                      "Actividades inmobiliarias": 0.01}
