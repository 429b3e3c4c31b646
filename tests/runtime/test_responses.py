"""RawResponse and RateLimitInfo: the wire view of a response next to its parsed model."""

from __future__ import annotations

import json

import httpx
import pytest

from getresponse_runtime.config import ClientConfig
from getresponse_runtime.errors import GetResponseError, ResponseDecodeError
from getresponse_runtime.responses import RateLimitInfo, RawResponse, decode_json
from getresponse_runtime.transport import SyncTransport

from ._support import LoopbackServer, Reply

URL = "https://api.getresponse.com/v3/contacts/abc"


def test_raw_response_keeps_the_wire_and_the_model() -> None:
    headers = {"X-RateLimit-Limit": "30000", "X-RateLimit-Remaining": "29999", "X-RateLimit-Reset": "598"}
    response = httpx.Response(200, json={"contactId": "abc"}, headers=headers, request=httpx.Request("GET", URL))
    model = object()
    raw = RawResponse(response, model)
    assert raw.parsed is model
    assert raw.status_code == 200
    assert raw.content == b'{"contactId":"abc"}'
    assert raw.text == '{"contactId":"abc"}'
    assert raw.json() == {"contactId": "abc"}
    assert raw.headers["content-type"] == "application/json"
    assert raw.rate_limit == RateLimitInfo(limit=30000, remaining=29999, reset=598)
    assert raw.request_method == "GET"
    assert raw.request_url == URL
    assert raw.http_response is response
    assert repr(raw) == f"<RawResponse [200] GET {URL}>"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, RateLimitInfo(None, None, None)),
        (
            {"X-RateLimit-Limit": "many", "X-RateLimit-Remaining": " 12 ", "X-RateLimit-Reset": "3.0"},
            RateLimitInfo(None, 12, 3),
        ),
    ],
)
def test_rate_limit_info_from_headers(headers: dict[str, str], expected: RateLimitInfo) -> None:
    assert RateLimitInfo.from_headers(httpx.Headers(headers)) == expected


@pytest.mark.parametrize("body", [b"", b"<html>oops</html>", b'{"truncated": '])
def test_decode_json_raises_a_client_error_for_non_json(body: bytes) -> None:
    response = httpx.Response(200, content=body, request=httpx.Request("GET", URL))
    with pytest.raises(ResponseDecodeError) as caught:
        decode_json(response)
    assert isinstance(caught.value, GetResponseError)
    assert caught.value.http_status == 200
    assert caught.value.raw_body == body.decode()
    assert "HTTP 200" in str(caught.value)
    with pytest.raises(ResponseDecodeError):
        RawResponse(response, None).json()


def test_rate_limit_headers_from_a_real_server(server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(
        200, [], {"X-RateLimit-Limit": "30000", "X-RateLimit-Remaining": "100", "X-RateLimit-Reset": "42"}
    )
    with SyncTransport(ClientConfig(api_key="key", base_url=server.url, env={})) as transport:
        response = transport.send({"method": "get", "url": "/tags"})
    raw: RawResponse[list[object]] = RawResponse(response, [])
    assert raw.rate_limit == RateLimitInfo(limit=30000, remaining=100, reset=42)
    assert raw.request_url == f"{server.url}/tags"


@pytest.mark.parametrize(
    "body",
    [
        b'{"a": NaN, "b": Infinity}',  # orjson refuses these; json takes them
        b'{"big": 123456789012345678901234567890, "low": -9223372036854775809}',  # orjson: floats
        b'{"edge": 18446744073709551615, "id": "12345678901234567890"}',
        b'{"twice": 1, "twice": 2}',
        b'\xef\xbb\xbf{"bom": true}',  # a UTF-8 byte order mark
        '{"text": "zażółć", "n": 1.5, "list": [null, false]}'.encode(),
    ],
)
def test_decode_json_reads_what_json_reads_with_or_without_orjson(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """The `fast` extra (orjson) changes the speed, never the result: what orjson refuses, json decodes."""
    from getresponse_runtime import responses

    orjson = pytest.importorskip("orjson")
    monkeypatch.setattr(responses, "_loads", lambda: orjson.loads)
    with_orjson = decode_json(httpx.Response(200, content=body))
    monkeypatch.setattr(responses, "_loads", lambda: json.loads)
    with_json = decode_json(httpx.Response(200, content=body))
    assert repr(with_orjson) == repr(with_json) == repr(json.loads(body.decode("utf-8-sig")))
