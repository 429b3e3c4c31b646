"""The pin of GetResponse's dated OpenAPI document (openapi/spec.lock.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import PipelineError


@dataclass(frozen=True)
class SpecLock:
    url: str
    info_version: str
    sha256: str
    retrieved: str
    operations: int

    @classmethod
    def load(cls, path: Path) -> SpecLock:
        try:
            raw = json.loads(path.read_text())
            return cls(
                url=raw["url"],
                info_version=raw["info_version"],
                sha256=raw["sha256"],
                retrieved=raw["retrieved"],
                operations=int(raw["operations"]),
            )
        except FileNotFoundError as exc:
            raise PipelineError(f"spec lock not found: {path}") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise PipelineError(f"spec lock {path} is malformed: {exc!r}") from exc
