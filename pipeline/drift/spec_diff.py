"""Everything that changed between two OpenAPI documents, judged for a user of the generated client.

Operations (operations.py) are compared by operationId; components are compared once each, here:
schemas with the usage found by following `$ref`s from the operations (usage.py), shared parameters,
request bodies and responses with the direction their kind implies. Schemas renamed with their shape kept
(renames.py) are one `schema-renamed` each, and OLD is otherwise read with their new names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.drift.changes import Change
from pipeline.drift.classify import classified
from pipeline.drift.documents import pointer
from pipeline.drift.operations import Sides, diff_operations, diff_parameter, diff_request_body, diff_response
from pipeline.drift.renames import as_renamed, paired_schema_renames
from pipeline.drift.schemas import describe, diff_schema
from pipeline.drift.usage import UsageMap


def _components(document: dict[str, Any], section: str) -> dict[str, Any]:
    found = document.get("components", {}).get(section)
    return found if isinstance(found, dict) else {}


def _diff_schemas(sides: Sides, usage: UsageMap) -> Iterator[Change]:
    old, new = _components(sides.old, "schemas"), _components(sides.new, "schemas")
    for name in sorted(old.keys() | new.keys()):
        where = pointer("components", "schemas", name)
        if name not in new:
            yield classified("schema-removed", where, f"{describe(old[name])} schema removed")
        elif name not in old:
            yield classified("schema-added", where, f"{describe(new[name])} schema added")
        else:
            yield from diff_schema(old[name], new[name], where, usage.of(where))


def _diff_shared(sides: Sides) -> Iterator[Change]:
    """Components that operations refer to; an added or removed one shows up in the operations using it."""
    for section in ("parameters", "requestBodies", "responses"):
        old, new = _components(sides.old, section), _components(sides.new, section)
        for name in sorted(old.keys() & new.keys()):
            where = pointer("components", section, name)
            if section == "parameters":
                yield from diff_parameter(sides, old[name], new[name], where)
            elif section == "requestBodies":
                yield from diff_request_body(old[name], new[name], where, where)
            else:
                yield from diff_response(old[name], new[name], where, where)


def _renamed_schemas(renames: dict[str, str], usage: UsageMap) -> Iterator[Change]:
    for old_name, new_name in sorted(renames.items()):
        where = pointer("components", "schemas", new_name)
        detail = f"renamed from {old_name} (same shape)"
        yield classified("schema-renamed", where, detail, usage=usage.of(where))


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    renames = paired_schema_renames(old, new)
    sides = Sides(as_renamed(old, renames), new)
    usage = UsageMap(sides.old, new)
    changes = [
        *_renamed_schemas(renames, usage),
        *diff_operations(sides),
        *_diff_schemas(sides, usage),
        *_diff_shared(sides),
    ]
    return sorted(changes, key=Change.sort_key)
