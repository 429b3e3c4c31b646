"""What GetResponse and AsyncGetResponse share: settings, the transport, per-client options, closing, fan-out.

The generated client classes (getresponse_client._clients) derive from these, add one attribute per resource
group (client.contacts, client.lists, ...) and name the servers table and the User-Agent product of their spec.
"""

from __future__ import annotations

import copy
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Self, Unpack

import httpx

from .config import ClientConfig, ClientSettings
from .errors import ConfigurationError
from .fanout import gather_limited, run_concurrently
from .operations import OperationInfo
from .transport import AsyncTransport, RequestOptions, SyncTransport

if TYPE_CHECKING:
    # Imported when a client uses them (OAuth; allow=, dry_run=, audit=): together they are about a quarter of the
    # package's import time, which every client would pay otherwise.
    from .oauth import OAuthApp, Token
    from .policy import AuditRecord


class Access(NamedTuple):
    """How a client authenticates with OAuth and what it may do: the client's keyword arguments beside settings."""

    oauth: OAuthApp | None
    token: Token | None
    on_token: Callable[[Token], Any] | None
    allow: Iterable[str] | None
    dry_run: bool
    audit: Callable[[AuditRecord], Any] | None


__all__ = ["LOG_ENV", "AsyncClientBase", "SyncClientBase", "setup_logging"]

LOG_ENV = "GETRESPONSE_LOG"
_LOGGER = "getresponse_client"


def setup_logging(environ: Mapping[str, str] | None = None) -> None:
    """GETRESPONSE_LOG=debug (or info) sends the client's log to stderr: each request line, its status and time, and
    every retry decision. Credentials are never logged. Without the variable, configure the ``getresponse_client``
    logger yourself."""
    level = (os.environ if environ is None else environ).get(LOG_ENV, "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger = logging.getLogger(_LOGGER)
    if any(getattr(handler, "_getresponse", False) for handler in logger.handlers):
        return  # set up once (each client calls this): a level set since is left alone
    logger.setLevel(level)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler._getresponse = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.propagate = False  # printed once, by this handler, even where the application logs the root logger


class _ClientBase:
    # Set by the generated client classes from the spec they were generated from.
    _servers: ClassVar[Mapping[str, str]]
    _servers_requiring_domain: ClassVar[frozenset[str]]
    _product: ClassVar[str]

    @staticmethod
    def _operation_table() -> Mapping[str, OperationInfo]:
        """The generated operation table (the generated client classes import it on first use)."""
        raise NotImplementedError

    config: ClientConfig

    def _make_config(self, settings: ClientSettings, access: Access) -> ClientConfig:
        setup_logging()
        if access.oauth is not None or access.token is not None:
            if access.oauth is None or access.token is None:
                raise ConfigurationError("OAuth needs both oauth= (the OAuthApp) and token= (its Token)")
            if settings.get("api_key") is not None or settings.get("access_token") is not None:
                raise ConfigurationError("pass oauth= and token=, or api_key= / access_token=, not both")
            settings = {**settings, "access_token": access.token.access_token}
        return ClientConfig(
            servers=self._servers,
            servers_requiring_domain=self._servers_requiring_domain,
            product=self._product,
            **settings,
        )

    def _set_up_access(self, transport: SyncTransport | AsyncTransport, access: Access) -> None:
        if access.oauth is not None and access.token is not None:
            from .oauth import TokenAuth

            transport.use_auth(TokenAuth(access.oauth, access.token, on_token=access.on_token))
        elif access.on_token is not None:
            raise ConfigurationError("on_token= is called with renewed OAuth tokens: it needs oauth= and token=")
        if access.allow is not None or access.dry_run or access.audit is not None:
            from .policy import CallGuard

            transport.guard = CallGuard(
                operations=self._operation_table(), allow=access.allow, dry_run=access.dry_run, audit=access.audit
            )

    def _copy_with(self, transport: Any) -> Self:
        clone = copy.copy(self)
        # Resource groups are cached per instance (cached_property): the copy makes its own, on its transport.
        clone.__dict__ = {"config": self.config, "_transport": transport}
        return clone


class SyncClientBase(_ClientBase):
    """Settings, as keyword arguments (each falls back to an environment variable where noted):

    api_key: API key, sent as ``X-Auth-Token: api-key <key>`` (GETRESPONSE_API_KEY).
    access_token: OAuth 2.0 token, sent as ``Authorization: Bearer <token>`` (GETRESPONSE_ACCESS_TOKEN).
    domain: GetResponse MAX account domain, bare (``example.com``), sent as X-Domain (GETRESPONSE_DOMAIN).
    server: "retail" (default), "max_us" or "max_pl"; or base_url: any base URL (GETRESPONSE_BASE_URL).
    timeout, max_retries, time_zone (sent as X-Time-Zone), max_rate_limit_wait, user_agent,
    rate_limit: True keeps the client under GetResponse's limits on its side too,
    max_response_size: the most bytes of a body read (after decompression; default 32 MiB),
    http_client: your own httpx client (proxies, test transports); the client does not close it.

    OAuth: oauth= (an `OAuthApp`) and token= (its `Token`): the token is renewed before it expires and once
    after a 401, and on_token= is called with each new one (store it). Access: allow= (``["contacts:read",
    "tags:write"]``, ``["*:read"]``) refuses every other operation before sending; dry_run=True answers writes
    with a `DryRunResult` and sends nothing; audit= receives an `AuditRecord` per call (see `policy`).
    """

    _transport: SyncTransport

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        oauth: OAuthApp | None = None,
        token: Token | None = None,
        on_token: Callable[[Token], Any] | None = None,
        allow: Iterable[str] | None = None,
        dry_run: bool = False,
        audit: Callable[[AuditRecord], Any] | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        access = Access(oauth, token, on_token, allow, dry_run, audit)
        self.config = self._make_config(settings, access)
        self._transport = SyncTransport(self.config, http_client=http_client)
        self._set_up_access(self._transport, access)

    def with_options(self, **options: Unpack[RequestOptions]) -> Self:
        """A copy of this client whose calls use ``options`` (timeout, extra_headers, extra_query, max_retries)
        unless a call passes its own; it shares this client's connection pool, which this client closes."""
        return self._copy_with(self._transport.derive(options))

    # Fan-out: run calls (e.g. ``partial(client.contacts.get, id)``) at most 10 at a time (GetResponse's
    # limit of parallel requests), results in order; return_exceptions=True keeps going past failures.
    run_concurrently = staticmethod(run_concurrently)

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncClientBase(_ClientBase):
    """The asynchronous client; the same settings as the sync one, with an ``httpx.AsyncClient``."""

    _transport: AsyncTransport

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        oauth: OAuthApp | None = None,
        token: Token | None = None,
        on_token: Callable[[Token], Any] | None = None,
        allow: Iterable[str] | None = None,
        dry_run: bool = False,
        audit: Callable[[AuditRecord], Any] | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        access = Access(oauth, token, on_token, allow, dry_run, audit)
        self.config = self._make_config(settings, access)
        self._transport = AsyncTransport(self.config, http_client=http_client)
        self._set_up_access(self._transport, access)

    def with_options(self, **options: Unpack[RequestOptions]) -> Self:
        """A copy of this client whose calls use ``options`` unless a call passes its own (see the sync client)."""
        return self._copy_with(self._transport.derive(options))

    # Fan-out: await calls (e.g. ``client.contacts.get(id)``) at most 10 at a time, results in order.
    gather = staticmethod(gather_limited)

    async def close(self) -> None:
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
