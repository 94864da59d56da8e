"""The ``Mapeo`` sheet: which sectors (of ``Empleo`` and ``Insumo-Producto``)
and which export products (of ``Exportaciones``) make up each cluster.

One row per (cluster, sector) or (cluster, product) pair; a row may carry
both.  ``nombre`` may be given on any row of the cluster (the first non-empty
one counts).  ``region`` names the department(s) where the cluster is: a cell
may list several separated by ``/``, ``;`` or ``,`` (``Arequipa / Moquegua``),
and the regions of all its rows are joined.  A sector that is in neither ``Empleo`` nor
``Insumo-Producto`` is an error naming its cell (a misspelt sector would
otherwise silently drop out of the cluster).

Examples
--------
>>> from mcda.indicators.raw_sheets import Collector, Names
>>> out, regions, sectors, products = Collector(), Names(), Names(), Names()
>>> _ = regions.add("Junín"); _ = sectors.add("Café y cacao")
>>> rows = [["cluster", "nombre", "region", "sector"], ["C01", "Café", "JUNIN", "cafe y cacao"],
...         ["C01", "", "", "Madera"]]
>>> clusters = mapping_clusters(rows, "Mapeo", out, regions, sectors, products, {"cafe y cacao"})
>>> clusters[0]
ClusterDef(id='C01', name='Café', regions=('Junín',), sectors=('Café y cacao',), products=(), cell='A2')
>>> [(i.location, i.code) for i in out.issues]
[('Mapeo!D3', 'indicators.mapping.unknown_sector')]
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass, replace

import pandas as pd

from mcda.errors import Issue, cell_ref
from mcda.indicators.raw_sheets import Collector, Names, Rows, data_rows, find_header, key, text


@dataclass(frozen=True)
class ClusterDef:
    """A cluster of the ``Mapeo`` sheet and the sectors / products it groups."""

    id: str
    name: str
    regions: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    cell: str = ""

    @property
    def region(self) -> str:
        """The regions as one text (``"Arequipa / Moquegua"``)."""
        return " / ".join(self.regions)


def mapping_clusters(rows: Rows, sheet: str, out: Collector, regions: Names, sectors: Names, products: Names,
                     employment_sectors: Set[str]) -> tuple[ClusterDef, ...]:
    """Parse ``Mapeo``; names are resolved to the spelling used in the data
    sheets (regions and sectors of ``Empleo`` / ``Insumo-Producto``)."""
    header = find_header(rows, sheet, "mapping", out)
    if header is None:
        return ()
    cols = header.columns
    clusters: dict[str, ClusterDef] = {}
    for r, row in data_rows(rows, header):
        cid = text(row, cols["cluster"])
        if not cid:
            out.error("indicators.cell.empty", sheet, r, cols["cluster"])
            continue
        c = clusters.get(key(cid)) or ClusterDef(id=cid, name="", cell=cell_ref(r, cols["cluster"]))
        name = text(row, cols.get("name"))
        if name and not c.name:
            c = replace(c, name=name)
        elif name and key(name) != key(c.name):
            out.warn("indicators.mapping.name_conflict", sheet, r, cols["name"], cluster=cid, name=name,
                     first=c.name)
        for region in _split_regions(text(row, cols.get("region"))):
            known = regions.get(region)
            if known is None:
                out.error("indicators.mapping.unknown_region", sheet, r, cols["region"], region=region)
            elif known not in c.regions:
                c = replace(c, regions=(*c.regions, known))
        sector = text(row, cols.get("sector"))
        if sector:
            known = sectors.get(sector)
            if known is None:
                out.error("indicators.mapping.unknown_sector", sheet, r, cols["sector"], sector=sector)
            else:
                if key(known) not in employment_sectors:
                    out.warn("indicators.mapping.sector_without_employment", sheet, r, cols["sector"],
                             sector=known)
                if known not in c.sectors:
                    c = replace(c, sectors=(*c.sectors, known))
        product = text(row, cols.get("product"))
        if product:
            known = products.get(product)
            if known is None and len(products):
                out.warn("indicators.mapping.unknown_product", sheet, r, cols["product"], product=product)
            name_p = known or product
            if name_p not in c.products:
                c = replace(c, products=(*c.products, name_p))
        clusters[key(cid)] = c
    result = tuple(replace(c, name=c.name or c.id) for c in clusters.values())
    if not result:
        out.error("indicators.sheet.no_data", sheet)
    return result


def _split_regions(cell: str) -> list[str]:
    """Region names of a ``region`` cell.

    >>> _split_regions("Arequipa / Moquegua; Puno"), _split_regions("")
    (['Arequipa', 'Moquegua', 'Puno'], [])
    """
    return [part.strip() for part in re.split(r"[/;,]", cell) if part.strip()]


def resolve_firm_clusters(firms: pd.DataFrame, clusters: tuple[ClusterDef, ...], sheet: str,
                          out: Collector) -> pd.DataFrame:
    """Replace the ``cluster`` column of ``Empresas`` by cluster ids (a cell
    may hold the id or the name); an unknown cluster is an error."""
    lookup = {key(c.id): c.id for c in clusters}
    for c in clusters:
        lookup.setdefault(key(c.name), c.id)
    ids: list[str | None] = []
    for value, where in zip(firms["cluster"], firms["cell"], strict=True):
        cid = lookup.get(key(value))
        if cid is None:
            out.issues.append(_unknown(sheet, where, value))
        ids.append(cid)
    result = firms.copy()  # what ``assign`` does; its stub rejects None in a list
    result["cluster"] = ids
    return result[result["cluster"].notna()].reset_index(drop=True)


def _unknown(sheet: str, where: str, value: str) -> Issue:
    return Issue("indicators.firms.unknown_cluster", sheet=sheet, cell=where, params={"cluster": value})
