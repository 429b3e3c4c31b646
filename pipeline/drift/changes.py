"""One line of the drift report, and where in an API exchange the changed element travels."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Flag, auto


class Usage(Flag):
    """Which way a spec element travels; picks the column of the rules table that applies (classify.py).

    A schema used both ways is judged by both columns: a change breaking either way breaks.
    """

    NONE = 0
    REQUEST = auto()
    RESPONSE = auto()
    BOTH = REQUEST | RESPONSE


AREAS = ("operation", "component", "overlay", "Python surface", "Python internals", "cassette replay")
SEVERITIES = ("breaking", "heads-up", "additive")  # the order the report lists them in


@dataclass(frozen=True)
class Change:
    kind: str
    where: str
    breaking: bool
    detail: str
    acknowledged: str | None = None  # the reason given in drift-acknowledged.yaml, if listed there
    heads_up: bool = False  # not breaking, but worth a maintainer's look (a deprecation, a readOnly flip)
    caller_fix: str | None = None  # what code calling the client must change, when the change says it
    cause: str = ""  # the root cause it belongs to (groups.py): a route, a schema, a renamed path parameter

    @property
    def severity(self) -> str:
        """breaking, heads-up or additive (SEVERITIES)."""
        if self.breaking:
            return "breaking"
        return "heads-up" if self.heads_up else "additive"

    def caused_by(self, cause: str) -> Change:
        return replace(self, cause=cause)

    def with_severity(self, severity: str, note: str = "") -> Change:
        """The same change judged otherwise (by the regenerated packages), saying why in its detail."""
        detail = f"{self.detail} ({note})" if note else self.detail
        return replace(self, breaking=severity == "breaking", heads_up=severity == "heads-up", detail=detail)

    @property
    def key(self) -> tuple[str, str]:
        """What an acknowledgement names: the same kind at the same place."""
        return (self.kind, self.where)

    def acknowledge(self, reason: str) -> Change:
        return replace(self, acknowledged=reason)

    @property
    def area(self) -> str:
        """What the change is about, in the order the report lists them."""
        if self.kind.startswith("api-"):
            return "Python surface"  # what api.md documents
        if self.kind.startswith("python-"):
            return "Python internals"  # what griffe finds beyond api.md: async and raw twins, modules, overloads
        if self.kind.startswith("cassette-"):
            return "cassette replay"
        if self.kind.startswith("overlay-"):
            return "overlay"
        return "component" if self.where.startswith("#/") else "operation"

    def sort_key(self) -> tuple[int, int, str, str, str]:
        # Breaking first, then by area, then by place, so that all changes of one operation or schema read together.
        return (SEVERITIES.index(self.severity), AREAS.index(self.area), self.where, self.kind, self.detail)

    def as_json(self) -> dict[str, object]:
        detail = self.detail if self.acknowledged is None else f"{self.detail} [acknowledged: {self.acknowledged}]"
        found: dict[str, object] = {"kind": self.kind, "where": self.where, "breaking": self.breaking}
        found.update(severity=self.severity, detail=detail)
        if self.caller_fix:
            found["caller_fix"] = self.caller_fix
        if self.cause:
            found["cause"] = self.cause
        return found
