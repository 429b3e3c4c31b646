"""What GetResponse and AsyncGetResponse share: settings, the transport, closing, fan-out.

The resource groups (client.contacts, client.lists, ...) are generated onto these classes in _clients.py.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

import httpx

from ._runtime.config import DEFAULT_MAX_RATE_LIMIT_WAIT, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ClientConfig
from ._runtime.fanout import gather_limited, run_concurrently
from ._runtime.transport import AsyncTransport, SyncTransport
from ._spec import SERVERS, SERVERS_REQUIRING_DOMAIN


def _config(**settings: Any) -> ClientConfig:
    return ClientConfig(servers=SERVERS, servers_requiring_domain=SERVERS_REQUIRING_DOMAIN, **settings)


class SyncClientBase:
    """Settings (each falls back to an environment variable where noted):

    api_key: API key, sent as ``X-Auth-Token: api-key <key>`` (GETRESPONSE_API_KEY).
    access_token: OAuth 2.0 token, sent as ``Authorization: Bearer <token>`` (GETRESPONSE_ACCESS_TOKEN).
    domain: GetResponse MAX account domain, bare (``example.com``), sent as X-Domain (GETRESPONSE_DOMAIN).
    server: "retail" (default), "max_us" or "max_pl"; or base_url: any base URL (GETRESPONSE_BASE_URL).
    timeout, max_retries, time_zone (sent as X-Time-Zone), max_rate_limit_wait, user_agent,
    rate_limit: True keeps the client under GetResponse's limits on its side too,
    http_client: your own httpx client (proxies, test transports); the client does not close it.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        domain: str | None = None,
        server: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        time_zone: str | None = None,
        max_rate_limit_wait: float = DEFAULT_MAX_RATE_LIMIT_WAIT,
        user_agent: str | None = None,
        rate_limit: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.config = _config(
            api_key=api_key,
            access_token=access_token,
            domain=domain,
            server=server,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            time_zone=time_zone,
            max_rate_limit_wait=max_rate_limit_wait,
            user_agent=user_agent,
            rate_limit=rate_limit,
        )
        self._transport = SyncTransport(self.config, http_client=http_client)

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


class AsyncClientBase:
    """The asynchronous client; the same settings as the sync one, with an ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        domain: str | None = None,
        server: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        time_zone: str | None = None,
        max_rate_limit_wait: float = DEFAULT_MAX_RATE_LIMIT_WAIT,
        user_agent: str | None = None,
        rate_limit: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.config = _config(
            api_key=api_key,
            access_token=access_token,
            domain=domain,
            server=server,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            time_zone=time_zone,
            max_rate_limit_wait=max_rate_limit_wait,
            user_agent=user_agent,
            rate_limit=rate_limit,
        )
        self._transport = AsyncTransport(self.config, http_client=http_client)

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
