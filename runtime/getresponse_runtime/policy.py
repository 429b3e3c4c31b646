"""Access a team can bound: which operations a client may call, writes that only pretend, and a record per call.

A GetResponse API key or OAuth token reaches the whole account (the only OAuth scope is ``all``), so any limit on
what a worker or an automated agent may do has to be enforced in front of the API. This module does it in the
client, before a request is built:

* ``allow=["contacts:read", "tags:write"]``: entries ``<group>:<access>``, where ``<group>`` is a resource group
  of the client (``contacts`` for ``client.contacts``) or ``*`` for all of them, and ``<access>`` is ``read``,
  ``write`` or ``*``. ``*:read`` makes a read-only client. Which operations read comes from the generated
  operation table: every GET, and a POST that only searches (``search_contacts.search``). Any other operation
  raises `AccessDeniedError` (a `PermissionDeniedError`) and sends nothing.
* ``dry_run=True``: every write returns a `DryRunResult` (the method, URL and JSON body it would have sent) and
  sends nothing; reads go through.
* ``audit=callable``: called with one `AuditRecord` per call (operation id, method, path, decision, status,
  duration, attempts), after the call ends, whether it succeeded, failed or was denied. Never a credential, a
  query string or a body.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, Final, Literal

import httpx

from .errors import ConfigurationError, PermissionDeniedError
from .operations import OperationInfo
from .transport import attempts_of

__all__ = ["AccessDeniedError", "AccessPolicy", "AuditRecord", "DryRunResult"]

ACCESS_LEVELS: Final = ("read", "write", "*")

Decision = Literal["allowed", "denied", "dry_run"]


class AccessDeniedError(PermissionDeniedError):
    """The client's access policy (``allow=``) does not cover this operation; no request was sent."""

    def __init__(self, message: str, *, operation: str, **kwargs: Any) -> None:
        kwargs.setdefault("http_status", 403)
        super().__init__(message, **kwargs)
        self.operation = operation

    def _keywords(self) -> dict[str, Any]:
        return {**super()._keywords(), "operation": self.operation}

    def __str__(self) -> str:
        return f"denied by the client, not by GetResponse: {self.message}"


@dataclasses.dataclass(frozen=True)
class DryRunResult:
    """What a write would have sent, had the client not been in dry-run mode.

    Attributes:
        operation: the operation id (``createTag``).
        method: ``POST`` or ``DELETE``.
        url: the full URL, with the query string.
        json: the JSON body (None when the request has none; a multipart form shows as None too).
    """

    operation: str
    method: str
    url: str
    json: Any = None


@dataclasses.dataclass(frozen=True)
class AuditRecord:
    """One call, as the audit callable receives it.

    Attributes:
        operation: the operation id.
        method, path: the HTTP method and the URL path (no query string: filters may hold email addresses).
        decision: "allowed", "denied" (by ``allow=``) or "dry_run" (a write not sent).
        status: the HTTP status of the final answer; None when none came (denied, dry run, connection error).
        duration: seconds from the call to its end, retries included.
        attempts: requests sent (0 when none was).
        error: the class name of the exception the call raised, if it raised.
    """

    operation: str
    method: str
    path: str
    decision: Decision
    status: int | None
    duration: float
    attempts: int
    error: str | None = None


class AccessPolicy:
    """Which operations of a client's operation table an ``allow=`` list permits (see the module docstring).

    Raises:
        ConfigurationError: an entry that is not ``<group>:<access>``, names an unknown group or access level.
    """

    def __init__(self, allow: Iterable[str], operations: Mapping[str, OperationInfo]) -> None:
        if isinstance(allow, str):
            raise ConfigurationError(f"allow= takes a list of '<group>:<access>' entries, not one string ({allow!r})")
        groups = {info.group for info in operations.values()}
        self.entries = tuple(allow)
        permitted: set[str] = set()
        for entry in self.entries:
            group, access = _parse(entry, groups)
            permitted.update(
                operation_id
                for operation_id, info in operations.items()
                if group in ("*", info.group) and (access == "*" or access == _access_of(info))
            )
        self._permitted = frozenset(permitted)
        self._operations = operations

    def permits(self, operation: str) -> bool:
        return operation in self._permitted

    def check(self, operation: str) -> None:
        """Raise `AccessDeniedError` unless the policy permits ``operation``."""
        if operation in self._permitted:
            return
        info = self._operations.get(operation)
        where = f"client.{info.group}.{info.name} ({info.method} {info.path})" if info else operation
        needed = f"{info.group}:{_access_of(info)}" if info else "an entry for it"
        raise AccessDeniedError(
            f"{where} is not allowed by this client's access policy (allow={list(self.entries)!r}); it needs "
            f"{needed!r}. Nothing was sent.",
            operation=operation,
        )

    def __repr__(self) -> str:
        return f"<AccessPolicy allow={list(self.entries)!r}: {len(self._permitted)} operations>"


def is_read(info: OperationInfo) -> bool:
    return info.kind == "read"


def _access_of(info: OperationInfo) -> str:
    return "read" if is_read(info) else "write"


def _parse(entry: object, groups: Collection[str]) -> tuple[str, str]:
    if not isinstance(entry, str) or entry.count(":") != 1:
        raise ConfigurationError(f"allow= entries look like 'contacts:read' or '*:read'; got {entry!r}")
    group, access = (part.strip() for part in entry.split(":"))
    if access not in ACCESS_LEVELS:
        raise ConfigurationError(f"allow= entry {entry!r}: the access is one of read, write or *; got {access!r}")
    if group != "*" and group not in groups:
        near = sorted(name for name in groups if name.startswith(group[:3])) or sorted(groups)[:8]
        raise ConfigurationError(
            f"allow= entry {entry!r}: no resource group {group!r} on this client (groups such as {', '.join(near)})"
        )
    return group, access


class CallGuard:
    """What the resource layer asks before and after each call: the policy, dry runs and the audit hook."""

    __slots__ = ("audit", "dry_run", "operations", "policy")

    def __init__(
        self,
        *,
        operations: Mapping[str, OperationInfo],
        allow: Iterable[str] | None = None,
        dry_run: bool = False,
        audit: Callable[[AuditRecord], Any] | None = None,
    ) -> None:
        if audit is not None and not callable(audit):
            raise ConfigurationError(f"audit= must be a callable taking an AuditRecord; got {type(audit).__name__}")
        self.operations = operations
        self.policy = AccessPolicy(allow, operations) if allow is not None else None
        self.dry_run = bool(dry_run)
        self.audit = audit

    def is_write(self, operation: str) -> bool:
        info = self.operations.get(operation)
        return info is None or not is_read(info)

    def begin(self, operation: str, method: str, path: str) -> GuardedCall:
        return GuardedCall(self, operation, method, path)


class GuardedCall:
    """One call under a `CallGuard`: admitted (or denied, or dry-run), then audited once when it ends."""

    __slots__ = ("_guard", "_started", "method", "operation", "path")

    def __init__(self, guard: CallGuard, operation: str, method: str, path: str) -> None:
        self._guard = guard
        self._started = time.monotonic()
        self.operation = operation
        self.method = method
        self.path = path

    def admit(self, preview: Callable[[], tuple[str, Any]]) -> DryRunResult | None:
        """Raise `AccessDeniedError` when the policy forbids the call; return the `DryRunResult` of a write in
        dry-run mode (``preview()`` gives its URL and JSON body); None when the request may go."""
        guard = self._guard
        if guard.policy is not None:
            try:
                guard.policy.check(self.operation)
            except AccessDeniedError as exc:
                self.record("denied", error=exc)
                raise
        if guard.dry_run and guard.is_write(self.operation):
            url, body = preview()
            self.record("dry_run")
            return DryRunResult(self.operation, self.method, url, body)
        return None

    def ended(self, outcome: httpx.Response | BaseException) -> None:
        """Audit an allowed call by how it ended: its final response, or the exception it raised."""
        if isinstance(outcome, BaseException):
            status = getattr(outcome, "http_status", None)
            self.record("allowed", status=status, attempts=attempts_of(outcome), error=outcome)
        else:
            self.record("allowed", status=outcome.status_code, attempts=attempts_of(outcome))

    def record(
        self, decision: Decision, *, status: int | None = None, attempts: int = 0, error: BaseException | None = None
    ) -> None:
        audit = self._guard.audit
        if audit is None:
            return
        audit(
            AuditRecord(
                operation=self.operation,
                method=self.method,
                path=self.path,
                decision=decision,
                status=status,
                duration=time.monotonic() - self._started,
                attempts=attempts,
                error=type(error).__name__ if error is not None else None,
            )
        )
