"""One row of the generated operation table (getresponse_client._operations.OPERATIONS)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

__all__ = ["OperationInfo"]


class OperationInfo(NamedTuple):
    """Where an operation is on the wire and on the Python surface (``client.<group>.<method>``)."""

    method: str  # HTTP method
    path: str  # path template, e.g. /contacts/{contactId}
    kind: str  # "read", "create", "update" (POST to an existing resource), "delete" or "action"
    group: str  # client.<group>
    name: str  # client.<group>.<name>
    resource: str  # the group's class in getresponse_client.resources.<group> (Async<resource> for the async one)
    parameters: Mapping[str, str]  # wire name (path and query) -> Python keyword
    body: str | None  # the request model's class name
