"""Clients wired to an in-process httpx transport that answers like GetResponse."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from getresponse_client import AsyncGetResponse, GetResponse

Handler = Callable[[httpx.Request], httpx.Response]
BASE_URL = "https://api.getresponse.com/v3"


class Recorder:
    """Answers each request with the handler and keeps the requests for assertions."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.handler: Handler = lambda request: httpx.Response(200, json={})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.handler(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture
def server() -> Recorder:
    return Recorder()


@pytest.fixture
def client(server: Recorder) -> Iterator[GetResponse]:
    with (
        httpx.Client(transport=httpx.MockTransport(server)) as http,
        GetResponse(api_key="k3y", http_client=http, max_retries=0) as gr,
    ):
        yield gr


@pytest.fixture
def async_client(server: Recorder) -> AsyncGetResponse:
    return AsyncGetResponse(
        api_key="k3y", http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)), max_retries=0
    )


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None, **named: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers={**(headers or {}), **named})
