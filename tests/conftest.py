from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.fetch import read_pinned
from pipeline.overlay import apply_overlays, overlay_files
from pipeline.spec_lock import SpecLock

MIRROR = os.environ.get("GETRESPONSE_SPEC_MIRROR")


@pytest.fixture(scope="session")
def lock() -> SpecLock:
    return SpecLock.load(paths.LOCK)


@pytest.fixture(scope="session")
def pinned_spec(lock: SpecLock) -> dict[str, Any]:
    """The pinned spec, read and verified the way `nox -s fetch` reads it (the mirror offline, else the URL)."""
    return read_pinned(lock, mirror=Path(MIRROR) if MIRROR else None).document


@pytest.fixture(scope="session")
def overlaid_spec(pinned_spec: dict[str, Any]) -> dict[str, Any]:
    return apply_overlays(pinned_spec, overlay_files(paths.OVERLAYS))[0]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # Here, in the root conftest, so that the line appears under pytest-xdist too (the controller process
    # loads only this conftest). Replay of every cassette is tests/replay's; this counts what they cover.
    from getresponse_client._operations import OPERATIONS
    from pipeline.cassettes.layout import cassette_files
    from tests.replay.conftest import covered_operations

    covered = covered_operations(cassette_files())
    terminalreporter.write_line(f"cassette coverage: {len(covered)}/{len(OPERATIONS)} operations")
