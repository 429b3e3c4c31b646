"""Per-call options, client copies with options, async paging without await, raw responses, version and logging."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import getresponse_client
from getresponse_client import AsyncGetResponse, AsyncPage, GetResponse, Page, RawResponse, ServerError
from getresponse_runtime.client import setup_logging
from tests.client.conftest import Recorder, json_response

TAG = {"tagId": "T", "name": "vip"}


def pages_of_tags(request: httpx.Request) -> httpx.Response:
    number = int(request.url.params.get("page", "1"))
    return json_response([{**TAG, "tagId": f"t{number}"}], TotalPages="3", CurrentPage=str(number))


def test_per_call_options_reach_the_request(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: json_response(TAG)
    client.tags.get("T", extra_headers={"X-Trace": "1"}, extra_query={"query[extra]": "x"}, timeout=2.5)
    request = server.last
    assert request.headers["X-Trace"] == "1"
    assert request.url.params["query[extra]"] == "x"
    assert request.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    client.tags.get("T")  # options apply to that one call only
    assert "X-Trace" not in server.last.headers and "query[extra]" not in server.last.url.params


def test_with_options_defaults_merge_with_each_call(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: json_response(TAG)
    tagged = client.with_options(extra_query={"a": "1"}, extra_headers={"X-A": "1"})
    tagged.tags.get("T", extra_query={"b": "2"}, extra_headers={"X-B": "2"})
    assert dict(server.last.url.params) == {"a": "1", "b": "2"}
    assert server.last.headers["X-A"] == "1" and server.last.headers["X-B"] == "2"
    tagged.tags.get("T", extra_query={"a": "3"})  # the call's own value wins
    assert server.last.url.params["a"] == "3"


def test_extra_query_cannot_move_a_pager(client: GetResponse, server: Recorder) -> None:
    server.handler = pages_of_tags
    walked = [tag.tag_id for tag in client.tags.list(per_page=1, extra_query={"page": "1", "x": "y"})]
    assert walked == ["t1", "t2", "t3"]  # the pager's page number wins over extra_query's
    assert all(request.url.params["x"] == "y" for request in server.requests)


def test_extra_body_adds_json_fields(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: json_response(TAG)
    client.tags.create(name="vip", extra_body={"priority": 1})
    assert json.loads(server.last.content) == {"name": "vip", "priority": 1}


def test_a_copy_of_a_closed_client_says_so(server: Recorder) -> None:
    server.handler = lambda request: json_response(TAG)
    client = GetResponse(api_key="k3y")
    client._transport._client = httpx.Client(transport=httpx.MockTransport(server))  # an owned pool, made now
    copy = client.with_options(timeout=3)
    client.close()
    with pytest.raises(getresponse_client.ClientClosedError, match="copied from"):
        copy.tags.get("T")

    async def async_copy() -> None:
        aclient = AsyncGetResponse(api_key="k3y")
        aclient._transport._client = httpx.AsyncClient(transport=httpx.MockTransport(server))
        acopy = aclient.with_options(max_retries=0)
        assert (await acopy.tags.get("T")).tag_id == "T"
        await aclient.close()
        with pytest.raises(getresponse_client.ClientClosedError, match="copied from"):
            await acopy.tags.get("T")

    asyncio.run(async_copy())


def test_per_call_max_retries(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: httpx.Response(503, text="busy")
    with pytest.raises(ServerError):
        client.with_options(max_retries=0).tags.get("T", max_retries=2)
    assert len(server.requests) == 3  # the call's own setting wins over the copy's


def test_bad_options_are_typed_errors_sent_nowhere(client: GetResponse, server: Recorder) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        client.tags.get("T", retries=2)  # type: ignore[call-arg]
    with pytest.raises(getresponse_client.ConfigurationError, match="max_retries"):
        client.tags.get("T", max_retries=-1)
    with pytest.raises(getresponse_client.ConfigurationError, match="timeout"):
        client.with_options(timeout=0)
    assert server.requests == []


def test_with_options_copies_the_client_and_shares_its_pool(server: Recorder) -> None:
    server.handler = lambda request: json_response(TAG)
    opened: list[httpx.Client] = []
    original_init = httpx.Client.__init__

    def counting_init(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        opened.append(self)
        original_init(self, *args, **kwargs)
        self._transport = httpx.MockTransport(server)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(httpx.Client, "__init__", counting_init)
        client = GetResponse(api_key="k3y")
        traced = client.with_options(extra_headers={"X-Trace": "1"}, timeout=5)
        traced.tags.get("T")
        assert server.last.headers["X-Trace"] == "1"
        client.tags.get("T")
        assert "X-Trace" not in server.last.headers
        assert len(opened) == 1  # one connection pool for both
        traced.close()  # the copy does not close the pool it shares
        client.tags.get("T")
        client.close()
        assert opened[0].is_closed
    assert traced.config is client.config and traced.tags is not client.tags


def test_async_list_iterates_without_await(server: Recorder) -> None:
    server.handler = pages_of_tags

    async def walk() -> tuple[list[str], list[str]]:
        async with AsyncGetResponse(
            api_key="k3y", http_client=httpx.AsyncClient(transport=httpx.MockTransport(server))
        ) as client:
            walked = [tag.tag_id async for tag in client.tags.list(per_page=1)]
            first = await client.tags.list(per_page=1)
            assert isinstance(first, AsyncPage) and first.total_pages == 3
            raw = await client.tags.with_raw_response.list(per_page=1)
            assert isinstance(raw, RawResponse) and isinstance(raw.parsed, AsyncPage)
            return [str(t) for t in walked], [str(t.tag_id) for t in first.items]

    walked, first_items = asyncio.run(walk())
    assert walked == ["t1", "t2", "t3"]
    assert first_items == ["t1"]


def test_raw_response_wraps_every_method(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: json_response(TAG, headers={"X-RateLimit-Remaining": "9"})
    raw = client.tags.with_raw_response.get("T")
    assert raw.status_code == 200 and raw.rate_limit.remaining == 9 and raw.parsed.tag_id == "T"
    server.handler = pages_of_tags
    page = client.tags.with_raw_response.list(per_page=1)
    assert isinstance(page.parsed, Page) and [t.tag_id for t in page.parsed] == ["t1", "t2", "t3"]


def test_version_and_user_agent_name_the_package_and_the_spec(client: GetResponse, server: Recorder) -> None:
    assert getresponse_client.__version__ == getresponse_client._spec.CLIENT_VERSION
    server.handler = lambda request: json_response(TAG)
    client.tags.get("T")
    agent = server.last.headers["User-Agent"]
    assert agent.startswith(f"getresponse-client/{getresponse_client.__version__} (GetResponse API ")
    assert getresponse_client.SPEC_VERSION in agent


@pytest.fixture
def client_log() -> Iterator[logging.Logger]:
    logger = logging.getLogger("getresponse_client")
    level, handlers, propagate = logger.level, list(logger.handlers), logger.propagate
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers
    logger.propagate = propagate


def test_debug_log_names_each_request_and_never_a_credential(
    client_log: logging.Logger, capsys: pytest.CaptureFixture[str], server: Recorder
) -> None:
    setup_logging({"GETRESPONSE_LOG": "debug"})
    setup_logging({"GETRESPONSE_LOG": "debug"})  # idempotent: one handler
    assert len([h for h in client_log.handlers if getattr(h, "_getresponse", False)]) == 1
    server.handler = lambda request: httpx.Response(503) if len(server.requests) == 1 else json_response(TAG)
    with GetResponse(
        api_key="s3cret-key",
        base_url="https://user:pr0xy-pass@proxy.example/v3",
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
        max_retries=1,
    ) as client:
        client.with_options(extra_headers={"Authorization": "Bearer t0ken"}).tags.get("T", fields="name")
        client.contacts.get("C", fields="email", extra_query={"query[email]": "jane@example.com"})
    log = capsys.readouterr().err
    assert "GET https://proxy.example/v3/tags/T?… -> 503 in" in log
    assert "retrying GET /v3/tags/T" in log
    assert "-> 200 in" in log
    for secret in ("s3cret-key", "t0ken", "pr0xy-pass", "jane@example.com", "fields=name"):
        assert secret not in log, secret  # credentials, and query strings (filters name people)


def test_logging_is_off_without_the_variable(client_log: logging.Logger) -> None:
    before = list(client_log.handlers)
    setup_logging({})
    setup_logging({"GETRESPONSE_LOG": "verbose"})  # not a level: ignored
    assert client_log.handlers == before
