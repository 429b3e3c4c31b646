"""Read-only views of an OpenAPI document shared by the pipeline steps."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

UPDATE_EXTENSION = "x-getresponse-update"
PATH_PARAMETER = re.compile(r"\{([^}]*)\}")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    path: str
    operation_id: str
    tag: str
    summary: str
    raw: dict[str, Any]
    shared_parameters: tuple[dict[str, Any], ...] = ()  # declared on the path item, for every method

    @property
    def all_parameters(self) -> list[dict[str, Any]]:
        return [*self.shared_parameters, *self.raw.get("parameters", [])]


def operations(document: dict[str, Any]) -> Iterator[Operation]:
    for path, path_item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield Operation(
                    method=method.upper(),
                    path=path,
                    operation_id=str(operation.get("operationId", "")),
                    tag=(operation.get("tags") or ["default"])[0],
                    summary=str(operation.get("summary", "")),
                    raw=operation,
                    shared_parameters=tuple(path_item.get("parameters", [])),
                )


def operation_ids_by_route(document: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(op.method, op.path): op.operation_id for op in operations(document)}


# JSON pointers and local $refs (RFC 6901), shared by the pipeline steps and the drift report.
def escape(token: str) -> str:
    """RFC 6901: `~` and `/` inside a pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """The pointer token back as the name it stands for (the reverse of `escape`)."""
    return token.replace("~1", "/").replace("~0", "~")


def wire_path(path: str) -> str:
    """A path (or a route, ``GET /tags/{tagId}``) as the wire sees it: parameter names are never sent."""
    return PATH_PARAMETER.sub("{}", path)


def resolve_pointer(document: dict[str, Any], ref: str) -> Any:
    """The node a local `$ref` points to, or None (a dangling reference is reported by its effects)."""
    if not ref.startswith("#/"):
        return None
    node: Any = document
    for raw in ref[2:].split("/"):
        token = unescape(raw)
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
