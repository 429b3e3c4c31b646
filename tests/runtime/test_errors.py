"""error_from_response: every GetResponse code and HTTP status to its class, and bodies that are not error documents."""

from __future__ import annotations

import json
import pickle
from typing import Any

import httpx
import pytest

from getresponse_runtime import errors
from getresponse_runtime.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ForbiddenStateError,
    GetResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RelatedResourceNotFoundError,
    ServerError,
    ValidationError,
    error_from_response,
    parse_seconds,
)

URL = "https://api.getresponse.com/v3/contacts?page=2"


def response(
    status: int, body: Any = None, *, headers: dict[str, str] | None = None, method: str = "GET"
) -> httpx.Response:
    content = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=headers, request=httpx.Request(method, URL))


def document(status: int, code: int, context: Any = None, **extra: Any) -> dict[str, Any]:
    return {
        "httpStatus": status,
        "code": code,
        "codeDescription": f"description of {code}",
        "message": f"message of {code}",
        "moreInfo": f"https://apidocs.getresponse.com/en/v3/errors/{code}",
        "context": context if context is not None else {},
        "uuid": f"uuid-{code}",
        **extra,
    }


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, 1000, ValidationError),
        (400, 1001, RelatedResourceNotFoundError),
        (400, 1002, ForbiddenStateError),
        (409, 1008, ConflictError),
        (404, 1013, NotFoundError),
        (401, 1014, AuthenticationError),
        (403, 1014, AuthenticationError),
        (429, 1015, RateLimitError),
        (400, 1015, RateLimitError),
        (500, 1, ServerError),
    ],
)
def test_each_code_maps_to_its_class_with_every_field(status: int, code: int, cls: type[APIError]) -> None:
    headers = {"X-Request-Id": "abc"}
    error = error_from_response(response(status, document(status, code, {"contactId": "pVyRW"}), headers=headers))

    assert type(error) is cls
    assert isinstance(error, APIError)
    assert isinstance(error, GetResponseError)
    assert error.http_status == status
    assert error.status_code == status
    assert error.code == code
    assert error.code_description == f"description of {code}"
    assert error.message == f"message of {code}"
    assert error.more_info == f"https://apidocs.getresponse.com/en/v3/errors/{code}"
    assert error.context == {"contactId": "pVyRW"}
    assert error.uuid == f"uuid-{code}"
    assert json.loads(error.raw_body) == document(status, code, {"contactId": "pVyRW"})
    assert error.headers["x-request-id"] == "abc"
    assert error.request_method == "GET"
    assert error.request_url == URL


def test_the_400_codes_are_bad_requests() -> None:
    for code in (1000, 1001, 1002):
        assert isinstance(error_from_response(response(400, document(400, code))), BadRequestError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (405, APIError),
        (422, APIError),
        (302, APIError),
    ],
)
def test_unknown_code_falls_back_to_the_http_status(status: int, cls: type[APIError]) -> None:
    error = error_from_response(response(status, document(status, 9999)))
    assert type(error) is cls
    assert error.code == 9999


def test_validation_error_exposes_its_context_entries() -> None:
    entries = [
        {"fieldName": ["email"], "errorDescription": "email is invalid"},
        {"fieldName": ["campaign"], "errorDescription": "campaign is required"},
    ]
    error = error_from_response(response(400, document(400, 1000, entries)))
    assert isinstance(error, ValidationError)
    assert error.context == entries
    assert error.context_entries == entries
    assert "email is invalid" in str(error)

    single = {"fieldName": "name", "errorDescription": "Not allowed search field"}
    as_object = error_from_response(response(400, document(400, 1000, single)))
    assert isinstance(as_object, ValidationError)
    assert as_object.context == single
    assert as_object.context_entries == [single]

    empty = error_from_response(response(400, document(400, 1000, [])))
    assert isinstance(empty, ValidationError)
    assert empty.context_entries == []


@pytest.mark.parametrize(
    ("context", "headers", "expected"),
    [
        ({"currentLimit": 30000, "timeToReset": "100 seconds"}, {}, 100.0),
        ({"currentLimit": 30000, "timeToReset": 42}, {}, 42.0),
        ({"timeToReset": "1.5"}, {}, 1.5),
        ([{"timeToReset": "12 seconds"}], {}, 12.0),
        ({}, {"X-RateLimit-Reset": "17"}, 17.0),
        ({}, {"X-RateLimit-Reset": "17 seconds"}, 17.0),
        ({}, {"Retry-After": "4"}, 4.0),
        ({"timeToReset": "soon"}, {"X-RateLimit-Reset": "9"}, 9.0),
        ({}, {}, None),
    ],
)
def test_rate_limit_error_reads_retry_after(context: Any, headers: dict[str, str], expected: float | None) -> None:
    error = error_from_response(response(429, document(429, 1015, context), headers=headers))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == expected


def test_rate_limit_error_keeps_current_limit_and_says_when_to_retry() -> None:
    error = error_from_response(
        response(429, document(429, 1015, {"currentLimit": 30000, "timeToReset": "100 seconds"}))
    )
    assert isinstance(error, RateLimitError)
    assert error.current_limit == 30000
    assert "retry after 100 s" in str(error)


def test_plain_429_without_body_is_a_rate_limit_error_with_header_wait() -> None:
    error = error_from_response(response(429, b"", headers={"X-RateLimit-Reset": "30"}))
    assert isinstance(error, RateLimitError)
    assert error.code is None
    assert error.retry_after == 30.0


@pytest.mark.parametrize(
    ("status", "body", "content_type", "cls", "fragment"),
    [
        (
            502,
            b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            "text/html",
            ServerError,
            "HTML",
        ),
        (503, b"", "", ServerError, "empty body"),
        (400, b'{"httpStatus": 400, "code": 10', "application/json", BadRequestError, "truncated JSON"),
        (404, b'["not", "an", "error"]', "application/json", NotFoundError, "not a GetResponse error"),
        (500, b"Internal Server Error", "text/plain", ServerError, "Internal Server Error"),
        (403, b"\xff\xfe garbage \x00", "application/octet-stream", PermissionDeniedError, "not JSON"),
    ],
)
def test_bodies_that_are_not_error_documents_still_give_typed_errors(
    status: int, body: bytes, content_type: str, cls: type[APIError], fragment: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    error = error_from_response(response(status, body, headers=headers))
    assert type(error) is cls
    assert error.http_status == status
    assert error.code is None
    assert error.uuid is None
    assert error.context is None
    assert error.raw_body == httpx.Response(status, content=body, headers=headers).text
    assert fragment in error.message
    assert str(status) in str(error)


def test_json_of_another_shape_keeps_what_it_can() -> None:
    oauth = error_from_response(response(400, {"error": "invalid_grant", "error_description": "Token expired"}))
    assert isinstance(oauth, BadRequestError)
    assert oauth.message == "Token expired"
    assert oauth.body == {"error": "invalid_grant", "error_description": "Token expired"}

    odd = error_from_response(response(400, {"code": "1000", "context": "a string", "message": 5}))
    assert isinstance(odd, ValidationError)
    assert odd.code == 1000
    assert odd.context is None  # only a list or an object counts as context
    assert odd.message == "5"


def test_str_names_status_code_message_and_uuid() -> None:
    error = error_from_response(response(404, document(404, 1013), method="DELETE"))
    text = str(error)
    assert "HTTP 404" in text
    assert "code 1013" in text
    assert "message of 1013" in text
    assert "uuid-1013" in text
    assert "DELETE https://api.getresponse.com/v3/contacts" in text
    assert "page=2" not in text  # the query string is left out
    assert "NotFoundError" in repr(error)


def test_authentication_error_str_leaves_out_the_echoed_token() -> None:
    body = document(401, 1014, {"sentToken": "b8b1e961a7f9fd4cc710d5d955e09c15a364ab71"})
    error = error_from_response(response(401, body))
    assert "b8b1e961" not in str(error)
    assert "b8b1e961" not in repr(error)


def test_response_without_request_or_unread_body() -> None:
    error = error_from_response(httpx.Response(500, content=b"oops"))
    assert isinstance(error, ServerError)
    assert error.request_method is None
    assert error.request_url is None
    assert str(error).startswith("HTTP 500")

    streamed = httpx.Response(500, stream=httpx.ByteStream(b"unread"), request=httpx.Request("GET", URL))
    assert error_from_response(streamed).raw_body == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (100, 100.0),
        (2.5, 2.5),
        ("100 seconds", 100.0),
        ("1 second", 1.0),
        ("100s", 100.0),
        (" 7 ", 7.0),
        ("2 minutes", 120.0),
        ("500 ms", 0.5),
        ("-3", None),
        (-3, None),
        (True, None),
        (float("nan"), None),
        ("in a while", None),
        (None, None),
        ([1], None),
    ],
)
def test_parse_seconds(value: object, expected: float | None) -> None:
    assert parse_seconds(value) == expected


def test_transport_and_config_errors_share_the_base() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, GetResponseError)
    assert issubclass(ConfigurationError, GetResponseError)
    assert issubclass(ConfigurationError, ValueError)
    error = APITimeoutError("timed out", request_method="GET", request_url=URL, may_have_reached_server=True)
    assert str(error) == "GET https://api.getresponse.com/v3/contacts: timed out"
    assert errors.NoNextPageError.__mro__[1] is GetResponseError


def test_errors_survive_pickling() -> None:
    headers = {"X-RateLimit-Reset": "5"}
    original = error_from_response(response(429, document(429, 1015, {"timeToReset": 5}), headers=headers))
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is RateLimitError
    assert (copy.http_status, copy.code, copy.uuid, copy.retry_after) == (429, 1015, "uuid-1015", 5.0)
    assert copy.headers["x-ratelimit-reset"] == "5"
    assert str(copy) == str(original)

    connection = pickle.loads(
        pickle.dumps(APITimeoutError("timed out", request_url=URL, may_have_reached_server=False))
    )
    assert type(connection) is APITimeoutError
    assert connection.may_have_reached_server is False
    assert connection.request_url == URL
