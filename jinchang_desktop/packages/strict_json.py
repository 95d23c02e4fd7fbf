"""Strict JSON from outside bytes, one parser for manifests and payloads alike.

A signed file is read by more than one program (this app, a county's, openssl and a person with a text editor);
each of them must see the same document, so what JSON leaves to the reader is refused: repeated keys, NaN and
infinity, lone surrogates, and nesting deep enough to exhaust a recursive reader.
"""
from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 32  # our payloads nest four levels at most (the profile document a few more)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A repeated key would let two readers see two different payloads under one signature.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"repeated key {key!r}")
        result[key] = value
    return result


def parse_strict_json(raw: bytes) -> Any:
    """Strict JSON from outside bytes: UTF-8, no NaN, no repeated keys, no lone surrogates, bounded nesting.

    Raises ValueError with the reason (RecursionError and UnicodeError are turned into it), never anything else.
    """
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=_unique_keys, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 ({exc.reason})") from None
    # A lone surrogate can only come from a \u escape (UTF-8 decoding refuses an encoded one): strings are
    # looked at only when the bytes hold an escape in the surrogate range.
    _check_tree(value, strings=_SURROGATE_ESCAPE.search(raw) is not None)
    return value


def _check_tree(value: Any, *, strings: bool) -> None:
    """Refuse deep nesting, and (``strings``) lone surrogates anywhere, keys included, without recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ValueError(f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(item, dict):
            for key, inner in item.items():
                if strings:
                    _check_string(key)
                if isinstance(inner, (dict, list)) or (strings and isinstance(inner, str)):
                    stack.append((inner, depth + 1))
        elif isinstance(item, list):
            stack.extend((inner, depth + 1) for inner in item if isinstance(inner, (dict, list, str)))
        elif strings and isinstance(item, str):
            _check_string(item)


def _check_string(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("a string holds a lone surrogate (\\ud800–\\udfff), which is not text") from None
