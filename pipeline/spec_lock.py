"""The pin of GetResponse's dated OpenAPI document (openapi/spec.lock.json), and the earlier ones adopted before it.

The top-level fields are the pinned document, the one `generated/` is made from. `earlier` lists, newest first,
documents a maintainer adopted before (by their stamp and sha256 only: a spec is never committed), so that a
drift report or a release note can name them and fetch can verify them when a mirror holds their bytes:

    {"url": ..., "info_version": ..., "sha256": ..., "retrieved": ..., "operations": n,
     "earlier": [{"info_version": ..., "sha256": ..., "retrieved": ..., "operations": n, "note": ...}]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import PipelineError


@dataclass(frozen=True)
class LockedDocument:
    info_version: str
    sha256: str
    retrieved: str
    operations: int
    note: str = ""  # where a copy came from, when it is not GetResponse's own bytes

    @property
    def date(self) -> str:
        """The stamp's date, `3.2025-10-31T07:51:13+0000` -> `2025-10-31` (how people name a document)."""
        return self.info_version.partition(".")[2][:10]

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "info_version": self.info_version,
            "sha256": self.sha256,
            "retrieved": self.retrieved,
            "operations": self.operations,
        }
        return found | ({"note": self.note} if self.note else {})

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> LockedDocument:
        return cls(
            info_version=raw["info_version"],
            sha256=raw["sha256"],
            retrieved=raw["retrieved"],
            operations=int(raw["operations"]),
            note=str(raw.get("note", "")),
        )


@dataclass(frozen=True)
class SpecLock:
    url: str
    info_version: str
    sha256: str
    retrieved: str
    operations: int
    earlier: tuple[LockedDocument, ...] = ()

    @property
    def pinned(self) -> LockedDocument:
        return LockedDocument(self.info_version, self.sha256, self.retrieved, self.operations)

    @property
    def documents(self) -> tuple[LockedDocument, ...]:
        """Every locked document, the pinned one first, then the earlier ones newest first."""
        return (self.pinned, *self.earlier)

    def by_sha256(self, sha256: str) -> LockedDocument | None:
        return next((doc for doc in self.documents if doc.sha256 == sha256), None)

    def by_name(self, name: str) -> LockedDocument:
        """`pinned`, a whole stamp, or its date (`2022-01-28`); a PipelineError lists what the lock holds."""
        if name == "pinned":
            return self.pinned
        found = [doc for doc in self.documents if name in (doc.info_version, doc.date)]
        if not found:
            known = ", ".join(f"{doc.date} ({doc.info_version})" for doc in self.documents)
            raise PipelineError(f"the spec lock holds no document {name!r}; it holds: pinned, {known}")
        return found[0]

    @classmethod
    def load(cls, path: Path) -> SpecLock:
        try:
            raw = json.loads(path.read_text())
            pinned = LockedDocument.from_json(raw)  # the top level describes the pinned document, plus its URL
            lock = cls(
                url=raw["url"],
                info_version=pinned.info_version,
                sha256=pinned.sha256,
                retrieved=pinned.retrieved,
                operations=pinned.operations,
                earlier=tuple(LockedDocument.from_json(entry) for entry in raw.get("earlier", [])),
            )
        except FileNotFoundError as exc:
            raise PipelineError(f"spec lock not found: {path}") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise PipelineError(f"spec lock {path} is malformed: {exc!r}") from exc
        lock.check(path)
        return lock

    def pinning(self, document: LockedDocument) -> SpecLock:
        """This lock with `document` pinned and the pinned one moved to the front of `earlier`."""
        if self.by_sha256(document.sha256) is not None:
            raise PipelineError(f"{document.info_version} (sha256 {document.sha256}) is already in the lock")
        return SpecLock(
            url=self.url,
            info_version=document.info_version,
            sha256=document.sha256,
            retrieved=document.retrieved,
            operations=document.operations,
            earlier=(self.pinned, *self.earlier),
        )

    def as_json(self) -> dict[str, Any]:
        top = {"url": self.url, **self.pinned.as_json()}
        return top | ({"earlier": [doc.as_json() for doc in self.earlier]} if self.earlier else {})

    def check(self, path: Path) -> None:
        """Each document once, and `earlier` older than the pinned one, newest first (stamps sort by date)."""
        stamps = [doc.info_version for doc in self.documents]
        if len({doc.sha256 for doc in self.documents}) != len(stamps) or len(set(stamps)) != len(stamps):
            raise PipelineError(f"spec lock {path} lists a document twice")
        if stamps != sorted(stamps, reverse=True):
            raise PipelineError(f"spec lock {path}: `earlier` must be older than the pinned document, newest first")
