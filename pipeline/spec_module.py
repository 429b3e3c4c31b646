"""Render getresponse_client/_spec.py (the stamp and hosts) and _operations.py (the operation table)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pipeline.errors import GenerationError
from pipeline.paths import PYPROJECT
from pipeline.resources import ResourceGroup
from pipeline.spec_model import UPDATE_EXTENSION, Operation, operations
from pipeline.templating import environment

SERVER_NAME_EXTENSION = "x-getresponse-server-name"
REQUIRES_DOMAIN_EXTENSION = "x-getresponse-requires-domain"


def operation_kind(operation: Operation, paginated: bool = False) -> str:
    # A POST that answers pages (search_contacts.search sends its conditions with each page) only reads.
    if operation.method == "GET" or paginated:
        return "read"
    if operation.method == "DELETE":
        return "delete"
    if operation.raw.get(UPDATE_EXTENSION):
        return "update"
    if operation.operation_id.startswith("create"):
        return "create"
    return "action"


def render(
    document: dict[str, Any], sha256: str, template_folder: Path, groups: list[ResourceGroup]
) -> tuple[str, str]:
    """_spec.py (stamp, version, hosts: what the client imports) and _operations.py (the table tooling reads)."""
    servers = []
    for server in document.get("servers", []):
        name = server.get(SERVER_NAME_EXTENSION)
        if not name:
            raise GenerationError(f"server {server.get('url')} has no {SERVER_NAME_EXTENSION} (see overlays/)")
        servers.append(
            {"name": name, "url": server["url"], "requires_domain": bool(server.get(REQUIRES_DOMAIN_EXTENSION))}
        )
    domain_header = document.get("components", {}).get("parameters", {}).get("XDomain", {}).get("name")
    if domain_header is None:
        raise GenerationError("components.parameters.XDomain is missing (the MAX overlay defines it)")
    surface = {method.operation_id: (group, method) for group in groups for method in group.methods}
    ops = []
    for op in sorted(operations(document), key=lambda op: op.operation_id):
        if op.operation_id not in surface:
            continue  # left out by a lenient generation (the drift report); `generate` checks the count
        group, method = surface[op.operation_id]
        ops.append(
            {
                "operation_id": op.operation_id,
                "method": op.method,
                "path": op.path,
                "kind": operation_kind(op, method.paginated),
                "group": group.attribute,
                "name": method.name,
                "resource": f"{group.class_name}Resource",
                "parameters": method.parameters,
                "body": method.body.model if method.body else None,
            }
        )
    env = environment(template_folder)
    facts = env.get_template("_spec.py.jinja").render(
        spec_version=document["info"]["version"],
        client_version=tomllib.loads(PYPROJECT.read_text())["project"]["version"],
        spec_sha256=sha256,
        servers=servers,
        domain_header=domain_header,
    )
    return facts, env.get_template("_operations.py.jinja").render(operations=ops)
