"""The ledger's working rules as data: suggested owners (the plan's 责任单位) and default deadlines.

``resources/standards/ledger.toml`` maps each indicator to the task of 金政办发〔2025〕20号 that names it, and each
task to its responsible units; the deadline rule counts back from the profile's target years. Pure functions.
"""
from __future__ import annotations

import calendar
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import N_, Msg, Named, msg
from jinchang_desktop.resource_files import resource_path
from jinchang_desktop.standards.catalogue import Profile

# Profile target keys in the order they fall, with their names.
MILESTONES = (("provincial_acceptance", N_("省级验收")), ("national_acceptance", N_("国家验收")))


@dataclass(frozen=True)
class Task:
    number: int
    title: str
    units: tuple[str, ...]


@dataclass(frozen=True)
class Owner:
    """The suggested owner of an indicator's items: the first unit its task names, and all of them."""

    department: str
    units: tuple[str, ...]
    task: int

    @property
    def basis(self) -> str:
        return f"JC 任务{self.task}"


@dataclass(frozen=True)
class Milestone(Named):
    key: str
    name: Msg
    on: date


@dataclass(frozen=True)
class LedgerRules:
    tasks: dict[int, Task]
    indicator_task: dict[str, int]
    milestone_month: int
    milestone_day: int
    lead_months: int

    def owner(self, indicator: str | None) -> Owner | None:
        """The suggested owner of ``indicator`` (``"cv"`` for a CV item); None when the plan names none."""
        number = self.indicator_task.get(indicator or "")
        if number is None:
            return None
        task = self.tasks[number]
        return Owner(task.units[0], task.units, number)

    def milestones(self, profile: Profile) -> list[Milestone]:
        """The profile's target dates, in order; none for a profile without targets (the national one)."""
        targets = profile.document.get("targets", {})
        found = []
        for key, name in MILESTONES:
            year = targets.get(key)
            if isinstance(year, int):
                found.append(Milestone(key, msg(name), date(year, self.milestone_month, self.milestone_day)))
        return found

    def next_milestone(self, profile: Profile, today: date) -> Milestone | None:
        """The first milestone not yet past on ``today`` (the last one once all are past)."""
        stones = self.milestones(profile)
        for stone in stones:
            if stone.on >= today:
                return stone
        return stones[-1] if stones else None

    def default_due(self, profile: Profile, today: date) -> date | None:
        """时间倒排: ``lead_months`` before the next milestone; None when the profile has no targets."""
        stone = self.next_milestone(profile, today)
        return None if stone is None else months_before(stone.on, self.lead_months)


def months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@cache
def ledger_rules() -> LedgerRules:
    path = resource_path("standards", "ledger.toml")
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
        tasks = {int(t["number"]): Task(int(t["number"]), str(t["title"]), tuple(t["units"])) for t in raw["task"]}
        indicator_task = {str(k): int(v) for k, v in raw["indicator_task"].items()}
        month, day = (int(p) for p in str(raw["deadline"]["milestone_month_day"]).split("-"))
        lead = int(raw["deadline"]["lead_months"])
        date(2000, month, day)  # a real day of the year
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError, TypeError) as exc:
        raise JcError(msg("台账规则文件有误：{exc}", exc=exc), file=str(path),
                      rule="resources") from None
    unknown = sorted(k for k, n in indicator_task.items() if n not in tasks)
    if unknown or any(not t.units for t in tasks.values()):
        raise JcError(msg("台账规则引用了不存在的任务或空的责任单位：{unknown}", unknown=unknown),
                      file=str(path), rule="resources")
    return LedgerRules(tasks, indicator_task, month, day, lead)
