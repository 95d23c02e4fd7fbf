"""Command-line subcommands, one module each; each has ``register(subparsers)`` and sets ``func``."""
from __future__ import annotations

COMMAND_MODULES = ("assess_cmd", "workspace_cmds", "package_cmds", "trust_cmds", "review_cmds", "report_cmd",
                   "county_cmds", "plan_cmd", "ledger_cmd", "inspect_cmds")
