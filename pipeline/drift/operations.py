"""Compare operations: which exist, where they live, and their parameters, request bodies and responses.

Operations are matched by operationId (what names the Python function), so the same id at another route
is a move; an operation whose route survives under a new id is a rename. A route is compared without its path
parameters' names (`/custom-fields/{customFieldId}` is `/custom-fields/{fieldId}` on the wire): a renamed
path parameter is one `parameter-renamed` row ("keyword renamed, wire unchanged"), not a move.
Parameters, request bodies and responses that are `$ref`s to the same component on both sides are compared
once, at the component (spec_diff.py), not once per operation that uses them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.drift.changes import Change, Usage
from pipeline.drift.classify import classified
from pipeline.drift.documents import escape, label, path_parameter_names, pointer, ref_of, resolved, route, wire_route
from pipeline.drift.schemas import describe, diff_schema, shape
from pipeline.spec_model import Operation, operations

ParameterKey = tuple[str, str]  # (in, name): what identifies a parameter within an operation


@dataclass(frozen=True)
class Sides:
    """The OLD and NEW documents, for resolving `$ref`s on the side a node came from."""

    old: dict[str, Any]
    new: dict[str, Any]


def _key(operation: Operation) -> str:
    return operation.operation_id or route(operation)


def diff_operations(sides: Sides) -> Iterator[Change]:
    old_ops = {_key(op): op for op in operations(sides.old)}
    new_ops = {_key(op): op for op in operations(sides.new)}
    for key in sorted(old_ops.keys() & new_ops.keys()):
        old_op, new_op = old_ops[key], new_ops[key]
        if wire_route(old_op) != wire_route(new_op):
            yield classified("operation-moved", label(new_op), f"was {route(old_op)}")
        yield from diff_operation(sides, old_op, new_op)
    gone = {wire_route(old_ops[key]): old_ops[key] for key in old_ops.keys() - new_ops.keys()}
    came = {wire_route(new_ops[key]): new_ops[key] for key in new_ops.keys() - old_ops.keys()}
    for shared_route in sorted(gone.keys() & came.keys()):
        old_op, new_op = gone.pop(shared_route), came.pop(shared_route)
        yield classified("operation-renamed", label(new_op), f"operationId was {old_op.operation_id}")
        yield from diff_operation(sides, old_op, new_op)
    for old_op in sorted(gone.values(), key=label):
        yield classified("operation-removed", label(old_op), old_op.summary or "removed")
    for new_op in sorted(came.values(), key=label):
        yield classified("operation-added", label(new_op), new_op.summary or "added")


def diff_operation(sides: Sides, old: Operation, new: Operation) -> Iterator[Change]:
    where = label(new)
    if bool(old.raw.get("deprecated")) != bool(new.raw.get("deprecated")):
        kind = "operation-deprecated" if new.raw.get("deprecated") else "operation-undeprecated"
        yield classified(kind, where, "now deprecated" if new.raw.get("deprecated") else "no longer deprecated")
    renamed_path_parameters = {}
    if wire_route(old) == wire_route(new):  # same template: its parameters pair up by place
        renamed_path_parameters = dict(zip(path_parameter_names(old.path), path_parameter_names(new.path), strict=True))
    old_parameters, new_parameters = _parameters(sides.old, old), _parameters(sides.new, new)
    yield from _diff_parameters(sides, old_parameters, new_parameters, where, renamed_path_parameters)
    old_body, new_body = old.raw.get("requestBody"), new.raw.get("requestBody")
    if not _same_ref(old_body, new_body):
        body_pointer = _location(new_body, pointer("paths", new.path, new.method.lower(), "requestBody"))
        yield from diff_request_body(
            resolved(sides.old, old_body), resolved(sides.new, new_body), f"{where} request body", body_pointer
        )
    old_responses: dict[str, Any] = old.raw.get("responses") or {}
    new_responses: dict[str, Any] = new.raw.get("responses") or {}
    for status in sorted(old_responses.keys() | new_responses.keys()):
        response_where = f"{where} response {status}"
        if status not in new_responses:
            case = "success" if status.startswith("2") else "error"
            detail = f"{case} response removed"
            yield classified("response-removed", response_where, detail, usage=Usage.RESPONSE, case=case)
        elif status not in old_responses:
            yield classified("response-added", response_where, "response added", usage=Usage.RESPONSE)
        elif not _same_ref(old_responses[status], new_responses[status]):
            response_pointer = _location(
                new_responses[status], pointer("paths", new.path, new.method.lower(), "responses", status)
            )
            yield from diff_response(
                resolved(sides.old, old_responses[status]),
                resolved(sides.new, new_responses[status]),
                response_where,
                response_pointer,
            )


def _same_ref(old: Any, new: Any) -> bool:
    return ref_of(old) is not None and ref_of(old) == ref_of(new)


def _location(node: Any, inline_pointer: str) -> str:
    """Where a schema change inside `node` is reported: at the component it refers to, else in place."""
    return ref_of(node) or inline_pointer


def _media(body: Any) -> dict[str, Any]:
    content = body.get("content") if isinstance(body, dict) else None
    return content if isinstance(content, dict) else {}


def _diff_content(old: Any, new: Any, where: str, body_pointer: str, usage: Usage) -> Iterator[Change]:
    old_media, new_media = _media(old), _media(new)
    for content_type in sorted(old_media.keys() | new_media.keys()):
        if content_type not in new_media:
            yield classified("content-type-removed", f"{where} {content_type}", "content type removed", usage=usage)
        elif content_type not in old_media:
            yield classified("content-type-added", f"{where} {content_type}", "content type added", usage=usage)
        else:
            schema_pointer = f"{body_pointer}/content/{escape(content_type)}/schema"
            yield from diff_schema(
                old_media[content_type].get("schema"), new_media[content_type].get("schema"), schema_pointer, usage
            )


def diff_request_body(old: Any, new: Any, where: str, body_pointer: str) -> Iterator[Change]:
    """`where` names the body for body-level changes; `body_pointer` locates it for its schemas."""
    if old is None and new is None:
        return
    if old is None:
        case = "required" if new.get("required") else "optional"
        yield classified("request-body-added", where, f"{case} request body added", usage=Usage.REQUEST, case=case)
        return
    if new is None:
        yield classified("request-body-removed", where, "request body removed", usage=Usage.REQUEST)
        return
    if bool(old.get("required")) != bool(new.get("required")):
        case = "now required" if new.get("required") else "now optional"
        yield classified("request-body-required-changed", where, case, usage=Usage.REQUEST, case=case)
    yield from _diff_content(old, new, where, body_pointer, Usage.REQUEST)


def diff_response(old: Any, new: Any, where: str, response_pointer: str) -> Iterator[Change]:
    yield from _diff_content(old, new, where, response_pointer, Usage.RESPONSE)


def _parameters(document: dict[str, Any], operation: Operation) -> dict[ParameterKey, Any]:
    """Path-level parameters, overridden by the operation's own (OpenAPI: same name and location)."""
    found: dict[ParameterKey, Any] = {}
    for raw in operation.all_parameters:
        parameter = resolved(document, raw)
        if isinstance(parameter, dict) and "name" in parameter:
            found[(str(parameter.get("in")), str(parameter["name"]))] = raw
    return found


def _schema_text(document: dict[str, Any], raw: Any) -> str:
    return json.dumps(resolved(document, raw).get("schema"), sort_keys=True)


def _diff_parameters(
    sides: Sides,
    old: dict[ParameterKey, Any],
    new: dict[ParameterKey, Any],
    where: str,
    renamed_path_parameters: dict[str, str] | None = None,
) -> Iterator[Change]:
    removed = sorted(old.keys() - new.keys())
    added = sorted(new.keys() - old.keys())
    # A path parameter is matched by its place in the template: its name never reaches the wire.
    for old_name, new_name in sorted((renamed_path_parameters or {}).items()):
        old_key, new_key = ("path", old_name), ("path", new_name)
        if old_name != new_name and old_key in removed and new_key in added:
            removed.remove(old_key)
            added.remove(new_key)
            detail = f"renamed to {new_name} (keyword renamed, wire unchanged)"
            parameter_where = _parameter_where(where, old_key)
            yield classified("parameter-renamed", parameter_where, detail, usage=Usage.REQUEST, case="path")
            yield from diff_parameter(sides, old[old_key], new[new_key], _parameter_where(where, new_key))
    # Removed + added in the same location with the same schema reads as a rename (the keyword changes).
    for old_key in list(removed):
        for new_key in added:
            same_place = old_key[0] == new_key[0]
            if same_place and _schema_text(sides.old, old[old_key]) == _schema_text(sides.new, new[new_key]):
                removed.remove(old_key)
                added.remove(new_key)
                detail = f"renamed to {new_key[1]}"
                yield classified("parameter-renamed", _parameter_where(where, old_key), detail, usage=Usage.REQUEST)
                yield from diff_parameter(sides, old[old_key], new[new_key], _parameter_where(where, new_key))
                break
    for key in removed:
        yield classified("parameter-removed", _parameter_where(where, key), "parameter removed", usage=Usage.REQUEST)
    for key in added:
        parameter = resolved(sides.new, new[key])
        case = "required" if parameter.get("required") else "optional"
        detail = f"{case} {describe(parameter.get('schema'))} parameter added"
        yield classified("parameter-added", _parameter_where(where, key), detail, usage=Usage.REQUEST, case=case)
    for key in sorted(old.keys() & new.keys()):
        if not _same_ref(old[key], new[key]):
            yield from diff_parameter(sides, old[key], new[key], _parameter_where(where, key))


def _parameter_where(operation_where: str, key: ParameterKey) -> str:
    return f"{operation_where} {key[0]} parameter {key[1]}"


def diff_parameter(sides: Sides, old_raw: Any, new_raw: Any, where: str) -> Iterator[Change]:
    """One parameter on both sides: required, then the type; a same-shaped schema is compared in depth."""
    old, new = resolved(sides.old, old_raw), resolved(sides.new, new_raw)
    if bool(old.get("required")) != bool(new.get("required")):
        case = "now required" if new.get("required") else "now optional"
        yield classified("parameter-required-changed", where, case, usage=Usage.REQUEST, case=case)
    if new.get("deprecated") and not old.get("deprecated"):
        yield classified("parameter-deprecated", where, "now deprecated", usage=Usage.REQUEST)
    old_schema, new_schema = old.get("schema"), new.get("schema")
    if shape(old_schema) != shape(new_schema):
        detail = f"{describe(old_schema)} → {describe(new_schema)}"
        yield classified("parameter-type-changed", where, detail, usage=Usage.REQUEST)
        return
    yield from diff_schema(old_schema, new_schema, where, Usage.REQUEST)
