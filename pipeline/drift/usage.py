"""Which way each component travels: sent by the client, received by it, or both.

A change to a schema is judged by how the schema is used (classify.py): a new required property breaks
requests but not responses. Usage is found by following `$ref`s from every operation's parameters and
request body (request) and responses (response), through any chain of components.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.drift.changes import Usage
from pipeline.drift.documents import resolve_pointer
from pipeline.spec_model import operations


def _refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs_in(item)


def _roots(document: dict[str, Any]) -> Iterator[tuple[Any, Usage]]:
    for operation in operations(document):
        yield operation.all_parameters, Usage.REQUEST
        yield operation.raw.get("requestBody"), Usage.REQUEST
        yield operation.raw.get("responses"), Usage.RESPONSE


def component_usage(document: dict[str, Any]) -> dict[str, Usage]:
    """Map each `#/components/...` pointer reachable from an operation to the ways it travels."""
    usage: dict[str, Usage] = {}
    pending: list[tuple[Any, Usage]] = list(_roots(document))
    while pending:
        node, direction = pending.pop()
        for ref in _refs_in(node):
            known = usage.get(ref, Usage.NONE)
            if direction not in known:
                usage[ref] = known | direction
                pending.append((resolve_pointer(document, ref), direction))
    return usage


class UsageMap:
    """Usage over OLD and NEW together: an element that travelled a way in either version still matters that way."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self._usage = component_usage(old)
        for ref, direction in component_usage(new).items():
            self._usage[ref] = self._usage.get(ref, Usage.NONE) | direction

    def of(self, ref: str) -> Usage:
        # A schema no operation uses still becomes a model class users may build or read: judge it both ways.
        return self._usage.get(ref, Usage.BOTH)
