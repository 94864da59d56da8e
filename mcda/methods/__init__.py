"""Ranking methods: AHP synthesis, TOPSIS, VIKOR, PROMETHEE II, WSM, COPRAS.

pymcdm is used only through :mod:`mcda.methods.pymcdm_bridge` (lazily).
"""
