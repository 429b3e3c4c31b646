"""OAuth 2.0 for apps that act for many GetResponse accounts: the authorization URL, the token endpoint, and a
token that renews itself.

GetResponse's OAuth 2.0 (the only scope is ``all``):

* the user authorizes at ``https://app.getresponse.com/oauth2_authorize.html``; a GetResponse MAX account at its
  own custom domain (``https://<domain>/oauth2_authorize.html``);
* the app trades the code (or its own credentials, or a refresh token) at ``<API host>/v3/token``, authenticating
  with HTTP Basic (client id and secret) and a form body; MAX token requests go to the MAX API host and carry the
  account's ``X-Domain``;
* the answer is ``{"access_token", "token_type", "expires_in", "refresh_token", "scope"}``, or an RFC 6749 error
  ``{"error": "invalid_grant", "error_description": ...}``, raised here as the matching `OAuthError` subclass.

The token endpoint is three form posts over httpx, which the client already depends on: a general OAuth library
(Authlib, oauthlib) would add a dependency tree for no behaviour we need.

`TokenAuth` plugs a token into a client (``GetResponse(oauth=app, token=token, on_token=save)``): it renews the
token shortly before it expires and, asked by the transport after a 401, once more; the transport then repeats
the request that got the 401 (GetResponse did not carry it out, so this is safe for a POST too) as one more
attempt, inside the client's limits (rate limiter, size cap, deadline). Each new token goes to ``on_token`` so the
caller can store it, and concurrent requests (threads or tasks) share one renewal.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import urlencode

import httpx

from .config import DEFAULT_SERVER, DEFAULT_SERVERS, DEFAULT_SERVERS_REQUIRING_DOMAIN, ENV_BASE_URL
from .config import _clean_domain as clean_domain
from .errors import APIConnectionError, GetResponseError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidScopeError",
    "OAuthApp",
    "OAuthError",
    "OAuthRequestError",
    "Token",
    "TokenAuth",
    "UnauthorizedClientError",
    "UnsupportedGrantTypeError",
]

RETAIL_AUTHORIZE_URL: Final = "https://app.getresponse.com/oauth2_authorize.html"
# Renew this long before the token runs out, so that a request never leaves with a token about to expire.
REFRESH_LEEWAY: Final = 60.0
TOKEN_TIMEOUT: Final = 30.0

Server = Literal["retail", "max_us", "max_pl"]


class OAuthError(GetResponseError):
    """The token endpoint refused: ``error`` is the RFC 6749 code (``invalid_grant``, ...), ``description`` its
    text. A subclass per code; `OAuthError` itself for a code it does not know."""

    def __init__(self, message: str, *, error: str, description: str | None = None, http_status: int) -> None:
        super().__init__(message)
        self.error = error
        self.description = description
        self.http_status = http_status


class OAuthRequestError(OAuthError):
    """``invalid_request``: a parameter is missing, repeated or malformed."""


class InvalidClientError(OAuthError):
    """``invalid_client``: the client id or secret is wrong (or the app is not registered on this server)."""


class InvalidGrantError(OAuthError):
    """``invalid_grant``: the code or refresh token is wrong, expired, used already, or for another redirect URI."""


class UnauthorizedClientError(OAuthError):
    """``unauthorized_client``: this app may not use this grant type."""


class UnsupportedGrantTypeError(OAuthError):
    """``unsupported_grant_type``: the server does not offer this grant type."""


class InvalidScopeError(OAuthError):
    """``invalid_scope``: GetResponse's only scope is ``all``."""


_ERROR_CLASSES: Final[Mapping[str, type[OAuthError]]] = {
    "invalid_request": OAuthRequestError,
    "invalid_client": InvalidClientError,
    "invalid_grant": InvalidGrantError,
    "unauthorized_client": UnauthorizedClientError,
    "unsupported_grant_type": UnsupportedGrantTypeError,
    "invalid_scope": InvalidScopeError,
}


@dataclasses.dataclass(frozen=True)
class Token:
    """An OAuth 2.0 token as the token endpoint issued it. ``expires_at`` is when it stops working (UTC), None
    when the endpoint did not say. ``client_credentials`` is True for a token of the app's own account (the
    client-credentials grant), which is renewed with that grant; any other token needs its refresh token. Its repr
    never shows the secrets; store it with `to_dict` / `from_dict`."""

    access_token: str = dataclasses.field(repr=False)
    refresh_token: str | None = dataclasses.field(default=None, repr=False)
    expires_at: datetime.datetime | None = None
    token_type: str = "Bearer"
    scope: str | None = None
    client_credentials: bool = False

    def expires_within(self, seconds: float, *, now: datetime.datetime | None = None) -> bool:
        """True when the token has expired or will within ``seconds``."""
        if self.expires_at is None:
            return False
        moment = now or datetime.datetime.now(datetime.UTC)
        return self.expires_at - moment <= datetime.timedelta(seconds=seconds)

    def to_dict(self) -> dict[str, Any]:
        """The token as JSON-ready data (``expires_at`` as ISO 8601) for `from_dict` to read back."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "token_type": self.token_type,
            "scope": self.scope,
            "client_credentials": self.client_credentials,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """A token stored with `to_dict`; raises ValueError naming what is missing or malformed."""
        expires_at = data.get("expires_at")
        moment = datetime.datetime.fromisoformat(expires_at) if isinstance(expires_at, str) else None
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        return cls._of(data, moment, "a stored token needs a non-empty 'access_token'")

    @classmethod
    def from_response(
        cls, data: Mapping[str, Any], *, issued_at: datetime.datetime, client_credentials: bool = False
    ) -> Token:
        """A token from the token endpoint's answer; ``expires_in`` counts from ``issued_at``."""
        expires_in = data.get("expires_in")
        expires_at = None
        if isinstance(expires_in, int | float) and not isinstance(expires_in, bool):
            expires_at = issued_at + datetime.timedelta(seconds=float(expires_in))
        elif isinstance(expires_in, str) and expires_in.strip().isdigit():
            expires_at = issued_at + datetime.timedelta(seconds=int(expires_in))
        missing = f"the token endpoint answered without an access_token (keys: {sorted(data)})"
        return cls._of({**data, "client_credentials": client_credentials}, expires_at, missing)

    @classmethod
    def _of(cls, data: Mapping[str, Any], expires_at: datetime.datetime | None, missing: str) -> Token:
        access_token = data.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise ValueError(missing)
        return cls(
            access_token=access_token,
            refresh_token=data.get("refresh_token") or None,
            expires_at=expires_at,
            token_type=str(data.get("token_type") or "Bearer"),
            scope=data.get("scope"),
            client_credentials=data.get("client_credentials") is True,
        )


class OAuthApp:
    """An app registered with GetResponse: its client id and secret, and where its users' accounts live.

    Args:
        client_id, client_secret: the app's credentials.
        server: "retail" (api.getresponse.com, the default), "max_us" or "max_pl" (GetResponse MAX).
        domain: the MAX account's custom domain (bare, as sent in X-Domain); required for the MAX servers.
        redirect_uri: where GetResponse sends the user back with the code (as registered for the app).
        authorize_domain: where a MAX account's users authorize (``custom-domain.getresponse360.com``), when it is
            not ``domain`` itself; default ``domain``.
        base_url: another token host instead of ``server`` (a proxy, a test server): ``<base_url>/token``;
            without ``server`` and ``base_url``, GETRESPONSE_BASE_URL when it is set, as for the client.
        http_client: an ``httpx.Client`` for the sync calls; async_http_client: an ``httpx.AsyncClient`` for the
            async ones. Default: a short-lived client per call (token requests are rare).

    Raises:
        ConfigurationError: a MAX server without a domain, an unknown server, an empty id or secret.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        server: Server | None = None,
        domain: str | None = None,
        redirect_uri: str | None = None,
        authorize_domain: str | None = None,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        from .errors import ConfigurationError

        if not client_id or not client_secret:
            raise ConfigurationError("an OAuth app needs a non-empty client_id and client_secret")
        if server is None and base_url is None:
            base_url = os.environ.get(ENV_BASE_URL) or None  # the client's own override applies to its app too
        server = server or DEFAULT_SERVER
        if server not in DEFAULT_SERVERS:
            raise ConfigurationError(f"unknown server {server!r}; known servers: {', '.join(DEFAULT_SERVERS)}")
        if domain is not None:
            domain = clean_domain(domain)
        if server in DEFAULT_SERVERS_REQUIRING_DOMAIN and domain is None:
            raise ConfigurationError(
                f"server {server!r} is GetResponse MAX: pass domain= (the account's custom domain); token "
                "requests carry it as X-Domain and users authorize there"
            )
        self.client_id = client_id
        self._client_secret = client_secret
        self.server = server
        self.domain = domain
        self.authorize_domain = clean_domain(authorize_domain) if authorize_domain is not None else domain
        self.redirect_uri = redirect_uri
        self.token_url = f"{(base_url or DEFAULT_SERVERS[server]).rstrip('/')}/token"
        self._http_client = http_client
        self._async_http_client = async_http_client

    def __repr__(self) -> str:
        return f"<OAuthApp client_id={self.client_id!r} server={self.server!r} domain={self.domain!r}>"

    def authorization_url(self, *, state: str, redirect_uri: str | None = None, scope: str = "all") -> str:
        """Where to send the user to authorize the app (code flow). ``state`` comes back with the code: check it
        against the one you sent (CSRF). A MAX account authorizes at its own domain."""
        if not state:
            raise ValueError("state must be a non-empty, unguessable value that you check when the user returns")
        base = (
            f"https://{self.authorize_domain}/oauth2_authorize.html" if self.authorize_domain else RETAIL_AUTHORIZE_URL
        )
        query = {"response_type": "code", "client_id": self.client_id, "state": state, "scope": scope}
        redirect = redirect_uri or self.redirect_uri
        if redirect:
            query["redirect_uri"] = redirect
        return f"{base}?{urlencode(query)}"

    # -- the grants, sync -----------------------------------------------------------------------------------------

    def exchange_code(self, code: str, *, redirect_uri: str | None = None) -> Token:
        """Trade the authorization code the user came back with for a token."""
        return self._token_sync(self._code_form(code, redirect_uri))

    def refresh(self, refresh_token: str) -> Token:
        """A new token for a refresh token (the old access token stops working)."""
        return self._token_sync(self._refresh_form(refresh_token))

    def client_credentials(self) -> Token:
        """A token for the app's own account (client credentials grant)."""
        return self._token_sync({"grant_type": "client_credentials"})

    # -- the grants, async ----------------------------------------------------------------------------------------

    async def aexchange_code(self, code: str, *, redirect_uri: str | None = None) -> Token:
        """`exchange_code`, awaited."""
        return await self._token_async(self._code_form(code, redirect_uri))

    async def arefresh(self, refresh_token: str) -> Token:
        """`refresh`, awaited."""
        return await self._token_async(self._refresh_form(refresh_token))

    async def aclient_credentials(self) -> Token:
        """`client_credentials`, awaited."""
        return await self._token_async({"grant_type": "client_credentials"})

    # -- the token endpoint ---------------------------------------------------------------------------------------

    def _code_form(self, code: str, redirect_uri: str | None) -> dict[str, str]:
        if not code:
            raise ValueError("exchange_code() needs the code GetResponse sent back")
        form = {"grant_type": "authorization_code", "code": code}
        redirect = redirect_uri or self.redirect_uri
        if redirect:
            form["redirect_uri"] = redirect
        return form

    @staticmethod
    def _refresh_form(refresh_token: str) -> dict[str, str]:
        if not refresh_token:
            raise ValueError("refresh() needs a refresh token (a client-credentials token has none)")
        return {"grant_type": "refresh_token", "refresh_token": refresh_token}

    def _request(self, form: Mapping[str, str]) -> httpx.Request:
        headers = {"Accept": "application/json"}
        if self.domain is not None:
            headers["X-Domain"] = self.domain
        auth = httpx.BasicAuth(self.client_id, self._client_secret)
        request = httpx.Request("POST", self.token_url, data=dict(form), headers=headers)
        return next(auth.sync_auth_flow(request))  # adds the Authorization: Basic header

    def _token_sync(self, form: Mapping[str, str]) -> Token:
        request = self._request(form)
        try:
            if self._http_client is not None:
                response = self._http_client.send(request)
            else:
                with httpx.Client(timeout=TOKEN_TIMEOUT) as client:
                    response = client.send(request)
        except httpx.RequestError as exc:
            raise _connection_error(exc, request) from exc
        return self._read(response, form)

    async def _token_async(self, form: Mapping[str, str]) -> Token:
        request = self._request(form)
        try:
            if self._async_http_client is not None:
                response = await self._async_http_client.send(request)
            else:
                async with httpx.AsyncClient(timeout=TOKEN_TIMEOUT) as client:
                    response = await client.send(request)
        except httpx.RequestError as exc:
            raise _connection_error(exc, request) from exc
        return self._read(response, form)

    @staticmethod
    def _read(response: httpx.Response, form: Mapping[str, str]) -> Token:
        issued_at = datetime.datetime.now(datetime.UTC)
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.is_success and isinstance(data, dict):
            try:
                own_account = form.get("grant_type") == "client_credentials"
                return Token.from_response(data, issued_at=issued_at, client_credentials=own_account)
            except ValueError as exc:
                raise OAuthError(str(exc), error="invalid_response", http_status=response.status_code) from None
        raise _token_error(response, data)


def _token_error(response: httpx.Response, data: Any) -> OAuthError:
    """The typed error of a refused token request; its message quotes the endpoint's words, never the form."""
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        code = data["error"]
        description = data.get("error_description")
    elif isinstance(data, dict) and isinstance(data.get("message"), str):  # GetResponse's own error document
        code, description = str(data.get("codeDescription") or "error"), data["message"]
    else:
        code, description = "invalid_response", f"HTTP {response.status_code} without an OAuth error document"
    cls = _ERROR_CLASSES.get(code, OAuthError)
    detail = f": {description}" if description else ""
    return cls(
        f"token request refused ({code}, HTTP {response.status_code}){detail}",
        error=code,
        description=description if isinstance(description, str) else None,
        http_status=response.status_code,
    )


def _cannot_renew() -> OAuthError:
    return OAuthError(
        "the OAuth token expired or was refused, and it has no refresh token to renew it with: send the user "
        "through authorization_url() again (only a client-credentials token renews without one)",
        error="no_refresh_token",
        http_status=401,
    )


def _connection_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    return APIConnectionError(
        f"token request failed ({type(exc).__name__}: {exc})",
        request_method=request.method,
        request_url=str(request.url),
        may_have_reached_server=not isinstance(exc, httpx.ConnectError),
    )


class TokenAuth(httpx.Auth):
    """Sends the current token as ``Authorization: Bearer`` and keeps it fresh (see the module docstring).

    Renewal: with the refresh token when the token has one; a client-credentials token with that grant; any other
    token cannot be renewed (`OAuthError`). A failed renewal raises its `OAuthError` from the call that needed it.
    ``on_token`` is called with each new token, one renewal at a time.
    """

    def __init__(
        self,
        app: OAuthApp,
        token: Token,
        *,
        on_token: Callable[[Token], Any] | None = None,
        leeway: float = REFRESH_LEEWAY,
    ) -> None:
        self._app = app
        self._token = token
        self._on_token = on_token
        self._leeway = leeway
        self._lock = threading.Lock()
        # One asyncio.Lock per event loop (a lock belongs to the loop it was first used on).
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.renewals = 0

    @property
    def token(self) -> Token:
        return self._token

    # -- sync ------------------------------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._token
        if token.expires_within(self._leeway):
            token = self._renew_sync(token)
        request.headers["Authorization"] = f"Bearer {token.access_token}"
        yield request

    def renew_refused(self, request: httpx.Request) -> None:
        """After a 401 to ``request``: renew the token it carried, unless another call has renewed it already (the
        transport then repeats the request with the current token). Raises the renewal's `OAuthError`."""
        stale = self._token
        if request.headers.get("Authorization") == f"Bearer {stale.access_token}":
            self._renew_sync(stale)

    def _renew_sync(self, stale: Token) -> Token:
        with self._lock:
            if self._token is not stale:  # another thread renewed it while this one waited
                return self._token
            if stale.refresh_token:
                return self._adopt(self._app.refresh(stale.refresh_token))
            if stale.client_credentials:
                return self._adopt(self._app.client_credentials())
            raise _cannot_renew()

    # -- async -----------------------------------------------------------------------------------------------------

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._token
        if token.expires_within(self._leeway):
            token = await self._renew_async(token)
        request.headers["Authorization"] = f"Bearer {token.access_token}"
        yield request

    async def arenew_refused(self, request: httpx.Request) -> None:
        """`renew_refused`, awaited."""
        stale = self._token
        if request.headers.get("Authorization") == f"Bearer {stale.access_token}":
            await self._renew_async(stale)

    async def _renew_async(self, stale: Token) -> Token:
        import asyncio  # imported on use: the sync client never needs it

        loop = asyncio.get_running_loop()
        lock = self._async_locks.setdefault(loop, asyncio.Lock())
        async with lock:
            if self._token is not stale:
                return self._token
            # Shielded: a call cancelled (or timed out) mid-renewal must not lose the new token, since the token
            # endpoint has already retired the old refresh token by then.
            return await asyncio.shield(asyncio.ensure_future(self._renewed_async(stale)))

    async def _renewed_async(self, stale: Token) -> Token:
        if stale.refresh_token:
            return self._adopt(await self._app.arefresh(stale.refresh_token))
        if stale.client_credentials:
            return self._adopt(await self._app.aclient_credentials())
        raise _cannot_renew()

    def _adopt(self, fresh: Token) -> Token:
        if fresh.refresh_token is None and self._token.refresh_token is not None:
            # A refresh answer may leave the refresh token out: the old one still stands.
            fresh = dataclasses.replace(fresh, refresh_token=self._token.refresh_token)
        self._token = fresh
        self.renewals += 1
        if self._on_token is not None:
            self._on_token(fresh)
        return fresh
