"""Small read-only helpers over OpenAPI 3.0 documents: JSON pointers, `$ref`s and operation labels."""

from __future__ import annotations

from pipeline.spec_model import Operation, escape, ref_of, resolve_pointer, resolved

__all__ = ["escape", "pointer", "ref_of", "resolve_pointer", "resolved"]


def pointer(*tokens: str) -> str:
    return "#/" + "/".join(escape(token) for token in tokens)


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def label(operation: Operation) -> str:
    """How the report names an operation: `getContactList (GET /contacts)`."""
    route = f"{operation.method} {operation.path}"
    return f"{operation.operation_id} ({route})" if operation.operation_id else f"({route})"


def route(operation: Operation) -> str:
    return f"{operation.method} {operation.path}"
