"""What the cassette builder needs to know of each operation, read from the overlaid OpenAPI document.

References are resolved here, so the other modules see plain dicts: an operation's parameters, its documented
success response (status, content type, schema, headers) and its request body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.spec_model import Operation, operations

Schema = dict[str, Any]
JSON_CONTENT = "application/json"


def innermost_key(wire_name: str) -> str:
    """query[createdOn][from] -> from; query[email] -> email; perPage -> perPage."""
    parts: list[str] = re.findall(r"[^\[\]]+", wire_name)
    return parts[-1] if parts else wire_name


@dataclass(frozen=True)
class Parameter:
    name: str  # the wire name, e.g. query[createdOn][from]
    location: str  # path, query or header
    required: bool
    schema: Schema
    example: Any  # the parameter's own example, or None


@dataclass(frozen=True)
class SuccessResponse:
    status: int
    content_type: str | None  # None: the operation documents no body
    schema: Schema | None
    header_names: tuple[str, ...]


@dataclass(frozen=True)
class RequestBody:
    content_type: str
    schema: Schema


class SpecView:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._operations = {op.operation_id: op for op in operations(document)}

    @property
    def base_url(self) -> str:
        """The first server (GetResponse's retail host): spec cassettes are addressed to it."""
        return str(self.document["servers"][0]["url"]).rstrip("/")

    @property
    def version(self) -> str:
        return str(self.document["info"]["version"])

    def operations(self) -> Iterator[Operation]:
        yield from self._operations.values()

    def operation(self, operation_id: str) -> Operation:
        try:
            return self._operations[operation_id]
        except KeyError:
            raise KeyError(f"the overlaid spec has no operation {operation_id!r}") from None

    def resolve(self, node: Any) -> Any:
        """Follow local $refs until a node that is not a reference."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            reference = str(node["$ref"])
            if reference in seen or not reference.startswith("#/"):
                raise ValueError(f"cannot resolve {reference}")
            seen.add(reference)
            node = self.document
            for part in reference[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def parameters(self, operation: Operation) -> list[Parameter]:
        found: dict[tuple[str, str], Parameter] = {}
        for raw in operation.all_parameters:  # operation-level ones come last and win, as OpenAPI says
            parameter = self.resolve(raw)
            found[(parameter["in"], parameter["name"])] = Parameter(
                name=parameter["name"],
                location=parameter["in"],
                required=bool(parameter.get("required")),
                schema=parameter.get("schema", {}),
                example=parameter.get("example"),
            )
        return list(found.values())

    def success_response(self, operation: Operation) -> SuccessResponse:
        responses = operation.raw.get("responses", {})
        status = next((code for code in responses if str(code).startswith("2")), None)
        if status is None:
            raise ValueError(f"{operation.operation_id} documents no 2xx response")
        response = self.resolve(responses[status])
        content = response.get("content") or {}
        headers = tuple(response.get("headers") or {})
        if not content:
            return SuccessResponse(int(status), None, None, headers)
        content_type = JSON_CONTENT if JSON_CONTENT in content else next(iter(content))
        return SuccessResponse(int(status), content_type, content[content_type].get("schema"), headers)

    def request_body(self, operation: Operation) -> RequestBody | None:
        raw = operation.raw.get("requestBody")
        if raw is None:
            return None
        content = self.resolve(raw).get("content") or {}
        if not content:
            return None
        content_type = JSON_CONTENT if JSON_CONTENT in content else next(iter(content))
        return RequestBody(content_type, content[content_type].get("schema", {}))

    def header_schema(self, name: str, operation: Operation) -> Schema:
        status = str(self.success_response(operation).status)
        response = self.resolve(operation.raw["responses"][status])
        header = self.resolve(response.get("headers", {}).get(name, {}))
        return dict(header.get("schema", {}))
