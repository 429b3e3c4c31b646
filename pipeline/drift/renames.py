"""Schema renames: a component schema removed and another added with the same shape is one rename.

The shape is the schema without its words (description, example, title): what the generator builds a class from.
A pair is taken only when it is unambiguous (one removed and one added schema share the shape). OLD is then
compared as if it had used the new name all along (`as_renamed`), so every `$ref X` → `$ref Y` elsewhere is no
change, and the rename is reported once, at the schema.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from pipeline.drift.schemas import DESCRIPTIVE

SCHEMAS_PREFIX = "#/components/schemas/"


def _without_words(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        found: dict[str, Any] = {}
        for key, value in node.items():
            if key in DESCRIPTIVE:
                continue
            if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMAS_PREFIX):
                name = value.removeprefix(SCHEMAS_PREFIX)
                found[key] = SCHEMAS_PREFIX + renames.get(name, name)
            elif key == "properties" and isinstance(value, dict):  # a map of names: a field may be called `title`
                found[key] = {name: _without_words(schema, renames) for name, schema in value.items()}
            else:
                found[key] = _without_words(value, renames)
        return found
    if isinstance(node, list):
        return [_without_words(item, renames) for item in node]
    return node


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    found = document.get("components", {}).get("schemas")
    return found if isinstance(found, dict) else {}


def paired_schema_renames(old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
    """{old name: new name} for each removed schema whose shape exactly one added schema has, and only it."""
    old_schemas, new_schemas = _schemas(old), _schemas(new)
    renames: dict[str, str] = {}
    for _ in range(2):  # a second pass pairs schemas that refer to a schema paired in the first
        removed = sorted(old_schemas.keys() - new_schemas.keys() - renames.keys())
        added = sorted(new_schemas.keys() - old_schemas.keys() - set(renames.values()))
        by_shape: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        for name in removed:
            by_shape[json.dumps(_without_words(old_schemas[name], renames), sort_keys=True)][0].append(name)
        for name in added:
            by_shape[json.dumps(_without_words(new_schemas[name], {}), sort_keys=True)][1].append(name)
        paired = {olds[0]: news[0] for olds, news in by_shape.values() if len(olds) == len(news) == 1}
        if not paired:
            break
        renames.update(paired)
    return renames


def as_renamed(document: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """A copy of `document` using the new names of renamed schemas, in components and in every `$ref`."""
    if not renames:
        return document
    refs = {SCHEMAS_PREFIX + old: SCHEMAS_PREFIX + new for old, new in renames.items()}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: refs.get(value, value) if key == "$ref" else rewrite(value) for key, value in node.items()}
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    renamed: dict[str, Any] = rewrite(document)  # new containers throughout: `document` is left as it is
    schemas = _schemas(renamed)
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
    return renamed
