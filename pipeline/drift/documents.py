"""Small read-only helpers over OpenAPI 3.0 documents: JSON pointers, `$ref`s and operation labels."""

from __future__ import annotations

from typing import Any

from pipeline.spec_model import Operation


def escape(token: str) -> str:
    """RFC 6901: `~` and `/` inside a pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str) -> str:
    return "#/" + "/".join(escape(token) for token in tokens)


def resolve_pointer(document: dict[str, Any], ref: str) -> Any:
    """The node a local `$ref` points to, or None (a dangling reference is reported by its effects)."""
    if not ref.startswith("#/"):
        return None
    node: Any = document
    for raw in ref[2:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def ref_of(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"])
    return None


def resolved(document: dict[str, Any], node: Any) -> Any:
    """Follow `$ref`s (parameters, request bodies, responses are one hop from components; allow chains)."""
    seen: set[str] = set()
    while (ref := ref_of(node)) is not None and ref not in seen:
        seen.add(ref)
        node = resolve_pointer(document, ref)
    return node


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def label(operation: Operation) -> str:
    """How the report names an operation: `getContactList (GET /contacts)`."""
    route = f"{operation.method} {operation.path}"
    return f"{operation.operation_id} ({route})" if operation.operation_id else f"({route})"


def route(operation: Operation) -> str:
    return f"{operation.method} {operation.path}"
