"""Compare two versions of one schema element, recursively, and report each difference where it is defined.

A `$ref` is compared as a name only: the referenced schema is compared once, at its own pointer, with the
usage of that component (usage.py). So each change is reported once, where a maintainer would fix it.

Forms that generate the same Python compare equal (`equivalent`): `allOf: [$ref]` is the `$ref`, and a
`oneOf`/`anyOf` member that only describes (description, example, title) constrains nothing and is dropped.
Besides the shape, the validation limits (`maxLength`, `pattern`, `minimum`, ...) are compared: narrowed in
a request, a value the API took is now rejected; `deprecated`, `readOnly` and `writeOnly` flips are heads-up.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pipeline.drift.changes import Change, Usage
from pipeline.drift.classify import classified
from pipeline.drift.documents import escape, ref_name

COMPOSITIONS = ("allOf", "oneOf", "anyOf")
DESCRIPTIVE = frozenset({"description", "example", "examples", "title", "externalDocs"})  # say, but never constrain
# What makes a schema something of its own; a schema with none of these beside one allOf member is that member.
STRUCTURAL = frozenset({"type", "properties", "items", "additionalProperties", "enum", "$ref", *COMPOSITIONS})
# Validation limits: (keyword, which new value narrows). None: any change narrows (a pattern).
UPPER, LOWER = "upper", "lower"
LIMITS = (
    ("maxLength", UPPER),
    ("minLength", LOWER),
    ("maxItems", UPPER),
    ("minItems", LOWER),
    ("maximum", UPPER),
    ("minimum", LOWER),
    ("pattern", None),
)
MAX_DESCRIBED = 40  # characters of a member's description shown in place of its missing type
# openapi-python-client gives these string formats their own Python type; any other format stays `str`.
PYTHON_TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})


def _only_describes(member: Any) -> bool:
    return isinstance(member, dict) and bool(member) and member.keys() <= DESCRIPTIVE


def equivalent(schema: Any) -> Any:
    """The schema in the form the generator makes the same Python from (see the module docstring)."""
    if not isinstance(schema, dict):
        return schema
    result = dict(schema)
    for keyword in ("oneOf", "anyOf"):
        members = result.get(keyword)
        if isinstance(members, list) and any(_only_describes(member) for member in members):
            kept = [member for member in members if not _only_describes(member)]
            if kept:
                result[keyword] = kept
            else:
                del result[keyword]
    for keyword in COMPOSITIONS:
        members = result.get(keyword)
        others = (result.keys() & STRUCTURAL) - {keyword}
        if isinstance(members, list) and len(members) == 1 and isinstance(members[0], dict) and not others:
            del result[keyword]
            result = {**result, **equivalent(members[0])}  # the member's own words win over the wrapper's
    return result


def shape(schema: Any) -> str:
    """What a schema is, without its details: `string`, `$ref Contact`, `allOf[$ref Base, object]`."""
    schema = equivalent(schema)
    if not isinstance(schema, dict):
        return "any"
    if isinstance(schema.get("$ref"), str):
        return f"$ref {ref_name(schema['$ref'])}"
    parts = []
    declared = schema.get("type")
    if declared is None and "properties" in schema:
        declared = "object"  # an untyped schema with properties is an object to the generator too
    elif declared is None and "items" in schema:
        declared = "array"
    if declared is not None:
        parts.append(str(declared))
    for keyword in COMPOSITIONS:
        members = schema.get(keyword)
        if isinstance(members, list):
            parts.append(f"{keyword}[{', '.join(shape(member) for member in members)}]")
    return " & ".join(parts) or "any"


def describe(schema: Any) -> str:
    """`shape`, for people: a format named, and a member with no type told by what it does carry."""
    schema = equivalent(schema)
    if not isinstance(schema, dict):
        return "any"
    text = shape(schema)
    if text == "any":
        return _untyped(schema)
    if any(isinstance(schema.get(keyword), list) for keyword in COMPOSITIONS):
        parts = [str(schema["type"])] if "type" in schema else []
        for keyword in COMPOSITIONS:
            if isinstance(schema.get(keyword), list):
                parts.append(f"{keyword}[{', '.join(describe(member) for member in schema[keyword])}]")
        text = " & ".join(parts)
    if schema.get("format"):
        text += f" ({schema['format']})"
    return text


def _untyped(schema: dict[str, Any]) -> str:
    """A schema without a type: `enum("a", "b")`, `range(1..10)`, `"the first words of its description…"`."""
    if isinstance(schema.get("enum"), list):
        return f"enum({', '.join(json.dumps(value) for value in schema['enum'])})"
    if "minimum" in schema or "maximum" in schema:
        return f"range({schema.get('minimum', '')}..{schema.get('maximum', '')})"
    said = " ".join(str(schema.get("description") or schema.get("title") or "").split())
    if said:
        return json.dumps(said if len(said) <= MAX_DESCRIBED else said[: MAX_DESCRIBED - 1] + "…")
    return "any"


def property_usage(usage: Usage, schema: Any) -> Usage:
    """readOnly properties only come back in responses; writeOnly ones are only sent."""
    if isinstance(schema, dict) and schema.get("readOnly") is True:
        return usage & Usage.RESPONSE
    if isinstance(schema, dict) and schema.get("writeOnly") is True:
        return usage & Usage.REQUEST
    return usage


def _values(schema: dict[str, Any]) -> dict[str, Any]:
    enum = schema.get("enum")
    # Keyed by JSON text so that 1, "1" and True stay distinct values.
    return {json.dumps(value, sort_keys=True): value for value in enum} if isinstance(enum, list) else {}


def _listing(values: list[str]) -> str:
    return ", ".join(sorted(values))


def diff_schema(old: Any, new: Any, where: str, usage: Usage) -> Iterator[Change]:
    """`where` is the JSON pointer (or the parameter) of this element; children extend it pointer-style."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return
    old, new = equivalent(old), equivalent(new)
    old_shape, new_shape = shape(old), shape(new)
    if old_shape != new_shape:
        yield classified("type-changed", where, f"{describe(old)} → {describe(new)}", usage=usage)
        return  # below this point OLD and NEW describe different things; comparing their parts is noise
    if bool(old.get("nullable")) != bool(new.get("nullable")):
        case = "now nullable" if new.get("nullable") else "no longer nullable"
        yield classified("nullable-changed", where, case, usage=usage, case=case)
    yield from diff_flags(old, new, where, usage)
    if "$ref" in old:
        return  # the referenced schema is compared at its own pointer
    yield from _diff_format(old, new, where, usage)
    yield from _diff_limits(old, new, where, usage)
    yield from _diff_enum(old, new, where, usage)
    yield from _diff_properties(old, new, where, usage)
    for keyword in ("items", "additionalProperties"):
        yield from diff_schema(old.get(keyword), new.get(keyword), f"{where}/{keyword}", usage)
    for keyword in COMPOSITIONS:
        # The shapes are equal, so both sides have the same number of members with the same shapes.
        members = zip(old.get(keyword) or [], new.get(keyword) or [], strict=True)
        for index, (old_member, new_member) in enumerate(members):
            yield from diff_schema(old_member, new_member, f"{where}/{keyword}/{index}", usage)


def diff_flags(old: dict[str, Any], new: dict[str, Any], where: str, usage: Usage) -> Iterator[Change]:
    """deprecated, readOnly and writeOnly flips: heads-up (the regenerated packages tell what the flip does)."""
    if bool(old.get("deprecated")) != bool(new.get("deprecated")):
        case = "now deprecated" if new.get("deprecated") else "no longer deprecated"
        yield classified("deprecated-changed", where, case, usage=usage, case=case)
    for keyword, kind in (("readOnly", "read-only-changed"), ("writeOnly", "write-only-changed")):
        if bool(old.get(keyword)) != bool(new.get(keyword)):
            detail = f"now {keyword}" if new.get(keyword) else f"no longer {keyword}"
            yield classified(kind, where, detail, usage=usage)


def _narrows(old: Any, new: Any, direction: str | None) -> bool:
    if new is None:
        return False  # a limit dropped only widens
    if old is None or direction is None:
        return True  # a new limit, or another pattern: values that passed may now fail
    return bool(new < old) if direction == UPPER else bool(new > old)


def _diff_limits(old: dict[str, Any], new: dict[str, Any], where: str, usage: Usage) -> Iterator[Change]:
    for keyword, direction in LIMITS:
        old_limit, new_limit = old.get(keyword), new.get(keyword)
        if old_limit == new_limit:
            continue
        kind = "constraint-narrowed" if _narrows(old_limit, new_limit, direction) else "constraint-widened"
        shown = (json.dumps(value) if value is not None else "(none)" for value in (old_limit, new_limit))
        yield classified(kind, where, f"{keyword} {' → '.join(shown)}", usage=usage)


def _diff_format(old: dict[str, Any], new: dict[str, Any], where: str, usage: Usage) -> Iterator[Change]:
    old_format, new_format = old.get("format"), new.get("format")
    if old_format == new_format:
        return
    case = "python type" if {old_format, new_format} & PYTHON_TYPED_FORMATS else "validation only"
    detail = f"format {old_format or '(none)'} → {new_format or '(none)'}"
    yield classified("format-changed", where, detail, usage=usage, case=case)


def _diff_enum(old: dict[str, Any], new: dict[str, Any], where: str, usage: Usage) -> Iterator[Change]:
    old_values, new_values = _values(old), _values(new)
    if not old_values or not new_values:
        # An enum appearing or vanishing changes the generated type (str <-> StrEnum class).
        if old_values != new_values:
            detail = "values constrained to an enum" if new_values else "enum constraint removed"
            yield classified("type-changed", where, detail, usage=usage)
        return
    if added := [text for text in new_values if text not in old_values]:
        yield classified("enum-value-added", f"{where}/enum", f"added {_listing(added)}", usage=usage)
    if removed := [text for text in old_values if text not in new_values]:
        yield classified("enum-value-removed", f"{where}/enum", f"removed {_listing(removed)}", usage=usage)


def _diff_properties(old: dict[str, Any], new: dict[str, Any], where: str, usage: Usage) -> Iterator[Change]:
    old_properties: dict[str, Any] = old.get("properties") or {}
    new_properties: dict[str, Any] = new.get("properties") or {}
    old_required = set(old.get("required") or [])
    new_required = set(new.get("required") or [])
    for name in sorted(old_properties.keys() | new_properties.keys()):
        child = f"{where}/properties/{escape(name)}"
        if name not in new_properties:
            prop_usage = property_usage(usage, old_properties[name])
            yield classified("property-removed", child, f"{describe(old_properties[name])} removed", usage=prop_usage)
            continue
        prop_usage = property_usage(usage, new_properties[name])
        if name not in old_properties:
            case = "required" if name in new_required else "optional"
            detail = f"{case} {describe(new_properties[name])} added"
            yield classified("property-added", child, detail, usage=prop_usage, case=case)
            continue
        if name in new_required and name not in old_required:
            yield classified("required-added", child, "property now required", usage=prop_usage)
        elif name in old_required and name not in new_required:
            yield classified("required-removed", child, "property no longer required", usage=prop_usage)
        yield from diff_schema(old_properties[name], new_properties[name], child, prop_usage)
    # `required` may name properties declared elsewhere (an allOf member): still a change of this element.
    declared = old_properties.keys() | new_properties.keys()
    for name in sorted((new_required - old_required) - declared):
        yield classified("required-added", f"{where}/required", f"{name} now required", usage=usage)
    for name in sorted((old_required - new_required) - declared):
        yield classified("required-removed", f"{where}/required", f"{name} no longer required", usage=usage)
