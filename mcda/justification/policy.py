"""Policy goals and instruments that answer a cluster's weakest group of criteria.

The goals and their instruments are the OECD's, as the seed article lists
them (``domain.md`` §4, the seed's Cuadro 1, from OECD 2007, *Competitive
Regional Clusters: National Policy Approaches*):

* ``engage`` (engage actors): cluster maps, facilitators; meetings, financial
  incentives for networks, maps of firm relations;
* ``suppliers`` (supplier capacity and scale): small-firm support, joint
  purchasing, quality standards, common marketing;
* ``external`` (external links): cluster/region branding, investor assistance,
  export networks, distribution chains;
* ``workforce`` (workforce for strategic industries): labour-market information,
  specialized university training, firm–school networks, programmes attracting students;
* ``research`` (link research and firms' needs): joint projects, university
  programmes, technology observatories;
* ``commercialize`` (commercialize research): IP rights and standards,
  technology-transfer services;
* ``finance``: advisory services, public guarantees for venture capital, a
  framework for private venture capital.

A cluster's weakest group (:meth:`Contributions.weakest_group`) and, inside
it, its weakest criterion choose the goals: by the criterion's id when it is
one of the default template's (``I1``..``R3``), otherwise by the group's name
(Spanish or English, accents and case ignored).  It is a *suggestion*: the
committee replaces it with its own text, kept in the session as
``policy.<cluster id>``.

Examples
--------
>>> goals_for("L1", "Encadenamientos"), goals_for("X9", "Crecimiento"), goals_for("X9", "Otro")
(('suppliers',), ('external', 'research'), ('engage',))
"""

from __future__ import annotations

import unicodedata

GOALS = ("engage", "suppliers", "external", "workforce", "research", "commercialize", "finance")

#: Setting key prefix of the committee's own policy text for a cluster.
SETTING_PREFIX = "policy."

#: Default template criteria → goals (domain.md §4: weak linkages → supplier capacity;
#: weak capabilities → workforce and R&D links).
BY_CRITERION: dict[str, tuple[str, ...]] = {
    "I1": ("engage", "suppliers"),  # small employment: networks, scale
    "I2": ("engage", "suppliers"),
    "I3": ("workforce", "research"),  # low labour income: skills and productivity
    "I4": ("engage",),  # little agglomeration: identify actors, networks
    "I5": ("external",),  # few exports: branding, export networks
    "L1": ("suppliers",),  # weak backward linkage: local supplier capacity
    "L2": ("suppliers", "external"),  # weak forward linkage: distribution chains
    "G1": ("external", "finance"),
    "G2": ("research", "commercialize"),  # losing competitiveness: innovation
    "G3": ("external",),  # slow world demand: new markets
    "G4": ("workforce", "research"),  # weak capabilities and actors
    "R1": ("suppliers", "engage"),  # one dominant firm: broaden the supplier base
    "R2": ("research", "finance"),  # over-specialization: related diversification
    "R3": ("external", "finance"),  # volatile: diversify markets, guarantees
    "CR1": ("suppliers", "engage"),  # one firm holds most of the cluster: as R1
}

#: Group names (normalized) → goals.
BY_GROUP: dict[str, tuple[str, ...]] = {
    "importancia": ("engage", "suppliers"), "importance": ("engage", "suppliers"),
    "encadenamientos": ("suppliers",), "linkages": ("suppliers",),
    "crecimiento": ("external", "research"), "growth": ("external", "research"),
    "riesgo": ("external", "finance"), "riesgos": ("external", "finance"),
    "risk": ("external", "finance"), "risks": ("external", "finance"),
}


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip().lower()


def goals_for(criterion_id: str | None, group: str | None) -> tuple[str, ...]:
    """Goals for a weakest criterion (template id) or, failing that, its group."""
    if criterion_id in BY_CRITERION:
        return BY_CRITERION[criterion_id]
    return BY_GROUP.get(_key(group or ""), ("engage",))


def setting_key(cluster_id: str) -> str:
    return SETTING_PREFIX + cluster_id
