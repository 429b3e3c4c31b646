from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.fetch import read_pinned
from pipeline.overlay import apply_overlays, overlay_files
from pipeline.spec_lock import SpecLock
from tests.runtime._support import LoopbackServer

MIRROR = os.environ.get(paths.MIRROR_ENV)


@pytest.fixture
def loopback_server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1 answering with its ``handler`` (tests/runtime/_support.py), per test."""
    loopback = LoopbackServer()
    loopback.start()
    try:
        yield loopback
    finally:
        loopback.stop()


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
    from pipeline.cassettes.cassette import ORIGINS
    from pipeline.cassettes.layout import cassette_files
    from pipeline.cassettes.observed import INDEX, observed_folder, payload_operations
    from tests.replay.conftest import covered_operations

    files = cassette_files()
    covered = covered_operations(files)
    by_origin = {origin: covered_operations([p for p in files if p.parent.name == origin]) for origin in ORIGINS}
    folder = observed_folder()
    payloads = payload_operations(folder, OPERATIONS) if (folder / INDEX).is_file() else []
    by_origin["observed"] |= {operation for operation in payloads if operation is not None}
    total = len(OPERATIONS)
    per_origin = ", ".join(f"{origin} {len(by_origin[origin])}/{total}" for origin in ORIGINS if by_origin[origin])
    own = sum(1 for p in files if p.parent.name == "observed")
    terminalreporter.write_line(
        f"cassette coverage: {len(covered)}/{total} operations; per origin: {per_origin} "
        f"(observed: {own} own cassettes, {len(payloads)} payloads of {folder})"
    )
