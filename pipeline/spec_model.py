"""Read-only views of an OpenAPI document shared by the pipeline steps."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

UPDATE_EXTENSION = "x-getresponse-update"
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
