"""Example values for schemas: the spec's own property examples where they fit, else values made from type/format/enum.

The spec has no whole-response examples, but its properties carry `example` values. Those are used when they fit
their own schema (a few do not, e.g. "1" for an integer; `ignored_examples()` lists them); anything else is made
from the type, format and enum. Everything is deterministic: document order, no randomness, no clock.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pipeline.cassettes.spec_view import Schema, SpecView, innermost_key

Direction = Literal["request", "response"]

FIXED_DATE = "2024-01-15"
FIXED_DATE_TIME = "2024-01-15T10:30:00+0000"  # GetResponse's own wire form: an offset without a colon
EXAMPLE_EMAIL = "jane.doe@example.com"
MAX_RESPONSE_DEPTH = 4  # deeper than this, response objects carry their required properties only (compact cassettes)
MAX_OPTIONAL_REQUEST_FIELDS = 3  # a request body carries its required fields and up to this many optional ones

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# RFC 3339, and the "+0000" offsets GetResponse sends (ISO 8601 basic offset).
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$")
_ID_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class _Recursion:
    """Returned where a schema refers back to one being built: the caller leaves that value out."""


RECURSION = _Recursion()


def short_id(seed: str) -> str:
    """A GetResponse-looking resource id ("pV3r") that depends only on seed."""
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(_ID_ALPHABET[byte % len(_ID_ALPHABET)] for byte in digest[:4])


def fits(value: Any, schema: Schema) -> bool:
    """Whether a primitive example (or a list of them) fits a resolved schema: type, enum, format, length, range."""
    if "enum" in schema and value not in schema["enum"]:
        return False
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items", {})
        return isinstance(value, list) and all(fits(item, items) for item in value)
    if kind == "string":
        return isinstance(value, str) and _string_fits(value, schema)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool) and _in_range(value, schema)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool) and _in_range(value, schema)
    if kind == "boolean":
        return isinstance(value, bool)
    # Untyped schemas take primitive examples as they are; object examples are never used (see the module doc).
    return kind is None and isinstance(value, str | int | float | bool)


def _string_fits(value: str, schema: Schema) -> bool:
    fmt = schema.get("format")
    if fmt == "date" and not _DATE.match(value):
        return False
    if fmt == "date-time" and not _DATE_TIME.match(value):
        return False
    if fmt == "email" and "@" not in value:
        return False
    return int(schema.get("minLength", 0)) <= len(value) <= int(schema.get("maxLength", len(value)))


def _in_range(value: float, schema: Schema) -> bool:
    return float(schema.get("minimum", value)) <= value <= float(schema.get("maximum", value))


@dataclass
class _Context:
    direction: Direction
    pinned: Mapping[str, Any]  # property name -> value (path parameters, so ids agree with the URL)
    stack: list[str] = field(default_factory=list)  # $refs being built, to stop at recursive schemas


class ExampleValues:
    def __init__(self, view: SpecView) -> None:
        self._view = view
        self._named = dict(self._named_examples())

    def value(
        self, schema: Schema, *, direction: Direction, name: str = "", pinned: Mapping[str, Any] | None = None
    ) -> Any:
        """A value for schema; `pinned` fixes properties by name wherever they occur (ids taken from the path)."""
        built = self._value(schema, name, 0, _Context(direction, pinned or {}))
        return None if built is RECURSION else built

    def for_parameter(self, name: str, schema: Schema, example: Any = None) -> Any:
        """A parameter value: its own example, its schema's, the example of a property of the same name, or made."""
        resolved = self._flatten(self._view.resolve(schema))
        if example is not None and fits(example, resolved):
            return example
        key = innermost_key(name) if name else name
        return self._value(schema, key, 0, _Context("request", {}))

    def ignored_examples(self) -> list[str]:
        """JSON pointers of primitive examples that do not fit their own schema (and so were not used)."""
        return [pointer for pointer, node in _nodes_with_examples(self._view.document) if not self._usable(node)]

    # -- building -----------------------------------------------------------------------------------------------

    def _value(self, schema: Schema, name: str, depth: int, context: _Context) -> Any:
        reference = schema.get("$ref")
        if reference is not None:
            if reference in context.stack:
                return RECURSION
            context.stack.append(reference)
            try:
                return self._value(self._view.resolve(schema), name, depth, context)
            finally:
                context.stack.pop()
        structured = any(key in schema for key in ("properties", "items", "allOf", "oneOf", "anyOf"))
        if name in context.pinned and schema.get("type") in (None, "string") and not structured:
            return context.pinned[name]
        fixed: dict[str, Any] = {}
        if "allOf" in schema or "discriminator" in schema:
            schema = self._flatten(schema)
            discriminator = schema.get("discriminator") or {}
            mapping: dict[str, str] = discriminator.get("mapping") or {}
            current = context.stack[-1] if context.stack else None
            own_key = next((key for key, target in mapping.items() if target == current), None)
            if own_key is not None:
                fixed[discriminator["propertyName"]] = own_key  # a subtype: its allOf pulled the base in
            elif mapping:  # the base itself: build its first subtype not already being built
                target = next((target for target in mapping.values() if target not in context.stack), None)
                return RECURSION if target is None else self._value({"$ref": target}, name, depth, context)
        for composite in ("oneOf", "anyOf"):
            if schema.get(composite):
                return self._value(schema[composite][0], name, depth, context)
        if "enum" in schema:
            choices = [choice for choice in schema["enum"] if choice is not None]
            example = schema.get("example")
            return example if example in choices else choices[0]
        if self._usable(schema):
            return copy.deepcopy(schema["example"])
        kind = schema.get("type") or ("object" if "properties" in schema else "array" if "items" in schema else None)
        if kind == "object":
            return self._object(schema, depth, context, fixed)
        if kind == "array":
            item = self._value(schema.get("items", {}), name, depth + 1, context)
            count = max(1, int(schema.get("minItems", 1)))
            return [] if item is RECURSION else [copy.deepcopy(item) for _ in range(count)]
        return self._primitive(kind, schema, name)

    def _object(self, schema: Schema, depth: int, context: _Context, fixed: Mapping[str, Any]) -> Any:
        properties: dict[str, Schema] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        result: dict[str, Any] = {}
        optional_taken = 0
        for name, prop in properties.items():
            if name in fixed:
                result[name] = fixed[name]
                continue
            flags = self._flags(prop)
            if context.direction == "request" and "readOnly" in flags:
                continue  # even when listed as required: OpenAPI 3.0 applies that to responses only
            if context.direction == "response" and "writeOnly" in flags:
                continue
            if name not in required and name not in context.pinned:
                if context.direction == "request":
                    if optional_taken >= MAX_OPTIONAL_REQUEST_FIELDS or "example" not in flags:
                        continue
                    optional_taken += 1
                elif depth >= MAX_RESPONSE_DEPTH:
                    continue
            value = self._value(prop, name, depth + 1, context)
            if value is not RECURSION:
                result[name] = value
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, dict):
            value = self._value(extra, "key", depth + 1, context)
            if value is not RECURSION:
                result["key"] = value
        return result

    def _primitive(self, kind: str | None, schema: Schema, name: str) -> Any:
        named = self._named.get(name)
        if named is not None and fits(named, {**schema, "type": kind} if kind else schema):
            return copy.deepcopy(named)
        if kind == "integer":
            return _clip(1, schema)
        if kind == "number":
            return _clip(10.5, schema)
        if kind == "boolean":
            return True
        return _fit_length(self._string(schema.get("format"), name), schema)

    @staticmethod
    def _string(fmt: str | None, name: str) -> str:
        by_format = {
            "date-time": FIXED_DATE_TIME,
            "date": FIXED_DATE,
            "email": EXAMPLE_EMAIL,
            "ipv4": "192.0.2.1",
            "ipv6": "2001:db8::1",
            "byte": "ZXhhbXBsZQ==",
            "base64": "ZXhhbXBsZQ==",
            "binary": "",
        }
        if fmt in by_format:
            return by_format[fmt]
        if fmt in ("uri", "url"):
            return f"https://example.com/{name or 'resource'}"
        if fmt in ("integer", "number", "int32", "int64"):
            return "1"
        if name.endswith("Id"):
            return short_id(name)
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower() if name else "value"
        return f"Example {words}"

    # -- schema helpers -----------------------------------------------------------------------------------------

    def _flatten(self, schema: Schema) -> Schema:
        """allOf merged into one schema: properties and required of every part, other keys from the first to set one."""
        merged: Schema = {}
        properties: dict[str, Schema] = {}
        required: list[str] = []
        for part in self._all_of_parts(schema, set()):
            for key, value in part.items():
                if key == "properties":
                    properties.update(value)
                elif key == "required":
                    required.extend(name for name in value if name not in required)
                elif key != "allOf":
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
            merged.setdefault("type", "object")
        if required:
            merged["required"] = required
        return merged

    def _all_of_parts(self, schema: Schema, seen: set[str]) -> Iterator[Schema]:
        outer = {key: value for key, value in schema.items() if key != "allOf"}
        yield outer
        for part in schema.get("allOf", []):
            reference = part.get("$ref")
            if reference is not None:
                if reference in seen:
                    continue
                seen = seen | {reference}
            yield from self._all_of_parts(self._view.resolve(part), seen)

    def _flags(self, prop: Schema) -> set[str]:
        """readOnly/writeOnly/example as declared on the property or the schema it refers to."""
        flags = {key for key in ("readOnly", "writeOnly", "example") if prop.get(key) not in (None, False)}
        resolved = self._view.resolve(prop) if "$ref" in prop else prop
        for part in self._all_of_parts(resolved, set()):
            flags |= {key for key in ("readOnly", "writeOnly") if part.get(key)}
            if "example" in part or "enum" in part:
                flags.add("example")
        return flags

    def _usable(self, schema: Schema) -> bool:
        if "example" not in schema or isinstance(schema["example"], dict):
            return False
        target = schema
        if "type" not in schema and schema.get("allOf"):
            target = {**self._flatten(schema), "example": schema["example"]}
        return fits(schema["example"], target)

    def _named_examples(self) -> Iterator[tuple[str, Any]]:
        """Property name -> its first usable example in document order, for same-named properties without one."""
        seen: set[str] = set()
        for node in _dicts(self._view.document.get("components", {})):
            for name, prop in (node.get("properties") or {}).items():
                if name not in seen and isinstance(prop, dict) and self._usable(prop):
                    seen.add(name)
                    yield name, prop["example"]


def _dicts(document: Any) -> Iterator[dict[str, Any]]:
    if isinstance(document, dict):
        yield document
        for child in document.values():
            yield from _dicts(child)
    elif isinstance(document, list):
        for child in document:
            yield from _dicts(child)


def _nodes_with_examples(document: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(document, dict):
        if "example" in document and not isinstance(document["example"], dict) and "schema" not in document:
            yield pointer, document
        for key, child in document.items():
            if key != "example":
                yield from _nodes_with_examples(child, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(document, list):
        for index, child in enumerate(document):
            yield from _nodes_with_examples(child, f"{pointer}/{index}")


def _clip(value: float, schema: Schema) -> Any:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    return int(value) if schema.get("type") == "integer" else value


def _fit_length(value: str, schema: Schema) -> str:
    minimum, maximum = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(value) < minimum:
        value = value + "x" * (minimum - len(value))
    if maximum is not None and len(value) > int(maximum):
        value = value[: int(maximum)]
    return value
