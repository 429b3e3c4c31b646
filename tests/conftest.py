from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.fetch import fetch
from pipeline.overlay import apply_overlays, overlay_files
from pipeline.spec_lock import SpecLock

MIRROR = os.environ.get("GETRESPONSE_SPEC_MIRROR")


@pytest.fixture(scope="session")
def lock() -> SpecLock:
    return SpecLock.load(paths.LOCK)


@pytest.fixture(scope="session")
def pinned_spec(lock: SpecLock, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The pinned spec, read the way `nox -s fetch` reads it (the mirror offline, else the URL)."""
    destination = tmp_path_factory.mktemp("spec") / "upstream.json"
    return fetch(lock, mirror=Path(MIRROR) if MIRROR else None, destination=destination).document


@pytest.fixture(scope="session")
def overlaid_spec(pinned_spec: dict[str, Any]) -> dict[str, Any]:
    return apply_overlays(pinned_spec, overlay_files(paths.OVERLAYS))[0]
