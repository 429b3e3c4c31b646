"""OAuthApp against a loopback token endpoint that answers like GetResponse's /v3/token (RFC 6749)."""

from __future__ import annotations

import asyncio
import base64
import datetime
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from getresponse_runtime.errors import APIConnectionError, ConfigurationError, GetResponseError
from getresponse_runtime.oauth import (
    InvalidClientError,
    InvalidGrantError,
    InvalidScopeError,
    OAuthApp,
    OAuthError,
    OAuthRequestError,
    Token,
    UnauthorizedClientError,
    UnsupportedGrantTypeError,
)

from ._support import LoopbackServer, Reply, Seen

CLIENT_ID, CLIENT_SECRET = "app-1", "s3cret"


class TokenEndpoint:
    """POST /v3/token: checks Basic auth, answers each grant; ``refuse`` makes it answer an OAuth error."""

    def __init__(self) -> None:
        self.issued = 0
        self.refuse: tuple[int, str] | None = None

    def __call__(self, seen: Seen) -> Reply:
        if seen.method != "POST" or not seen.path.endswith("/token"):
            return Reply(404, {"message": "no route"})
        if self.refuse is not None:
            status, code = self.refuse
            return Reply(status, {"error": code, "error_description": f"{code} said the server"})
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if seen.header("Authorization") != expected:
            return Reply(401, {"error": "invalid_client", "error_description": "bad client credentials"})
        form = {key: values[0] for key, values in parse_qs(seen.body.decode()).items()}
        self.issued += 1
        answer: dict[str, Any] = {"access_token": f"at-{self.issued}", "token_type": "Bearer", "expires_in": 86400}
        if form["grant_type"] != "client_credentials":
            answer["refresh_token"] = f"rt-{self.issued}"
        return Reply(200, answer)


@pytest.fixture
def endpoint(server: LoopbackServer) -> TokenEndpoint:
    handler = TokenEndpoint()
    server.handler = handler
    return handler


def app_for(loopback: LoopbackServer, **kwargs: Any) -> OAuthApp:
    return OAuthApp(CLIENT_ID, CLIENT_SECRET, base_url=loopback.url + "/v3", **kwargs)


def form_of(seen: Seen) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(seen.body.decode()).items()}


def test_code_exchange_sends_basic_auth_and_a_form(server: LoopbackServer, endpoint: TokenEndpoint) -> None:
    app = app_for(server, redirect_uri="https://app.example.com/back")
    before = datetime.datetime.now(datetime.UTC)
    token = app.exchange_code("c0de")
    sent = server.seen[-1]
    assert sent.path == "/v3/token"
    assert sent.header("Content-Type") == "application/x-www-form-urlencoded"
    assert form_of(sent) == {
        "grant_type": "authorization_code",
        "code": "c0de",
        "redirect_uri": "https://app.example.com/back",
    }
    assert sent.header("X-Domain") is None  # retail: no X-Domain
    assert (token.access_token, token.refresh_token, token.token_type) == ("at-1", "rt-1", "Bearer")
    assert token.expires_at is not None
    assert (
        datetime.timedelta(hours=23, minutes=59) < token.expires_at - before <= datetime.timedelta(hours=24, seconds=5)
    )
    assert "at-1" not in repr(token) and "rt-1" not in repr(token) and CLIENT_SECRET not in repr(app)


def test_refresh_and_client_credentials(server: LoopbackServer, endpoint: TokenEndpoint) -> None:
    app = app_for(server)
    token = app.refresh("rt-0")
    assert form_of(server.seen[-1]) == {"grant_type": "refresh_token", "refresh_token": "rt-0"}
    assert token.access_token == "at-1"
    own = app.client_credentials()
    assert form_of(server.seen[-1]) == {"grant_type": "client_credentials"}
    assert own.refresh_token is None


@pytest.mark.parametrize(
    ("status", "code", "error_class"),
    [
        (400, "invalid_request", OAuthRequestError),
        (401, "invalid_client", InvalidClientError),
        (400, "invalid_grant", InvalidGrantError),
        (400, "unauthorized_client", UnauthorizedClientError),
        (400, "unsupported_grant_type", UnsupportedGrantTypeError),
        (400, "invalid_scope", InvalidScopeError),
        (400, "temporarily_confused", OAuthError),
    ],
)
def test_every_token_error_is_typed(
    server: LoopbackServer, endpoint: TokenEndpoint, status: int, code: str, error_class: type[OAuthError]
) -> None:
    endpoint.refuse = (status, code)
    app = app_for(server)
    calls: list[Callable[[], Token]] = [lambda: app.exchange_code("c"), lambda: asyncio.run(app.arefresh("rt"))]
    for call in calls:
        with pytest.raises(error_class) as caught:
            call()
        assert type(caught.value) is error_class
        assert isinstance(caught.value, GetResponseError)
        assert (caught.value.error, caught.value.http_status) == (code, status)
        assert f"{code} said the server" in str(caught.value)
        assert "rt" not in str(caught.value).replace(code, "").replace("server", "")  # the form is never quoted


def test_a_wrong_secret_is_invalid_client(server: LoopbackServer, endpoint: TokenEndpoint) -> None:
    app = OAuthApp(CLIENT_ID, "wrong", base_url=server.url + "/v3")
    with pytest.raises(InvalidClientError, match="bad client credentials"):
        app.client_credentials()


def test_an_answer_without_a_token_is_an_oauth_error(server: LoopbackServer) -> None:
    server.handler = lambda seen: Reply(200, {"token_type": "Bearer"})
    with pytest.raises(OAuthError, match="without an access_token"):
        app_for(server).client_credentials()
    server.handler = lambda seen: Reply(502, b"<html>bad gateway</html>", {"Content-Type": "text/html"})
    with pytest.raises(OAuthError, match="HTTP 502 without an OAuth error document"):
        app_for(server).client_credentials()


def test_no_token_endpoint_is_a_connection_error(dead_url: str) -> None:
    with pytest.raises(APIConnectionError, match="token request failed"):
        OAuthApp(CLIENT_ID, CLIENT_SECRET, base_url=dead_url).client_credentials()


def test_async_grants(server: LoopbackServer, endpoint: TokenEndpoint) -> None:
    app = app_for(server, redirect_uri="https://app.example.com/back")

    async def run() -> list[Token]:
        return [await app.aexchange_code("c"), await app.arefresh("rt-1"), await app.aclient_credentials()]

    tokens = asyncio.run(run())
    assert [t.access_token for t in tokens] == ["at-1", "at-2", "at-3"]
    assert [form_of(seen)["grant_type"] for seen in server.seen] == [
        "authorization_code",
        "refresh_token",
        "client_credentials",
    ]


# -- GetResponse MAX --------------------------------------------------------------------------------------------------


def test_max_token_requests_carry_x_domain(server: LoopbackServer, endpoint: TokenEndpoint) -> None:
    app = app_for(server, server="max_us", domain="news.example.com")
    app.exchange_code("c")
    assert server.seen[-1].header("X-Domain") == "news.example.com"


def test_max_token_url_is_the_max_api_host() -> None:
    assert OAuthApp("a", "b").token_url == "https://api.getresponse.com/v3/token"
    assert OAuthApp("a", "b", server="max_us", domain="x.example.com").token_url == (
        "https://api3.getresponse360.com/v3/token"
    )
    assert OAuthApp("a", "b", server="max_pl", domain="x.example.pl").token_url == (
        "https://api3.getresponse360.pl/v3/token"
    )


def test_authorization_urls() -> None:
    retail = urlsplit(OAuthApp("app-1", "s", redirect_uri="https://a.example/cb").authorization_url(state="xyz"))
    assert (retail.scheme, retail.netloc, retail.path) == ("https", "app.getresponse.com", "/oauth2_authorize.html")
    assert parse_qs(retail.query) == {
        "response_type": ["code"],
        "client_id": ["app-1"],
        "state": ["xyz"],
        "scope": ["all"],
        "redirect_uri": ["https://a.example/cb"],
    }
    max_url = OAuthApp("app-1", "s", server="max_pl", domain="custom.getresponse360.pl").authorization_url(state="s")
    assert max_url.startswith("https://custom.getresponse360.pl/oauth2_authorize.html?")
    separate = OAuthApp("a", "s", server="max_us", domain="example.com", authorize_domain="acme.getresponse360.com")
    assert separate.authorization_url(state="s").startswith("https://acme.getresponse360.com/oauth2_authorize.html?")
    with pytest.raises(ValueError, match="state"):
        OAuthApp("app-1", "s").authorization_url(state="")


def test_bad_app_settings_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="needs a non-empty client_id and client_secret"):
        OAuthApp("", "s")
    with pytest.raises(ConfigurationError, match="GetResponse MAX: pass domain="):
        OAuthApp("a", "s", server="max_us")
    with pytest.raises(ConfigurationError, match="unknown server 'eu'"):
        OAuthApp("a", "s", server="eu")  # type: ignore[arg-type]


def test_tokens_round_trip_through_storage() -> None:
    token = Token("at", "rt", datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC), "Bearer", None, True)
    stored = json.loads(json.dumps(token.to_dict()))
    assert Token.from_dict(stored) == token
    with pytest.raises(ValueError, match="access_token"):
        Token.from_dict({"refresh_token": "rt"})
    assert token.expires_within(60, now=datetime.datetime(2026, 11, 30, 23, 59, 30, tzinfo=datetime.UTC))
    assert not token.expires_within(60, now=datetime.datetime(2026, 11, 30, 23, 58, tzinfo=datetime.UTC))
