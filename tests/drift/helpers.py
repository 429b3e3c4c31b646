"""Shared by the drift tests: compare the pinned spec with a mutated copy and pick out one change."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pipeline.drift.changes import Change
from pipeline.fetch import FetchedSpec

# The mirror folder of published specs, as CI sets it (the pinned spec itself comes from tests/conftest.py).
MIRROR = Path(os.environ.get("GETRESPONSE_SPEC_MIRROR", "/work/shared/openapi"))


def the_change(changes: list[Change], kind: str, where: str) -> Change:
    """The one change of `kind` at `where`; failing, shows every change found, which explains the miss."""
    found = [change for change in changes if change.kind == kind and change.where == where]
    assert len(found) == 1, f"expected one {kind} at {where}, found:\n" + "\n".join(map(str, changes))
    return found[0]


def write_spec(folder: Path, name: str, document: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(document))
    return path


def spec(document: dict[str, Any], version: str) -> FetchedSpec:
    """A document as fetched, with a made-up version and sha256 (enough to tell OLD from NEW)."""
    return FetchedSpec(source=version, sha256=version * 64, info_version=version, document=document)
