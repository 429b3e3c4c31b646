"""GetResponse(oauth=..., token=...) against one loopback server that is both the token endpoint and the API."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import datetime
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import pytest

from getresponse_client import AsyncGetResponse, AuditRecord, AuthenticationError, ConfigurationError, GetResponse
from getresponse_client.oauth import InvalidGrantError, OAuthApp, OAuthError, Token
from tests.runtime._support import LoopbackServer, Reply, Seen

CLIENT_ID, CLIENT_SECRET = "app-1", "s3cret"
TAG = {"tagId": "T1", "name": "vip", "href": "https://api.getresponse.com/v3/tags/T1"}
UNAUTHORIZED = {"httpStatus": 401, "code": 1014, "codeDescription": "Problem during authentication", "message": "x"}


class Account:
    """The API accepts only the newest access token; the token endpoint issues at-1, at-2, ... for each grant."""

    def __init__(self) -> None:
        self.valid = "at-0"
        self.issued = 0
        self.grants: list[dict[str, str]] = []
        self.refuse_grants = False
        self.token_delay = threading.Event()  # set: answer token requests at once
        self.token_delay.set()
        self.lock = threading.Lock()

    def __call__(self, seen: Seen) -> Reply:
        if seen.path == "/v3/token":
            return self.token(seen)
        if seen.header("Authorization") != f"Bearer {self.valid}":
            return Reply(401, UNAUTHORIZED)
        return Reply(201 if seen.method == "POST" else 200, TAG if seen.method == "POST" else [TAG])

    def token(self, seen: Seen) -> Reply:
        self.token_delay.wait(5)
        basic = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if seen.header("Authorization") != basic:
            return Reply(401, {"error": "invalid_client"})
        form = {key: values[0] for key, values in parse_qs(seen.body.decode()).items()}
        self.grants.append(form)
        if self.refuse_grants:
            return Reply(400, {"error": "invalid_grant", "error_description": "refresh token revoked"})
        with self.lock:
            self.issued += 1
            self.valid = f"at-{self.issued}"
            return Reply(200, {"access_token": self.valid, "refresh_token": f"rt-{self.issued}", "expires_in": 3600})


@pytest.fixture
def server(loopback_server: LoopbackServer) -> LoopbackServer:
    return loopback_server


@pytest.fixture
def account(server: LoopbackServer) -> Account:
    handler = Account()
    server.handler = handler
    return handler


def in_hours(hours: float) -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=hours)


def app_for(loopback: LoopbackServer, **kwargs: Any) -> OAuthApp:
    return OAuthApp(CLIENT_ID, CLIENT_SECRET, base_url=loopback.url + "/v3", **kwargs)


def api_calls(server: LoopbackServer) -> list[tuple[str, str | None]]:
    return [(seen.method, seen.header("Authorization")) for seen in server.seen if seen.path != "/v3/token"]


def test_a_token_about_to_expire_is_renewed_before_the_call(server: LoopbackServer, account: Account) -> None:
    saved: list[Token] = []
    token = Token("at-0", "rt-0", in_hours(0.005))  # 18 s left: inside the renewal margin
    with GetResponse(oauth=app_for(server), token=token, on_token=saved.append, base_url=server.url + "/v3") as gr:
        assert gr.tags.list().items[0].tag_id == "T1"
    assert account.grants == [{"grant_type": "refresh_token", "refresh_token": "rt-0"}]
    assert api_calls(server) == [("GET", "Bearer at-1")]  # sent once, with the new token
    assert [t.access_token for t in saved] == ["at-1"] and saved[0].refresh_token == "rt-1"


def test_a_401_renews_once_and_repeats_the_post(server: LoopbackServer, account: Account) -> None:
    account.valid = "at-revoked-elsewhere"
    saved: list[Token] = []
    records: list[AuditRecord] = []
    token = Token("at-0", "rt-0", in_hours(1))
    with GetResponse(
        oauth=app_for(server), token=token, on_token=saved.append, base_url=server.url + "/v3", audit=records.append
    ) as gr:
        tag = gr.tags.create(name="vip")
    assert tag.tag_id == "T1"
    assert [(r.status, r.attempts) for r in records] == [(201, 2)]  # the repeat is one more attempt of the call
    # The POST got a 401 (GetResponse did not carry it out), so sending it again cannot create twice.
    assert api_calls(server) == [("POST", "Bearer at-0"), ("POST", "Bearer at-1")]
    assert [t.access_token for t in saved] == ["at-1"]


def test_a_401_after_renewal_is_an_authentication_error(server: LoopbackServer) -> None:
    server.handler = lambda seen: (
        Reply(200, {"access_token": "at-x", "expires_in": 3600})
        if seen.path == "/v3/token"
        else Reply(401, UNAUTHORIZED)
    )
    with (
        GetResponse(oauth=app_for(server), token=Token("at-0", "rt-0"), base_url=server.url + "/v3") as gr,
        pytest.raises(AuthenticationError),
    ):
        gr.tags.list()
    assert len([s for s in server.seen if s.path == "/v3/token"]) == 1  # renewed once, not in a loop


def test_ten_threads_share_one_renewal(server: LoopbackServer, account: Account) -> None:
    account.valid = "at-expired-at-the-server"
    account.token_delay.clear()  # hold the token endpoint until every thread has hit its 401
    token = Token("at-0", "rt-0", in_hours(1))
    with (
        GetResponse(oauth=app_for(server), token=token, base_url=server.url + "/v3") as gr,
        ThreadPoolExecutor(10) as pool,
    ):
        futures = [pool.submit(gr.tags.list) for _ in range(10)]
        threading.Timer(0.5, account.token_delay.set).start()
        pages = [future.result() for future in futures]
    assert all(page.items[0].name == "vip" for page in pages)
    assert len(account.grants) == 1  # one renewal for all ten


def test_async_tasks_share_one_renewal(server: LoopbackServer, account: Account) -> None:
    account.valid = "at-expired-at-the-server"
    saved: list[Token] = []

    async def run() -> list[Any]:
        token = Token("at-0", "rt-0", in_hours(1))
        async with AsyncGetResponse(
            oauth=app_for(server), token=token, on_token=saved.append, base_url=server.url + "/v3"
        ) as gr:
            return await asyncio.gather(*[gr.tags.create(name=f"t{i}") for i in range(10)])

    assert len(asyncio.run(run())) == 10
    assert len(account.grants) == 1
    assert [t.access_token for t in saved] == ["at-1"]


def test_async_renewal_before_expiry(server: LoopbackServer, account: Account) -> None:
    async def run() -> None:
        token = Token("at-0", "rt-0", in_hours(-1))  # expired already
        async with AsyncGetResponse(oauth=app_for(server), token=token, base_url=server.url + "/v3") as gr:
            await gr.tags.list()

    asyncio.run(run())
    assert api_calls(server) == [("GET", "Bearer at-1")]


def test_a_client_credentials_token_is_renewed_with_client_credentials(
    server: LoopbackServer, account: Account
) -> None:
    app = app_for(server)
    issued = app.client_credentials()
    assert issued.client_credentials
    token = dataclasses.replace(issued, refresh_token=None, expires_at=in_hours(-1))
    with GetResponse(oauth=app, token=token, base_url=server.url + "/v3") as gr:
        gr.tags.list()
    assert [grant["grant_type"] for grant in account.grants] == ["client_credentials", "client_credentials"]


def test_a_user_token_without_a_refresh_token_is_never_swapped_for_the_apps_own(
    server: LoopbackServer, account: Account
) -> None:
    # Renewing it with client credentials would silently move every later call to the app's own account.
    token = Token("at-0", None, in_hours(-1))
    with (
        GetResponse(oauth=app_for(server), token=token, base_url=server.url + "/v3") as gr,
        pytest.raises(OAuthError, match="no refresh token") as caught,
    ):
        gr.tags.list()
    assert caught.value.error == "no_refresh_token"
    assert account.grants == [] and api_calls(server) == []


def test_a_failed_renewal_raises_its_typed_error_and_logs_no_secret(
    server: LoopbackServer, account: Account, caplog: pytest.LogCaptureFixture
) -> None:
    account.refuse_grants = True
    caplog.set_level(logging.DEBUG, logger="getresponse_client")
    token = Token("at-0", "rt-secret-refresh", in_hours(-1))
    with (
        GetResponse(oauth=app_for(server), token=token, base_url=server.url + "/v3") as gr,
        pytest.raises(InvalidGrantError, match="refresh token revoked") as caught,
    ):
        gr.tags.list()
    assert "rt-secret-refresh" not in str(caught.value)
    assert "rt-secret-refresh" not in caplog.text and CLIENT_SECRET not in caplog.text
    assert api_calls(server) == []  # the call never went out with a dead token


def test_max_oauth_sends_x_domain_to_the_token_endpoint(server: LoopbackServer, account: Account) -> None:
    app = app_for(server, server="max_pl", domain="news.example.pl")
    token = Token("at-0", "rt-0", in_hours(-1))
    with GetResponse(oauth=app, token=token, base_url=server.url + "/v3", domain="news.example.pl") as gr:
        gr.tags.list()
    token_request = next(seen for seen in server.seen if seen.path == "/v3/token")
    assert token_request.header("X-Domain") == "news.example.pl"
    api_request = next(seen for seen in server.seen if seen.path != "/v3/token")
    assert api_request.header("X-Domain") == "news.example.pl"


def test_oauth_settings_are_checked(server: LoopbackServer) -> None:
    app = app_for(server)
    with pytest.raises(ConfigurationError, match="needs both oauth="):
        GetResponse(oauth=app)
    with pytest.raises(ConfigurationError, match="not both"):
        GetResponse(oauth=app, token=Token("at"), api_key="k")
    with pytest.raises(ConfigurationError, match="on_token= is called with renewed OAuth tokens"):
        GetResponse(api_key="k", on_token=print)
