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


AREAS = ("operation", "component", "overlay", "Python API", "cassette replay")


@dataclass(frozen=True)
class Change:
    kind: str
    where: str
    breaking: bool
    detail: str
    acknowledged: str | None = None  # the reason given in drift-acknowledged.yaml, if listed there

    @property
    def key(self) -> tuple[str, str]:
        """What an acknowledgement names: the same kind at the same place."""
        return (self.kind, self.where)

    def acknowledge(self, reason: str) -> Change:
        return replace(self, acknowledged=reason)

    @property
    def area(self) -> str:
        """What the change is about, in the order the report lists them."""
        if self.kind.startswith("python-"):
            return "Python API"
        if self.kind.startswith("cassette-"):
            return "cassette replay"
        if self.kind.startswith("overlay-"):
            return "overlay"
        return "component" if self.where.startswith("#/") else "operation"

    def sort_key(self) -> tuple[bool, int, str, str, str]:
        # Breaking first, then by area, then by place, so that all changes of one operation or schema read together.
        return (not self.breaking, AREAS.index(self.area), self.where, self.kind, self.detail)

    def as_json(self) -> dict[str, object]:
        detail = self.detail if self.acknowledged is None else f"{self.detail} [acknowledged: {self.acknowledged}]"
        return {"kind": self.kind, "where": self.where, "breaking": self.breaking, "detail": detail}
