"""Figures of the illustrative raw-data sample (see :mod:`mcda.indicators.sample_raw`).

ILLUSTRATIVE orders of magnitude, not official data.  Department totals and
the clusters' own figures (jobs, growth, exports in 2023, firm concentration,
export volatility) come from the illustrative decision sample
(:mod:`mcda.sample_data`), so that the indicators computed from this workbook
land near the values typed there; the rest (sector structure, the
input–output table, other regions' exports) is invented to be plausible.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The sixteen sectors shared by ``Empleo`` and ``Insumo-Producto``.
SECTORS: tuple[str, ...] = (
    "Agroexportación", "Café y cacao", "Cultivos andinos", "Ganadería y camélidos", "Pesca y acuicultura",
    "Minería metálica", "Alimentos y bebidas", "Textil y confecciones", "Madera y muebles", "Metalmecánica",
    "Construcción", "Comercio", "Transporte y almacenamiento", "Alojamiento y restaurantes",
    "Información y comunicaciones", "Otros servicios",
)
REST = "Resto del país"

#: National employment structure used to fill the cells not given below (%).
BASE_SHARES: tuple[float, ...] = (4.0, 3.0, 12.0, 5.0, 1.0, 1.4, 3.0, 2.3, 1.0, 1.5, 6.5, 19.0, 8.5, 7.5, 0.8,
                                  23.5)
AGRICULTURAL = ("Agroexportación", "Café y cacao", "Cultivos andinos", "Ganadería y camélidos")
#: How rural each region is (multiplies the agricultural shares).
RURALITY: Mapping[str, float] = {
    "Lima": 0.05, "Callao": 0.01, "Arequipa": 0.5, "Moquegua": 0.6, "Junín": 1.2, "Pasco": 1.3, "Cusco": 1.3,
    "San Martín": 1.5, "Piura": 1.0, "Áncash": 1.1, "Puno": 1.6, "Ica": 0.9, "La Libertad": 0.9, "Ucayali": 1.0,
    "Cajamarca": 1.7, "Madre de Dios": 0.8, REST: 1.3,
}
NATIONAL_2023 = 17_200_000

#: Employment 2023 of the cells the clusters rest on (persons).
CELLS_2023: Mapping[tuple[str, str], int] = {
    **{(r, "Minería metálica"): v for r, v in {
        "Lima": 25_000, "Callao": 500, "Arequipa": 34_000, "Moquegua": 21_000, "Junín": 20_000, "Pasco": 13_000,
        "Cusco": 9_000, "San Martín": 300, "Piura": 3_000, "Áncash": 16_000, "Puno": 7_000, "Ica": 5_000,
        "La Libertad": 10_000, "Ucayali": 200, "Cajamarca": 12_000, "Madre de Dios": 8_000}.items()},
    ("Arequipa", "Metalmecánica"): 19_000, ("Cusco", "Alojamiento y restaurantes"): 68_000,
    ("Madre de Dios", "Alojamiento y restaurantes"): 5_000, ("Lima", "Alojamiento y restaurantes"): 260_000,
    ("Junín", "Café y cacao"): 52_000, ("San Martín", "Café y cacao"): 41_000,
    ("Piura", "Pesca y acuicultura"): 24_000, ("Áncash", "Alimentos y bebidas"): 14_500,
    ("Lima", "Textil y confecciones"): 235_000, ("Arequipa", "Textil y confecciones"): 9_000,
    ("Puno", "Ganadería y camélidos"): 58_000, ("Arequipa", "Ganadería y camélidos"): 30_000,
    ("Puno", "Textil y confecciones"): 6_000, ("Ica", "Agroexportación"): 48_000,
    ("La Libertad", "Agroexportación"): 62_000, ("Piura", "Agroexportación"): 85_000,
    ("Puno", "Cultivos andinos"): 38_000, ("Ucayali", "Madera y muebles"): 16_000,
    ("Callao", "Transporte y almacenamiento"): 62_000, ("Lima", "Información y comunicaciones"): 28_000,
    ("Cajamarca", "Ganadería y camélidos"): 45_000,
}
#: National employment of some sectors in 2023, reached through the "Resto del país" row.
NATIONAL_TARGETS: Mapping[str, int] = {
    "Metalmecánica": 150_000, "Alojamiento y restaurantes": 1_300_000, "Café y cacao": 440_000,
    "Textil y confecciones": 400_000, "Agroexportación": 600_000, "Madera y muebles": 50_000,
    "Información y comunicaciones": 130_000, "Transporte y almacenamiento": 1_200_000,
}
#: National employment growth 2018-2023 of each sector (% per year; the sample's national growth).
CELL_GROWTH: Mapping[str, float] = {
    "Minería metálica": 1.2, "Metalmecánica": 2.5, "Alojamiento y restaurantes": 2.0, "Café y cacao": 1.0,
    "Pesca y acuicultura": 0.5, "Alimentos y bebidas": -1.0, "Textil y confecciones": -0.2,
    "Ganadería y camélidos": 0.5, "Agroexportación": 3.5, "Cultivos andinos": -0.3, "Madera y muebles": -0.3,
    "Transporte y almacenamiento": 2.0, "Información y comunicaciones": 6.0,
}
#: Growth of the clusters' own cells (% per year; the sample's G1).
CELL_GROWTH_OVERRIDES: Mapping[tuple[str, str], float] = {
    ("Arequipa", "Minería metálica"): 2.1, ("Moquegua", "Minería metálica"): 2.1, ("Junín", "Minería metálica"): 0.6,
    ("Pasco", "Minería metálica"): 0.6, ("Arequipa", "Metalmecánica"): 3.9,
    ("Cusco", "Alojamiento y restaurantes"): -1.6, ("Madre de Dios", "Alojamiento y restaurantes"): 1.5,
    ("Lima", "Alojamiento y restaurantes"): 2.4, ("Junín", "Café y cacao"): 0.4, ("San Martín", "Café y cacao"): 4.6,
    ("Piura", "Pesca y acuicultura"): 1.1, ("Áncash", "Alimentos y bebidas"): -1.7,
    ("Lima", "Textil y confecciones"): -0.7, ("Arequipa", "Textil y confecciones"): 0.3,
    ("Puno", "Textil y confecciones"): 0.3, ("Arequipa", "Ganadería y camélidos"): 0.3,
    ("Puno", "Ganadería y camélidos"): 0.3, ("Ica", "Agroexportación"): 3.2, ("La Libertad", "Agroexportación"): 9.5,
    ("Piura", "Agroexportación"): 4.1, ("Puno", "Cultivos andinos"): -0.8, ("Ucayali", "Madera y muebles"): -0.5,
    ("Callao", "Transporte y almacenamiento"): 3.0, ("Lima", "Información y comunicaciones"): 8.5,
    ("Cajamarca", "Ganadería y camélidos"): 0.9,
}
#: National growth of the other cells (% per year).
DEFAULT_GROWTH = 1.2

#: Clusters: id, name, regions, sectors, export products (ids and names of mcda.sample_data).
CLUSTERS: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("MIN-SUR", "Minería Sur", "Arequipa / Moquegua", ("Minería metálica",), ("Cobre y molibdeno",)),
    ("MIN-CEN", "Minería Centro", "Junín / Pasco", ("Minería metálica",), ("Zinc, plomo y plata",)),
    ("PROV-MIN", "Proveedores mineros", "Arequipa", ("Metalmecánica",), ("Bienes y servicios para minería",)),
    ("TUR-CUS", "Turismo cultural Cusco", "Cusco", ("Alojamiento y restaurantes",), ("Turismo receptivo",)),
    ("CAFE-JUN", "Café Selva Central", "Junín", ("Café y cacao",), ("Café",)),
    ("CACAO-SM", "Cacao San Martín", "San Martín", ("Café y cacao",), ("Cacao y derivados",)),
    ("POTA-PIU", "Pota Piura (Paita)", "Piura", ("Pesca y acuicultura",), ("Pota congelada",)),
    ("HARINA-ANC", "Harina de pescado (Chimbote)", "Áncash", ("Alimentos y bebidas",),
     ("Harina y aceite de pescado",)),
    ("TEXT-LIM", "Textil y confecciones Lima", "Lima", ("Textil y confecciones",), ("Prendas de algodón",)),
    ("FIBRA-SUR", "Fibras finas de camélidos", "Arequipa / Puno", ("Ganadería y camélidos", "Textil y confecciones"),
     ("Fibra y tops de alpaca",)),
    ("UVA-ICA", "Uva de mesa Ica", "Ica", ("Agroexportación",), ("Uva de mesa",)),
    ("ARAND-LIB", "Arándano y palta La Libertad", "La Libertad", ("Agroexportación",), ("Arándano", "Palta")),
    ("AGRO-PIU", "Agroexportación Piura", "Piura", ("Agroexportación",), ("Mango, banano y limón",)),
    ("QUINUA-PUN", "Quinua Puno", "Puno", ("Cultivos andinos",), ("Quinua",)),
    ("FOREST-UCA", "Forestal Ucayali", "Ucayali", ("Madera y muebles",), ("Madera aserrada",)),
    ("LOGIS-CAL", "Logística Callao", "Callao", ("Transporte y almacenamiento",), ("Servicios logísticos",)),
    ("GASTRO-LIM", "Gastronomía Lima", "Lima", ("Alojamiento y restaurantes",), ("Gastronomía (visitantes)",)),
    ("SOFT-LIM", "Software Lima", "Lima", ("Información y comunicaciones",), ("Servicios de software",)),
    ("LACT-CAJ", "Lácteos Cajamarca", "Cajamarca", ("Ganadería y camélidos",), ("Lácteos",)),
    ("TURNAT-MDD", "Turismo de naturaleza Madre de Dios", "Madre de Dios", ("Alojamiento y restaurantes",),
     ("Turismo de naturaleza",)),
)

#: Exports: (product, regions with their share of the cluster's 2023 value) -> 2023 value in
#: US$ million (the sample's I5), CV target (the sample's R3), pattern of the series.
EXPORTS: tuple[tuple[str, Mapping[str, float], float, float, str], ...] = (
    ("Cobre y molibdeno", {"Arequipa": 0.57, "Moquegua": 0.43}, 9_800, 0.21, "cycle"),
    ("Zinc, plomo y plata", {"Junín": 0.58, "Pasco": 0.42}, 3_600, 0.24, "cycle"),
    ("Bienes y servicios para minería", {"Arequipa": 1.0}, 140, 0.17, "trend"),
    ("Turismo receptivo", {"Cusco": 1.0}, 980, 0.55, "shock"),
    ("Café", {"Junín": 1.0}, 280, 0.29, "cycle"),
    ("Cacao y derivados", {"San Martín": 1.0}, 520, 0.58, "spike"),
    ("Pota congelada", {"Piura": 1.0}, 610, 0.41, "cycle"),
    ("Harina y aceite de pescado", {"Áncash": 1.0}, 430, 0.46, "crash"),
    ("Prendas de algodón", {"Lima": 1.0}, 1_250, 0.13, "shock"),
    ("Fibra y tops de alpaca", {"Arequipa": 0.86, "Puno": 0.14}, 175, 0.22, "cycle"),
    ("Uva de mesa", {"Ica": 1.0}, 690, 0.19, "trend"),
    ("Arándano", {"La Libertad": 0.75}, 1_140, 0.52, "trend"),
    ("Palta", {"La Libertad": 0.25}, 1_140, 0.52, "trend"),
    ("Mango, banano y limón", {"Piura": 1.0}, 1_350, 0.24, "trend"),
    ("Quinua", {"Puno": 1.0}, 45, 0.44, "boom"),
    ("Madera aserrada", {"Ucayali": 1.0}, 38, 0.27, "decline"),
    ("Servicios logísticos", {"Callao": 1.0}, 310, 0.12, "trend"),
    ("Gastronomía (visitantes)", {"Lima": 1.0}, 420, 0.26, "shock"),
    ("Servicios de software", {"Lima": 1.0}, 190, 0.11, "trend"),
    ("Lácteos", {"Cajamarca": 1.0}, 15, 0.09, "trend"),
    ("Turismo de naturaleza", {"Madre de Dios": 1.0}, 60, 0.40, "shock"),
)
#: Exports of the same products from other regions, as a share of the cluster's value.
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

#: Target HHI of each cluster's firms (the sample's R1).
FIRM_HHI: Mapping[str, float] = {
    "MIN-SUR": 3_900, "MIN-CEN": 2_700, "PROV-MIN": 650, "TUR-CUS": 1_100, "CAFE-JUN": 420, "CACAO-SM": 780,
    "POTA-PIU": 1_350, "HARINA-ANC": 1_900, "TEXT-LIM": 320, "FIBRA-SUR": 3_300, "UVA-ICA": 760,
    "ARAND-LIB": 1_600, "AGRO-PIU": 540, "QUINUA-PUN": 380, "FOREST-UCA": 520, "LOGIS-CAL": 4_200,
    "GASTRO-LIM": 180, "SOFT-LIM": 420, "LACT-CAJ": 4_800, "TURNAT-MDD": 700,
}

#: Gross output 2023 by sector (S/ million) and technical coefficients a_ij (input i per unit of j's
#: output); the services rows below are added to every column.
OUTPUT: tuple[float, ...] = (30_000, 8_000, 25_000, 20_000, 8_000, 120_000, 90_000, 25_000, 8_000, 40_000,
                             110_000, 150_000, 90_000, 60_000, 40_000, 300_000)
COEFFICIENTS: Mapping[tuple[str, str], float] = {
    ("Agroexportación", "Alimentos y bebidas"): 0.06, ("Café y cacao", "Alimentos y bebidas"): 0.04,
    ("Cultivos andinos", "Alimentos y bebidas"): 0.07, ("Cultivos andinos", "Ganadería y camélidos"): 0.08,
    ("Cultivos andinos", "Alojamiento y restaurantes"): 0.06,
    ("Ganadería y camélidos", "Alimentos y bebidas"): 0.08, ("Ganadería y camélidos", "Textil y confecciones"): 0.06,
    ("Ganadería y camélidos", "Alojamiento y restaurantes"): 0.04,
    ("Pesca y acuicultura", "Alimentos y bebidas"): 0.06, ("Pesca y acuicultura", "Alojamiento y restaurantes"): 0.02,
    ("Minería metálica", "Metalmecánica"): 0.12, ("Minería metálica", "Construcción"): 0.01,
    ("Alimentos y bebidas", "Alojamiento y restaurantes"): 0.22, ("Alimentos y bebidas", "Ganadería y camélidos"): 0.05,
    ("Alimentos y bebidas", "Pesca y acuicultura"): 0.02, ("Alimentos y bebidas", "Alimentos y bebidas"): 0.08,
    ("Textil y confecciones", "Textil y confecciones"): 0.18, ("Textil y confecciones", "Otros servicios"): 0.005,
    ("Madera y muebles", "Construcción"): 0.03, ("Madera y muebles", "Madera y muebles"): 0.10,
    ("Metalmecánica", "Minería metálica"): 0.07, ("Metalmecánica", "Construcción"): 0.10,
    ("Metalmecánica", "Pesca y acuicultura"): 0.04, ("Metalmecánica", "Metalmecánica"): 0.10,
    ("Metalmecánica", "Transporte y almacenamiento"): 0.04, ("Metalmecánica", "Agroexportación"): 0.03,
    ("Construcción", "Minería metálica"): 0.03, ("Construcción", "Otros servicios"): 0.03,
    ("Comercio", "Alimentos y bebidas"): 0.05, ("Comercio", "Textil y confecciones"): 0.05,
    ("Transporte y almacenamiento", "Minería metálica"): 0.04, ("Transporte y almacenamiento", "Comercio"): 0.06,
    ("Transporte y almacenamiento", "Agroexportación"): 0.05, ("Transporte y almacenamiento", "Café y cacao"): 0.04,
    ("Comercio", "Cultivos andinos"): 0.04, ("Ganadería y camélidos", "Cultivos andinos"): 0.02,
    ("Otros servicios", "Información y comunicaciones"): 0.12, ("Información y comunicaciones", "Información y comunicaciones"): 0.08,
    ("Información y comunicaciones", "Comercio"): 0.02, ("Información y comunicaciones", "Otros servicios"): 0.03,
    ("Otros servicios", "Minería metálica"): 0.08, ("Otros servicios", "Comercio"): 0.06,
}
#: Inputs every sector buys (per unit of its output).
COMMON_INPUTS: Mapping[str, float] = {"Comercio": 0.03, "Transporte y almacenamiento": 0.03,
                                      "Otros servicios": 0.05, "Información y comunicaciones": 0.01}
