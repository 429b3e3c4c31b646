"""Small read-only helpers over OpenAPI 3.0 documents: JSON pointers, `$ref`s and operation labels."""

from __future__ import annotations

import re

from pipeline.spec_model import (
    PATH_PARAMETER,
    Operation,
    escape,
    ref_of,
    resolve_pointer,
    resolved,
    unescape,
    wire_path,
)

__all__ = ["escape", "pointer", "ref_of", "resolve_pointer", "resolved"]


def pointer(*tokens: str) -> str:
    return "#/" + "/".join(escape(token) for token in tokens)


def ref_name(ref: str) -> str:
    return unescape(ref.rsplit("/", 1)[-1])


def label(operation: Operation) -> str:
    """How the report names an operation: `getContactList (GET /contacts)`."""
    route = f"{operation.method} {operation.path}"
    return f"{operation.operation_id} ({route})" if operation.operation_id else f"({route})"


def route(operation: Operation) -> str:
    return f"{operation.method} {operation.path}"


def wire_route(operation: Operation) -> str:
    """The route as the wire sees it: path parameters' names are never sent (`GET /tags/{}`)."""
    return f"{operation.method} {wire_path(operation.path)}"


def path_parameter_names(path: str) -> list[str]:
    return PATH_PARAMETER.findall(path)


OPERATION_WHERE = re.compile(r"^(?:(?P<id>\S+) )?\((?P<method>[A-Z]+) (?P<path>/\S*)\)(?P<rest>.*)$")
# What each section of components holds, as the report names it (`schema Contact`, `parameter XDomain`).
COMPONENT_SECTIONS = {
    "schemas": "schema",
    "parameters": "parameter",
    "requestBodies": "request body",
    "responses": "response",
}
INLINE_OPERATION = re.compile(r"^#/paths/(?P<path>[^/]+)/(?P<method>[a-z]+)/(?P<rest>.*)$")


def _schema_steps(tokens: list[str]) -> str:
    """`properties/tags/items/properties/name` -> `.tags[].name`."""
    text, index = "", 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token == "properties" and following is not None:
            text, index = f"{text}.{following}", index + 2
        elif token == "items":
            text, index = f"{text}[]", index + 1
        elif token == "additionalProperties":
            text, index = f"{text}{{}}", index + 1
        elif token in ("allOf", "oneOf", "anyOf") and following is not None:
            text, index = f"{text}.{token}[{following}]", index + 2
        elif token == "content" and following is not None:
            text, index = f"{text} {following}", index + 2
        elif token == "schema":
            index += 1
        elif token == "enum":
            text, index = f"{text} enum", index + 1
        elif token == "required":
            text, index = f"{text} required", index + 1
        else:
            text, index = f"{text}/{token}", index + 1
    return text


def readable_where(where: str) -> str:
    """How the report shows a place: `ContactDetails.tags[].name`, `GET /contacts query[origin]`.

    JSON pointers become dotted schema paths and operations their route; anything else is shown as it is.
    """
    if where.startswith("#/components/"):
        section, _, rest = where.removeprefix("#/components/").partition("/")
        tokens = [unescape(token) for token in rest.split("/")]
        prefix = "" if section == "schemas" else f"{COMPONENT_SECTIONS.get(section, section)} "  # schemas bare
        return f"{prefix}{tokens[0]}{_schema_steps(tokens[1:])}"
    if inline := INLINE_OPERATION.match(where):
        path = unescape(inline["path"])
        tokens = [unescape(token) for token in inline["rest"].split("/")]
        if tokens[0] == "responses" and len(tokens) > 1:
            place, tokens = f" response {tokens[1]}", tokens[1:]
        else:
            place = {"requestBody": " request body"}.get(tokens[0], f" {tokens[0]}")
        return f"{inline['method'].upper()} {path}{place}{_schema_steps(tokens[1:])}"
    if operation := OPERATION_WHERE.match(where):
        rest = operation["rest"]
        for location in ("query", "path", "header", "cookie"):
            rest = rest.replace(f" {location} parameter ", f" {location}:" if location != "query" else " ")
        rest = rest.replace("/enum", " enum")
        return f"{operation['method']} {operation['path']}{rest}"
    return where
