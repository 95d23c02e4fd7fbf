"""The site visit's rules as data (``resources/standards/inspection.toml``): the discrepancy tolerance and the risk
ranking's weights, with the ranking rule in words for the inspector. Pure."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import msg
from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.standards.numbers import exact


@dataclass(frozen=True)
class InspectionRules:
    tolerance: Fraction
    near_window: float
    near_weight: float
    change_weight: float
    unexplained_weight: float
    weak_weight: float
    weak_explanation_chars: int
    cv_share_min: float
    cv_weight: float
    text_zh: str
    text_en: str

    def to_json(self) -> dict[str, object]:
        """The rule as the pack carries it, so the inspector sees the rule the county ranked by."""
        return {"tolerance": float(self.tolerance), "near_window": self.near_window, "near_weight": self.near_weight,
                "change_weight": self.change_weight, "unexplained_weight": self.unexplained_weight,
                "weak_weight": self.weak_weight, "weak_explanation_chars": self.weak_explanation_chars,
                "cv_share_min": self.cv_share_min, "cv_weight": self.cv_weight,
                "text": {"zh": self.text_zh, "en": self.text_en}}


@cache
def inspection_rules() -> InspectionRules:
    path = resource_path("standards", "inspection.toml")
    try:
        with open(path, "rb") as handle:
            raw = tomllib.load(handle)
        risk = raw["risk"]
        return InspectionRules(
            tolerance=Fraction(str(raw["tolerance"])), near_window=float(risk["near_window"]),
            near_weight=float(risk["near_weight"]), change_weight=float(risk["change_weight"]),
            unexplained_weight=float(risk["unexplained_weight"]), weak_weight=float(risk["weak_weight"]),
            weak_explanation_chars=int(risk["weak_explanation_chars"]), cv_share_min=float(risk["cv_share_min"]),
            cv_weight=float(risk["cv_weight"]), text_zh=str(risk["text"]["zh"]), text_en=str(risk["text"]["en"]))
    except (OSError, KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise JcError(msg("核查规则文件无法读取：{exc}", exc=exc), file=str(path),
                      rule="inspection-rules") from None


def ratio(declared: float | None, verified: float | None) -> float | None:
    """verified ÷ declared, or None when either is missing or declared is 0."""
    if declared is None or verified is None or not declared:
        return None
    return verified / declared


def flagged(declared: float | None, verified: float | None, tolerance: Fraction | None = None) -> bool:
    """The verified value differs from the declared one by more than the tolerance (exactly; inclusive limit)."""
    if declared is None or verified is None:
        return False
    limit = inspection_rules().tolerance if tolerance is None else tolerance
    if not declared:
        return bool(verified)
    return abs(exact(verified) / exact(declared) - 1) > limit
