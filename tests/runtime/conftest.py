"""Fixtures for the runtime tests (helpers in _support.py).

The tests import `getresponse_runtime`, i.e. the copy of runtime/_runtime that the pipeline places in the
generated package; while working on runtime/, refresh it by hand:
``cp -r runtime/_runtime generated/getresponse_client/``.
Async tests run on asyncio through anyio's pytest plugin (anyio comes with httpx).
"""

from __future__ import annotations

import socket

import pytest

from ._support import FakeClock, LoopbackServer, Sleeps


@pytest.fixture
def server(loopback_server: LoopbackServer) -> LoopbackServer:
    return loopback_server


@pytest.fixture
def dead_url() -> str:
    """A loopback URL where nothing listens: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
