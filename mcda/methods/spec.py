"""Descriptions of the ranking methods and their parameters.

A :class:`MethodInfo` says what a method is called (through message codes:
the text lives in ``resources/messages/methods.json``), which scores are
better, which parameters it takes (with defaults and allowed values) and the
code of the convention text for a given set of parameters.

>>> p = ParamSpec("v", 0.5, minimum=0.0, maximum=1.0)
>>> p.parse("0,25")
0.25
>>> ParamSpec("normalization", "vector", choices=("vector", "minmax")).parse(" MinMax ")
'minmax'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from mcda.errors import InputError, Issue


@dataclass(frozen=True)
class ParamSpec:
    """One parameter: a choice among words, or a number in a closed range."""

    key: str
    default: Any
    choices: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def kind(self) -> str:
        return "choice" if self.choices is not None else "number"

    def allowed(self) -> str:
        """Allowed values as short text (for messages): ``vector|minmax`` or ``[0, 1]``."""
        if self.choices is not None:
            return "|".join(self.choices)
        return f"[{self.minimum:g}, {self.maximum:g}]"

    def parse(self, value: Any) -> Any:
        """The typed value, or ``ValueError`` when it is not allowed.

        Numbers accept a decimal comma (``0,5``), as typed in Spanish.
        """
        if self.choices is not None:
            text = str(value).strip().lower()
            if text not in self.choices:
                raise ValueError(text)
            return text
        if isinstance(value, bool):
            raise ValueError(value)
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        number = float(value)
        if number != number or (self.minimum is not None and number < self.minimum) or (
            self.maximum is not None and number > self.maximum
        ):
            raise ValueError(value)
        return number


@dataclass(frozen=True)
class MethodInfo:
    """What a ranking method is and which parameters it takes.

    Attributes
    ----------
    id : str
        ``"topsis"``, ``"vikor"`` ...
    better : str
        ``"higher"`` or ``"lower"``: which scores are better.
    parameters : tuple of ParamSpec
        User-settable parameters (``--param id.key=value``), with defaults.
    reference : str
        The textbook source followed (author, year).
    conventions : Mapping[str, str]
        Convention message code per value of the parameter named by
        ``convention_key`` (or under ``""`` when it does not vary).
    convention_key : str
        Parameter whose value selects the convention text ("" if none).
    """

    id: str
    better: str
    parameters: tuple[ParamSpec, ...]
    reference: str
    conventions: Mapping[str, str]
    convention_key: str = ""

    @property
    def name_code(self) -> str:
        """Message code of the method's display name."""
        return f"method.name.{self.id}"

    def name(self, lang: str = "es") -> str:
        """Display name in ``lang`` (from the message catalogue)."""
        from mcda.text import message

        return message(self.name_code, lang)

    @property
    def defaults(self) -> dict[str, Any]:
        return {p.key: p.default for p in self.parameters}

    def param(self, key: str) -> ParamSpec | None:
        return next((p for p in self.parameters if p.key == key), None)

    def convention(self, params: Mapping[str, Any]) -> str:
        """Message code of the textbook convention followed with ``params``."""
        if self.convention_key:
            return self.conventions[str(params[self.convention_key])]
        return self.conventions[""]

    def resolve(self, params: Mapping[str, Any] | None) -> dict[str, Any]:
        """Defaults overlaid with ``params`` (typed); ``InputError`` listing every bad one."""
        resolved = self.defaults
        issues: list[Issue] = []
        for key, value in (params or {}).items():
            spec = self.param(str(key))
            if spec is None:
                issues.append(Issue("method.param_unknown_key", params={
                    "method": self.id, "key": key, "known": ", ".join(p.key for p in self.parameters) or "-"}))
                continue
            try:
                resolved[spec.key] = spec.parse(value)
            except (TypeError, ValueError):
                issues.append(Issue("method.param_bad_value", params={
                    "method": self.id, "key": spec.key, "value": value, "allowed": spec.allowed()}))
        if issues:
            raise InputError(issues)
        return resolved


#: Signature of a validated method runner: (prepared data, resolved params) -> result.
Runner = Callable[..., Any]
